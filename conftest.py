"""Test-suite set-up shared by unit, doctest, notebook and browser tests."""

import os
from pathlib import Path

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
