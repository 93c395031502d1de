"""Stopping the servers the browser tests start (JupyterLab, Voilà), never leaving one behind."""

from __future__ import annotations

import subprocess

STOP_TIMEOUT = 15  # s


def stop_server(server: subprocess.Popen) -> None:
    """Stop a server (it shuts its kernels down), then kill whatever of it is still running."""
    import psutil

    try:
        children = psutil.Process(server.pid).children(recursive=True)
    except psutil.NoSuchProcess:
        children = []
    if server.poll() is None:
        server.terminate()
        try:
            server.wait(timeout=STOP_TIMEOUT)
        except subprocess.TimeoutExpired:
            server.kill()
            server.wait(timeout=STOP_TIMEOUT)
    _, alive = psutil.wait_procs(children, timeout=STOP_TIMEOUT)
    for child in alive:
        child.kill()
