"""One cell of the matrix: pip's resolver, wheels only, for one Python on one platform.

pip answers for a foreign platform with ``--platform`` and ``--python-version``, but it
evaluates dependencies' markers on the machine that runs it: from Linux it leaves out
``colorama``, ``pywin32``, ``pywinpty`` (Windows only) and ``appnope`` (macOS only). So each
cell is completed: the report's dependency metadata is re-read with the target's marker
values, and anything missing is resolved again with the rest, until nothing is missing.
"""

from __future__ import annotations

import json
import os
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

from packaging.requirements import Requirement

from .platforms import Platform, marker_environment
from .requirements import canonical

PIP = (sys.executable, "-m", "pip")
# Settings of this machine that students don't have: local find-links, extra indexes and
# a constraints file. The index itself, its certificate and any proxy are kept.
_MACHINE_ONLY = ("PIP_FIND_LINKS", "PIP_EXTRA_INDEX_URL", "PIP_CONSTRAINT", "PIP_NO_INDEX",
                 "PIP_REQUIREMENT", "PIP_TARGET", "PIP_PREFIX", "PIP_USER")
MAX_ROUNDS = 4


def student_environment(environ: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for pip, without this machine's pip configuration.

    >>> env = student_environment({"PIP_FIND_LINKS": "/opt/wheels", "PIP_CERT": "ca.pem"})
    >>> env["PIP_CONFIG_FILE"] == os.devnull, "PIP_FIND_LINKS" in env, env["PIP_CERT"]
    (True, False, 'ca.pem')
    """
    env = {key: value for key, value in (os.environ if environ is None else environ).items()
           if key not in _MACHINE_ONLY}
    env["PIP_CONFIG_FILE"] = os.devnull  # pip then reads no configuration file at all
    return env


def wheel_flags(python: str, platform: Platform) -> list[str]:
    """pip's options that select CPython `python`'s wheels for `platform`, and only wheels.

    >>> from install_check.platforms import BY_KEY
    >>> wheel_flags("3.12", BY_KEY["windows"])
    ['--only-binary=:all:', '--implementation', 'cp', '--python-version', '3.12', \
'--platform', 'win_amd64']
    """
    flags = ["--only-binary=:all:", "--implementation", "cp", "--python-version", python]
    for tag in platform.tags:
        flags += ["--platform", tag]
    return flags


def resolve_command(python: str, platform: Platform, requirements: Path, workdir: Path,
                    pip: tuple[str, ...] = PIP) -> list[str]:
    """The dry-run that resolves `requirements` for the cell and writes ``report.json``.

    >>> from install_check.platforms import BY_KEY
    >>> command = resolve_command("3.11", BY_KEY["windows"], Path("r.txt"), Path("w"), ("pip",))
    >>> " ".join(command[:4]), command[-2:]
    ('pip install --dry-run --ignore-installed', ['-r', 'r.txt'])
    """
    return [*pip, "install", "--dry-run", "--ignore-installed", *wheel_flags(python, platform),
            "--target", str(workdir / "target"), "--report", str(workdir / "report.json"),
            "--quiet", "--no-color", "-r", str(requirements)]


@dataclass
class Closure:
    """What the target needs beyond pip's answer, and what pip added that it doesn't."""

    missing: dict[str, list[Requirement]]
    unneeded: list[str]

    def lines(self) -> list[str]:
        """The missing projects as requirement lines, every specifier met.

        >>> Closure({"colorama": [Requirement("colorama; sys_platform == 'win32'")],
        ...          "pywin32": [Requirement("pywin32>=300"), Requirement("pywin32!=301")]},
        ...         []).lines()
        ['colorama', 'pywin32!=301,>=300']
        """
        out = []
        for name, wanted in sorted(self.missing.items()):
            extras = sorted({extra for req in wanted for extra in req.extras})
            specs = sorted({str(spec) for req in wanted for spec in req.specifier})
            out.append(name + (f"[{','.join(extras)}]" if extras else "") + ",".join(specs))
        return out


def missing_on_target(installs: list[dict], roots: list[Requirement],
                      env: dict[str, str]) -> Closure:
    """Walk the dependencies from `roots` as the target evaluates their markers.

    `installs` is the ``install`` list of pip's report (each with its ``requires_dist``).

    >>> item = {"metadata": {"name": "tqdm", "requires_dist": [
    ...     "colorama; platform_system == 'Windows'", "pytest; extra == 'dev'"]}}
    >>> windows = {"platform_system": "Windows"}
    >>> missing_on_target([item], [Requirement("tqdm==4.70.1")], windows).lines()
    ['colorama']
    >>> missing_on_target([item], [Requirement("tqdm")], {"platform_system": "Linux"})
    Closure(missing={}, unneeded=[])
    """
    resolved = {canonical(item["metadata"]["name"]): item for item in installs}
    extras: dict[str, set[str]] = {}
    wanted: dict[str, list[Requirement]] = {}
    queue = list(roots)
    while queue:
        requirement = queue.pop()
        name = canonical(requirement.name)
        wanted.setdefault(name, []).append(requirement)
        new = set(requirement.extras) - extras.get(name, set())
        if name in extras and not new:
            continue
        active = extras.setdefault(name, set())
        active |= new
        if name not in resolved:
            continue
        for text in resolved[name]["metadata"].get("requires_dist") or []:
            dependency = Requirement(text)
            marker = dependency.marker
            if marker is None or any(marker.evaluate({**env, "extra": extra})
                                     for extra in active | {""}):
                queue.append(dependency)
    missing = {name: reqs for name, reqs in wanted.items() if name not in resolved}
    return Closure(missing, sorted(set(resolved) - set(extras)))


def for_target(lines: list[str], env: dict[str, str]) -> list[str]:
    """The requirement lines that apply on the target, their markers evaluated there and
    dropped (pip would evaluate them on this machine).

    >>> for_target(["basemap==2.0.0; platform_machine != 'aarch64'", "pywin32; os_name == 'nt'",
    ...             "numpy==2.3.5"], {"platform_machine": "aarch64", "os_name": "posix"})
    ['numpy==2.3.5']
    >>> for_target(["pywin32>=300; os_name == 'nt'"], {"os_name": "nt"})
    ['pywin32>=300']
    """
    kept = []
    for line in lines:
        requirement = Requirement(line)
        if requirement.marker is None or requirement.marker.evaluate({**env, "extra": ""}):
            requirement.marker = None
            kept.append(str(requirement))
    return kept


_NO_MATCH = re.compile(r"No matching distribution found for (\S+)")
_CONFLICT = re.compile(r"Cannot install (.+?) because these package versions have conflicting")
_CAUSE = re.compile(r"^\s+(\S+) \S+ depends on (.+)$", re.MULTILINE)


def culprit(stderr: str) -> str:
    """The short reason of a failed resolve: the requirement no wheel satisfies.

    >>> culprit("ERROR: No matching distribution found for basemap==2.0.0\\n")
    'basemap==2.0.0'
    >>> culprit('''ERROR: Cannot install a==1 because these package versions have conflicting
    ... The conflict is caused by:
    ...     a 1 depends on b<2
    ... ''')
    'a==1 (needs b<2)'
    """
    if match := _NO_MATCH.search(stderr):
        return match[1]
    if match := _CONFLICT.search(stderr):
        causes = "; ".join(f"{dependency}" for _, dependency in _CAUSE.findall(stderr))
        return f"{match[1]} (needs {causes})" if causes else match[1]
    errors = [line for line in stderr.splitlines() if line.startswith("ERROR")]
    return errors[0][7:] if errors else (stderr.strip().splitlines() or ["pip failed"])[-1]


@dataclass
class Cell:
    """The answer for one Python on one platform."""

    python: str
    platform: str
    ok: bool = False
    pins: dict[str, str] = field(default_factory=dict)
    added: list[str] = field(default_factory=list)  # needed on the target, pip left them out
    unneeded: list[str] = field(default_factory=list)  # pip added them, the target doesn't
    culprit: str = ""
    error: str = ""
    seconds: float = 0.0
    rounds: int = 0


def resolve_cell(python: str, platform: Platform, lines: list[str], workdir: Path,
                 pip: tuple[str, ...] = PIP, env: dict[str, str] | None = None) -> Cell:
    """Resolve `lines` for CPython `python` on `platform` from wheels only (needs the index).

    Example: ``resolve_cell("3.13", BY_KEY["windows"], ["numpy==2.3.5"], Path("/tmp/c"))``.
    """
    cell = Cell(python, platform.key)
    started = time.perf_counter()
    target = marker_environment(platform, python)
    lines = for_target([line for line in lines if not line.startswith("-")], target)
    roots = [Requirement(line) for line in lines]
    extra: list[str] = []
    workdir.mkdir(parents=True, exist_ok=True)
    while cell.rounds < MAX_ROUNDS:
        cell.rounds += 1
        requirements = workdir / "requirements.txt"
        requirements.write_text("\n".join([*lines, *extra]) + "\n", encoding="utf-8")
        done = subprocess.run(resolve_command(python, platform, requirements, workdir, pip),
                              capture_output=True, text=True,
                              env=student_environment() if env is None else env)
        if done.returncode != 0:
            cell.culprit, cell.error = culprit(done.stderr), done.stderr.strip()
            break
        installs = json.loads((workdir / "report.json").read_text(encoding="utf-8"))["install"]
        closure = missing_on_target(installs, roots + [Requirement(x) for x in extra], target)
        if not closure.missing:
            cell.ok, cell.unneeded = True, closure.unneeded
            cell.pins = {canonical(item["metadata"]["name"]): item["metadata"]["version"]
                         for item in installs
                         if canonical(item["metadata"]["name"]) not in closure.unneeded}
            break
        extra += closure.lines()
        cell.added = sorted({canonical(Requirement(x).name) for x in extra})
    else:
        cell.culprit = f"dependencies still missing after {MAX_ROUNDS} rounds: {extra}"
    cell.seconds = time.perf_counter() - started
    return cell
