"""classroom/: the hub configuration's values and the class run's bounds and table (no hub)."""

from __future__ import annotations

import doctest
import importlib.util
import json
import os
import runpy
import subprocess
import sys
import time
from pathlib import Path
from types import ModuleType
from urllib.parse import urlparse

import pytest
from traitlets.config import Config

ROOT = Path(__file__).resolve().parents[1]
CLASSROOM = ROOT / "classroom"


def _load(name: str) -> ModuleType:
    """classroom/<name>.py, as run_class.py (run as a script) imports it: by its bare name."""
    spec = importlib.util.spec_from_file_location(name, CLASSROOM / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module
    spec.loader.exec_module(module)
    return module


# In import order: lesson and students import hub.
bounds, procmem, hub, lesson, students = (
    _load(n) for n in ("bounds", "procmem", "hub", "lesson", "students"))
ClassResult, failures, lesson_bound_s, table = (
    bounds.ClassResult, bounds.failures, bounds.lesson_bound_s, bounds.table)

JUPYTERHUB_DEFAULT_HTTP_TIMEOUT_S = 30


def load_config(monkeypatch: pytest.MonkeyPatch, uid: int = 1000, **env: str) -> dict:
    """Run classroom/jupyterhub_config.py as JupyterHub would; return its globals."""
    for name in [n for n in os.environ if n.startswith("CLASSROOM_")]:
        monkeypatch.delenv(name)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    monkeypatch.setattr(os, "geteuid", lambda: uid)
    config = Config()
    return runpy.run_path(str(CLASSROOM / "jupyterhub_config.py"),
                          init_globals={"get_config": lambda: config})


def test_config_raises_the_spawn_timeouts(monkeypatch):
    c = load_config(monkeypatch)["c"]
    assert c.Spawner.http_timeout == bounds.SPAWN_HTTP_TIMEOUT_S
    assert c.Spawner.http_timeout >= 4 * JUPYTERHUB_DEFAULT_HTTP_TIMEOUT_S
    assert c.Spawner.start_timeout == bounds.SPAWN_START_TIMEOUT_S >= c.Spawner.http_timeout


def test_config_culls_idle_kernels(monkeypatch):
    args = load_config(monkeypatch)["c"].Spawner.args
    assert "--MappingKernelManager.cull_idle_timeout=1800" in args
    assert "--MappingKernelManager.cull_interval=300" in args
    assert "--MappingKernelManager.cull_connected=True" in args
    assert "--MappingKernelManager.cull_busy=False" in args


def test_idle_server_culler_service_and_role(monkeypatch):
    ns = load_config(monkeypatch)
    culler, role = ns["CULLER"], ns["CULLER_ROLE"]
    assert culler["command"][1:3] == ["-m", "jupyterhub_idle_culler"]
    assert f"--timeout={ns['SERVER_IDLE_TIMEOUT_S']}" in culler["command"]
    assert role["services"] == [culler["name"]]
    assert {"list:users", "read:users:activity", "read:servers", "delete:servers"} <= set(
        role["scopes"])


def test_everything_listens_on_loopback(monkeypatch):
    c = load_config(monkeypatch, CLASSROOM_PORT="4100", CLASSROOM_HUB_PORT="4101",
                    CLASSROOM_PROXY_API_PORT="4102")["c"]
    urls = [c.JupyterHub.bind_url, c.JupyterHub.hub_bind_url, c.ConfigurableHTTPProxy.api_url]
    assert [urlparse(url).hostname for url in urls] == ["127.0.0.1"] * 3
    assert [urlparse(url).port for url in urls] == [4100, 4101, 4102]
    assert c.Spawner.ip == "127.0.0.1"


def test_allow_root_only_as_root(monkeypatch):
    assert "--allow-root" not in load_config(monkeypatch, uid=1000)["c"].Spawner.args
    assert "--allow-root" in load_config(monkeypatch, uid=0)["c"].Spawner.args


def test_password_homes_and_driver_token_come_from_the_environment(monkeypatch):
    c = load_config(monkeypatch)["c"]
    assert c.JupyterHub.services == []  # no token in the environment: no driver service
    assert len(c.SharedPasswordAuthenticator.user_password) >= 8  # random, unguessable
    ns = load_config(monkeypatch, CLASSROOM_PASSWORD="class-password",
                     CLASSROOM_ADMIN_TOKEN="t" * 64, CLASSROOM_HOME_ROOT="/tmp/h")
    c = ns["c"]
    assert c.JupyterHub.authenticator_class == "shared-password"
    assert c.SharedPasswordAuthenticator.user_password == "class-password"
    assert c.Authenticator.allow_existing_users is True
    assert c.SimpleLocalProcessSpawner.home_dir_template == "/tmp/h/{username}"
    assert {"name": "classroom-driver", "api_token": "t" * 64} in c.JupyterHub.services
    driver = next(r for r in c.JupyterHub.load_roles if r["name"] == "classroom-driver")
    assert {"admin:users", "admin:servers", "tokens", "access:servers"} <= set(driver["scopes"])


def test_lesson_bound_is_generous_and_scales_with_class_and_cpus():
    assert lesson_bound_s(20, cpus=2) > lesson_bound_s(10, cpus=2) > lesson_bound_s(3, cpus=2)
    assert lesson_bound_s(20, cpus=4) < lesson_bound_s(20, cpus=2)
    for students_, cpus, measured_s in bounds.LESSON_MEASURED_S:
        assert lesson_bound_s(students_, cpus) >= 2 * measured_s


def test_kernel_bound_sits_between_the_lessons_and_a_full_spacy_pipeline():
    assert 228 < bounds.KERNEL_PEAK_RSS_MB < 337


def measured_result(students_: int = 3) -> ClassResult:
    return ClassResult(students_, spawned=students_, ready_s=9.6, lesson_s=[6.1] * students_,
                       kernel_peak_mb=[216.0] * students_, student_pss_mb=[320.0] * students_,
                       hub_proxy_mb=159.0, used_before_mb=800, used_after_mb=1700,
                       processes_before_mb=3000, processes_after_mb=4100)


def test_a_good_run_passes_and_other_jobs_memory_is_not_counted():
    result = measured_result()
    assert result.memory_left_mb == pytest.approx(-200)
    assert failures(result, cpus=2) == []


@pytest.mark.parametrize(("change", "expected"), [
    ({"spawned": 2}, "spawned 2 of 3 servers"),
    ({"kernel_peak_mb": [216.0, 216.0, 337.0]}, "1 kernels peaked over"),
    ({"lesson_s": [6.1, 6.1, 999.0]}, "1 lessons over"),
    ({"lesson_s": [6.1]}, "lesson finished for 1 of 3 students"),
    ({"failed_cells": ["student01 03_context.ipynb cell 4: NameError: x"]}, "cell not ok"),
    ({"orphans": ["123 jupyterhub-singleuser"]}, "orphan process: 123"),
    ({"used_after_mb": 2500}, "memory not back to baseline: 600 MB left"),
    ({"used_after_mb": None}, "memory not back to baseline: - MB left"),
])
def test_each_missed_bound_is_reported(change, expected):
    result = measured_result()
    for name, value in change.items():
        setattr(result, name, value)
    found = failures(result, cpus=2)
    assert any(expected in line for line in found), found


def test_table_has_one_row_per_run_and_every_column():
    text = table([measured_result(3), ClassResult(20, spawned=16)])
    header, rule, first, second = text.splitlines()
    assert header.count("|") == rule.count("|") == first.count("|") == len(bounds.COLUMNS) + 1
    assert first == "| 3 | 3/3 | 10 | 6 | 216 | 320 | 159 | yes |"
    assert second.startswith("| 20 | 16/20 | - | - | - | - |")


def test_orphan_scan_finds_this_runs_processes_only(tmp_path):
    code = "import time; time.sleep(30)"
    env = {**os.environ, "CLASSROOM_RUN_ID": "run-under-test"}
    ours = subprocess.Popen([sys.executable, "-c", code, "ipykernel"], env=env)
    other = subprocess.Popen([sys.executable, "-c", code, "ipykernel"], cwd=tmp_path)
    try:
        time.sleep(0.2)
        found = procmem.run_processes("run-under-test", "/nonexistent-home-root")
        assert ours.pid in found and other.pid not in found
        assert other.pid in procmem.run_processes("other-run", str(tmp_path))
        assert ours.pid in procmem.descendants(os.getpid())
        assert procmem.alive(ours.pid, procmem.start_time(ours.pid))
    finally:
        for process in (ours, other):
            process.kill()
            process.wait()
    assert not procmem.alive(ours.pid, procmem.start_time(ours.pid))


def test_lessons_are_copied_as_nbgitpuller_would(tmp_path):
    copy = students.copy_lessons(tmp_path / "student01")
    assert copy == tmp_path / "student01" / "texte-et-tokens"
    assert (copy / "notebooks" / "03_context.ipynb").exists()
    seed = "seeds/article.txt"
    assert (copy / seed).read_bytes() == (ROOT / seed).read_bytes()
    assert not list(copy.rglob(".ipynb_checkpoints"))


def test_lesson_cells_and_messages():
    cells = lesson.code_cells(ROOT / "notebooks" / "03_context.ipynb")
    assert len(cells) > 10 and cells[0].startswith("from helpers import")
    message = lesson.execute_request("1 + 1", "session-1")
    assert message["channel"] == "shell" and message["header"]["msg_type"] == "execute_request"
    assert message["header"]["session"] == "session-1"


@pytest.mark.parametrize("module", [bounds, procmem, lesson, students])
def test_doctests(module):
    assert doctest.testmod(module).failed == 0


def test_a_missing_npm_is_explained(monkeypatch, tmp_path):
    monkeypatch.setattr(hub, "PROXY", tmp_path / "configurable-http-proxy")
    monkeypatch.setattr(hub.shutil, "which", lambda name: None)
    with pytest.raises(SystemExit, match=r"npm was not found.*npm ci --prefix classroom"):
        hub.ensure_proxy()


def test_the_proxy_is_pinned():
    package = json.loads((CLASSROOM / "package.json").read_text())
    lock = json.loads((CLASSROOM / "package-lock.json").read_text())
    pinned = package["dependencies"]["configurable-http-proxy"]
    assert pinned[0].isdigit()  # an exact version, no ^ or ~
    assert lock["packages"]["node_modules/configurable-http-proxy"]["version"] == pinned
