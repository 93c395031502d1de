"""What a class run must meet, and the table it prints. Pure functions, no hub needed.

Example:
    >>> lesson_bound_s(students=20, cpus=2)
    250.0
"""

from __future__ import annotations

from dataclasses import dataclass, field

# Measured with run_class.py on 2 cores, 24 GB (JupyterHub 6.1.1, configurable-http-proxy 5.3.0,
# lesson 03, other jobs running: load average 5-35); the tables are in docs/classroom.md.
LESSON_MEASURED_S = ((3, 2, 10.0), (5, 2, 12.0), (10, 2, 20.0), (20, 2, 55.0), (30, 2, 56.0))
"""(students, CPUs, slowest student's lesson in s, kernel start included), the worst of each
N: 7-10 s at 3, 11-12 at 5, 19-20 at 10, 35-41 at 20 (55 in an earlier measurement), 50-56
at 30. The bound is at least twice each."""
LESSON_CPU_S = 5.0
"""CPU seconds one student's lesson 03 costs when the class runs it at once: 3.3-4.1 here at
N=20-30 on 2 cores, 5.5 in the earlier measurement."""
LESSON_FIXED_S = 75.0
"""A kernel's start and first imports, whatever the class size, plus room for a kernel that
lost the race for its TCP ports: Jupyter Server gives up on it after 2 min, and the student
reopens the notebook (run_class.py does; see lesson.py)."""
LESSON_SLACK = 2.0
"""A generous factor: a busy machine (other jobs, CI) must not fail the run."""

KERNEL_PEAK_RSS_MB = 290.0
"""Lesson kernels peaked at 148, 186, 198, 228 MB (lessons 00-03; 216 MB here for 03 at every
N); spaCy's full French pipeline (parser, NER) would take ~337 MB: a kernel above this loaded
it, or something as heavy."""

MEMORY_TOLERANCE_MB = 250.0
"""Memory still used after the class stopped, beyond the baseline and what other jobs took
meanwhile: measured -270 to +70 MB at N=3-20 and up to +330 MB at N=30 on a busy machine. A
leaked server + kernel is ~300 MB (and is also caught as an orphan process)."""
MEMORY_TOLERANCE_PER_STUDENT_MB = 10.0
"""Added per student: freed memory shows in MemAvailable with some delay."""

SPAWN_HTTP_TIMEOUT_S = 120
"""JupyterHub's default is 30 s: at N=20 on 2 cores, 19 of 20 servers missed it here (load
average 7), 4 of 20 in an earlier measurement (every server imports JupyterLab at once); with
120 s all 20 were ready in 39-49 s, all 30 in 57-67 s."""
SPAWN_START_TIMEOUT_S = 180


def lesson_bound_s(students: int, cpus: int) -> float:
    """Seconds within which every student's lesson must be done: the class shares the CPUs.

    >>> lesson_bound_s(students=3, cpus=2)
    165.0
    """
    return LESSON_SLACK * (LESSON_FIXED_S + LESSON_CPU_S * students / max(cpus, 1))


def memory_tolerance_mb(students: int) -> float:
    """How far above the baseline used memory may stay once the class has stopped.

    >>> memory_tolerance_mb(20)
    450.0
    """
    return MEMORY_TOLERANCE_MB + MEMORY_TOLERANCE_PER_STUDENT_MB * students


@dataclass
class ClassResult:
    """What one class run measured."""

    students: int
    spawned: int = 0
    ready_s: float | None = None
    lesson_s: list[float] = field(default_factory=list)
    kernel_peak_mb: list[float] = field(default_factory=list)
    student_pss_mb: list[float] = field(default_factory=list)
    hub_proxy_mb: float = 0.0
    used_before_mb: float = 0.0
    used_after_mb: float | None = None
    processes_before_mb: float = 0.0
    """PSS of every process at the baseline: other jobs on the machine come and go."""
    processes_after_mb: float = 0.0
    failed_cells: list[str] = field(default_factory=list)
    restarts: int = 0
    """Notebooks reopened because their kernel never answered (it lost a race for a TCP port)."""
    orphans: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    @property
    def memory_left_mb(self) -> float | None:
        """Used memory after stop less the baseline, less what other processes started since.

        The class's own processes are gone by then (or reported as orphans), so a change in
        every process's PSS is other jobs on a shared machine.
        """
        if self.used_after_mb is None:
            return None
        return (self.used_after_mb - self.used_before_mb) - (
            self.processes_after_mb - self.processes_before_mb)

    @property
    def back_to_baseline(self) -> bool:
        """True when the memory left after stop is within the tolerance."""
        left = self.memory_left_mb
        return left is not None and left <= memory_tolerance_mb(self.students)


def failures(result: ClassResult, cpus: int) -> list[str]:
    """Every bound the run missed, in words ([] when it passed).

    >>> failures(ClassResult(students=1), cpus=2)[0]
    'spawned 0 of 1 servers'
    """
    out = [f"spawned {result.spawned} of {result.students} servers"] \
        if result.spawned < result.students else []
    out += result.errors
    if len(result.lesson_s) < result.students:
        out.append(f"lesson finished for {len(result.lesson_s)} of {result.students} students")
    out += [f"cell not ok: {cell}" for cell in result.failed_cells]
    bound = lesson_bound_s(result.students, cpus)
    slow = [s for s in result.lesson_s if s > bound]
    if slow:
        out.append(f"{len(slow)} lessons over {bound:.0f} s (slowest {max(slow):.0f} s)")
    heavy = [mb for mb in result.kernel_peak_mb if mb > KERNEL_PEAK_RSS_MB]
    if heavy:
        out.append(f"{len(heavy)} kernels peaked over {KERNEL_PEAK_RSS_MB:.0f} MB "
                   f"(max {max(heavy):.0f} MB): a lesson loads more than it should")
    if len(result.kernel_peak_mb) < result.spawned:
        out.append(f"found {len(result.kernel_peak_mb)} kernels for {result.spawned} servers")
    if not result.back_to_baseline:
        left = result.memory_left_mb
        out.append(f"memory not back to baseline: {_num(left)} MB left after stop "
                   f"(tolerance {memory_tolerance_mb(result.students):.0f} MB; used "
                   f"{result.used_before_mb:.0f} MB before, {_num(result.used_after_mb)} MB after)")
    out += [f"orphan process: {line}" for line in result.orphans]
    return out


COLUMNS = ("N", "spawned", "all ready (s)", "lesson done (s, max)", "kernel peak RSS (MB, max)",
           "PSS per student (MB)", "hub+proxy (MB)", "memory back to baseline")


def _num(values: list[float] | float | None) -> str:
    if isinstance(values, list):
        values = max(values) if values else None
    return "-" if values is None else f"{values:.0f}"


def table_row(result: ClassResult) -> list[str]:
    """One row of the table, as text."""
    pss = result.student_pss_mb
    return [str(result.students), f"{result.spawned}/{result.students}", _num(result.ready_s),
            _num(result.lesson_s), _num(result.kernel_peak_mb),
            _num(sum(pss) / len(pss) if pss else None), _num(result.hub_proxy_mb),
            "yes" if result.back_to_baseline else "no"]


def table(results: list[ClassResult]) -> str:
    """A Markdown table of class runs, one row each.

    >>> print(table([ClassResult(students=3, spawned=3, ready_s=9.6)]).splitlines()[2])
    | 3 | 3/3 | 10 | - | - | - | 0 | no |
    """
    lines = ["| " + " | ".join(COLUMNS) + " |", "|" + "---|" * len(COLUMNS)]
    lines += ["| " + " | ".join(table_row(r)) + " |" for r in results]
    return "\n".join(lines)
