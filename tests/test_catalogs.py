"""The message catalogs (helpers/locale, scripts/catalogs.py) and the kit speaking French.

Up to date: the committed .pot holds what the code marks, every language's .po translates
all of it (no empty, no fuzzy, the same placeholders) and its .mo is its compilation.
Then the surface: with ``TEXTE_TOKENS_LANG=fr`` (or ``set_language("fr")``) the exercise
framework and ``setup_check`` speak French, and English comes back, as it was, after.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog
from babel.messages.pofile import write_po
from script_modules import script  # tests/script_modules.py

from helpers import setup_check
from helpers.exercises import Feedback, ValueQuestion, ____, assessment_mode
from helpers.translation import ENV_VAR, available_languages, set_language

ROOT = Path(__file__).resolve().parents[1]
catalogs = script("catalogs")

NBSP = "\u00a0"


class Answer(ValueQuestion):
    label = "Question 1"
    prompt = "The answer"
    expected = 42


@pytest.fixture(autouse=True)
def english_by_default(monkeypatch):
    monkeypatch.delenv(ENV_VAR, raising=False)
    set_language(None)
    yield
    set_language(None)


def test_the_template_holds_every_message_the_code_marks(tmp_path):
    fresh = tmp_path / "fresh.pot"
    catalogs.extract(fresh)
    found, committed = catalogs.messages(catalogs.read(fresh)), catalogs.messages(
        catalogs.read(catalogs.POT))
    assert found, "the extraction found no message: is babel.cfg read?"
    assert "Replace the ____ with your answer, then run the cell again." in found
    assert found == committed, "run `python scripts/catalogs.py`: helpers.pot is stale " + str(
        sorted(set(found) ^ set(committed), key=str))


def test_french_is_a_language_of_the_kit():
    assert "fr" in catalogs.languages()
    assert available_languages() == ["en", *catalogs.languages()]


@pytest.mark.parametrize("lang", catalogs.languages())
def test_every_message_is_translated(lang):
    po = catalogs.read(catalogs.LOCALE / lang / "LC_MESSAGES" / "helpers.po")
    assert catalogs.untranslated(po, catalogs.read(catalogs.POT)) == []


@pytest.mark.parametrize("lang", catalogs.languages())
def test_the_mo_is_the_compilation_of_the_po(lang, tmp_path):
    po = catalogs.LOCALE / lang / "LC_MESSAGES" / "helpers.po"
    built = tmp_path / "helpers.mo"
    catalogs.pybabel("compile", "-i", str(po), "-o", str(built))
    committed = catalogs.compiled(po.with_suffix(".mo"))
    assert len(committed) == len(catalogs.messages(catalogs.read(catalogs.POT)))
    assert committed == catalogs.compiled(built), "run `python scripts/catalogs.py`"


def test_placeholders_and_french_typography_in_the_french_catalog():
    po = catalogs.read(catalogs.LOCALE / "fr" / "LC_MESSAGES" / "helpers.po")
    for message in po:
        if not message.id:
            continue
        ids = message.id if isinstance(message.id, tuple) else (message.id,)
        strings = message.string if isinstance(message.string, tuple) else (message.string,)
        for string in strings:  # every plural form: the placeholders of the plural msgid
            assert catalogs.fields(string) == catalogs.fields(ids[-1]), message.id
            # a no-break space before : ; ! ? and inside « », and ’ for the apostrophe
            assert not re.search(r"[^\u00a0][:;!?»](\s|$)|«[^\u00a0]", string), string
            assert "'" not in string, string


def test_the_check_reports_a_missing_an_empty_a_fuzzy_and_a_changed_entry(tmp_path):
    template = catalogs.read(catalogs.POT)
    french = catalogs.read(catalogs.LOCALE / "fr" / "LC_MESSAGES" / "helpers.po")
    assert catalogs.untranslated(french, template) == []
    broken = Catalog(locale="fr")
    for message in french:
        if message.id and message.id != "No more hints.":  # the one left out
            broken.add(message.id, message.string, flags=message.flags)
    broken["Hint"].string = ""
    broken["Solution"].flags.add("fuzzy")
    broken["Hint {n}/{total}: {hint}"].string = "Indice {n} : {hint}"
    path = tmp_path / "helpers.po"
    with path.open("wb") as file:
        write_po(file, broken)
    assert catalogs.untranslated(catalogs.read(path), template) == [
        "not translated: 'Hint'",
        "placeholders differ: 'Hint {n}/{total}: {hint}'",
        "missing: 'No more hints.'",
        "fuzzy (check it, then remove the flag): 'Solution'",
    ]


def test_the_environment_variable_makes_the_exercises_speak_french(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "fr")
    q = Answer()
    assert str(q.check(____)) == (
        "✎ Question 1 — Remplacez ____ par votre réponse, puis exécutez à nouveau la cellule.")
    assert str(q.check(41)) == (f"✗ Question 1 — Pas encore tout à fait. Vérifiez votre réponse "
                                f"et réessayez{NBSP}: q1.hint() peut vous aider.")
    assert str(q.check(42)) == f"✓ Question 1 — Bonne réponse{NBSP}!"
    assert str(q.hint()) == (f"💡 Question 1 — Pas d’indice pour cette question{NBSP}: "
                             "essayez q1.solution().")
    assert "</span> Pas encore · Question 1" in q.check(41)._repr_html_()
    assert "</span> Réussi" in Feedback("correct", "Bonne réponse")._repr_html_()
    assessment_mode(True)
    try:
        assert str(q.solution()).startswith("📖 Question 1 — Les solutions sont désactivées")
    finally:
        assessment_mode(False)


def test_the_environment_variable_makes_setup_check_speak_french(monkeypatch):
    monkeypatch.setenv(ENV_VAR, "fr_FR.UTF-8")
    text = repr(setup_check())
    assert "✓ le paquet helpers et l’article de départ" in text
    assert text.endswith(f"Tout est en place{NBSP}: le kit est prêt, hors ligne.")


def test_switching_back_to_english_restores_english(monkeypatch):
    q = Answer()
    english = [str(q.check(____)), str(q.check(41)), str(q.check(42)), repr(setup_check())]
    assert english[2] == "✓ Question 1 — Correct!"
    assert english[3].endswith("All set: the kit is ready, offline.")
    assert set_language("fr") == "fr"
    assert str(q.check(42)) == f"✓ Question 1 — Bonne réponse{NBSP}!"
    monkeypatch.setenv(ENV_VAR, "fr")
    assert set_language("en") == "en"  # a call wins over the variable
    assert [str(q.check(____)), str(q.check(41)), str(q.check(42)),
            repr(setup_check())] == english


def test_an_unknown_language_is_refused_with_the_available_ones(monkeypatch):
    with pytest.raises(ValueError, match=r"no 'klingon' language; available: en, fr"):
        set_language("klingon")
    monkeypatch.setenv(ENV_VAR, "tlh-test")
    with pytest.warns(UserWarning, match=r"TEXTE_TOKENS_LANG='tlh-test'.*available: en, fr"):
        assert str(Answer().check(42)) == "✓ Question 1 — Correct!"
