"""Lesson 04 — entity mapping: countries, linking, co-occurrence windows, relation patterns.

>>> from helpers.exercises.lesson04 import q1, q2, q3, q4
>>> q1.check("RU")
✗ Question 1 — Not quite yet. Give the country's French name, as the table writes it.
>>> q2.check(("Kim Jong-un", "KP"))
✗ Question 2 — Not quite yet. That is the son, today's leader. Kim Jong-il is his father:
the gazetteer has one row for each.
>>> q3.check("sentence")
✗ Question 3 — Not quite yet. Pékin and Moscou are in two different sentences: a
sentence window never joins them.
"""

from helpers.exercises import PatternQuestion, ValueQuestion


class MostMentioned(ValueQuestion):
    label = "Question 1"
    prompt = "After mapping people and places to countries, which country is mentioned most?"
    setup = (
        "from helpers import load_article\n"
        "from helpers.linking import countries_mentioned\n"
        "doc = load_article()"
    )
    solution = "country = countries_mentioned(doc).most_common(1)[0][0]"
    answer_name = "country"
    hints = (
        "countries_mentioned(doc) counts the mentions of each country after metonymy: "
        "Moscou and Poutine count for Russie.",
        "A Counter's .most_common(1) gives a list with one (country, count) pair: take its name.",
    )
    wrong_examples = ("Corée du Nord", "Moscou", "RU", "Chine")

    def expected(self) -> str:
        from helpers.corpus import load_article
        from helpers.linking import countries_mentioned

        return countries_mentioned(load_article()).most_common(1)[0][0]

    def nudge(self, answer: str) -> str | None:
        if len(answer) == 2 and answer.isupper():
            return "Give the country's French name, as the table writes it."
        if answer in ("Moscou", "Pyongyang", "Pékin", "Washington", "Séoul"):
            return "That is a capital: count it for its country, with the people and places."
        if answer == "Corée du Nord":
            return "Close, but second: add up every person and place of each country."
        return None


class LinkKimJongIl(ValueQuestion):
    label = "Question 2"
    prompt = "Link the mention « Kim Jong-il »: give (entity, country) as a tuple."
    setup = (
        "from helpers.entities import Mention\n"
        "from helpers.linking import link\n"
        "mention = Mention('Kim Jong-il', 822, 833, 'PER')"
    )
    solution = """
        linked = link(mention)
        answer = (linked.entity, linked.country)
    """
    hints = (
        "link(mention) returns the mention with its entity and country filled in from the "
        "gazetteer.",
        "Build the tuple from the linked mention's .entity and .country attributes.",
    )
    wrong_examples = (("Kim Jong-un", "KP"), ("Kim Jong-il", "KR"), ("Kim Jong-il", None),
                      ("Kim Jong-il", "RU"))

    def expected(self) -> tuple[str, str]:
        return ("Kim Jong-il", "KP")

    def nudge(self, answer: tuple) -> str | None:
        if answer and answer[0] == "Kim Jong-un":
            return ("That is the son, today's leader. Kim Jong-il is his father: the gazetteer "
                    "has one row for each.")
        if len(answer) == 2 and answer[1] == "KR":
            return "KR is South Korea: the Kims led the North."
        return None


class Window(ValueQuestion):
    label = "Question 3"
    prompt = "Which co-occurrence window makes Pékin and Moscou neighbours in the network?"
    setup = (
        "from helpers import load_article\n"
        "from helpers.network import cooccurrence\n"
        "doc = load_article()"
    )
    solution = """
        window = "paragraph"
        assert "Moscou" in cooccurrence(doc, window=window).neighbours("Pékin")
    """
    answer_name = "window"
    hints = (
        "The choices are 'sentence' and 'paragraph': try cooccurrence(doc, window=...)"
        ".neighbours('Pékin') with each.",
        "Find Pékin and Moscou in paragraph 3: are they in the same sentence?",
    )
    wrong_examples = ("sentence", "Sentence", "document")

    def expected(self) -> str:
        return "paragraph"

    def nudge(self, answer: str) -> str | None:
        if answer.strip().lower() == "sentence":
            return ("Pékin and Moscou are in two different sentences: a sentence window "
                    "never joins them.")
        if answer not in ("sentence", "paragraph"):
            return "The network knows two windows: see WINDOWS in helpers.network."
        return None


class TwiceCounted(PatternQuestion):
    label = "Question 4"
    prompt = "Complete the counted-meeting pattern so that it also finds « deux fois »."
    cases = (
        ("⟦0⟧ a rencontré quatre fois ⟦1⟧, trois fois ⟦2⟧ et deux fois ⟦3⟧.",
         ["quatre", "trois", "deux"]),
        ("⟦0⟧ a vu deux fois ⟦1⟧.", ["deux"]),
        ("Les sanctions sont deux fois plus lourdes.", []),
        ("⟦0⟧ a rencontré ⟦1⟧ à deux reprises.", []),
    )
    setup = "import re"
    solution = 'pattern = r"(quatre|trois|deux) fois ⟦\\d+⟧"'
    answer_name = "pattern"
    hints = (
        "An alternation `(a|b)` offers words: add a third one for two meetings.",
        "Keep ` fois ⟦\\d+⟧` after the group: a number is a count of meetings only when "
        "« fois » and an entity slot follow (not in « deux fois plus lourdes »).",
    )
    wrong_examples = (r"(quatre|trois) fois ⟦\d+⟧", r"(\w+) fois \w+", r"fois ⟦\d+⟧")
    explanation = (
        "The kit's relations() uses every number word from une to douze (NUMBERS) and turns "
        "it into an integer with number('deux') == 2."
    )


q1 = MostMentioned()
q2 = LinkKimJongIl()
q3 = Window()
q4 = TwiceCounted()
