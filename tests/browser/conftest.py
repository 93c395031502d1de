"""Browser tests: one JupyterLab server and one headless Chromium for the whole session.

The server runs on 127.0.0.1 with a random token, on a throw-away copy of
``notebooks/`` and with throw-away config, data, runtime, settings and workspace
folders, so neither the committed lessons nor the home folder are touched.
Chromium is Debian's (``/usr/bin/chromium``, or ``$CHROMIUM``), driven by the
``playwright`` package; Playwright's own browser downloads are never used.
"""

from __future__ import annotations

import json
import os
import secrets
import shutil
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from servers import stop_server  # pytest puts this folder on sys.path

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = ROOT / "artifacts" / "browser"

INSTALL_HINT = (
    "Chromium is needed for the browser tests: install it with "
    "`sudo apt-get install -y chromium` (Debian/Ubuntu), or point $CHROMIUM at a "
    "Chromium/Chrome binary"
)
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--disable-quic",
]
VIEWPORT = {"width": 1400, "height": 3000}
SERVER_START_TIMEOUT = 60  # seconds

# Settings written to the server's throw-away user-settings folder.
LAB_SETTINGS = {
    # No "Would you like to receive official Jupyter news?" toast, no update check.
    "@jupyterlab/apputils-extension/notification.jupyterlab-settings": {
        "fetchNews": "false",
        "checkForUpdates": False,
    },
    # Render every cell: with windowing, cells far down are not in the DOM. No blank
    # "scroll past end" space, so that a screenshot of the notebook ends with its last cell.
    "@jupyterlab/notebook-extension/tracker.jupyterlab-settings": {
        "windowingMode": "none",
        "scrollPastEnd": False,
    },
}

FRENCH_SETTINGS = {  # what `make lab LANG=fr` writes: the French language pack
    "@jupyterlab/translation-extension/plugin.jupyterlab-settings": {"locale": "fr_FR"},
}


def chromium_executable() -> str | None:
    """$CHROMIUM if set, else Debian's chromium; None when neither exists."""
    return shutil.which(os.environ.get("CHROMIUM") or "/usr/bin/chromium")


@dataclass(frozen=True)
class LabServer:
    url: str  # http://127.0.0.1:PORT
    token: str
    root: Path  # the server's root dir; lessons are copied to root / "notebooks"
    log: Path
    process: subprocess.Popen

    def log_tail(self, lines: int = 40) -> str:
        try:
            text = self.log.read_text(encoding="utf-8", errors="replace")
        except OSError:
            return "(no server log)"
        return "\n".join(text.splitlines()[-lines:])


def _free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def _write_settings(settings_dir: Path, extra: dict | None = None) -> None:
    for relative, values in {**LAB_SETTINGS, **(extra or {})}.items():
        path = settings_dir / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(values, indent=2), encoding="utf-8")


@pytest.fixture(scope="session")
def chromium_path() -> str:
    """The Chromium binary; skips (with the install command) when it is missing."""
    try:
        import playwright.sync_api  # noqa: F401
    except ImportError as error:
        pytest.skip(
            f"the playwright package cannot be imported ({error}): "
            "run `.venv/bin/python -m pip install -r requirements.txt`"
        )
    path = chromium_executable()
    if path is None:
        where = os.environ.get("CHROMIUM") or "/usr/bin/chromium"
        pytest.skip(f"{where} not found. {INSTALL_HINT}")
    return path


@pytest.fixture(scope="session")
def lab_server(chromium_path, tmp_path_factory) -> Iterator[LabServer]:
    """A JupyterLab server on a throw-away copy of notebooks/, stopped at the end."""
    yield from _lab_server(tmp_path_factory, "jupyterlab")


@pytest.fixture(scope="session")
def lab_server_fr(chromium_path, tmp_path_factory) -> Iterator[LabServer]:
    """The same, as `make lab LANG=fr` starts it: JupyterLab's menus and the kit's messages
    in French (TEXTE_TOKENS_LANG=fr in every kernel)."""
    yield from _lab_server(tmp_path_factory, "jupyterlab-fr", FRENCH_SETTINGS,
                           {"TEXTE_TOKENS_LANG": "fr"})


def _lab_server(tmp_path_factory, name: str, settings: dict | None = None,
                env_extra: dict | None = None) -> Iterator[LabServer]:
    base = tmp_path_factory.mktemp(name)
    root = base / "root"
    shutil.copytree(
        NOTEBOOKS, root / "notebooks", ignore=shutil.ignore_patterns(".ipynb_checkpoints")
    )
    dirs = {name: base / name for name in ("config", "data", "runtime", "settings",
                                            "workspaces", "ipython")}
    for folder in dirs.values():
        folder.mkdir()
    _write_settings(dirs["settings"], settings)

    port, token = _free_port(), secrets.token_hex(24)
    env = dict(os.environ)
    env.update(
        JUPYTER_CONFIG_DIR=str(dirs["config"]),  # user config only: the venv's etc/ still counts
        JUPYTER_DATA_DIR=str(dirs["data"]),  # user data only: the venv's share/ still counts
        JUPYTER_RUNTIME_DIR=str(dirs["runtime"]),
        IPYTHONDIR=str(dirs["ipython"]),
        **(env_extra or {}),
    )
    command = [
        sys.executable, "-m", "jupyterlab",
        "--no-browser",
        "--ip=127.0.0.1",
        f"--port={port}",
        "--port-retries=0",
        f"--IdentityProvider.token={token}",
        f"--ServerApp.root_dir={root}",
        f"--LabApp.user_settings_dir={dirs['settings']}",
        f"--LabApp.workspaces_dir={dirs['workspaces']}",
        "--LabApp.expose_app_in_browser=True",
        # jupyter-lsp would run `npm prefix --global` to look for language servers,
        # and npm writes its logs to ~/.npm.
        "--LanguageServerManager.autodetect=False",
    ]
    if hasattr(os, "geteuid") and os.geteuid() == 0:
        command.append("--allow-root")

    log = base / "jupyter-server.log"
    with log.open("wb") as sink:
        process = subprocess.Popen(
            command, cwd=root, env=env, stdin=subprocess.DEVNULL, stdout=sink,
            stderr=subprocess.STDOUT,
        )
    server = LabServer(f"http://127.0.0.1:{port}", token, root, log, process)
    try:
        _wait_until_up(server)
        yield server
    finally:
        stop_server(process)
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        shutil.copyfile(log, ARTIFACTS / f"{name}-server.log")


def _wait_until_up(server: LabServer) -> None:
    status = f"{server.url}/api/status?token={server.token}"
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if server.process.poll() is not None:
            pytest.fail(
                f"jupyter lab exited with code {server.process.returncode} before serving:\n"
                f"{server.log_tail()}"
            )
        try:
            with urllib.request.urlopen(status, timeout=2) as response:
                if response.status == 200:
                    return
        except (urllib.error.URLError, ConnectionError, TimeoutError):
            pass
        if time.monotonic() > deadline:
            pytest.fail(
                f"jupyter lab did not answer on {server.url} within {SERVER_START_TIMEOUT} s:\n"
                f"{server.log_tail()}"
            )
        time.sleep(0.1)


@pytest.fixture(scope="session")
def browser_context(chromium_path, tmp_path_factory):
    """A headless Chromium with a fresh profile, closed at the end of the session."""
    from playwright.sync_api import sync_playwright

    profile = tmp_path_factory.mktemp("chromium-profile")
    home = tmp_path_factory.mktemp("chromium-home")
    # Even with its own profile folder, Chromium writes crash-report settings to
    # ~/.config/chromium, dconf to ~/.cache and NSS to ~/.pki: give it a throw-away home.
    env = dict(os.environ, HOME=str(home), XDG_CONFIG_HOME=str(home / ".config"),
               XDG_CACHE_HOME=str(home / ".cache"))
    with sync_playwright() as playwright:
        context = playwright.chromium.launch_persistent_context(
            str(profile),
            executable_path=chromium_path,
            headless=True,
            args=CHROMIUM_ARGS,
            env=env,
            viewport=VIEWPORT,
            locale="en-US",
        )
        context.set_default_timeout(30_000)
        try:
            yield context
        finally:
            context.close()
