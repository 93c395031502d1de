"""A one-line warning when a text is not French; never one on French."""

import warnings
from pathlib import Path

import pytest

from helpers import extract_entities, load_article, load_text
from helpers.text.language import guess_language, warn_if_not_french

CORPUS = Path(__file__).resolve().parents[2] / "shared" / "data" / "corpus" / "fr_bulk.txt"

OTHERS = {
    "German": "Die beiden Staatschefs haben sich am Donnerstag in Wladiwostok getroffen. Es war "
              "das erste Treffen dieser Art seit 2011.",
    "English": "The two leaders met on Thursday in Vladivostok for a summit. It was the first "
               "meeting of its kind since 2011.",
    "Spanish": "Los dos dirigentes se reunieron el jueves en Vladivostok para una cumbre. Fue el "
               "primer encuentro de este tipo desde 2011.",
    "Italian": "I due leader si sono incontrati giovedì a Vladivostok per un vertice. È stato il "
               "primo incontro di questo tipo dal 2011.",
}


@pytest.mark.parametrize("name", sorted(OTHERS))
def test_another_language_gets_one_line_naming_it(name):
    with pytest.warns(UserWarning) as record:
        doc = load_text(OTHERS[name])
    messages = [str(w.message) for w in record]
    assert len(messages) == 1 and "\n" not in messages[0]
    assert messages[0].startswith(f"This text looks {name}, not French")
    assert doc.text == OTHERS[name]  # loaded all the same
    assert record[0].filename == __file__  # the warning points at the caller


def test_french_gets_no_warning_and_short_texts_no_verdict():
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        load_text(load_article().text)
        extract_entities(load_article().text)
        assert warn_if_not_french("Hi there.") is None  # too short to judge
    assert guess_language(load_article().text) == ("fr", "French")
    assert guess_language("Hallo.") is None


@pytest.mark.skipif(not CORPUS.is_file(), reason="needs ../shared/data/corpus/fr_bulk.txt")
def test_no_false_alarm_on_real_french_news_and_novels():
    """Each of the 24,415 lines of the corpus judged alone: only its foreign quotations warn."""
    flagged = []
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        for line in CORPUS.read_text(encoding="utf-8").splitlines():
            if warn_if_not_french(line):
                flagged.append(line)
    assert len(flagged) <= 10, flagged
    assert all(guess_language(line)[0] != "fr" for line in flagged)
    assert any("I will come again" in line for line in flagged)  # an English song, rightly


def test_the_upload_box_shows_the_warning():
    from helpers.widgets.upload import TextLoader

    loader = TextLoader()
    status = loader.update(pasted=OTHERS["German"])
    assert status.splitlines()[1].startswith("⚠ This text looks German, not French")
