"""Processes and memory, read from Linux's /proc (no psutil needed).

Example:
    >>> used_mb() > 0
    True
"""

from __future__ import annotations

import os
from collections.abc import Iterable
from pathlib import Path

PROC = Path("/proc")
# Names of the processes a class run starts; any left after the run is an orphan.
CLASS_PROCESSES = ("jupyterhub", "configurable-http-proxy", "jupyterhub-singleuser", "ipykernel")


def _read(path: Path) -> str:
    try:
        return path.read_text(encoding="utf-8", errors="replace")
    except OSError:  # the process ended, or is not ours to read
        return ""


def meminfo_mb() -> dict[str, float]:
    """/proc/meminfo in MB, e.g. ``meminfo_mb()["MemTotal"]``."""
    fields: dict[str, float] = {}
    for line in _read(PROC / "meminfo").splitlines():
        name, _, rest = line.partition(":")
        parts = rest.split()
        if parts:
            fields[name] = int(parts[0]) / 1024
    return fields


def used_mb() -> float:
    """System memory in use (total less available), in MB, as ``free`` counts it."""
    info = meminfo_mb()
    return info["MemTotal"] - info["MemAvailable"]


def cmdline(pid: int) -> str:
    """The command line of ``pid``, arguments joined by spaces ('' once it has ended)."""
    return _read(PROC / str(pid) / "cmdline").replace("\0", " ").strip()


def children(pid: int) -> list[int]:
    """Direct children of ``pid``."""
    found: list[int] = []
    for task in (PROC / str(pid) / "task").glob("*"):
        found += [int(p) for p in _read(task / "children").split()]
    return found


def descendants(pid: int) -> list[int]:
    """Every process below ``pid``, breadth first."""
    out: list[int] = []
    todo = children(pid)
    while todo:
        child = todo.pop(0)
        out.append(child)
        todo += children(child)
    return out


def status_kb(pid: int, field: str) -> int:
    """One ``kB`` field of /proc/<pid>/status (``VmHWM`` is the peak RSS); 0 if gone."""
    for line in _read(PROC / str(pid) / "status").splitlines():
        if line.startswith(field + ":"):
            return int(line.split()[1])
    return 0


def peak_rss_mb(pid: int) -> float:
    """Peak resident memory of ``pid`` (VmHWM) in MB."""
    return status_kb(pid, "VmHWM") / 1024


def pss_mb(pids: Iterable[int]) -> float:
    """Proportional set size of ``pids`` together, in MB (shared pages split between sharers)."""
    total = 0
    for pid in pids:
        for line in _read(PROC / str(pid) / "smaps_rollup").splitlines():
            if line.startswith("Pss:"):
                total += int(line.split()[1])
    return total / 1024


def is_kernel(pid: int) -> bool:
    """True for an IPython kernel process."""
    return "ipykernel" in cmdline(pid)


def start_time(pid: int) -> str:
    """Field 22 of /proc/<pid>/stat: tells a pid from a later process that reuses it."""
    stat = _read(PROC / str(pid) / "stat")
    return stat.rpartition(")")[2].split()[19] if stat else ""


def alive(pid: int, started: str) -> bool:
    """True while the process ``pid`` that started at ``started`` still runs (not a zombie)."""
    stat = _read(PROC / str(pid) / "stat")
    fields = stat.rpartition(")")[2].split()
    return bool(fields) and fields[19] == started and fields[0] != "Z"


def run_processes(run_id: str, home_root: str) -> list[int]:
    """Class processes of one run: its marker in their environment or their cwd in its homes."""
    found = []
    for entry in PROC.iterdir():
        if not entry.name.isdigit() or int(entry.name) == os.getpid():
            continue
        line = cmdline(int(entry.name))
        if not any(name in line for name in CLASS_PROCESSES):
            continue
        try:
            cwd = os.readlink(entry / "cwd")
        except OSError:
            cwd = ""
        env = _read(entry / "environ").split("\0")
        if f"CLASSROOM_RUN_ID={run_id}" in env or cwd.startswith(home_root):
            found.append(int(entry.name))
    return found


def pss_all_mb() -> float:
    """PSS of every process on the machine, in MB: what processes (not the kernel) hold."""
    return pss_mb(int(entry.name) for entry in PROC.iterdir() if entry.name.isdigit())
