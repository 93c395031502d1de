"""README command 1 (`make lab`, and `make lab LANG=fr`) starts JupyterLab on lesson 00.

The test runs the Makefile's own `lab` target with --no-browser on a free
port, asks the server for its front page and for lesson 00, then stops it.
"""

import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
VENV = Path(sys.prefix)
pytestmark = pytest.mark.skipif(
    shutil.which("make") is None, reason="`make` is not installed: README gives the pip lines"
)


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _get(url: str) -> tuple[int, str]:
    try:
        with urllib.request.urlopen(url, timeout=5) as response:
            return response.status, response.geturl()
    except urllib.error.HTTPError as error:
        return error.code, url


EDITIONS = {  # make's extra arguments → the lesson JupyterLab opens on
    "en": ([], "notebooks/00_start_here.ipynb"),
    "fr": (["LANG=fr"], "notebooks/fr/00_pour_commencer.ipynb"),
}


def _translations(base: str, token: str, locale: str) -> dict:
    with urllib.request.urlopen(f"{base}/lab/api/translations/{locale}?token={token}",
                                timeout=5) as response:
        return json.load(response)


@pytest.mark.parametrize("edition", sorted(EDITIONS))
def test_make_lab_serves_lesson_00(tmp_path, edition):
    if not (VENV / "bin" / "jupyter").exists():
        pytest.skip(f"the tests do not run from the kit's venv ({VENV})")
    make_args, lesson = EDITIONS[edition]
    port, token = _free_port(), secrets.token_hex(16)
    args = (f"--no-browser --port={port} --IdentityProvider.token={token} "
            f"--ServerApp.port_retries=0 --LabApp.workspaces_dir={tmp_path}")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    # -o: the venv is already installed (the test runs in it); don't reinstall.
    server = subprocess.Popen(
        ["make", "--no-print-directory", f"VENV={VENV}", "-o", f"{VENV}/bin/.installed",
         "lab", f"LAB_ARGS={args}", *make_args],
        cwd=ROOT, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    base = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 60
        while True:
            try:
                status, landed = _get(f"{base}/?token={token}")
                break
            except (urllib.error.URLError, ConnectionError):
                assert server.poll() is None, server.stdout.read().decode()
                assert time.monotonic() < deadline, "JupyterLab did not start within 60 s"
                time.sleep(0.3)
        assert status == 200
        assert landed.startswith(f"{base}/lab/tree/{lesson}"), landed
        status, _ = _get(f"{base}/api/contents/{lesson}?token={token}")
        assert status == 200
        if edition == "fr":  # JupyterLab's own menus: the French language pack, offline
            menus = _translations(base, token, "fr_FR")["data"]["jupyterlab"]
            assert menus["Restart Kernel…"] == ["Redémarrer le noyau…"]
            chosen = VENV / "lab-settings-fr" / "@jupyterlab" / "translation-extension"
            assert "fr_FR" in (chosen / "plugin.jupyterlab-settings").read_text()
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        server.stdout.close()
