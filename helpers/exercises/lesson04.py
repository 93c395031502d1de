"""Lesson 04 — entity mapping: countries, linking, co-occurrence windows, relation patterns.

>>> from helpers.exercises.lesson04 import q1, q2, q3, q4
>>> q1.check({"RU", "KP"})
✗ Question 1 — Not quite yet. Give the countries' French names, as the table writes them.
>>> q1.check({"Russie"})
✗ Question 1 — Not quite yet. Right, but not alone: another country has just as many
mentions.
>>> q2.check(("Kim Jong-un", "KP"))
✗ Question 2 — Not quite yet. That is the son, today's leader. Kim Jong-il is his father:
the gazetteer has one row for each.
>>> q3.check("sentence")
✗ Question 3 — Not quite yet. Moscou and Russie are never in the same sentence: a
sentence window never joins them.
>>> q4.check(r"(quatre|trois|deux) fois")
✗ Question 4 — Not quite yet. On the text 'Les sanctions sont deux fois plus lourdes.',
re.findall with your pattern gives ['deux'].
"""

from helpers.exercises import PatternQuestion, ValueQuestion


class MostMentioned(ValueQuestion):
    label = "Question 1"
    prompt = ("After mapping people and places to countries, which country or countries are "
              "mentioned most? Give a set of their French names, as countries_mentioned() "
              "writes them.")
    setup = (
        "from helpers import load_article\n"
        "from helpers.linking import countries_mentioned\n"
        "doc = load_article()"
    )
    solution = """
        counts = countries_mentioned(doc)
        top = max(counts.values())
        countries = {name for name, n in counts.items() if n == top}
    """
    answer_name = "countries"
    hints = (
        "countries_mentioned(doc) counts the mentions of each country after metonymy: "
        "Moscou and Poutine count for Russie.",
        "Print the Counter: equal counts at the top are a tie. max(counts.values()) is the "
        "highest count; keep every name that has it.",
    )
    wrong_examples = ("Russie", {"Russie"}, {"Corée du Nord"}, {"RU", "KP"},
                      {"Moscou", "Pyongyang"}, {"Russie", "Corée du Nord", "États-Unis"},
                      {"Russia", "North Korea"}, {"russie", "corée du nord"},
                      {"Russie", "Coree du Nord"}, {"russe", "nord-coréen"}, {"Russie", "Chine"},
                      ["Russie", "Corée du Nord"], {None, 1})

    def expected(self) -> set[str]:
        from helpers.corpus import load_article
        from helpers.linking import countries_mentioned

        counts = countries_mentioned(load_article())
        return {name for name, n in counts.items() if n == max(counts.values())}

    def precheck(self, answer: object) -> str | None:
        if isinstance(answer, str):
            return ("Answer with a set of names, e.g. {'France'}: if several countries tie "
                    "at the top, give them all.")
        return super().precheck(answer)

    def nudge(self, answer: set) -> str | None:
        from helpers.corpus import load_article
        from helpers.gazetteer import folded, gazetteer
        from helpers.linking import countries_mentioned

        if not all(isinstance(a, str) for a in answer):
            return None  # the checker says which items are not text
        if any(len(a) == 2 and a.isupper() for a in answer):
            return "Give the countries' French names, as the table writes them."
        if answer & {"Moscou", "Pyongyang", "Pékin", "Washington", "Séoul", "Vladivostok"}:
            return "That is a capital or a city: count it for its country, with the people."
        names = set(countries_mentioned(load_article()))
        for word in sorted(answer - names):
            if any(folded(word) == folded(name) for name in names):
                return (f"Almost: write « {word} » exactly as countries_mentioned(doc) writes "
                        "it: look at upper and lower case, and at the accents.")
            if word in gazetteer().demonyms or word.lower() in gazetteer().demonyms:
                return f"« {word} » is an adjective: give the name of the country."
            return (f"« {word} » is not a name countries_mentioned(doc) uses: write each "
                    "country in French, exactly as it prints them.")
        expected = self._expected()
        if answer < expected:
            return "Right, but not alone: another country has just as many mentions."
        if answer > expected:
            return "Too many: keep only the countries with the highest count."
        return ("Not all of these are at the top: print countries_mentioned(doc) and keep "
                "every country with the highest count.")


class LinkKimJongIl(ValueQuestion):
    label = "Question 2"
    prompt = ("Link the mention « Kim Jong-il »: give (entity, country) as a tuple, the "
              "country as its two-letter ISO code.")
    setup = (
        "from helpers.entities import Mention\n"
        "from helpers.linking import link\n"
        "mention = Mention('Kim Jong-il', 467, 478, 'PER')"
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
                      ("Kim Jong-il", "RU"), ("Kim Jong-il", "Corée du Nord"),
                      ("Kim Jong-il", "kp"), ("Kim Jong-il", "KP", "PER"), "Kim Jong-il",
                      {"Kim Jong-il", "KP"})

    def expected(self) -> tuple[str, str]:
        return ("Kim Jong-il", "KP")

    def precheck(self, answer: object) -> str | None:
        if type(answer).__name__ == "Mention":
            return ("That is a whole Mention: give the tuple of the linked mention's .entity "
                    "and .country.")
        return super().precheck(answer)

    def nudge(self, answer: tuple) -> str | None:
        if answer and answer[0] == "Kim Jong-un":
            return ("That is the son, today's leader. Kim Jong-il is his father: the gazetteer "
                    "has one row for each.")
        if len(answer) != 2:
            return None  # the checker says how many items to give
        country = answer[1]
        if country == "KR":
            return "KR is South Korea: the Kims led the North."
        if isinstance(country, str) and len(country) > 3:
            return ("Give the country as link() gives it: its two-letter ISO code in capitals "
                    "(as 'FR' for France), not its name.")
        if country is None:
            return "The country is missing: link(mention) fills it in, in .country."
        return None


class Window(ValueQuestion):
    label = "Question 3"
    prompt = "Which co-occurrence window makes Moscou and Russie neighbours in the network?"
    setup = (
        "from helpers import load_article\n"
        "from helpers.network import cooccurrence\n"
        "doc = load_article()"
    )
    solution = """
        window = "paragraph"
        assert "Russie" in cooccurrence(doc, window=window).neighbours("Moscou")
    """
    answer_name = "window"
    hints = (
        "The choices are 'sentence' and 'paragraph': try cooccurrence(doc, window=...)"
        ".neighbours('Moscou') with each.",
        "Find Moscou and Russie in the article (paragraphs 2 and 3): are they ever in the "
        "same sentence?",
    )
    wrong_examples = ("sentence", "Sentence", "document")

    def expected(self) -> str:
        return "paragraph"

    def nudge(self, answer: str) -> str | None:
        if answer.strip().lower() == "sentence":
            return ("Moscou and Russie are never in the same sentence: a sentence window "
                    "never joins them.")
        if answer not in ("sentence", "paragraph"):
            return "The network knows two windows: see WINDOWS in helpers.network."
        return None


#: The pattern string of the article's counted meetings (paragraph 5).
COUNTED = ("⟦PER:1⟧ a rencontré depuis ⟦DATE:2⟧ quatre fois le président chinois ⟦PER:3⟧, "
           "trois fois le président sud-coréen ⟦PER:4⟧ et deux fois ⟦PER:5⟧.")


class CountedFromPieces(PatternQuestion):
    label = "Question 4"
    prompt = ("Complete the counted-meeting pattern: add « deux », and require a person "
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
        "An alternation `(a|b)` offers words: add a third one for two meetings.",
        "After « fois » comes a space, then the piece title (« le président chinois », or "
        "nothing), then a person's slot r\"⟦PER:\\d+⟧\". Join the three strings with +.",
    )
    wrong_examples = (r"(quatre|trois) fois", r"(quatre|trois|deux) fois",
                      r"(quatre|trois|deux) fois [^.]*⟦\w+:\d+⟧", r"(\w+) fois \w+")
    explanation = (
        "The kit's ITEM piece is the same idea, with longer lists: COUNT (every number word "
        "from une to douze, or « à N reprises »), then PERSON = TITLE + a PER slot, where TITLE "
        "knows hundreds of titles and nationalities; number('deux') == 2."
    )


q1 = MostMentioned()
q2 = LinkKimJongIl()
q3 = Window()
q4 = CountedFromPieces()
