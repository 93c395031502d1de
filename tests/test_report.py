"""helpers.reporting and helpers.views.report: the whole pipeline on one text, and its HTML page."""

import base64
import html
import re
import sys
from collections import Counter
from pathlib import Path

import pytest

from helpers import load_article, load_text, sentences, tokenize
from helpers.entities import extract_entities
from helpers.entities.linking import countries_mentioned, entity_table, link_mentions
from helpers.entities.ner import recognize
from helpers.entities.network import cooccurrence
from helpers.frequency import count, french_stopwords, most_common
from helpers.frequency.contexts import collocations
from helpers.frequency.keywords import keyness
from helpers.reporting import STEPS, Report, Size, report
from helpers.text.collation import french_key
from helpers.views.report import SECTIONS, report_html, save_report

REPORT_MODULE = sys.modules["helpers.reporting"]  # helpers.reporting is the function
DOC = load_article()
UNSEEN = Path(__file__).parent / "data" / "unseen"
NO_ENTITIES = load_text(
    "le chat dort sur le canapé depuis ce matin. il fait beau, le chat dort encore.\n\n"
    "demain, le chat ira peut-être dans le jardin. le jardin est grand et le chat aussi."
)


@pytest.fixture(scope="module")
def article():
    return report(DOC)


@pytest.fixture(scope="module")
def page(article):
    return report_html(article)


# --------------------------------------------------------------------------- the data


def test_report_on_the_article_matches_the_core(article):
    tokens = tokenize(DOC.text)
    words = count(tokens, casefold=True, punctuation=False)
    assert article.size == Size(len(DOC.text), len(tokens), words.total(), len(words),
                                len(sentences(DOC.text)), len(DOC.paragraphs))
    assert article.size.sentences == 12 and article.size.paragraphs == 5  # 1 + 4 + 2 + 3 + 2
    stops = french_stopwords()
    lemmas = count(tokens, casefold=True, punctuation=False, stopwords=stops, form="lemma")
    expected = most_common(Counter({w: n for w, n in lemmas.items() if w not in stops}), 15)
    assert list(article.top_lemmas) == expected
    # « péninsule coréenne » ×5; Kim Jong-un ×4 + Kim Jong-il: three lemmas tie, alphabetically
    assert article.top_lemmas[:4] == (("coréen", 5), ("kim", 5), ("péninsule", 5), ("jong-un", 4))
    assert article.keywords[0].word == "dénucléarisation"
    assert list(article.keywords) == keyness(words, n=15)
    assert list(article.collocations) == collocations(tokens, "pmi", min_freq=2, n=15)


def test_entities_countries_and_network_of_the_article(article):
    mentions = extract_entities(DOC.text)
    assert article.entity_counts == {"LOC": 19, "MISC": 1, "PER": 11}
    assert article.entity_counts == dict(sorted(Counter(m.label for m in mentions).items()))
    assert list(article.entities) == entity_table(DOC)
    assert article.countries == dict(countries_mentioned(DOC))
    # Kim Jong-un 4 + Pyongyang 4 + Corée du Nord + Kim Jong-il; Moscou 3 + Russie 3 +
    # Vladimir Poutine 2 + Dmitri Medvedev + Vladivostok; Washington 2 + États-Unis 2 + Trump
    assert list(article.countries.items())[:3] == [("Corée du Nord", 10), ("Russie", 10),
                                                   ("États-Unis", 5)]
    net = cooccurrence(DOC, window="sentence")
    assert article.network == net
    # « liens historiques » entre Moscou et Pyongyang; Moscou prône … avec Pyongyang … avec
    # Pékin; entre Pékin, son plus proche souien, et Moscou
    assert article.edges[:3] == [("Moscou", "Pékin", 2), ("Moscou", "Pyongyang", 2),
                                 ("Corée du Nord", "Dmitri Medvedev", 1)]
    assert ("Kim Jong-un", "Vladimir Poutine", 1) in article.edges  # the first sentence only
    assert sorted((a, b) for a, b, _ in article.edges) == sorted(net.edges)
    assert article.unknown == (("souien", 1),)


def test_the_report_is_plain_frozen_and_deterministic(article):
    assert isinstance(article, Report)
    with pytest.raises(AttributeError):
        article.top = 3  # type: ignore[misc]
    assert report(DOC) == article
    for pairs in (article.top_lemmas, article.unknown):  # ties alphabetically
        assert list(pairs) == sorted(pairs, key=lambda p: (-p[1], french_key(p[0])))
    assert article.edges == sorted(article.edges,
                                   key=lambda e: (-e[2], french_key(e[0]), french_key(e[1])))
    # accents do not sort last: « États-Unis » comes with E, before « Vladimir Poutine »
    assert article.edges.index(("Corée du Sud", "États-Unis", 1)) < article.edges.index(
        ("Corée du Sud", "Vladimir Poutine", 1))


def test_report_on_an_unseen_text():
    path = UNSEEN / "mali_politique.txt"
    r = report(load_text(path), top=5)
    assert r.source == path.name and len(r.top_lemmas) == 5
    names = {e.entity for e in r.entities}
    assert {"Bamako", "Moussa Tembely"} <= names
    assert next(iter(r.countries)) == "Mali"
    assert r.entity_counts == dict(sorted(Counter(
        m.label for m in link_mentions(recognize(path.read_text("utf-8")))).items()))
    # the report uses the production extractor: Cédéao (an organisation) is left out,
    # where lesson 04's rules guess a place
    assert ("Cédéao", "LOC") in {(m.text, m.label) for m in extract_entities(
        path.read_text("utf-8"))}
    assert "Cédéao" not in {e.entity for e in r.entities}


def test_report_on_a_text_without_entities():
    r = report(NO_ENTITIES)
    assert r.entities == () and r.entity_counts == {} and r.countries == {}
    assert r.edges == [] and r.top_lemmas[0] == ("chat", 4)
    page = report_html(r)
    assert "No named entity" in page and "No country is mentioned" in page
    assert "could be put on a map" in page and "No two entities" in page
    assert page.count("<img") == 1  # the lemma chart only: no empty figures


def test_bad_input_says_what_to_do():
    with pytest.raises(TypeError, match="load_text"):
        report(None)  # type: ignore[arg-type]
    with pytest.raises(ValueError, match="top"):
        report(DOC, top=0)
    assert report("Poutine a vu Kim Jong-un à Vladivostok.").size.sentences == 1
    with pytest.raises(TypeError, match="Report"):
        report_html(DOC)  # type: ignore[arg-type]


# --------------------------------------------------------------------------- progress


def test_progress_bar_on_request_only(capsys):
    report(DOC, top=3)
    assert capsys.readouterr().err == ""
    report(DOC, top=3, progress=True)
    err = capsys.readouterr().err
    assert "report" in err and f"{len(STEPS)}/{len(STEPS)}" in err


def test_progress_is_automatic_on_long_texts(capsys, monkeypatch):
    monkeypatch.setattr(REPORT_MODULE, "LONG_TEXT", 1_000)
    report(DOC, top=3)
    assert f"{len(STEPS)}/{len(STEPS)}" in capsys.readouterr().err
    report(DOC, top=3, progress=False)
    assert capsys.readouterr().err == ""


# --------------------------------------------------------------------------- HTML


def test_the_page_has_every_section(page, article):
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    for section in SECTIONS:
        assert f'<h2 id="{section}">' in page
        assert f'href="#{section}"' in page
    assert '<meta charset="utf-8">' in page
    assert "kim jong-un" in page and "Corée du Nord" in page and "souien" in page
    assert f"{article.size.tokens:,}" in page


def test_figures_are_embedded_png(page):
    sources = re.findall(r'<img src="([^"]+)"', page)
    assert len(sources) == 4  # lemmas, countries, map, network
    for src in sources:
        assert src.startswith("data:image/png;base64,")
        assert base64.b64decode(src.split(",", 1)[1])[:8] == b"\x89PNG\r\n\x1a\n"
    assert "<img" not in report_html(report(DOC, top=3), figures=False)


def test_the_page_needs_no_external_resource(page):
    assert not re.search(r"https?://", page)
    assert not re.search(r"<(?:link|script)\b", page)
    assert "@import" not in page and "url(" not in page


def test_save_report_round_trips(tmp_path, article):
    saved = save_report(article, tmp_path / "out" / "rapport", figures=False)
    assert saved == tmp_path / "out" / "rapport.html" and saved.is_file()
    assert saved.read_text(encoding="utf-8") == report_html(article, figures=False)
    again = save_report(article, tmp_path / "r.html", figures=False)
    assert again.name == "r.html" and "Vladivostok" in again.read_bytes().decode("utf-8")


def test_save_report_never_overwrites_silently(tmp_path, article):
    mine = tmp_path / "rapport.html"
    mine.write_text("mon travail", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"rapport\.html already exists.*rapport-2\.html.*"
                                         r"overwrite=True"):
        second = save_report(article, tmp_path / "rapport", figures=False)
    assert second.name == "rapport-2.html" and mine.read_text(encoding="utf-8") == "mon travail"
    with pytest.warns(UserWarning, match="rapport-3.html"):
        assert save_report(article, mine, figures=False).name == "rapport-3.html"
    replaced = save_report(article, mine, figures=False, overwrite=True)
    assert replaced == mine and "Vladivostok" in mine.read_text(encoding="utf-8")
    with pytest.raises(IsADirectoryError, match="give a file name"):
        save_report(article, tmp_path, figures=False)


def test_every_image_has_its_caption_as_alt_text(page):
    tags = re.findall(r"<img [^>]*>", page)
    alts = [re.search(r'alt="([^"]*)"', tag) for tag in tags]
    assert len(tags) == 4 and all(alt and alt.group(1).strip() for alt in alts)
    texts = [html.unescape(alt.group(1)) for alt in alts]
    assert texts[0].startswith("Bar chart “Top ")  # the lemmas
    assert texts[1].startswith("Bar chart of the mentions tied to each of")
    assert texts[2].startswith("Map of East Asia with the")
    assert texts[3].startswith("Network of ")


# --------------------------------------------------------------------------- layers
