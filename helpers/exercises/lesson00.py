"""Lesson 00 — warm-up questions.

>>> from helpers.exercises.lesson00 import q2
>>> q2.check("c")
✗ Question 2 — Not quite yet. U+02BC is a letter, not punctuation: some alphabets
use it (Ukrainian, for one). It looks alike, but French text does not use it.
"""

from helpers.exercises import ChoiceQuestion, ValueQuestion
from helpers.translation import N_
from helpers.translation import gettext as _


class ParagraphCount(ValueQuestion):
    label = "Question 1"
    prompt = N_("How many paragraphs does the article have?")
    setup = "from helpers import load_article\ndoc = load_article()"
    solution = "n_paragraphs = len(doc.paragraphs)"
    answer_name = "n_paragraphs"
    hints = (
        N_("`doc.paragraphs` is a list of strings, one per paragraph."),
        N_("The built-in `len()` counts the items of a list."),
    )
    wrong_examples = (4, 12, 344, "5", ["Les dirigeants russe…"])
    explanation = N_("The article has {expected} paragraphs, one per line in the file.")

    def expected(self) -> int:
        from helpers.text.corpus import load_article

        return len(load_article().paragraphs)

    def precheck(self, answer: object) -> str | None:
        if isinstance(answer, list) and all(isinstance(item, str) for item in answer):
            return _("That is a list of paragraphs, not their number: count its items with "
                     "len(...).")
        return super().precheck(answer)

    def nudge(self, answer: int) -> str | None:
        from helpers.text.corpus import load_article
        from helpers.text.sentence_split import sentences

        text = load_article().text
        if answer == text.count("\n"):
            return _("That is the number of line breaks: there is none after the last "
                     "paragraph. Count `doc.paragraphs`.")
        if answer == len(sentences(text)):
            return _("That is the number of sentences: count `doc.paragraphs`.")
        if answer == len(text.split()):
            return _("That is the number of words: count `doc.paragraphs`.")
        if answer == len(text):
            return _("That is the number of characters of the text: count `doc.paragraphs`.")
        return None


class ApostropheCodePoint(ChoiceQuestion):
    label = "Question 2"
    prompt = N_("Which character is the apostrophe in « L’objectif »?")
    options = (
        ("a", "U+0027 APOSTROPHE '"),
        ("b", "U+2019 RIGHT SINGLE QUOTATION MARK ’"),
        ("c", "U+02BC MODIFIER LETTER APOSTROPHE ʼ"),
    )
    expected = "b"
    why_not = (
        ("a", N_("U+0027 is the straight apostrophe of the keyboard. Look closely: this text "
                 "was typeset, with curly apostrophes.")),
        ("c", N_("U+02BC is a letter, not punctuation: some alphabets use it (Ukrainian, for "
                 "one). It looks alike, but French text does not use it.")),
    )
    setup = 'apostrophe = "L’objectif"[1]'
    solution = N_(
        "import unicodedata\n"
        "name = unicodedata.name(apostrophe)  # the character's official Unicode name\n"
        'answer = "b"'
    )
    hints = (
        N_("`unicodedata.name(ch)` gives the official name of a character `ch`."),
        N_("`hex(ord(ch))` gives its code point: compare with the U+ numbers of the options."),
    )
    wrong_examples = ("a", "c", "d", 2)
    explanation = N_(
        "French typography uses ’ (U+2019), so a tokenizer must handle it as well as the "
        "keyboard's '."
    )


q1 = ParagraphCount()
q2 = ApostropheCodePoint()
