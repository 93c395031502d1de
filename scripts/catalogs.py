"""The kit's message catalogs (gettext, built with Babel): extract → update → compile, or check.

    python scripts/catalogs.py           # helpers.pot from the code, each .po updated, .mo built
    python scripts/catalogs.py --check   # exit 1 and list what is stale or missing (writes nothing)

Messages are the strings of ``helpers/`` wrapped in ``_()``, ``ngettext()`` or ``N_()``
(see ``helpers/translation.py``); ``babel.cfg`` says where to look. One catalog per
language: ``helpers/locale/<lang>/LC_MESSAGES/helpers.po``, compiled to ``helpers.mo``,
which is what the kit reads. A new language: ``pybabel init -i helpers/locale/helpers.pot
-d helpers/locale -D helpers -l <lang>``, translate, then run this script.

After an update, a translator fills every empty ``msgstr`` and removes every ``#, fuzzy``
flag (Babel's guess from a similar message) once the guess is checked: ``--check`` and
tests/test_catalogs.py fail until then.
"""

from __future__ import annotations

import contextlib
import io
import string
import sys
import tempfile
from pathlib import Path

from babel.messages.catalog import Catalog
from babel.messages.frontend import CommandLineInterface
from babel.messages.mofile import read_mo
from babel.messages.pofile import read_po

ROOT = Path(__file__).resolve().parents[1]
LOCALE = ROOT / "helpers" / "locale"
POT = LOCALE / "helpers.pot"
MAPPING = ROOT / "babel.cfg"
DOMAIN = "helpers"


def pybabel(*args: str) -> None:
    """Run one pybabel command in this process (``pybabel extract ...``)."""
    CommandLineInterface().run(["pybabel", "--quiet", *args])


def extract(output: Path) -> None:
    """The messages of helpers/ into a .pot file (file names, no line numbers: less churn)."""
    with contextlib.chdir(ROOT):  # locations relative to the repository, wherever it is
        pybabel("extract", "-F", str(MAPPING), "-o", str(output), "--add-location=file",
                "--sort-output", "--add-comments=Translators:", "--strip-comments",
                "--project=Texte & Tokens", "--copyright-holder=Texte & Tokens",
                "--version=0.1.0", "-w", "96", "helpers")


def read(path: Path) -> Catalog:
    """A .pot or .po file, parsed."""
    with path.open("rb") as file:
        return read_po(file)


def messages(catalog: Catalog) -> dict[object, tuple[object, ...]]:
    """What a template says of each message (not its header, whose date changes at each
    extraction): the id, the files it is in and the comments for translators."""
    return {m.id: (tuple(sorted({name for name, _ in m.locations})), tuple(m.auto_comments))
            for m in catalog if m.id}


def languages() -> list[str]:
    """The languages with a catalog (a .po file) in helpers/locale."""
    return sorted(p.parent.parent.name for p in LOCALE.glob(f"*/LC_MESSAGES/{DOMAIN}.po"))


def fields(text: str) -> list[str]:
    """The named placeholders of a message, sorted: ``{n}`` and ``{total}`` → ['n', 'total']."""
    return sorted(name for _, name, _, _ in string.Formatter().parse(text) if name is not None)


def untranslated(catalog: Catalog, template: Catalog) -> list[str]:
    """The problems of a language's catalog against the template: missing, empty, fuzzy,
    placeholders that differ."""
    problems = []
    for message in template:
        if not message.id:
            continue
        found = catalog.get(message.id)
        key = message.id if isinstance(message.id, str) else message.id[0]
        if found is None:
            problems.append(f"missing: {key!r}")
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = found.string if isinstance(found.string, tuple) else (found.string,)
        if not all(strings):
            problems.append(f"not translated: {key!r}")
        elif found.fuzzy:
            problems.append(f"fuzzy (check it, then remove the flag): {key!r}")
        elif any(fields(s) != fields(ids[-1]) for s in strings):
            problems.append(f"placeholders differ: {key!r}")
    return problems


def check() -> list[str]:
    """What is stale or missing: the .pot against the code, each .po against the .pot, each
    .mo against its .po. Writes nothing outside a temporary folder."""
    problems = []
    template = read(POT)
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.pot"
        extract(fresh)
        if set(messages(read(fresh))) != set(messages(template)):
            problems.append("helpers/locale/helpers.pot is stale: run python scripts/catalogs.py")
        for lang in languages():
            po = LOCALE / lang / "LC_MESSAGES" / f"{DOMAIN}.po"
            problems += [f"{lang}: {p}" for p in untranslated(read(po), template)]
            mo = po.with_suffix(".mo")
            built = Path(tmp) / lang / "LC_MESSAGES" / f"{DOMAIN}.mo"
            built.parent.mkdir(parents=True)
            pybabel("compile", "-i", str(po), "-o", str(built))
            if not mo.exists() or compiled(mo) != compiled(built):
                problems.append(f"{lang}: {mo.name} is not the compilation of {po.name}: "
                                "run python scripts/catalogs.py")
    return problems


def compiled(path: Path) -> dict[object, object]:
    """A .mo file's translations, by message id."""
    def frozen(value: object) -> object:  # plural forms come back as lists
        return tuple(value) if isinstance(value, list) else value

    return {frozen(m.id): frozen(m.string) for m in read_mo(io.BytesIO(path.read_bytes())) if m.id}


def build() -> None:
    """Extract (the .pot is rewritten only when its messages changed), update each .po, compile."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "fresh.pot"
        extract(fresh)
        if not POT.exists() or messages(read(fresh)) != messages(read(POT)):
            POT.write_bytes(fresh.read_bytes())
    if languages():
        pybabel("update", "-i", str(POT), "-d", str(LOCALE), "-D", DOMAIN, "--ignore-obsolete",
                "-w", "96")
        pybabel("compile", "-d", str(LOCALE), "-D", DOMAIN, "--statistics")


def main(argv: list[str]) -> int:
    if "--check" in argv:
        problems = check()
        print("\n".join(problems) or "catalogs up to date")
        return 1 if problems else 0
    build()
    problems = check()
    print("\n".join(problems) or "catalogs up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
