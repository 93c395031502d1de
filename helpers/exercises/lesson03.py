"""Lesson 03 — words in context: exercises.

>>> from helpers.exercises.lesson03 import q2
>>> q2.check(1)
✗ Question 2 — Not quite yet. With min_freq=1, pairs seen once win: two words that occur once,
side by side, get the highest PMI possible. Raise the threshold.
"""

from helpers.exercises import ChoiceQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _

_SETUP = (
    "from helpers import load_article, tokenize\n"
    "from helpers.frequency.contexts import collocations, dispersion, paragraph_starts\n"
    "doc = load_article()\n"
    "tokens = tokenize(doc.text)"
)


def _tokens() -> list[str]:
    from helpers import load_article, tokenize

    return tokenize(load_article().text)


def _paragraphs_of(word: str) -> list[int]:
    """The paragraphs (from 1) in which ``word`` occurs, each once, in order."""
    import bisect

    from helpers import load_article
    from helpers.frequency.contexts import dispersion, paragraph_starts

    doc = load_article()
    starts = paragraph_starts(doc)
    where = dispersion(_tokens(), [word])[word]
    return sorted({bisect.bisect_right(starts, position) for position in where})


class WherePeninsula(ValueQuestion):
    label = "Question 1"
    prompt = N_("In which paragraphs does the word « péninsule » occur? Give a list of "
                "numbers.")
    setup = _SETUP
    solution = (
        "import bisect\n"
        "starts = paragraph_starts(doc)\n"
        'where = dispersion(tokens, ["péninsule"])["péninsule"]\n'
        "paragraphs = sorted({bisect.bisect_right(starts, p) for p in where})"
    )
    answer_name = "paragraphs"
    hints = (
        N_("The dispersion plot of section 1 has one row per word, but none for « péninsule »: "
           "compute it the way that cell does."),
        N_("`dispersion(tokens, [\"péninsule\"])` gives the token positions; the cell of the "
           "dispersion plot turns positions into paragraph numbers with `bisect`."),
        N_("Give each paragraph once, smallest first: a list such as `[1, 4]`."),
    )
    wrong_examples = ([], [0], [1, 2, 3, 4, 5], [1, 2, 4, 4, 4], [0, 1, 3], [4, 2, 1], "4")
    explanation = N_("{expected}: « la péninsule coréenne » opens the article, comes back in "
                     "¶2, and three times in ¶4, the paragraph about the crisis.")

    def expected(self) -> list[int]:
        return _paragraphs_of("péninsule")

    def nudge(self, answer: list) -> str | None:
        right = self.expected
        if not all(type(n) is int for n in answer):
            return _("Give paragraph numbers, as whole numbers: a list such as [1, 4].")
        if len(answer) != len(set(answer)):
            return _("Give each paragraph once.")
        if [n + 1 for n in answer] == right:
            return _("Paragraphs are numbered from 1 here (¶1 is the first), not from 0.")
        if sorted(answer) == right:
            return _("The right paragraphs: now give them smallest first.")
        return None


class TargetPractice(ValueQuestion):
    label = "Question 2"
    prompt = N_("What is the smallest min_freq that makes « péninsule coréenne » the top PMI "
                "bigram?")
    setup = _SETUP
    solution = (
        "for min_freq in range(1, 10):\n"
        '    best = collocations(tokens, "pmi", min_freq=min_freq, n=1)\n'
        '    if best and best[0].words == ("péninsule", "coréenne"):\n'
        "        break"
    )
    answer_name = "min_freq"
    hints = (
        N_("Try `collocations(tokens, \"pmi\", min_freq=m, n=3)` for m = 1, 2, 3 … and look "
           "at the first pairs, their counts and their scores."),
        N_("When two pairs have the same score, the first is the first alphabetically."),
        N_("A pair must occur at least `min_freq` times to be kept. How often does "
           "« péninsule coréenne » occur?"),
    )
    wrong_examples = (1, 2, 3, 10, 0)
    explanation = N_(
        "With min_freq={expected}, « péninsule coréenne » comes first. At 3 and 4, it ties with "
        "« kim jong-un »: each pair occurs every time its rarer word does, so its PMI is "
        "log2(N / count of its other word), log2(N / 5) for both. PMI does not reward a pair "
        "for being seen often; the likelihood ratio does."
    )

    def expected(self) -> int:
        from helpers.frequency.contexts import collocations

        tokens = _tokens()
        return next(m for m in range(1, 10)
                    if collocations(tokens, "pmi", min_freq=m, n=1)[0].words
                    == ("péninsule", "coréenne"))

    def nudge(self, answer: int) -> str | None:
        from helpers.frequency.contexts import collocations

        if answer < 1:
            return _("A frequency filter below 1 keeps everything: the smallest useful one is "
                     "1.")
        if answer == 1:
            return _("With min_freq=1, pairs seen once win: two words that occur once, "
                     "side by side, get the highest PMI possible. Raise the threshold.")
        if answer > self.expected:
            return _("At that threshold « péninsule coréenne » is filtered out: it occurs "
                     "fewer times. Try smaller values.")
        best = collocations(_tokens(), "pmi", min_freq=answer, n=50)
        target = next(c for c in best if c.words == ("péninsule", "coréenne"))
        if best[0].score == target.score:
            return _("At min_freq={answer}, « {pair} » has exactly the same score as "
                     "« péninsule coréenne », and ties are broken alphabetically. Raise the "
                     "threshold.").format(answer=answer, pair=" ".join(best[0].words))
        return _("At min_freq={answer}, other pairs still score higher: « {pair} » comes "
                 "first. Raise the threshold.").format(answer=answer,
                                                       pair=" ".join(best[0].words))


class PmiLovesRarePairs(ChoiceQuestion):
    label = "Question 3"
    prompt = N_("Why, with min_freq=1, is the top of the PMI list made of pairs seen only "
                "once?")
    options = (
        ("a", N_("PMI compares a pair's count with what its two words' counts predict: two "
                 "words seen once, and side by side, get the highest possible score.")),
        ("b", N_("Because NLTK sorts the pairs alphabetically when min_freq is 1.")),
        ("c", N_("Because the rarest pairs are the most important collocations of a text.")),
    )
    expected = "a"
    why_not = (
        ("b", N_("Ties are sorted alphabetically, but the scores themselves are highest for "
                 "those pairs: look at the score column.")),
        ("c", N_("A pair seen once may be chance: that is why we add a frequency filter.")),
    )
    setup = ""
    solution = N_('answer = "a"  # PMI = log2(p(x, y) / (p(x) p(y))): largest when x, y occur once')
    hints = (
        N_("PMI = log2(N · count(pair) / (count(x) · count(y))), as section 3 writes it."),
        N_("Work it out for a pair seen once whose two words are each seen once: all three "
           "counts are 1. Can any pair score higher?"),
    )
    wrong_examples = ("b", "c")
    explanation = N_("PMI measures surprise, not importance; likelihood ratio weighs evidence "
                     "too.")


q1 = WherePeninsula()
q2 = TargetPractice()
q3 = PmiLovesRarePairs()
