"""A class of students on the hub: accounts, their copy of the lessons, their servers.

Example:
    >>> names(3)
    ['student01', 'student02', 'student03']
"""

from __future__ import annotations

import asyncio
import shutil
import time
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlencode

from hub import Hub, call
from tornado.httpclient import AsyncHTTPClient

ROOT = Path(__file__).resolve().parents[1]
CHECKOUT = "texte-et-tokens"
"""nbgitpuller clones the kit's repository into ~/texte-et-tokens: notebooks/ and seeds/."""


def names(count: int) -> list[str]:
    """The class's user names."""
    return [f"student{number:02d}" for number in range(1, count + 1)]


def copy_lessons(home: Path) -> Path:
    """Put the lessons and seeds in ``home`` as an nbgitpuller link would; return the copy."""
    target = home / CHECKOUT
    for folder in ("notebooks", "seeds"):
        shutil.copytree(ROOT / folder, target / folder,
                        ignore=shutil.ignore_patterns(".ipynb_checkpoints", "*.html"))
    return target


@dataclass
class Student:
    """One student: name, own API token, server pid once it runs."""

    name: str
    token: str = ""
    ready_at: float | None = None
    pid: int | None = None
    failure: str = ""


async def enrol(hub: Hub, count: int) -> list[Student]:
    """Create the students through the REST API, copy the lessons, give each a token."""
    class_names = names(count)
    code, body = await call(hub.api + "/users", hub.token, "POST", {"usernames": class_names})
    if code != 201:
        raise RuntimeError(f"POST /hub/api/users gave {code}: {body}")
    students = []
    for name in class_names:
        copy_lessons(hub.home_root / name)
        code, body = await call(f"{hub.api}/users/{name}/tokens", hub.token, "POST", {
            "note": "classroom", "expires_in": 7200, "scopes": [f"access:servers!user={name}"]})
        if code != 201:
            raise RuntimeError(f"POST /hub/api/users/{name}/tokens gave {code}: {body}")
        students.append(Student(name, body["token"]))
    return students


async def _spawn(hub: Hub, student: Student, started: float, timeout: float) -> None:
    code, body = await call(f"{hub.api}/users/{student.name}/server", hub.token, "POST",
                            timeout=timeout)
    if code not in (201, 202):
        student.failure = f"POST server gave {code}: {body}"
        return
    deadline = started + timeout
    while time.monotonic() < deadline:
        code, user = await call(f"{hub.api}/users/{student.name}", hub.token, timeout=30)
        server = (user or {}).get("servers", {}).get("") if code == 200 else None
        if server and server.get("ready"):
            student.ready_at = time.monotonic() - started
            student.pid = server.get("state", {}).get("pid")
            return
        if code == 200 and not server and not user.get("pending"):
            student.failure = "the spawn failed (see the hub's log)"
            return
        await asyncio.sleep(1)
    student.failure = f"not ready within {timeout:.0f} s"


async def spawn_all(hub: Hub, students: list[Student], timeout: float) -> float:
    """Start every student's server at once; return when all are ready or have failed."""
    started = time.monotonic()
    await asyncio.gather(*(_spawn(hub, s, started, timeout) for s in students))
    return time.monotonic() - started


async def _login(hub: Hub, name: str, password: str) -> int:
    client = AsyncHTTPClient()
    form = await client.fetch(hub.url + "/hub/login", raise_error=False)
    cookies = "; ".join(c.split(";")[0] for c in form.headers.get_list("Set-Cookie"))
    xsrf = next((c.split("=", 1)[1] for c in cookies.split("; ") if c.startswith("_xsrf=")), "")
    response = await client.fetch(
        hub.url + "/hub/login", method="POST", follow_redirects=False, raise_error=False,
        headers={"Cookie": cookies, "Content-Type": "application/x-www-form-urlencoded"},
        body=urlencode({"username": name, "password": password, "_xsrf": xsrf}))
    return response.code


async def check_login(hub: Hub, name: str) -> list[str]:
    """A student logs in with the class password, and not with another ([] when so)."""
    problems = []
    if (code := await _login(hub, name, hub.password)) != 302:
        problems.append(f"{name} could not log in with the class password (HTTP {code})")
    if (code := await _login(hub, name, hub.password + "x")) == 302:
        problems.append(f"{name} logged in with a wrong password")
    return problems
