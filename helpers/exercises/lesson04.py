"""Lesson 04 — named entities: scores, capitalised runs, cues, spaCy, dates.

>>> from helpers.exercises.lesson04 import q1, q2
>>> q1.check(0.75)
✗ Question 1 — Not quite yet. That is the precision (right / found). F1 combines it with
the recall.
>>> q2.check(r"[A-ZÀ-Ý][\\w’-]*(?:\\s+[A-ZÀ-Ý][\\w’-]*)*")
✗ Question 2 — Not quite yet. On the text 'La Russie a déjà demandé la levée des
sanctions.', re.findall with your pattern gives ['La Russie'].
"""

from helpers.exercises import PatternQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _


class F1FromCounts(ValueQuestion):
    label = "Question 1"
    prompt = N_("A tagger found 12 mentions, 9 of them right; the gold has 15. What is its F1?")
    setup = "found, right, n_gold = 12, 9, 15"
    solution = """
        precision = right / found
        recall = right / n_gold
        f1 = 2 * precision * recall / (precision + recall)
    """
    answer_name = "f1"
    tolerance = 1e-3
    hints = (
        N_("Precision = right / found; recall = right / n_gold."),
        N_("F1 is the harmonic mean of the two: 2 · P · R / (P + R), not (P + R) / 2."),
        N_("Check: F1 is also 2 · right / (found + n_gold)."),
    )
    wrong_examples = (0.75, 0.6, 0.675, 9, "0.67", 0.67, 66.67)
    explanation = N_(
        "F1 = {expected}: the harmonic mean sits nearer the lower of precision and "
        "recall, so a tagger cannot hide poor recall behind high precision."
    )

    def expected(self) -> float:
        found, right, n_gold = 12, 9, 15
        return 2 * right / (found + n_gold)

    def nudge(self, answer: float) -> str | None:
        if not 0 <= answer <= 1:
            if 1 < answer <= 100 and abs(answer / 100 - self.expected) < 5e-3:
                return _("That looks like a percentage: give F1 as a ratio, a number between 0 "
                         "and 1.")
            return _("F1 is a ratio between 0 and 1.")
        if abs(answer - 9 / 12) < 1e-3:
            return _("That is the precision (right / found). F1 combines it with the recall.")
        if abs(answer - 9 / 15) < 1e-3:
            return _("That is the recall (right / n_gold). F1 combines it with the precision.")
        if abs(answer - (9 / 12 + 9 / 15) / 2) < 1e-3:
            return _("That is the ordinary mean of precision and recall: F1 is their harmonic "
                     "mean.")
        return None


class SentenceStart(PatternQuestion):
    label = "Question 2"
    prompt = N_("Fix the capitalised-run pattern so that it no longer swallows the sentence "
                "start.")
    # Sentence starts of the article, then one example sentence that is not from it.
    cases = (
        ("La Russie a déjà demandé la levée des sanctions.", ["Russie"]),
        ("Pour Kim Jong-un, l’enjeu est de trouver des soutiens.", ["Kim Jong-un"]),
        ("Or, Vladimir Poutine a maintenant une carte à jouer.", ["Vladimir Poutine"]),
        ("Les dirigeants russe Vladimir Poutine et nord-coréen Kim Jong-un se sont rencontrés.",
         ["Vladimir Poutine", "Kim Jong-un"]),
        ("Mais il n’a pas encore réussi.", []),
        ("Lavrov a appelé Pékin.", ["Lavrov", "Pékin"]),
    )
    setup = "import re"
    solution = (
        'pattern = r"\\b(?!(?:Les|La|Cette|Il|Pour|En|Or|Après|Mais)\\b)[A-ZÀ-Ý][\\w’-]*'
        '(?:\\s+[A-ZÀ-Ý][\\w’-]*)*"'
    )
    answer_name = "pattern"
    hints = (
        N_("The pattern takes any capitalised word, and the first word of a sentence always "
           "has a capital: Les, La, Pour, Or, Mais are ordinary words."),
        N_("`(?!...)` matches no character: it only checks that what comes next is not `...`. "
           "Put `(?!(?:La|Les)\\b)` at the start and a run may not begin with La or Les; the "
           "`\\b` inside keeps Lavrov whole (it starts with La)."),
        N_("Start with `\\b` too, so that the `(?!...)` check is made at the start of a word "
           "only."),
    )
    wrong_examples = (
        r"[A-ZÀ-Ý][\w’-]*(?:\s+[A-ZÀ-Ý][\w’-]*)*",
        r"[A-Z]\w+",
        r"\b(?!La|Le|Les)[A-ZÀ-Ý][\w’-]*(?:\s+[A-ZÀ-Ý][\w’-]*)*",
        r"\b(?!La|Les|Pour|Or|Mais)[A-ZÀ-Ý][\w’-]*(?:\s+[A-ZÀ-Ý][\w’-]*)*",
    )
    explanation = N_(
        "The kit's find_runs() does the same with a longer list of French function words, "
        "and only at the start of a sentence: inside one, Le Pen or La Paz keep their capital."
    )


class PersonCue(PatternQuestion):
    label = "Question 3"
    prompt = N_("Write a context cue for ingénieur(e) and sismologue, matching up to the name.")
    cases = (
        ("selon l’ingénieure ", True),
        ("l’ingénieur ", True),
        ("le sismologue ", True),
        ("la sismologue ", True),
        ("l’ingénieure a parlé à ", False),
        ("l’ingénierie de ", False),
        ("les ingénieurs de la ville de ", False),
        ("à ", False),
    )
    setup = "import re"
    solution = 'pattern = r"(?:ingénieure?|sismologue)\\s*$"'
    answer_name = "pattern"
    hints = (
        N_("The extractor looks at the lower-case words just before a name; a cue must match "
           "at the very end of them: finish the pattern with `\\s*$`."),
        N_("`ingénieure?` matches ingénieur and ingénieure (the `e` is optional); `(?:a|b)` "
           "offers two words."),
    )
    wrong_examples = (r"ingénieur", r"(?:ingénieur|sismologue)\s*$", r"\w+\s*$")
    explanation = N_(
        "Pass it to extract_entities(text, extra_cues=[(\"PER\", pattern)]) and Diakité "
        "becomes a person."
    )


class SpacyMisses(ValueQuestion):
    label = "Question 4"
    prompt = N_("Which gold mentions does spaCy not get exactly right (span and type)?")
    setup = (
        "from helpers import load_article\n"
        "from helpers.entities import compare, load_gold_entities, spacy_entities\n"
        "gold = load_gold_entities()\n"
        "spacy_mentions = spacy_entities(load_article().text)"
    )
    solution = "missed = {d.gold.text for d in compare(gold, spacy_mentions) if d.gold is not None}"
    answer_name = "missed"
    hints = (
        N_("`compare(gold, spacy_mentions)` lists the differences; each has `.gold` (a gold "
           "mention, or None for a false positive) and `.predicted`."),
        N_("Keep the rows whose `.gold` is not None, and collect `d.gold.text` in a set: "
           "`{... for d in ... if ...}`."),
        N_("A wrong span (Kim Jong for Kim Jong-un) and a wrong type count too, not only the "
           "mentions spaCy does not find at all."),
    )
    wrong_examples = ({"Kim Jong"}, {"Moon Jae-in"}, ["Kim Jong-un"], set(),
                      {"Kim Jong-un", "Moon Jae-in"},
                      {"Kim Jong-un", "Moon Jae-in", "Washington", "n’", "qu’", "L’"})
    explanation = N_(
        "spaCy misses {expected}: Kim Jong-un cut at its hyphen (all four times), Moon Jae-in "
        "taken for an organisation, and the second Washington (« que Washington lui "
        "demande ») taken for a person, while the first is right."
    )

    def expected(self) -> set[str]:
        from helpers.entities import compare, load_gold_entities, spacy_entities
        from helpers.text.corpus import load_article

        rows = compare(load_gold_entities(), spacy_entities(load_article().text))
        return {d.gold.text for d in rows if d.gold is not None}

    def nudge(self, answer: set) -> str | None:
        if not all(isinstance(text, str) for text in answer):
            return None  # the checker says which items are not text
        if any(" " in text and text.endswith("Jong") for text in answer):
            return _("Kim Jong is what spaCy found: the question asks for the gold mentions.")
        if any(text.endswith(("’", "'")) for text in answer):
            return _("The elided words (n’, qu’, L’) are spaCy's false positives: they are not "
                     "gold mentions. Keep the rows whose .gold is not None.")
        if answer and answer < self.expected:
            return _("Some are missing: look at the wrong types too — a name can be right in "
                     "one place and wrong in another.")
        return None


class Wednesday(ValueQuestion):
    label = "Question 5"
    prompt = N_("The article came out on Friday 26 April 2019: which date is « mercredi » "
                "alone?")
    setup = (
        "from helpers import load_article\n"
        "published = load_article().meta['publication_date']"
    )
    solution = """
        import datetime as dt
        wednesday = (dt.date.fromisoformat(published) - dt.timedelta(days=2)).isoformat()
    """
    answer_name = "wednesday"
    hints = (
        N_("News tell what happened: a weekday alone is the last such day before publication."),
        N_("Friday minus two days is Wednesday. Write the date as YYYY-MM-DD, in quotes."),
    )
    wrong_examples = ("2019-05-01", "24/04/2019", "2019-04-17")
    explanation = N_("resolve_date('mercredi', published) gives {expected} too.")

    def expected(self) -> str:
        return "2019-04-24"

    def nudge(self, answer: str) -> str | None:
        if answer == "2019-05-01":
            return _("That Wednesday is after the article came out: news tell the past.")
        if "/" in answer or answer.count("-") != 2:
            return _("Write the date as ISO 8601 does: YYYY-MM-DD.")
        return None


q1 = F1FromCounts()
q2 = SentenceStart()
q3 = PersonCue()
q4 = SpacyMisses()
q5 = Wednesday()
