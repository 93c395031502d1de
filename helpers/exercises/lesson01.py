"""Lesson 01 — tokenization exercises.

>>> from helpers.exercises.lesson01 import q4
>>> q4.check(r"[ldnsjcm]’")
✗ Question 4 — Not quite yet. On the text 'L’objectif de cette rencontre', re.findall
with your pattern gives [].
"""

from helpers.exercises import ChoiceQuestion, PatternQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _

_SETUP = (
    "from helpers import load_article, normalize, tokenize\n"
    "text = load_article().text\n"
    "tokens = tokenize(text)"
)


def _article_tokens() -> list[str]:
    from helpers import load_article, tokenize

    return tokenize(load_article().text)


class YearPattern(PatternQuestion):
    label = "Question 1"
    prompt = N_("Write a pattern that finds the years: numbers of exactly four digits, standing "
                "alone.")
    # Fragments of the article first, then examples that are not from it (a day, a number
    # in two groups, a postcode), for the numbers the article does not have.
    cases = (
        ("depuis celle en 2011 entre l’ex-président", ["2011"]),
        ("depuis mars 2018 quatre fois", ["2018"]),
        ("Le 26 avril 2019, 12 500 soldats défilent.", ["2019"]),
        ("Code postal : 75008 Paris", []),
    )
    setup = "import re"
    solution = 'pattern = r"\\b\\d{4}\\b"'
    answer_name = "pattern"
    hints = (
        N_("`\\d` is one digit; `{4}` after it repeats it exactly four times."),
        N_("`\\d{4}` also takes the first four digits of 75008: put `\\b` on both sides, so "
           "that the four digits must be a whole word."),
    )
    wrong_examples = (r"\d+", r"\d{4}", r"\d", r"[0-9]{2}", r"\b\d{4}")
    explanation = N_(
        "`\\b` takes no character: it only says that a word starts or ends there. The "
        "article's years are 2011 and 2018."
    )


class CapitalisedWords(PatternQuestion):
    label = "Question 2"
    prompt = N_("Write a pattern that finds every word starting with a capital letter, accented "
                "capitals (É, À) included.")
    # Fragments of the article, and one example that is not from it: the article writes
    # Etats-Unis without its accent and has no accented capital at all.
    cases = (
        ("entre Moscou et Pyongyang", ["Moscou", "Pyongyang"]),
        ("la Russie et la Corée du Nord", ["Russie", "Corée", "Nord"]),
        ("À Paris, l’Élysée se tait.", ["À", "Paris", "Élysée"]),
        ("la dénucléarisation de la péninsule coréenne", []),
    )
    setup = "import re"
    solution = 'pattern = r"[A-ZÀ-Ý]\\w*"'
    answer_name = "pattern"
    hints = (
        N_("`[A-Z]` knows only the 26 capitals without an accent: add the accented ones "
           "inside the brackets, as the range `À-Ý` (À to Ý) or one by one, `[A-ZÉÀ]`."),
        N_("After the capital, `\\w*` takes the rest of the word, accented letters included. "
           "Use `*` (zero or more), not `+`: À is a word of one letter."),
    )
    wrong_examples = (r"[A-Z]\w*", r"[A-Z][a-z]+", r"[A-ZÀ-Ý]\w+", r"\w+", r"[A-ZÀ-Ý]",
                      r"[A-ZÉ]\w*")
    explanation = N_(
        "Lesson 04 starts from the same pattern to find names, and meets its next problem: "
        "every sentence starts with a capital too."
    )


class ElidedCount(ValueQuestion):
    label = "Question 3"
    prompt = N_("How many tokens of the article are elided words (ending with ’ or ')?")
    setup = _SETUP
    solution = 'n_elided = sum(1 for token in tokens if token.endswith(("’", "\'")))'
    answer_name = "n_elided"
    hints = (
        N_("Go through `tokens` and count those whose last character is an apostrophe."),
        N_("`token.endswith((\"’\", \"'\"))`, with both apostrophes in round brackets, is "
           "True for either one."),
        N_("`sum(1 for token in tokens if ...)` counts the tokens that pass a test."),
    )
    wrong_examples = (0, 6, 387, 2.5, "12")
    explanation = N_(
        "The article has {expected} elided words, all with ’: l’, d’, n’, qu’, L’ and "
        "jusqu’. Testing for ' as well costs nothing, and other texts (typed on a keyboard) "
        "need it."
    )

    def expected(self) -> int:
        return sum(1 for token in _article_tokens() if token.endswith(("’", "'")))

    def nudge(self, answer: int) -> str | None:
        tokens = _article_tokens()
        elided = [token for token in tokens if token.endswith(("’", "'"))]
        if answer in (len(set(elided)), len({token.lower() for token in elided})):
            return _("That counts each elided form once; count every token: l’ appears "
                     "often.")
        if answer == len(tokens):
            return _("That is the number of all the tokens: keep those that end with an "
                     "apostrophe.")
        if answer == 0:
            return _("None found? The article writes ’ (U+2019), not the keyboard's ': test for "
                     "both, copying ’ from the text or writing \"\\u2019\".")
        return None


class ElisionPattern(PatternQuestion):
    label = "Question 4"
    prompt = N_("Fix the pattern so that re.findall finds every elided word, and nothing else.")
    # Fragments of the article first, then examples that are not from it: the article
    # has no keyboard apostrophe and no lexicalised one (aujourd’hui, presqu’île).
    cases = (
        ("L’objectif de cette rencontre", ["L’"]),
        ("une feuille de route qu’elle a définie", ["qu’"]),
        ("restée jusqu’à présent à l’écart", ["jusqu’", "l’"]),
        ("Il n’y a pas eu de communiqué commun ni de signature d’accords", ["n’", "d’"]),
        ("Aujourd’hui, sur une presqu’île, quelqu’un", []),
        ("Jusqu'ici, il s’envole pour l'Élysée", ["Jusqu'", "s’", "l'"]),
    )
    setup = "import re"
    solution = 'pattern = r"\\b(?:[LlDdNnSsJjCcMmTt]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)[’\']"'
    answer_name = "pattern"
    hints = (
        N_("Three things are missing, and a fourth in the last hint: the capital letters, the "
           "keyboard apostrophe ', and the longer elided words qu’ and jusqu’."),
        N_("A character class `[’']` accepts either apostrophe; `(?:qu|jusqu|…)` offers "
           "alternatives without making a group (a group would change what findall returns)."),
        N_("`\\b` at the start makes sure the elided word is not the end of a longer word, as "
           "in aujourd’hui or presqu’île."),
    )
    wrong_examples = (r"[ldnsjcm]’", r"\w+[’']", r"(?i)\b(l|d|qu)[’']")
    explanation = N_(
        "The kit's tokenizer uses the same idea, with a longer list of elided words."
    )


class NormalizedTypes(ValueQuestion):
    label = "Question 5"
    prompt = N_("How many distinct tokens does the article have after "
                "normalize(token, strip_accents=True)?")
    setup = _SETUP
    solution = "n_types = len({normalize(token, strip_accents=True) for token in tokens})"
    answer_name = "n_types"
    hints = (
        N_("A set keeps each distinct item once: `len(set(...))` counts distinct items."),
        N_("Build the set from `normalize(token, strip_accents=True)` for every token in "
           "`tokens`: curly brackets around a `for` make a set, `{... for token in tokens}`."),
    )
    wrong_examples = (0, 387, 203, 195, "200")
    explanation = N_(
        "Normalisation merges forms such as Les/les and L’/l’, and stripping accents merges "
        "a few more: {expected} distinct tokens remain."
    )

    def expected(self) -> int:
        from helpers import normalize

        return len({normalize(token, strip_accents=True) for token in _article_tokens()})

    def nudge(self, answer: int) -> str | None:
        from helpers import normalize

        tokens = _article_tokens()
        if answer == len(set(tokens)):
            return _("That is the number of distinct tokens before normalisation: normalise "
                     "each token first.")
        if answer == len({normalize(token) for token in tokens}):
            return _("That keeps the accents: pass strip_accents=True to normalize.")
        if answer == len(tokens):
            return _("That is the number of all the tokens: count the distinct normalised "
                     "ones.")
        return None


class PunktAbbreviation(ChoiceQuestion):
    label = "Question 6"
    prompt = N_("Why did untrained Punkt cut « Le Dr. Kim est arrivé hier. » in two?")
    options = (
        ("a", N_("Because Punkt knew no abbreviation: to it, « Dr. » was a word followed by a "
                 "full stop, and a full stop after a word ends a sentence.")),
        ("b", N_("Because « Kim » starts with a capital letter.")),
        ("c", N_("Because Punkt splits at every full stop, whatever the word before it.")),
    )
    expected = "a"
    why_not = (
        ("b", N_("Untrained Punkt cuts « Le Dr. kim est arrivé hier. » just the same, with kim "
                 "in lower case: the capital is not the reason.")),
        ("c", N_("It does not: in the same example text, « M. Poutine » stayed whole. Punkt "
                 "looks at the word before the dot.")),
    )
    setup = ""
    solution = N_('answer = "a"  # no abbreviation known: a word + a full stop ends a sentence')
    hints = (
        N_("Try `PunktSentenceTokenizer().tokenize(\"Le Dr. kim est arrivé hier.\")`, with "
           "kim in lower case: is it still cut?"),
        N_("Untrained Punkt has an empty list of abbreviations; « M. » survived for another "
           "reason (it looks like an initial)."),
    )
    wrong_examples = ("b", "c")
    explanation = N_(
        "Untrained Punkt takes the full stop after a word it does not know as an "
        "abbreviation for a sentence end, whatever follows: the kit gives it a French list."
    )


q1 = YearPattern()
q2 = CapitalisedWords()
q3 = ElidedCount()
q4 = ElisionPattern()
q5 = NormalizedTypes()
q6 = PunktAbbreviation()
