"""Lesson 06 — your own text: compare two texts, keyness, extend the gazetteer.

>>> from helpers.exercises.lesson06 import q1, q2, q3
>>> q1.check("article.txt")
✗ Question 1 — Not quite yet. Print ratio(load_article()) and ratio(flood): the higher the
ratio, the fewer words are repeated, the richer the text.
>>> q2.check("crue")
✗ Question 2 — Not quite yet. That is the flood story's word: count the words of
novel_excerpt.txt.
"""

from helpers.exercises import ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _


def _ratios() -> tuple[tuple[float, float], tuple[float, float]]:
    """Type/token ratios (whole text, first 150 words) of the article, then of other_text.txt.

    >>> [[round(r, 2) for r in pair] for pair in _ratios()]
    [[0.53, 0.67], [0.7, 0.73]]
    """
    from helpers.frequency import is_word, type_token_ratio
    from helpers.text.corpus import SEEDS, load_article, load_file
    from helpers.text.tokens import tokenize

    def both(text: str) -> tuple[float, float]:
        words = [t.lower() for t in tokenize(text) if is_word(t)]
        return type_token_ratio(words), type_token_ratio(words[:150])

    a, o = both(load_article().text), both(load_file(SEEDS / "other_text.txt").text)
    return a, o


class HigherRatio(ValueQuestion):
    label = "Question 1"
    prompt = N_("Over their first 150 words, which text has the higher type/token ratio: "
                "'article.txt' or 'other_text.txt'?")
    setup = (
        "from helpers import load_article, load_file\n"
        "from helpers.frequency import is_word, type_token_ratio\n"
        "from helpers.text.tokens import tokenize\n"
        "from helpers.text.corpus import SEEDS\n"
        "flood = load_file(SEEDS / 'other_text.txt')"
    )
    solution = """
        flood = load_file(SEEDS / "other_text.txt")

        def ratio(text, n=150):
            words = [t.lower() for t in tokenize(text.text) if is_word(t)][:n]
            return type_token_ratio(words)

        richer = max((load_article(), flood), key=ratio).source
    """
    answer_name = "richer"
    hints = (
        N_("Write a small function ratio(text): the words of text.text (tokenize, keep "
           "is_word, lower-case), the first 150, then type_token_ratio."),
        N_("The longer a text, the lower its ratio: that is why both are cut at 150 words. "
           "Compare ratio(load_article()) and ratio(flood), with flood = load_file(SEEDS / "
           "\"other_text.txt\"); a Document's .source is its file name."),
    )
    wrong_examples = ("article.txt", "Article.txt", "other_text", "both", "seeds/other_text.txt")

    @property
    def explanation(self) -> str:  # type: ignore[override]  # computed: it cannot go stale
        (a_all, a_150), (o_all, o_150) = _ratios()
        return _("Over the whole texts the gap is wide ({a_all:.2f} for the article, "
                 "{o_all:.2f} for other_text.txt); over 150 words each it shrinks ({a_150:.2f} "
                 "against {o_150:.2f}): most of the gap came from the article being longer."
                 ).format(a_all=a_all, o_all=o_all, a_150=a_150, o_150=o_150)

    def expected(self) -> str:
        (_, article), (_, other) = _ratios()
        return "article.txt" if article > other else "other_text.txt"

    def nudge(self, answer: str) -> str | None:
        if answer == "article.txt":
            return _("Print ratio(load_article()) and ratio(flood): the higher the ratio, the "
                     "fewer words are repeated, the richer the text.")
        if answer not in ("article.txt", "other_text.txt"):
            return _("Answer with a file name, as a Document's .source gives it.")
        return None


class MostDistinctive(ValueQuestion):
    label = "Question 2"
    prompt = N_("Which word of novel_excerpt.txt is the most distinctive against general "
                "French?")
    setup = (
        "from helpers import load_file\n"
        "from helpers.frequency import count\n"
        "from helpers.frequency.keywords import keyness\n"
        "from helpers.text.tokens import tokenize\n"
        "from helpers.text.corpus import SEEDS\n"
        "novel = load_file(SEEDS / 'novel_excerpt.txt')"
    )
    solution = """
        counts = count(tokenize(novel.text), casefold=True, punctuation=False)
        word = keyness(counts, n=1)[0].word
    """
    answer_name = "word"
    hints = (
        N_("Count the words as lesson 02 did (count(tokenize(novel.text), casefold=True, "
           "punctuation=False)), then keyness(counts) ranks them against general French."),
        N_("keyness(counts, n=1) is a list of one Keyword: take its .word."),
    )
    wrong_examples = ("aéro-club", "Lathon", "crue", "la", "pôle", "marquis")
    explanation = N_("{expected}, the hero's name: general French never uses it, so it beats "
                     "every theme word (aéro-club, pôle). Keyness finds who a story is about "
                     "too.")

    @staticmethod
    def _ranked() -> list:
        from helpers.frequency import count
        from helpers.frequency.keywords import keyness
        from helpers.text.corpus import SEEDS, load_file
        from helpers.text.tokens import tokenize

        counts = count(tokenize(load_file(SEEDS / "novel_excerpt.txt").text), casefold=True,
                       punctuation=False)
        return keyness(counts, n=10)

    def expected(self) -> str:
        return self._ranked()[0].word

    def nudge(self, answer: str) -> str | None:
        words = [keyword.word for keyword in self._ranked()]
        if answer.lower() != answer:
            return _("The counts are case-folded: answer in lower case.")
        if answer in words[1:]:
            return _("« {answer} » is distinctive, but not the most: print keyness(counts) and "
                     "take the first.").format(answer=answer)
        if answer == "crue":
            return _("That is the flood story's word: count the words of novel_excerpt.txt.")
        if answer in ("la", "le", "de", "les"):
            return _("That is one of the most frequent words of all French: not distinctive.")
        return None


class AddMeteoFrance(ValueQuestion):
    label = "Question 3"
    prompt = N_("The rules miss « Météo-France ». Add it to the gazetteer with add_entry, then "
                "give (text, label, country) of the mention extract_entities now finds.")
    setup = (
        "from helpers import extract_entities, load_file\n"
        "from helpers.entities.gazetteer import add_entry\n"
        "from helpers.text.corpus import SEEDS\n"
        "flood = load_file(SEEDS / 'other_text.txt')"
    )
    solution = """
        flood = load_file(SEEDS / "other_text.txt")
        add_entry("Météo-France", "ORG", "FR")
        found = [m for m in extract_entities(flood.text) if m.text == "Météo-France"]
        answer = (found[0].text, found[0].label, found[0].country)
    """
    hints = (
        N_("Météo-France is France's weather service, an organisation: "
           "add_entry(name, label, country) with label 'ORG' and the ISO code of France."),
        N_("After add_entry, run extract_entities on the flood story again (flood = "
           "load_file(SEEDS / \"other_text.txt\"), then flood.text) and pick the mention whose "
           ".text is 'Météo-France'."),
    )
    wrong_examples = (("Météo-France", "LOC", "FR"), ("Météo-France", "ORG", None),
                      ("Météo", "ORG", "FR"), ("Météo-France", "ORG", "FRA"))
    explanation = N_(
        "add_entry changes the gazetteer of this session only: helpers/data/gazetteer.tsv is "
        "untouched, and clear_user_entries() goes back to the kit's names. For a place, give "
        "lat= and lon= too and it goes on the map."
    )

    def expected(self) -> tuple[str, str, str]:
        return ("Météo-France", "ORG", "FR")

    def nudge(self, answer: tuple) -> str | None:
        if len(answer) == 3 and answer[1] == "LOC":
            return _("Météo-France is not a place: it is France's weather service.")
        if len(answer) == 3 and answer[2] is None:
            return _("Give the entry a country: add_entry(name, label, country).")
        if len(answer) == 3 and answer[0] != "Météo-France":
            return _("The whole name is one mention, hyphen included.")
        return None


q1 = HigherRatio()
q2 = MostDistinctive()
q3 = AddMeteoFrance()
