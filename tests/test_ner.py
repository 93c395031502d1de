"""The production extractor (helpers.entities.ner.recognize): each rule on the sentence it is for,
and on sentences it must not break. Every sentence here is written for the kit."""

import time
import warnings

import pytest

from helpers import load_article
from helpers.entities import load_gold_entities, score
from helpers.entities.ner import recognize


def found(text, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")  # French sentences: no language warning
        return [(m.text, m.label) for m in recognize(text, **kwargs)]


CASES = {
    # a lower-case head starts the name of a place or an organisation
    "head": [
        ("Les ouvriers ont repeint la rue de Verdun et le square Carnot.",
         [("rue de Verdun", "LOC"), ("square Carnot", "LOC")]),
        ("Elle a étudié à l’université Laval, puis à Québec.",
         [("université Laval", "ORG"), ("Québec", "LOC")]),
        ("La Russie a déjà demandé la levée des sanctions.", [("Russie", "LOC")]),
        ("Il a pris la route vers Nantes.", [("Nantes", "LOC")]),
        ("Le maire de Brest a parlé.", [("Brest", "LOC")]),
    ],
    # a narrative title or a speech verb before a name; the particle after a title
    "title": [
        ("— Je pars demain, dit Gaspard.", [("Gaspard", "PER")]),
        ("Le comte de Montbrun entra.", [("de Montbrun", "PER")]),
        ("Le marquis de la Lande agita le bras.", [("de la Lande", "PER")]),
        ("Le comte entra dans la pièce.", []),
        ("Il revint de Montbrun à pied.", [("Montbrun", "LOC")]),
        ("Il a vu le notaire de Riom.", [("Riom", "LOC")]),
        ("— Non, répondit Mme Leroux.", [("Leroux", "PER")]),
    ],
    # a person's verb right after a name
    "person verb": [
        ("Toinon courut vers la porte. Toinon riait.", [("Toinon", "PER"), ("Toinon", "PER")]),
        ("Lyon attendait son équipe.", [("Lyon", "LOC")]),
        ("La Chine regardait ailleurs.", [("Chine", "LOC")]),
        ("Le train pour Marseille entra en gare.", [("Marseille", "LOC")]),
    ],
    # first names, also at the start of a sentence
    "first name": [
        ("Louis regarda Marthe.", [("Louis", "PER"), ("Marthe", "PER")]),
        ("Eh bien, Jeanne, tu viens ?", [("Jeanne", "PER")]),
        ("Les enfants jouaient dans la cour.", []),
        ("Alors il partit pour Bordeaux.", [("Bordeaux", "LOC")]),
    ],
    # interjections and ordinary words with a capital are not names
    "ordinary": [
        ("— Ah ! quel malheur, soupira-t-elle.", []),
        ("Hélas, il était trop tard.", []),
        ("Il a vécu au XVIIe siècle.", []),
        ("Dieu seul le sait.", []),
        ("Le bon Dieu nous garde.", []),
        ("— Rien, dit-il.", []),  # Rien is a Dutch first name, and a French word
        ("Le président Emmanuel Macron a reçu Olaf Scholz à Paris.",
         [("Emmanuel Macron", "PER"), ("Olaf Scholz", "PER"), ("Paris", "LOC")]),
    ],
    # the whole document: a name keeps its type, a surname alone is the person
    "document": [
        ("Le signor Baldini sourit. Plus tard, Baldini chanta.",
         [("Baldini", "PER"), ("Baldini", "PER")]),
        ("Lucien Valcourt arriva. Valcourt était fatigué.",
         [("Lucien Valcourt", "PER"), ("Valcourt", "PER")]),
        ("La société Renault a annoncé des pertes.", [("Renault", "ORG")]),
    ],
}


@pytest.mark.parametrize(("rule", "text", "expected"), [
    (rule, text, expected) for rule, cases in CASES.items() for text, expected in cases
], ids=[f"{rule}-{i}" for rule, cases in CASES.items() for i in range(len(cases))])
def test_each_rule_handles_its_sentence_and_breaks_no_other(rule, text, expected):
    assert found(text) == expected


def test_without_the_model_the_rules_still_hold():
    assert found("— Je pars demain, dit Gaspard.", model=False) == [("Gaspard", "PER")]
    assert found("Ah ! répondit Lucien, M. de Valcourt arrive à Besançon.", model=False) == [
        ("Lucien", "PER"), ("de Valcourt", "PER"), ("Besançon", "LOC")]


def test_the_article_keeps_its_score_and_its_names():
    text = load_article().text
    predicted = recognize(text)
    assert score(load_gold_entities(), predicted).f1 >= 0.95
    assert {m.text for m in predicted if m.label == "PER"} >= {"Kim Jong-un", "Xi Jinping"}


def test_bad_input():
    assert recognize("") == [] and recognize("   \n") == []
    with pytest.raises(TypeError, match="needs a str"):
        recognize(None)
    with pytest.warns(UserWarning, match="looks English"):
        recognize("The two leaders met on Thursday in Vladivostok for a summit about the "
                  "future of the Korean peninsula.")


def test_the_model_is_asked_only_about_undecided_names(monkeypatch):
    """A text the rules settle alone never loads spaCy (the model costs memory and time)."""
    from helpers import entities

    def refuse():
        raise AssertionError("the model was loaded")

    monkeypatch.setattr(entities, "spacy_model", refuse)
    assert found("— Je pars demain, dit Gaspard, à Lyon.") == [("Gaspard", "PER"), ("Lyon", "LOC")]


@pytest.mark.perf
def test_a_long_text_is_linear():
    """Twice the text takes about twice the time (bounded generously: 3.5×)."""
    base = "Le comte de Montbrun entra. — Non, répondit Mme Leroux, je pars pour Lyon. "
    recognize(base * 10, model=False)  # warm caches

    def seconds(n):
        start = time.perf_counter()
        recognize(base * n + f" {n}", model=False)
        return time.perf_counter() - start

    small, large = min(seconds(200) for _ in range(3)), min(seconds(400) for _ in range(3))
    assert large < 3.5 * small
