"""Test-suite set-up shared by unit, doctest, notebook and browser tests."""

import os
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent
OFFLINE = ROOT / "tests" / "offline"

# Kernels started by nbval inherit this environment: they load
# tests/offline/sitecustomize.py, which refuses every non-loopback connection.
os.environ["KIT_OFFLINE"] = "1"
os.environ["PYTHONPATH"] = os.pathsep.join(
    p for p in (str(OFFLINE), os.environ.get("PYTHONPATH", "")) if p
)
os.environ.setdefault("MPLBACKEND", "Agg")
os.environ["HF_HUB_OFFLINE"] = "1"
# The lessons' saved outputs show solutions: a teacher's assessment switch left on in the
# shell (helpers.exercises.assessment) must not change what the tests see.
os.environ.pop("TEXTE_TOKENS_ASSESSMENT", None)
# Likewise the edition's language (helpers.translation) and the projector switch.
for _switch in ("TEXTE_TOKENS_LANG", "TEXTE_TOKENS_PROJECTOR"):
    os.environ.pop(_switch, None)


BROWSER_TESTS = "tests/browser/"


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """``--dist loadfile`` with the browser tests as one unit of work, sent out first.

    One unit: one JupyterLab server per edition and one Chromium for all of them, not one per
    worker. First: they are the longest unit (two minutes of a three-minute run); started
    last, the other worker would sit idle while they finish.
    """
    if config.getvalue("dist") != "loadfile":
        return None
    from xdist.scheduler import LoadFileScheduling

    class BrowserFirst(LoadFileScheduling):
        def _split_scope(self, nodeid: str) -> str:
            scope = super()._split_scope(nodeid)
            return BROWSER_TESTS if scope.startswith(BROWSER_TESTS) else scope

        def _assign_work_unit(self, node) -> None:
            if BROWSER_TESTS in self.workqueue:
                self.workqueue.move_to_end(BROWSER_TESTS, last=False)
            super()._assign_work_unit(node)

    return BrowserFirst(config, log)
