"""One student runs a lesson: every code cell, over Jupyter Server's REST API and the kernel's
websocket, as JupyterLab would.

Example:
    >>> execute_request("1 + 1", "s1")["content"]["code"]
    '1 + 1'
"""

from __future__ import annotations

import asyncio
import json
import time
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from hub import call
from tornado.httpclient import HTTPClientError, HTTPRequest
from tornado.websocket import WebSocketClientConnection, WebSocketClosedError, websocket_connect


def code_cells(notebook: Path) -> list[str]:
    """The source of every code cell of a notebook, in order."""
    cells = json.loads(notebook.read_text(encoding="utf-8"))["cells"]
    return ["".join(cell["source"]) for cell in cells if cell["cell_type"] == "code"]


def _message(msg_type: str, content: dict[str, Any], session: str) -> dict[str, Any]:
    header = {"msg_id": uuid.uuid4().hex, "msg_type": msg_type, "session": session,
              "username": "student", "version": "5.3", "date": datetime.now(UTC).isoformat()}
    return {"header": header, "parent_header": {}, "metadata": {}, "content": content,
            "channel": "shell", "buffers": []}


def execute_request(code: str, session: str) -> dict[str, Any]:
    """An execute_request as JupyterLab sends it on the kernel's websocket."""
    return _message("execute_request", {
        "code": code, "silent": False, "store_history": True, "user_expressions": {},
        "allow_stdin": False, "stop_on_error": True}, session)


@dataclass
class LessonRun:
    """What one student's lesson gave: each cell's reply status and the wall time."""

    user: str
    statuses: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    seconds: float | None = None
    kernel_id: str = ""
    restarts: int = 0


async def _reply(ws: WebSocketClientConnection, msg_id: str, deadline: float) -> dict[str, Any]:
    """Read messages until the shell reply to ``msg_id`` and the kernel's idle status."""
    reply: dict[str, Any] | None = None
    idle = False
    while reply is None or not idle:
        left = deadline - time.monotonic()
        if left <= 0:
            raise TimeoutError("no reply before the lesson's deadline")
        raw = await asyncio.wait_for(ws.read_message(), left)
        if raw is None:
            raise ConnectionError("the kernel's websocket closed")
        if isinstance(raw, bytes):  # binary frames carry widget buffers only
            continue
        msg = json.loads(raw)
        if msg.get("parent_header", {}).get("msg_id") != msg_id:
            continue
        if msg["channel"] == "shell":
            reply = msg
        elif msg["msg_type"] == "status" and msg["content"]["execution_state"] == "idle":
            idle = True
    return reply


RECONNECTS = 3
"""How often a student reopens a notebook whose kernel never answers."""


async def _connect(url: str, token: str, session_id: str,
                   deadline: float) -> WebSocketClientConnection:
    """The kernel's websocket, once the kernel answered kernel_info (ConnectionError if not)."""
    try:
        ws = await websocket_connect(HTTPRequest(
            url, headers={"Authorization": f"token {token}"},
            connect_timeout=max(deadline - time.monotonic(), 1),
            request_timeout=max(deadline - time.monotonic(), 1)))
        info = _message("kernel_info_request", {}, session_id)
        await ws.write_message(json.dumps(info))
    except (HTTPClientError, WebSocketClosedError, OSError) as error:
        raise ConnectionError(f"websocket: {error}") from error
    try:
        await _reply(ws, info["header"]["msg_id"], deadline)
    except ConnectionError:
        ws.close()
        raise
    return ws


async def _open(server: str, token: str, path: str, deadline: float,
                run: LessonRun) -> tuple[WebSocketClientConnection, str] | None:
    """Open the notebook in a new kernel; close and reopen it if that kernel never answers.

    A class starting kernels at once races for TCP ports: a kernel whose port another process
    took meanwhile hangs or dies ("Address already in use" in the log), and Jupyter Server
    closes its websocket after two minutes. A student then closes and reopens the notebook
    (a new kernel gets new ports); a restart would reuse the same ports.
    """
    for _ in range(RECONNECTS + 1):
        code, session = await call(server + "/sessions", token, "POST", {
            "path": path, "type": "notebook", "name": Path(path).name,
            "kernel": {"name": "python3"}}, timeout=max(deadline - time.monotonic(), 1))
        if code != 201:
            run.errors.append(f"{run.user}: POST /api/sessions gave {code}: {session}")
            return None
        run.kernel_id = session["kernel"]["id"]
        url = (server.replace("http", "ws", 1) + f"/kernels/{run.kernel_id}/channels"
               f"?session_id={session['id']}")
        try:
            return await _connect(url, token, session["id"], deadline), session["id"]
        except ConnectionError as error:
            problem = error
        run.restarts += 1
        await call(f"{server}/sessions/{session['id']}", token, "DELETE", timeout=60)
    run.errors.append(f"{run.user}: kernel unreachable: {problem} ({RECONNECTS} reopenings)")
    return None


async def run_lesson(base: str, user: str, token: str, path: str, cells: list[str],
                     timeout: float) -> LessonRun:
    """Open ``path`` (relative to the student's home) in a new kernel and run ``cells``."""
    run = LessonRun(user)
    started = time.monotonic()
    deadline = started + timeout
    try:
        opened = await _open(f"{base}/user/{user}/api", token, path, deadline, run)
    except TimeoutError as error:
        run.errors.append(f"{user}: {error} (before the first cell)")
        return run
    if opened is None:
        return run
    ws, session_id = opened
    try:
        for number, source in enumerate(cells, start=1):
            request = execute_request(source, session_id)
            await ws.write_message(json.dumps(request))
            content = (await _reply(ws, request["header"]["msg_id"], deadline))["content"]
            run.statuses.append(content["status"])
            if content["status"] != "ok":
                run.errors.append(f"{user} {Path(path).name} cell {number}: "
                                  f"{content.get('ename')}: {content.get('evalue')}")
                break
    except (TimeoutError, ConnectionError) as error:
        run.errors.append(f"{user}: {error} (after {len(run.statuses)} of {len(cells)} cells)")
    finally:
        ws.close()
    if not run.errors and len(run.statuses) == len(cells):
        run.seconds = time.monotonic() - started
    return run
