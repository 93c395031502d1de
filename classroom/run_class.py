"""A whole class on one machine: JupyterHub on 127.0.0.1, N students running a lesson at once.

Creates N students through the hub's REST API, starts all their servers together, then every
student runs every code cell of the lesson over Jupyter Server's REST API and kernel websocket.
Prints a table and exits non-zero if a spawn, a cell, a time or memory bound, or the clean-up
failed (the bounds and their measurements: classroom/bounds.py). Example:

    .venv/bin/python classroom/run_class.py --students 20 --keep-logs /tmp/class-logs
"""

from __future__ import annotations

import argparse
import asyncio
import os
import shutil
import signal
import sys
import tempfile
import time
from pathlib import Path

from bounds import (
    KERNEL_PEAK_RSS_MB,
    SPAWN_START_TIMEOUT_S,
    ClassResult,
    failures,
    lesson_bound_s,
    memory_tolerance_mb,
    table,
)
from hub import Hub, ensure_proxy, start_hub, stop_hub, wait_hub
from lesson import code_cells, run_lesson
from procmem import (
    alive,
    cmdline,
    descendants,
    is_kernel,
    peak_rss_mb,
    pss_all_mb,
    pss_mb,
    run_processes,
    start_time,
    used_mb,
)
from students import CHECKOUT, ROOT, Student, check_login, enrol, spawn_all


def measure(hub: Hub, students: list[Student], result: ClassResult) -> None:
    """Kernel peaks, PSS per student and of hub + proxy; remember every pid of the run."""
    tree = descendants(hub.process.pid)
    hub.tracked.update({pid: start_time(pid) for pid in [hub.process.pid, *tree]})
    in_servers: set[int] = set()
    for student in students:
        if student.pid is None:
            continue
        below = descendants(student.pid)
        in_servers.update([student.pid, *below])
        result.kernel_peak_mb += [peak_rss_mb(pid) for pid in below if is_kernel(pid)]
        result.student_pss_mb.append(pss_mb([student.pid, *below]))
    result.hub_proxy_mb = pss_mb([hub.process.pid, *(p for p in tree if p not in in_servers)])


async def run_class(hub: Hub, result: ClassResult, lesson: str, cpus: int) -> None:
    """Enrol, spawn, run the lesson for everyone at once, measure (the hub is already started)."""
    await wait_hub(hub)
    students = await enrol(hub, result.students)
    result.errors += await check_login(hub, students[0].name)
    print(f"{len(students)} students enrolled; starting their servers", flush=True)
    ready_s = await spawn_all(hub, students, timeout=SPAWN_START_TIMEOUT_S + 60)
    ready = [s for s in students if s.ready_at is not None]
    result.spawned = len(ready)
    result.errors += [f"{s.name}: {s.failure}" for s in students if s.failure]
    result.ready_s = ready_s if ready else None
    print(f"{len(ready)}/{len(students)} servers ready in {ready_s:.1f} s; running {lesson}",
          flush=True)
    path = f"{CHECKOUT}/notebooks/{lesson}.ipynb"
    cells = code_cells(ROOT / "notebooks" / f"{lesson}.ipynb")
    timeout = 2 * lesson_bound_s(result.students, cpus)
    runs = await asyncio.gather(*(run_lesson(hub.url, s.name, s.token, path, cells, timeout)
                                  for s in ready))
    for run in runs:
        result.failed_cells += run.errors
        result.restarts += run.restarts
        if run.seconds is not None:
            result.lesson_s.append(run.seconds)
    print(f"lesson done for {len(result.lesson_s)}/{len(ready)} students "
          f"({result.restarts} reopened a notebook whose kernel never answered)",
          flush=True)
    measure(hub, ready, result)


def clean_up(hub: Hub, result: ClassResult, keep_logs: Path | None) -> None:
    """Stop the hub; find what it left behind (orphans), end it; wait for memory to settle."""
    stop_hub(hub)
    time.sleep(1)
    left = {pid for pid, started in hub.tracked.items() if alive(pid, started)}
    left.update(run_processes(hub.run_id, str(hub.home_root)))
    for pid in sorted(left):
        result.orphans.append(f"{pid} {cmdline(pid)[:120]}")
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + 30  # freed memory shows in MemAvailable within seconds
    while True:
        result.used_after_mb, result.processes_after_mb = used_mb(), pss_all_mb()
        if result.back_to_baseline or time.monotonic() > deadline:
            break
        time.sleep(1)
    if keep_logs is not None:
        keep_logs.mkdir(parents=True, exist_ok=True)
        shutil.copy(hub.log, keep_logs / f"hub-N{result.students}.log")


def one_class(students: int, lesson: str, keep_logs: Path | None,
              http_timeout: int | None) -> ClassResult:
    """Run one class of ``students`` from start to clean-up, whatever happens in between."""
    cpus = os.cpu_count() or 1
    result = ClassResult(students, used_before_mb=used_mb(), processes_before_mb=pss_all_mb())
    workdir = Path(tempfile.mkdtemp(prefix="classroom-"))
    hub = start_hub(workdir, http_timeout)
    print(f"N={students}: hub on {hub.url} (state and homes in {workdir}); "
          f"load average {os.getloadavg()[0]:.2f}, {result.used_before_mb:.0f} MB used",
          flush=True)
    try:
        asyncio.run(run_class(hub, result, lesson, cpus))
    except Exception as error:  # reported with the table; the clean-up below still runs
        result.errors.append(f"{type(error).__name__}: {error}")
    finally:
        clean_up(hub, result, keep_logs)
        if failures(result, cpus):
            tail = hub.log.read_text(errors="replace").splitlines()[-25:]
            print("last lines of the hub's log:\n  " + "\n  ".join(tail), flush=True)
        shutil.rmtree(workdir, ignore_errors=True)
    return result


def _terminate(signum: int, frame: object) -> None:
    raise KeyboardInterrupt(f"signal {signum}")  # the same clean-up path as Ctrl-C


def main(argv: list[str] | None = None) -> int:
    """Run the class for each N given; print the table; 0 only if every bound held."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--students", type=int, nargs="+", required=True, metavar="N")
    parser.add_argument("--lesson", default="03_context", help="notebook name without .ipynb")
    parser.add_argument("--keep-logs", type=Path, metavar="DIR", help="copy the hub's log here")
    parser.add_argument("--http-timeout", type=int, metavar="S",
                        help="override Spawner.http_timeout (to show why the config raises it)")
    args = parser.parse_args(argv)
    if not (ROOT / "notebooks" / f"{args.lesson}.ipynb").exists():
        parser.error(f"no lesson notebooks/{args.lesson}.ipynb")
    ensure_proxy()
    signal.signal(signal.SIGTERM, _terminate)
    cpus = os.cpu_count() or 1
    results, problems = [], []
    try:
        for students in args.students:
            result = one_class(students, args.lesson, args.keep_logs, args.http_timeout)
            results.append(result)
            problems += [f"N={students}: {problem}" for problem in failures(result, cpus)]
    except KeyboardInterrupt as signal_or_ctrl_c:
        print(f"interrupted ({signal_or_ctrl_c or 'Ctrl-C'}): the hub and every server were "
              "stopped", file=sys.stderr)
        return 130
    print(f"\n{args.lesson}, {cpus} CPUs, {os.getloadavg()[0]:.2f} load average\n{table(results)}")
    for r in results:
        print(f"bounds N={r.students}: lessons within {lesson_bound_s(r.students, cpus):.0f} s, "
              f"kernels under {KERNEL_PEAK_RSS_MB:.0f} MB, memory back within "
              f"{memory_tolerance_mb(r.students):.0f} MB of {r.used_before_mb:.0f} MB "
              f"(after stop: {r.used_after_mb or 0:.0f} MB, other processes "
              f"{r.processes_after_mb - r.processes_before_mb:+.0f} MB: "
              f"{r.memory_left_mb or 0:+.0f} MB left)")
    if problems:
        print("\nFAILED:\n  " + "\n  ".join(problems), file=sys.stderr)
        return 1
    print("all bounds held")
    return 0


if __name__ == "__main__":
    sys.exit(main())
