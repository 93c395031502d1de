"""Lesson 02 — frequency analysis exercises.

>>> from helpers.exercises.lesson02 import q3
>>> q3.check(1)
✗ Question 3 — Not quite yet. With min_freq=1, pairs seen once win: two words that occur once,
side by side, get the highest PMI possible. Raise the threshold.
"""

import math
from collections import Counter

from helpers.exercises import ChoiceQuestion, FunctionQuestion, ValueQuestion

_SETUP = (
    "from helpers import load_article, tokenize\n"
    "from helpers.concordance import collocations\n"
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
    prompt = "What is the type/token ratio of the article's words (casefolded, no punctuation)?"
    setup = _SETUP
    solution = (
        "words = count(tokens, casefold=True, punctuation=False)\n"
        "ttr = len(words) / sum(words.values())"
    )
    answer_name = "ttr"
    tolerance = 1e-3
    hints = (
        "`count(tokens, casefold=True, punctuation=False)` gives a Counter of the words.",
        "Types are the distinct words: `len(words)`. Tokens are all of them: "
        "`sum(words.values())`.",
        "The ratio is types divided by tokens: a number between 0 and 1.",
    )
    wrong_examples = (0.5, 53.2, 0.525, 0.554, "0.5", 1)
    explanation = "Remember that this ratio falls as a text grows: compare equal lengths only."

    def expected(self) -> float:
        words = _counts(casefold=True, punctuation=False)
        return len(words) / sum(words.values())

    def nudge(self, answer: float) -> str | None:
        if not -1e6 < answer < 1e6:  # far off (10**400 is no float): the generic advice
            return None
        tokens = _tokens()
        words = _counts(punctuation=False)
        if math.isclose(answer, len(set(tokens)) / len(tokens), abs_tol=1e-3):
            return "That is the ratio of the tokens as they are: leave out punctuation, casefold."
        if math.isclose(answer, 100 * self.expected, abs_tol=0.1):
            return "That looks like a percentage: give the ratio, between 0 and 1."
        if math.isclose(answer, len(words) / sum(words.values()), abs_tol=1e-3):
            return "Almost: casefold too, so that Les and les count as one type."
        return None


class ContentLemmas(ValueQuestion):
    label = "Question 2"
    prompt = "Which are the 5 most frequent content lemmas (stopwords out), ties alphabetically?"
    setup = _SETUP
    solution = (
        'lemmas = count(tokens, stopwords=True, casefold=True, punctuation=False, form="lemma")\n'
        "top5 = [word for word, n in most_common(lemmas, 5)]"
    )
    answer_name = "top5"
    hints = (
        "`count(...)` takes `stopwords=True`, `casefold=True`, `punctuation=False` and "
        "`form=\"lemma\"`.",
        "`most_common(counts, 5)` from helpers.frequency breaks ties alphabetically "
        "(`Counter.most_common` does not).",
        "Keep the words only: `[word for word, n in ...]`.",
    )
    wrong_examples = (
        ["coréenne", "kim", "péninsule", "jong-un", "pyongyang"],
        ["le", "de", "un", "à", "avoir"],
        ["kim", "péninsule", "coréen", "jong-un", "rencontre"],
        [("coréen", 5), ("kim", 5)],
    )
    explanation = (
        "{expected}: the Korean peninsula, Kim Jong-un and his capital. « rencontre » is "
        "as frequent as « jong-un » and « pyongyang », but comes after them alphabetically."
    )

    def expected(self) -> list[str]:
        from helpers.frequency import most_common

        lemmas = _counts(stopwords=True, casefold=True, punctuation=False, form="lemma")
        return [word for word, _ in most_common(lemmas, 5)]

    def nudge(self, answer: list) -> str | None:
        if any(isinstance(item, tuple | list) for item in answer):
            return "Give the words only, without their counts."
        if len(answer) != 5:
            return f"Give exactly 5 words (you gave {len(answer)})."
        words = _counts(stopwords=True, casefold=True, punctuation=False)
        from helpers.frequency import most_common

        if list(answer) == [w for w, _ in most_common(words, 5)]:
            return "Those are words: group them by lemma with form=\"lemma\"."
        lemmas = _counts(casefold=True, punctuation=False, form="lemma")
        if list(answer) == [w for w, _ in most_common(lemmas, 5)]:
            return "Those are stopwords: leave them out with stopwords=True."
        content = _counts(stopwords=True, casefold=True, punctuation=False, form="lemma")
        if list(answer) == [w for w, _ in content.most_common(5)]:
            return ("Counter.most_common lists equal counts in the order the text first shows "
                    "them: use most_common(counts, 5) from helpers.frequency instead.")
        return None


class TargetPractice(ValueQuestion):
    label = "Question 3"
    prompt = "What is the smallest min_freq that makes « péninsule coréenne » the top PMI bigram?"
    setup = _SETUP
    solution = (
        "for min_freq in range(1, 10):\n"
        '    best = collocations(tokens, "pmi", min_freq=min_freq, n=1)\n'
        '    if best and best[0].words == ("péninsule", "coréenne"):\n'
        "        break"
    )
    answer_name = "min_freq"
    hints = (
        "Try `collocations(tokens, \"pmi\", min_freq=m, n=3)` for m = 1, 2, 3 … and look at "
        "the first pairs, their counts and their scores.",
        "When two pairs have the same score, the first is the first alphabetically.",
        "A pair must occur at least `min_freq` times to be kept. How often does "
        "« péninsule coréenne » occur?",
    )
    wrong_examples = (1, 2, 3, 10, 0)
    explanation = (
        "With min_freq={expected}, « péninsule coréenne » comes first. Just below, it ties with "
        "« kim jong-un »: each pair occurs every time its rarer word does, so its PMI is "
        "log2(N / count of its other word), log2(N / 5) for both. PMI does not reward a pair "
        "for being seen often; the likelihood ratio does."
    )

    def expected(self) -> int:
        from helpers.concordance import collocations

        tokens = _tokens()
        return next(m for m in range(1, 10)
                    if collocations(tokens, "pmi", min_freq=m, n=1)[0].words
                    == ("péninsule", "coréenne"))

    def nudge(self, answer: int) -> str | None:
        from helpers.concordance import collocations

        if answer < 1:
            return "A frequency filter below 1 keeps everything: the smallest useful one is 1."
        if answer == 1:
            return ("With min_freq=1, pairs seen once win: two words that occur once, "
                    "side by side, get the highest PMI possible. Raise the threshold.")
        if answer > self.expected:
            return ("At that threshold « péninsule coréenne » is filtered out: it occurs fewer "
                    "times. Try smaller values.")
        best = collocations(_tokens(), "pmi", min_freq=answer, n=50)
        target = next(c for c in best if c.words == ("péninsule", "coréenne"))
        if best[0].score == target.score:
            return (f"At min_freq={answer}, « {' '.join(best[0].words)} » has exactly the same "
                    "score as « péninsule coréenne », and ties are broken alphabetically. "
                    "Raise the threshold.")
        return (f"At min_freq={answer}, other pairs still score higher: "
                f"« {' '.join(best[0].words)} » comes first. Raise the threshold.")


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
    label = "Question 4"
    prompt = "Fix count_words so that an elided word (l’, d’, jusqu’) is counted once, as le, de…"
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
        "Run the broken function on `['L’', 'objectif']` and read its output: how many "
        "words come out of two tokens?",
        "An elided token goes through the `if`, then through the line after it too. It "
        "should go through one or the other.",
        "Put the last `counts[word] += 1` under an `else:`.",
    )
    wrong_examples = (_double_counting, _dropping_elisions)
    explanation = "Each token now adds exactly 1 to the counts: the total equals len(tokens)."


class PmiLovesRarePairs(ChoiceQuestion):
    label = "Question 5"
    prompt = "Why, with min_freq=1, is the top of the PMI list made of pairs seen only once?"
    options = (
        ("a", "PMI compares a pair's count with what its two words' counts predict: two "
              "words seen once, and side by side, get the highest possible score."),
        ("b", "Because NLTK sorts the pairs alphabetically when min_freq is 1."),
        ("c", "Because the rarest pairs are the most important collocations of a text."),
    )
    expected = "a"
    why_not = (
        ("b", "Ties are sorted alphabetically, but the scores themselves are highest for "
              "those pairs: look at the score column."),
        ("c", "A pair seen once may be chance: that is why we add a frequency filter."),
    )
    setup = ""
    solution = 'answer = "a"  # PMI = log2(p(x, y) / (p(x) p(y))): largest when x, y occur once'
    hints = (
        "Write PMI for a pair seen once whose two words are each seen once.",
        "PMI = log2(N · count(pair) / (count(x) · count(y))). What if all three counts are 1?",
    )
    wrong_examples = ("b", "c")
    explanation = "PMI measures surprise, not importance; likelihood ratio weighs evidence too."


q1 = TypeTokenRatio()
q2 = ContentLemmas()
q3 = TargetPractice()
q4 = ElisionBug()
q5 = PmiLovesRarePairs()
