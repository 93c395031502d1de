"""Lesson 02 — counting words: exercises.

>>> from helpers.exercises.lesson02 import q1
>>> q1.check(53.2)
✗ Question 1 — Not quite yet. That looks like a percentage: give the ratio, between 0 and 1.
"""

import math
from collections import Counter

from helpers.exercises import FunctionQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _

_SETUP = (
    "from helpers import load_article, tokenize\n"
    "from helpers.frequency import count, most_common\n"
    "tokens = tokenize(load_article().text)"
)

#: Elided word → full form, for the bug hunt (l’ stands for le or la: we pick le).
FULL_FORMS = {"l": "le", "d": "de", "qu": "que", "n": "ne", "s": "se", "c": "ce", "j": "je",
              "m": "me", "t": "te", "jusqu": "jusque", "lorsqu": "lorsque", "puisqu": "puisque"}


def _tokens() -> list[str]:
    from helpers import load_article, tokenize

    return tokenize(load_article().text)


def _counts(**options: object) -> Counter:
    from helpers.frequency import count

    return count(_tokens(), **options)


class TypeTokenRatio(ValueQuestion):
    label = "Question 1"
    prompt = N_("What is the type/token ratio of the article's words (casefolded, no "
                "punctuation)?")
    setup = _SETUP
    solution = (
        "words = count(tokens, casefold=True, punctuation=False)\n"
        "ttr = len(words) / sum(words.values())"
    )
    answer_name = "ttr"
    tolerance = 1e-3
    hints = (
        N_("`count(tokens, casefold=True, punctuation=False)` gives a Counter of the words."),
        N_("Types are the distinct words: `len(words)`. Tokens are all of them: "
           "`sum(words.values())`."),
        N_("The ratio is types divided by tokens: a number between 0 and 1."),
    )
    wrong_examples = (0.5, 53.2, 0.525, 0.554, "0.5", 1)
    explanation = N_("Remember that this ratio falls as a text grows: compare equal lengths "
                     "only.")

    def expected(self) -> float:
        words = _counts(casefold=True, punctuation=False)
        return len(words) / sum(words.values())

    def nudge(self, answer: float) -> str | None:
        if not -1e6 < answer < 1e6:  # far off (10**400 is no float): the generic advice
            return None
        tokens = _tokens()
        words = _counts(punctuation=False)
        if math.isclose(answer, len(set(tokens)) / len(tokens), abs_tol=1e-3):
            return _("That is the ratio of the tokens as they are: leave out punctuation, "
                     "casefold.")
        if math.isclose(answer, 100 * self.expected, abs_tol=0.1):
            return _("That looks like a percentage: give the ratio, between 0 and 1.")
        if math.isclose(answer, len(words) / sum(words.values()), abs_tol=1e-3):
            return _("Almost: casefold too, so that Les and les count as one type.")
        content = _counts(casefold=True, punctuation=False, stopwords=True)
        if math.isclose(answer, len(content) / sum(content.values()), abs_tol=1e-3):
            return _("That leaves the stopwords out: keep them, the question counts every "
                     "word.")
        marks = _counts(casefold=True)
        if math.isclose(answer, len(marks) / sum(marks.values()), abs_tol=1e-3):
            return _("That keeps the punctuation: leave it out with punctuation=False.")
        return None


class ContentLemmas(ValueQuestion):
    label = "Question 2"
    prompt = N_("Which are the 5 most frequent content lemmas (stopwords out), ties "
                "alphabetically?")
    setup = _SETUP
    solution = (
        'lemmas = count(tokens, stopwords=True, casefold=True, punctuation=False, form="lemma")\n'
        "top5 = [word for word, n in most_common(lemmas, 5)]"
    )
    answer_name = "top5"
    hints = (
        N_("`count(...)` takes `stopwords=True`, `casefold=True`, `punctuation=False` and "
           "`form=\"lemma\"`."),
        N_("`most_common(counts, 5)` from helpers.frequency breaks ties alphabetically "
           "(`Counter.most_common` does not)."),
        N_("Keep the words only: `[word for word, n in ...]`."),
    )
    wrong_examples = (
        ["coréenne", "kim", "péninsule", "jong-un", "pyongyang"],
        ["le", "de", "un", "à", "avoir"],
        ["kim", "péninsule", "coréen", "jong-un", "rencontre"],
        [("coréen", 5), ("kim", 5)],
    )
    explanation = N_(
        "{expected}: the Korean peninsula, Kim Jong-un and his capital. « rencontre » is "
        "as frequent as « jong-un » and « pyongyang », but comes after them alphabetically."
    )

    def expected(self) -> list[str]:
        from helpers.frequency import most_common

        lemmas = _counts(stopwords=True, casefold=True, punctuation=False, form="lemma")
        return [word for word, _ in most_common(lemmas, 5)]

    def nudge(self, answer: list) -> str | None:
        if any(isinstance(item, tuple | list) for item in answer):
            return _("Give the words only, without their counts.")
        if len(answer) != 5:
            return _("Give exactly 5 words (you gave {n}).").format(n=len(answer))
        words = _counts(stopwords=True, casefold=True, punctuation=False)
        from helpers.frequency import most_common

        if list(answer) == [w for w, _ in most_common(words, 5)]:
            return _("Those are words: group them by lemma with form=\"lemma\".")
        lemmas = _counts(casefold=True, punctuation=False, form="lemma")
        if list(answer) == [w for w, _ in most_common(lemmas, 5)]:
            return _("Those are stopwords: leave them out with stopwords=True.")
        content = _counts(stopwords=True, casefold=True, punctuation=False, form="lemma")
        if list(answer) == [w for w, _ in content.most_common(5)]:
            return _("Counter.most_common lists equal counts in the order the text first "
                     "shows them: use most_common(counts, 5) from helpers.frequency instead.")
        return None


def _double_counting(tokens: list[str]) -> Counter:
    """The bug hunt's broken function, as the notebook shows it."""
    counts: Counter = Counter()
    for token in tokens:
        word = token.casefold()
        if word.endswith(("’", "'")):
            counts[FULL_FORMS.get(word[:-1], word)] += 1
        counts[word] += 1
    return counts


def _dropping_elisions(tokens: list[str]) -> Counter:
    return Counter(t.casefold() for t in tokens if not t.endswith(("’", "'")))


class ElisionBug(FunctionQuestion):
    label = "Question 3"
    prompt = N_("Fix count_words so that an elided word (l’, d’, jusqu’) is counted once, as "
                "le, de…")
    setup = (
        "from collections import Counter\n"
        "from helpers.exercises.lesson02 import FULL_FORMS"
    )
    solution = (
        "def count_words(tokens):\n"
        "    counts = Counter()\n"
        "    for token in tokens:\n"
        "        word = token.casefold()\n"
        '        if word.endswith(("’", "\'")):\n'
        "            counts[FULL_FORMS.get(word[:-1], word)] += 1\n"
        "        else:  # the bug: without else, an elided word was counted twice\n"
        "            counts[word] += 1\n"
        "    return counts"
    )
    answer_name = "count_words"
    cases = (  # from the article; the last one with an ASCII apostrophe, as students type it
        (["L’", "objectif", "de", "cette", "rencontre"],
         {"le": 1, "objectif": 1, "de": 1, "cette": 1, "rencontre": 1}),
        (["la", "base", "d’", "une", "feuille", "de", "route"],
         {"la": 1, "base": 1, "de": 2, "une": 1, "feuille": 1, "route": 1}),
        (["jusqu’", "à", "présent", "à", "l’", "écart"],
         {"jusque": 1, "à": 2, "présent": 1, "le": 1, "écart": 1}),
        (["n'", "étant", "pas", "prêt"],
         {"ne": 1, "étant": 1, "pas": 1, "prêt": 1}),
        ([], {}),
    )
    hints = (
        N_("Run the broken function on `['L’', 'objectif']` and read its output: how many "
           "words come out of two tokens?"),
        N_("An elided token goes through the `if`, then through the line after it too. It "
           "should go through one or the other."),
        N_("Put the last `counts[word] += 1` under an `else:`."),
    )
    wrong_examples = (_double_counting, _dropping_elisions)
    explanation = N_("Each token now adds exactly 1 to the counts: the total equals "
                     "len(tokens).")


q1 = TypeTokenRatio()
q2 = ContentLemmas()
q3 = ElisionBug()
