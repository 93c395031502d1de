"""The kit's scripts (scripts/<name>.py), loaded as modules for their tests.

They are programs, not a package: each is loaded once and registered under its own name, as
when one script imports another (scripts/editions.py imports navigation), and because
dataclasses look their module up there.
"""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

SCRIPTS = Path(__file__).resolve().parents[1] / "scripts"


def script(name: str) -> ModuleType:
    """scripts/<name>.py as the module ``name``, loaded on first use."""
    if name not in sys.modules:
        spec = importlib.util.spec_from_file_location(name, SCRIPTS / f"{name}.py")
        module = importlib.util.module_from_spec(spec)
        sys.modules[name] = module
        try:
            spec.loader.exec_module(module)
        except ModuleNotFoundError as error:  # a script it imports: load that one, then again
            del sys.modules[name]
            if error.name == name or not (SCRIPTS / f"{error.name}.py").is_file():
                raise
            script(error.name)
            return script(name)
        except BaseException:
            del sys.modules[name]
            raise
    return sys.modules[name]
