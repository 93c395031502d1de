"""Lesson 05 — entity mapping: countries, linking, co-occurrence windows, relation patterns.

>>> from helpers.exercises.lesson05 import q1, q2, q3, q4
>>> q1.check({"Russie", "Corée du Nord"})
✗ Question 1 — Not quite yet. That is the answer for the whole article: count the last
paragraph only, countries_mentioned(doc.paragraphs[4]).
>>> q2.check(("Séoul", "KP"))
✗ Question 2 — Not quite yet. KP is North Korea: Séoul is the capital of the South.
>>> q3.check("sentence")
✗ Question 3 — Not quite yet. Moscou and Russie are never in the same sentence: a
sentence window never joins them.
>>> q4.check(r"(quatre|trois|deux) fois")
✗ Question 4 — Not quite yet. On the text 'Les sanctions sont deux fois plus lourdes.',
re.findall with your pattern gives ['deux'].
"""

from helpers.exercises import PatternQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _


class MostMentioned(ValueQuestion):
    label = "Question 1"
    prompt = N_("In the article's last paragraph (doc.paragraphs[4]), after mapping people and "
                "places to countries, which country or countries are mentioned most? Give a "
                "set of their French names, as countries_mentioned() writes them.")
    setup = (
        "from helpers import load_article\n"
        "from helpers.entities.linking import countries_mentioned\n"
        "doc = load_article()"
    )
    solution = """
        counts = countries_mentioned(doc.paragraphs[4])
        top = max(counts.values())
        countries = {name for name, n in counts.items() if n == top}
    """
    answer_name = "countries"
    hints = (
        N_("countries_mentioned() takes a text too: countries_mentioned(doc.paragraphs[4]) "
           "counts the last paragraph's mentions after metonymy (Washington counts for "
           "États-Unis)."),
        N_("Print the Counter: equal counts at the top are a tie. max(counts.values()) is the "
           "highest count; keep every name that has it."),
    )
    wrong_examples = ("Corée du Nord", {"Corée du Nord"}, {"Russie", "Corée du Nord"},
                      {"KP", "US"}, {"Pyongyang", "Washington"},
                      {"Corée du Nord", "États-Unis", "Chine"}, {"North Korea", "United States"},
                      {"corée du nord", "états-unis"}, {"Corée du Nord", "Etats-Unis"},
                      {"nord-coréen", "américain"}, ["Corée du Nord", "États-Unis"], {None, 1})
    explanation = N_(
        "Pyongyang and Kim Jong-un count for Corée du Nord, Donald Trump and Washington for "
        "États-Unis: 2 mentions each, a tie. Over the whole article, Russie and Corée du Nord "
        "lead, 10 each."
    )

    @staticmethod
    def _counts(paragraph: int | None = 4) -> dict[str, int]:
        from helpers.entities.linking import countries_mentioned
        from helpers.text.corpus import load_article

        doc = load_article()
        return countries_mentioned(doc if paragraph is None else doc.paragraphs[paragraph])

    def expected(self) -> set[str]:
        counts = self._counts()
        return {name for name, n in counts.items() if n == max(counts.values())}

    def precheck(self, answer: object) -> str | None:
        if isinstance(answer, str):
            # the example goes in a placeholder: a catalog entry holds no ' (French typography)
            return _("Answer with a set of names, e.g. {example}: if several countries tie "
                     "at the top, give them all.").format(example="{'France'}")
        return super().precheck(answer)

    def nudge(self, answer: set) -> str | None:
        from helpers.entities.gazetteer import folded, load_gazetteer

        if not all(isinstance(a, str) for a in answer):
            return None  # the checker says which items are not text
        if any(len(a) == 2 and a.isupper() for a in answer):
            return _("Give the countries' French names, as countries_mentioned() writes them.")
        if answer & {"Moscou", "Pyongyang", "Pékin", "Washington", "Séoul", "Vladivostok"}:
            return _("That is a capital or a city: count it for its country, with the people.")
        whole = self._counts(None)
        if answer == {name for name, n in whole.items() if n == max(whole.values())}:
            return _("That is the answer for the whole article: count the last paragraph "
                     "only, countries_mentioned(doc.paragraphs[4]).")
        names = set(whole)
        for word in sorted(answer - names):
            if any(folded(word) == folded(name) for name in names):
                return _("Almost: « {word} » is not spelt as countries_mentioned() spells it: "
                         "look at upper and lower case, and at the accents.").format(word=word)
            if word in load_gazetteer().demonyms or word.lower() in load_gazetteer().demonyms:
                return _("« {word} » is an adjective: give the name of the country.").format(
                    word=word)
            return _("« {word} » is not a name countries_mentioned() uses: write each "
                     "country in French, exactly as it prints them.").format(word=word)
        expected = self._expected()
        if answer < expected:
            return _("Right, but not alone: another country has just as many mentions.")
        if answer > expected:
            return _("Too many: keep only the countries with the highest count.")
        return _("Not all of these are at the top: print "
                 "countries_mentioned(doc.paragraphs[4]) and keep every country with the "
                 "highest count.")


class LinkSeoul(ValueQuestion):
    label = "Question 2"
    prompt = N_("Link the mention « Séoul », a capital the article does not name: give "
                "(entity, country) as a tuple, the country as its two-letter ISO code.")
    setup = (
        "from helpers.entities import Mention\n"
        "from helpers.entities.linking import link\n"
        "mention = Mention('Séoul', 0, 5, 'LOC')"
    )
    solution = """
        linked = link(mention)
        answer = (linked.entity, linked.country)
    """
    hints = (
        N_("link(mention) returns the mention with its entity and country filled in from the "
           "gazetteer, as section 1 did for Kim Jong-il."),
        N_("Build the tuple from the linked mention's .entity and .country attributes."),
    )
    wrong_examples = (("Séoul", "KP"), ("Séoul", None), ("Pyongyang", "KP"),
                      ("Séoul", "Corée du Sud"), ("Séoul", "kr"), ("Seoul", "KR"),
                      ("Séoul", "KR", "LOC"), "Séoul", {"Séoul", "KR"})

    def expected(self) -> tuple[str, str]:
        return ("Séoul", "KR")

    def precheck(self, answer: object) -> str | None:
        if type(answer).__name__ == "Mention":
            return _("That is a whole Mention: give the tuple of the linked mention's .entity "
                     "and .country.")
        return super().precheck(answer)

    def nudge(self, answer: tuple) -> str | None:
        if answer and answer[0] == "Pyongyang":
            return _("Pyongyang is the North's capital: link the mention of Séoul.")
        if len(answer) != 2:
            return None  # the checker says how many items to give
        country = answer[1]
        if country == "KP":
            return _("KP is North Korea: Séoul is the capital of the South.")
        if isinstance(country, str) and len(country) > 3:
            return _("Give the country as link() gives it: its two-letter ISO code in capitals "
                     "(as 'FR' for France), not its name.")
        if country is None:
            return _("The country is missing: link(mention) fills it in, in .country.")
        return None

class Window(ValueQuestion):
    label = "Question 3"
    prompt = N_("Which co-occurrence window makes Moscou and Russie neighbours in the "
                "network?")
    setup = (
        "from helpers import load_article\n"
        "from helpers.entities.network import cooccurrence\n"
        "doc = load_article()"
    )
    solution = """
        window = "paragraph"
        assert "Russie" in cooccurrence(doc, window=window).neighbours("Moscou")
    """
    answer_name = "window"
    hints = (
        N_("The choices are 'sentence' and 'paragraph': try cooccurrence(doc, window=...)"
           ".neighbours('Moscou') with each."),
        N_("Find Moscou and Russie in the article (paragraphs 2 and 3): are they ever in the "
           "same sentence?"),
    )
    wrong_examples = ("sentence", "Sentence", "document")
    explanation = N_(
        "Moscou and Russie never share a sentence, but they share paragraphs 2 and 3: only "
        "the paragraph window joins them. A wider window gives every name more neighbours."
    )

    def expected(self) -> str:
        return "paragraph"

    def nudge(self, answer: str) -> str | None:
        if answer.strip().lower() == "sentence":
            return _("Moscou and Russie are never in the same sentence: a sentence window "
                     "never joins them.")
        if answer not in ("sentence", "paragraph"):
            return _("Answer with one of the two windows the question names, in lower case.")
        return None


#: The pattern string of the article's counted meetings (paragraph 5).
COUNTED = ("⟦PER:1⟧ a rencontré depuis ⟦DATE:2⟧ quatre fois le président chinois ⟦PER:3⟧, "
           "trois fois le président sud-coréen ⟦PER:4⟧ et deux fois ⟦PER:5⟧.")


class CountedFromPieces(PatternQuestion):
    label = "Question 4"
    prompt = N_("Complete the counted-meeting pattern: add « deux », and require a person "
                "(the title piece, then a PER slot) after « fois ».")
    cases = (
        ("Les sanctions sont deux fois plus lourdes.", []),
        ("⟦PER:0⟧ est allé trois fois en ⟦LOC:1⟧.", []),
        (COUNTED, ["quatre", "trois", "deux"]),
        ("⟦PER:0⟧ a vu deux fois ⟦PER:1⟧ et trois fois le président russe ⟦PER:2⟧.",
         ["deux", "trois"]),
    )
    setup = 'import re\ntitle = r"(?:le président [\\w-]+ )?"'
    solution = 'pattern = r"(quatre|trois|deux) fois " + title + r"⟦PER:\\d+⟧"'
    answer_name = "pattern"
    hints = (
        N_("An alternation `(a|b)` offers words: add a third one for two meetings."),
        N_("After « fois » comes a space, then the piece title (« le président chinois », or "
           "nothing), then a person's slot r\"⟦PER:\\d+⟧\". Join the three strings with +."),
    )
    wrong_examples = (r"(quatre|trois) fois", r"(quatre|trois|deux) fois",
                      r"(quatre|trois|deux) fois [^.]*⟦\w+:\d+⟧", r"(\w+) fois \w+")
    explanation = N_(
        "The kit's ITEM piece is the same idea, with longer lists: COUNT (every number word "
        "from une to douze, or « à N reprises »), then PERSON = TITLE + a PER slot, where TITLE "
        "knows hundreds of titles and nationalities; number('deux') == 2."
    )


q1 = MostMentioned()
q2 = LinkSeoul()
q3 = Window()
q4 = CountedFromPieces()
