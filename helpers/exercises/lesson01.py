"""Lesson 01 — tokenization exercises.

>>> from helpers.exercises.lesson01 import q2
>>> q2.check(r"[ldnsjcm]’")
✗ Question 2 — Not quite yet. On the text 'L’objectif était clair', re.findall with
your pattern gives [].
"""

from helpers.exercises import ChoiceQuestion, PatternQuestion, ValueQuestion

_SETUP = (
    "from helpers import load_article, normalize, tokenize\n"
    "text = load_article().text\n"
    "tokens = tokenize(text)"
)


def _article_tokens() -> list[str]:
    from helpers import load_article, tokenize

    return tokenize(load_article().text)


class ElidedCount(ValueQuestion):
    label = "Question 1"
    prompt = "How many tokens of the article are elided words (ending with ’ or ')?"
    setup = _SETUP
    solution = 'n_elided = sum(1 for token in tokens if token.endswith(("’", "\'")))'
    answer_name = "n_elided"
    hints = (
        "Go through `tokens` and count those whose last character is an apostrophe.",
        "`token.endswith((\"’\", \"'\"))` accepts a tuple: it is True for either apostrophe.",
        "`sum(1 for token in tokens if ...)` counts the tokens that pass a test.",
    )
    wrong_examples = (0, 1, 2.5, "12")
    explanation = (
        "The article has {expected} elided words: l’, d’, qu’, n’, s’… and one jusqu' "
        "with the keyboard apostrophe."
    )

    def expected(self) -> int:
        return sum(1 for token in _article_tokens() if token.endswith(("’", "'")))

    def nudge(self, answer: int) -> str | None:
        tokens = _article_tokens()
        if answer == sum(1 for token in tokens if token.endswith("’")):
            return "You counted the tokens ending with ’ only: jusqu' uses the other apostrophe."
        if answer == sum(1 for token in tokens if "’" in token or "'" in token):
            return "That counts presqu’île and quelqu’un too: keep tokens that *end* with one."
        return None


class ElisionPattern(PatternQuestion):
    label = "Question 2"
    prompt = "Fix the pattern so that re.findall finds every elided word, and nothing else."
    cases = (
        ("L’objectif était clair", ["L’"]),
        ("la Russie veut montrer qu’elle compte", ["qu’"]),
        ("restée jusqu'ici à l’écart", ["jusqu'", "l’"]),
        ("la rencontre d’hier, n’a été signée", ["d’", "n’"]),
        ("Aujourd’hui, sur une presqu’île, quelqu’un", []),
        ("Lorsqu’il s’envole pour l'Élysée", ["Lorsqu’", "s’", "l'"]),
    )
    setup = "import re"
    solution = 'pattern = r"\\b(?:[LlDdNnSsJjCcMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’\']"'
    answer_name = "pattern"
    hints = (
        "Three things are missing: the capital letters, the keyboard apostrophe ', and the "
        "longer elided words (qu’, jusqu’, lorsqu’, puisqu’).",
        "A character class `[’']` accepts either apostrophe; `(?:qu|jusqu|…)` offers "
        "alternatives without making a group (a group would change what findall returns).",
        "`\\b` at the start makes sure the elided word is not the end of a longer word, as "
        "in aujourd’hui or presqu’île.",
    )
    wrong_examples = (r"[ldnsjcm]’", r"\w+[’']", r"(?i)\b(l|d|qu)[’']")
    explanation = (
        "The kit's tokenizer uses the same idea, with a longer list of elided words."
    )


class NormalizedTypes(ValueQuestion):
    label = "Question 3"
    prompt = "How many distinct tokens does the article have after normalize()?"
    setup = _SETUP
    solution = "n_types = len({normalize(token) for token in tokens})"
    answer_name = "n_types"
    hints = (
        "A set keeps each distinct item once: `len(set(...))` counts distinct items.",
        "Build the set from `normalize(token)` for every token in `tokens` (a set "
        "comprehension: `{... for token in tokens}`).",
    )
    wrong_examples = (0, 405, "200")
    explanation = "Normalisation merges forms such as Les/les and L’/l’: {expected} types remain."

    def expected(self) -> int:
        from helpers import normalize

        return len({normalize(token) for token in _article_tokens()})

    def nudge(self, answer: int) -> str | None:
        tokens = _article_tokens()
        if answer == len(set(tokens)):
            return "That is the number of distinct tokens *before* normalisation."
        if answer == len(tokens):
            return "That is the number of tokens; count the *distinct* normalised ones."
        return None


class PunktAbbreviation(ChoiceQuestion):
    label = "Question 4"
    prompt = "Why did untrained Punkt cut « Le Dr. Kim est arrivé hier. » in two?"
    options = (
        ("a", "Because « Dr. » is followed by a capitalised word and Punkt knew no "
              "abbreviation."),
        ("b", "Because Punkt splits at every full stop, whatever follows it."),
        ("c", "Because « Dr » is not a French word."),
    )
    expected = "a"
    why_not = (
        ("b", "Punkt does not split at every full stop: it weighs what it knows about "
              "the word before the dot and the word after it."),
        ("c", "Punkt knows no language at all: it only learns from the text it is given."),
    )
    setup = ""
    solution = 'answer = "a"  # a dot + a capitalised next word looks like a sentence end'
    hints = (
        "Look at the word after « Dr. »: how does it start?",
        "Untrained Punkt has an empty list of abbreviations.",
    )
    wrong_examples = ("b", "c")
    explanation = (
        "A dot followed by a capital looks like a sentence end unless Punkt knows the "
        "abbreviation: the kit gives it a French list."
    )


q1 = ElidedCount()
q2 = ElisionPattern()
q3 = NormalizedTypes()
q4 = PunktAbbreviation()
