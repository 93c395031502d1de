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


def test_make_lab_serves_lesson_00(tmp_path):
    if not (VENV / "bin" / "jupyter").exists():
        pytest.skip(f"the tests do not run from the kit's venv ({VENV})")
    port, token = _free_port(), secrets.token_hex(16)
    args = (f"--no-browser --port={port} --IdentityProvider.token={token} "
            f"--ServerApp.port_retries=0 --LabApp.workspaces_dir={tmp_path}")
    env = {**os.environ, "JUPYTER_RUNTIME_DIR": str(tmp_path / "runtime")}
    # -o: the venv is already installed (the test runs in it); don't reinstall.
    server = subprocess.Popen(
        ["make", "--no-print-directory", f"VENV={VENV}", "-o", f"{VENV}/bin/.installed",
         "lab", f"LAB_ARGS={args}"],
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
        assert landed.startswith(f"{base}/lab/tree/notebooks/00_start_here.ipynb"), landed
        status, _ = _get(f"{base}/api/contents/notebooks/00_start_here.ipynb?token={token}")
        assert status == 200
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        try:
            server.wait(timeout=15)
        except subprocess.TimeoutExpired:
            os.killpg(server.pid, signal.SIGKILL)
            server.wait()
        server.stdout.close()


def test_make_lab_lang_fr_opens_the_french_edition_in_french(tmp_path):
    """`make lab LANG=fr`: the same recipe (served above) with the French lesson, JupyterLab's
    French language pack chosen in its own settings folder, and the kit's messages in French in
    every kernel. Run here with --version, so that JupyterLab checks its options and stops;
    the browser tests open the French edition in a server set up the same way."""
    if not (VENV / "bin" / "jupyter").exists():
        pytest.skip(f"the tests do not run from the kit's venv ({VENV})")
    venv = tmp_path / "venv"
    (venv / "bin").mkdir(parents=True)
    (venv / "bin" / "jupyter").symlink_to(VENV / "bin" / "jupyter")
    make = ["make", "--no-print-directory", f"VENV={venv}", "-o", f"{venv}/bin/.installed",
            "lab", "LANG=fr", "LAB_ARGS=--version"]
    planned = subprocess.run([*make, "-n"], cwd=ROOT, capture_output=True, text=True, check=True)
    command = planned.stdout.splitlines()[-1]
    assert "TEXTE_TOKENS_LANG=fr" in command
    assert "--LabApp.default_url=/lab/tree/notebooks/fr/00_pour_commencer.ipynb" in command
    assert f"--LabApp.user_settings_dir={venv}/lab-settings-fr" in command
    done = subprocess.run(make, cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    chosen = venv / "lab-settings-fr" / "@jupyterlab" / "translation-extension"
    assert json.loads((chosen / "plugin.jupyterlab-settings").read_text()) == {"locale": "fr_FR"}
    assert (ROOT / "notebooks" / "fr" / "00_pour_commencer.ipynb").exists()
    from jupyterlab_server.translation_utils import get_language_pack

    menus, _ = get_language_pack("fr_FR")  # the pack JupyterLab serves, offline
    assert menus["jupyterlab"]["Restart Kernel…"] == ["Redémarrer le noyau…"]
