"""The course directory: its config, nbgrader's commands, the round trip, and ``main``."""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import nbformat

from .cells import BuildError, assignment

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
DEFAULT_OUT = ROOT / "artifacts" / "nbgrader"
COURSE_ID = "texte-et-tokens"
MARKER = "# Written by scripts/assignments.py"
CONFIG = f'''{MARKER} (make assignments): rebuilt from scratch on every run.
c = get_config()  # noqa: F821 - given by nbgrader
c.CourseDirectory.course_id = "{COURSE_ID}"
# Each answer cell keeps the lesson's blank line (name = ____) above its solution region,
# so an empty stub gives the students the cell as the lesson had it.
c.ClearSolutions.code_stub = {{"python": ""}}
c.Execute.timeout = 300  # seconds per cell; a whole lesson takes 5-10 s on an idle machine
'''
GRADED_WORK = ("submitted", "autograded", "feedback")
SUBMISSIONS = {"official": "source", "blank": "release"}
"""The round trip's students, and the version of the lesson each one hands in."""


def _prepare(out: Path, force: bool) -> None:
    if out.exists() and any(out.iterdir()):
        config = out / "nbgrader_config.py"
        if not config.is_file() or not config.read_text(encoding="utf-8").startswith(MARKER):
            raise BuildError(f"{out} is not empty and was not made by scripts/assignments.py: "
                             "choose another --out")
        graded = [d for d in GRADED_WORK if (out / d).exists()]
        if graded and not force:
            raise BuildError(f"{out} holds graded work ({', '.join(graded)}/), which a rebuild "
                             "would delete: move it away, or pass --force")
        shutil.rmtree(out)
    out.mkdir(parents=True)
    (out / "nbgrader_config.py").write_text(CONFIG, encoding="utf-8")


def nbgrader(course: Path, *args: str) -> str:
    """Run nbgrader's command line in ``course``; its log, or BuildError with it."""
    # nbgrader runs `alembic` (the gradebook's migrations) from PATH: the venv's, here
    path = os.pathsep.join([str(Path(sys.executable).parent), os.environ.get("PATH", "")])
    done = subprocess.run([sys.executable, "-m", "nbgrader", *args], cwd=course,
                          env={**os.environ, "PATH": path}, capture_output=True, text=True,
                          check=False)
    if done.returncode != 0:
        raise BuildError(f"`nbgrader {' '.join(args)}` failed (exit {done.returncode}):\n"
                         f"{done.stdout}{done.stderr}")
    return done.stdout + done.stderr


def build(out: Path = DEFAULT_OUT, notebooks: Path = NOTEBOOKS, force: bool = False
          ) -> list[str]:
    """Write the course in ``out`` and release it; returns its lessons, sorted.

    Example: ``build(Path("/tmp/course"))`` → ``['00_start_here', '01_tokenization', …]``.
    """
    _prepare(out, force)
    lessons = []
    for path in sorted(notebooks.glob("[0-9][0-9]_*.ipynb")):
        nb = assignment(nbformat.read(path, as_version=4), path.stem)
        if nb is None:
            continue
        target = out / "source" / path.stem / path.name
        target.parent.mkdir(parents=True)
        nbformat.write(nb, target)
        lessons.append(path.stem)
    if not lessons:
        raise BuildError(f"no lesson in {notebooks} imports questions from helpers.exercises")
    nbgrader(out, "generate_assignment", "*", "--force")
    missing = [n for n in lessons if not (out / "release" / n / f"{n}.ipynb").is_file()]
    if missing:
        raise BuildError(f"nbgrader released no notebook for {', '.join(missing)}")
    return lessons


def round_trip(course: Path, lessons: list[str]) -> dict[str, dict[str, tuple[float, float]]]:
    """Hand in each lesson as ``SUBMISSIONS`` says, autograde it: {lesson: {student: scores}}.

    The scores are (score, max score), read back from the course's gradebook.
    Example: ``round_trip(course, ["00_start_here"])`` →
    ``{"00_start_here": {"official": (2.0, 2.0), "blank": (0.0, 2.0)}}``.
    """
    from nbgrader.api import Gradebook  # slow to import; only the round trip needs it

    for lesson in lessons:
        for student, version in SUBMISSIONS.items():
            target = course / "submitted" / student / lesson
            target.mkdir(parents=True, exist_ok=True)
            shutil.copy(course / version / lesson / f"{lesson}.ipynb", target)
        nbgrader(course, "autograde", lesson, "--force")
    with Gradebook(f"sqlite:///{course / 'gradebook.db'}", COURSE_ID) as gradebook:
        return {lesson: {student: (s.score, s.max_score) for student in SUBMISSIONS
                         for s in [gradebook.find_submission(lesson, student)]}
                for lesson in lessons}


def check(course: Path, lessons: list[str]) -> list[str]:
    """The round trip in a scratch copy of ``course``: what went wrong, or nothing."""
    with tempfile.TemporaryDirectory(prefix="assignments-") as scratch:
        copy = Path(scratch) / "course"
        shutil.copytree(course, copy)
        results = round_trip(copy, lessons)
    problems = []
    for lesson, scores in results.items():
        (official, top), (blank, _) = scores["official"], scores["blank"]
        print(f"{lesson}: official solutions {official:g}/{top:g}, blank release {blank:g}")
        if official != top or blank != 0 or top == 0:
            problems.append(lesson)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        description="An nbgrader course from the lessons' exercises (make assignments).")
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT,
                        help="the course directory (default: artifacts/nbgrader)")
    parser.add_argument("--force", action="store_true",
                        help="rebuild even if the course holds graded work (it is deleted)")
    parser.add_argument("--check", action="store_true",
                        help="then autograde the official solutions (full marks expected) and "
                             "the blank release (zero), in a scratch copy")
    args = parser.parse_args(argv)
    out = args.out.resolve()
    try:
        lessons = build(out, force=args.force)
        for lesson in lessons:
            nb = nbformat.read(out / "release" / lesson / f"{lesson}.ipynb", as_version=4)
            points = sum(c.metadata.get("nbgrader", {}).get("points", 0) for c in nb.cells)
            print(f"{lesson}: {points:g} points")
        print(f"course: {out} (source/ for teachers, release/ for students)")
        problems = check(out, lessons) if args.check else []
    except BuildError as error:
        print(f"assignments: {error}", file=sys.stderr)
        return 1
    if problems:
        print(f"assignments: the round trip failed for {', '.join(problems)}", file=sys.stderr)
        return 1
    return 0
