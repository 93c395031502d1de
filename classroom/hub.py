"""Starting and stopping the class's JupyterHub on 127.0.0.1, and calling its REST API.

Example:
    >>> len(set(free_ports(3)))
    3
"""

from __future__ import annotations

import asyncio
import json
import os
import secrets
import shutil
import signal
import socket
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tornado.httpclient import AsyncHTTPClient, HTTPRequest

HERE = Path(__file__).resolve().parent
CONFIG = HERE / "jupyterhub_config.py"
PROXY = HERE / "node_modules" / ".bin" / "configurable-http-proxy"
LOOPBACK = "127.0.0.1"
AsyncHTTPClient.configure(None, max_clients=256)  # tornado's default of 10 would queue a class


def ensure_proxy() -> Path:
    """configurable-http-proxy from classroom/package-lock.json, installed with npm if missing."""
    if PROXY.exists():
        return PROXY
    npm = shutil.which("npm")
    if npm is None:
        raise SystemExit("configurable-http-proxy is missing and npm was not found: install "
                         "Node.js 20+ and npm (e.g. apt-get install nodejs npm), then run "
                         "`npm ci --prefix classroom`.")
    print("installing configurable-http-proxy: npm ci --prefix classroom", flush=True)
    subprocess.run([npm, "ci", "--prefix", str(HERE), "--no-audit", "--no-fund"],
                   check=True, timeout=600)
    if not PROXY.exists():
        raise SystemExit(f"npm ci did not install {PROXY}")
    return PROXY


def free_ports(count: int) -> list[int]:
    """``count`` distinct TCP ports free on 127.0.0.1 right now."""
    sockets = [socket.socket() for _ in range(count)]
    try:
        for sock in sockets:
            sock.bind((LOOPBACK, 0))
        return [sock.getsockname()[1] for sock in sockets]
    finally:
        for sock in sockets:
            sock.close()


@dataclass
class Hub:
    """A running hub: its process, address, admin token and folders."""

    process: subprocess.Popen[bytes]
    url: str
    token: str
    password: str
    home_root: Path
    state_dir: Path
    run_id: str
    log: Path
    tracked: dict[int, str] = field(default_factory=dict)  # pid -> start time

    @property
    def api(self) -> str:
        return self.url + "/hub/api"


def start_hub(workdir: Path, http_timeout: int | None = None) -> Hub:
    """Start JupyterHub with classroom/jupyterhub_config.py, every port on 127.0.0.1."""
    port, hub_port, proxy_api_port = free_ports(3)
    state, homes = workdir / "state", workdir / "homes"
    state.mkdir(parents=True)
    homes.mkdir()
    hub_env = {
        "CLASSROOM_PORT": str(port), "CLASSROOM_HUB_PORT": str(hub_port),
        "CLASSROOM_PROXY_API_PORT": str(proxy_api_port), "CLASSROOM_STATE_DIR": str(state),
        "CLASSROOM_HOME_ROOT": str(homes), "CLASSROOM_PASSWORD": secrets.token_urlsafe(16),
        "CLASSROOM_ADMIN_TOKEN": secrets.token_hex(32), "CLASSROOM_RUN_ID": secrets.token_hex(8),
        "CONFIGPROXY_AUTH_TOKEN": secrets.token_hex(32),
    }
    if http_timeout is not None:
        hub_env["CLASSROOM_HTTP_TIMEOUT"] = str(http_timeout)
    log = state / "hub.log"
    with log.open("wb") as out:
        process = subprocess.Popen(
            [str(Path(sys.executable).parent / "jupyterhub"), "-f", str(CONFIG)],
            cwd=state, env={**os.environ, **hub_env}, stdout=out, stderr=subprocess.STDOUT,
            stdin=subprocess.DEVNULL, start_new_session=True)
    return Hub(process, f"http://{LOOPBACK}:{port}", hub_env["CLASSROOM_ADMIN_TOKEN"],
               hub_env["CLASSROOM_PASSWORD"], homes, state, hub_env["CLASSROOM_RUN_ID"], log)


async def call(url: str, token: str, method: str = "GET", body: Any = None,
               timeout: float = 60) -> tuple[int, Any]:
    """One REST call with a token; returns (status code, decoded JSON or None)."""
    request = HTTPRequest(
        url, method=method, headers={"Authorization": f"token {token}"},
        body=None if body is None and method == "GET" else json.dumps(body or {}),
        request_timeout=timeout, connect_timeout=timeout, allow_nonstandard_methods=True)
    try:
        response = await AsyncHTTPClient().fetch(request, raise_error=False)
    except OSError:  # refused: not listening yet
        return 599, None
    if response.code == 599:  # no answer at all (timed out)
        return 599, None
    text = response.body.decode() if response.body else ""
    try:
        return response.code, json.loads(text) if text else None
    except json.JSONDecodeError:
        return response.code, text


async def wait_hub(hub: Hub, timeout: float = 120) -> None:
    """Return once the hub answers through the proxy; raise if it died or timed out."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if hub.process.poll() is not None:
            raise RuntimeError(f"JupyterHub exited with {hub.process.returncode}: see {hub.log}")
        code, _ = await call(hub.api + "/", hub.token, timeout=5)
        if code == 200:
            return
        await asyncio.sleep(0.5)
    raise TimeoutError(f"JupyterHub did not answer within {timeout:.0f} s: see {hub.log}")


def _wait_exit(process: subprocess.Popen[bytes], timeout: float) -> bool:
    try:
        process.wait(timeout=timeout)
        return True
    except subprocess.TimeoutExpired:
        return False


def stop_hub(hub: Hub, timeout: float = 90) -> None:
    """SIGTERM the hub (it stops every server and the proxy), then SIGKILL what is left."""
    if hub.process.poll() is None:
        hub.process.send_signal(signal.SIGTERM)
        if not _wait_exit(hub.process, timeout):
            print(f"JupyterHub did not stop within {timeout:.0f} s: killing it", flush=True)
            os.killpg(hub.process.pid, signal.SIGKILL)
            _wait_exit(hub.process, 10)
