"""The exercise framework itself: blanks, the four kinds, hints, solutions, rendering."""

import copy
import enum
import functools
import pickle
import re
import signal
import subprocess
import sys
import textwrap
import threading
import time
import types
from collections import Counter

import pytest
from hostile import AlwaysEqual, SneakyInt, SneakyStr, Touchy, forever  # tests/hostile.py
from hypothesis import given
from hypothesis import strategies as st

from helpers.exercises import (
    ChoiceQuestion,
    Feedback,
    FunctionQuestion,
    PatternQuestion,
    Question,
    ValueQuestion,
    ____,
    is_blank,
    pattern_question,
    questions_in,
    reveals,
    run_solution,
)
from helpers.exercises.blank import Blank
from helpers.exercises.compare import BUDGET, Opaque, TooBig, plain
from helpers.exercises.display import show
from helpers.exercises.timelimit import TIME_LIMIT, TimeUp, call_with_limit

BLANK_MESSAGE = "Replace the ____ with your answer, then run the cell again."


# --------------------------------------------------------------------------- sample questions


class Count(ValueQuestion):
    label = "Question 1"
    prompt = "How many words?"
    expected = 17
    hints = ("Count them.", "Use len().", "len(words)")
    setup = "words = ['x'] * 17"
    solution = "n_words = len(words)"
    answer_name = "n_words"
    explanation = "There are {expected} words."


class Ratio(ValueQuestion):
    label = "Question 2"
    prompt = "Type/token ratio?"
    expected = 0.4286
    tolerance = 1e-3


class Words(ValueQuestion):
    label = "Question 3"
    expected = ("le", "chat", "dort")  # a tuple literal: ruff RUF012 stays quiet


class WordSet(ValueQuestion):
    label = "Question 4"
    expected = ("le", "chat", "le")
    ordered = False


class Greeting(ValueQuestion):
    label = "Question 5"
    expected = "Bonjour"


class Folded(ValueQuestion):
    label = "Question 6"
    expected = "Été"

    def normalize(self, value):
        return value.casefold() if isinstance(value, str) else value


class Freqs(ValueQuestion):
    label = "Question 7"

    def expected(self):
        return {"le": 2, "chat": 1}


class MostCommon(ValueQuestion):
    label = "Question 8"
    expected = (("le", 2), ("chat", 1))


class Elision(ValueQuestion):
    label = "Question 9"
    expected = 12

    def nudge(self, answer):
        if answer == 14:
            return "Are you counting elided articles twice?"
        return None


class Tokenizer(FunctionQuestion):
    label = "Question 10"
    prompt = "Fix the tokenizer."
    cases = (
        ("L’ami", ["L’", "ami"]),
        ("le chat", ["le", "chat"]),
    )
    hints = ("Split on spaces first.", "Then split after ’.")
    setup = "import re"
    solution = textwrap.dedent("""
        def tokenize(text):
            return re.findall(r"\\w+’|\\w+", text)
    """)
    answer_name = "tokenize"


def good_tokenize(text):
    return re.findall(r"\w+’|\w+", text)


class Divide(FunctionQuestion):
    label = "Question 11"
    cases = (((1, 4), 0.25), ((2, 3), 0.6667))
    tolerance = 1e-3


class Apostrophe(ChoiceQuestion):
    label = "Question 12"
    prompt = "Which apostrophe?"
    options = (("a", "U+0027"), ("b", "U+2019"), ("c", "U+02BC"))
    expected = "b"
    why_not = (("a", "That one is the straight keyboard apostrophe."),)


class Years(PatternQuestion):
    label = "Question 13"
    prompt = "Match the years."
    cases = (
        ("en 2018 et 2011", ["2018", "2011"]),
        ("le 12 mars", False),
        ("depuis 2018", True),
    )
    solution = r'pattern = r"\b\d{4}\b"'
    answer_name = "pattern"


class Shouting(PatternQuestion):
    label = "Question 14"
    cases = (("OUI non", ["OUI", "non"]),)
    flags = re.IGNORECASE


# --------------------------------------------------------------------------- the blank


def test_blank_is_a_singleton_shown_as_four_underscores():
    assert repr(____) == "____"
    assert str(____) == "____"
    assert Blank() is ____
    assert copy.copy(____) is ____
    assert copy.deepcopy([____])[0] is ____
    assert pickle.loads(pickle.dumps(____)) is ____


def uses_blank(text):
    return ____


def uses_blank_inside(text):
    def helper(word):
        return ____
    return [helper(w) for w in text.split()]


def blank_default(text, sep=____):
    return text.split(sep)


class Holder:
    def method(self, text):
        return ____


def stable_id(value: object) -> str:
    """A test id every xdist worker computes alike: no memory address, sets in sorted order."""
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(sorted(map(stable_id, value))) + "}"
    return re.sub(r" at 0x[0-9a-f]+", "", repr(value))


@pytest.mark.parametrize("value", [
    ____,
    [1, ____],
    [[1, [2, ____]]],
    (____,),
    {"key": ____},
    {____: 1},
    {"outer": [{"inner": ____}]},
    {1, ____},
    "____",
    r"\w+____",
    re.compile(r"a____"),
    uses_blank,
    uses_blank_inside,
    blank_default,
    lambda text: ____,
    lambda text: [w for w in text if w != ____],
    functools.partial(uses_blank),
    Holder().method,
], ids=stable_id)
def test_blank_is_found(value):
    assert is_blank(value)


def no_blank(text):
    return text.split()


@pytest.mark.parametrize("value", [
    0, 0.0, "", "___", "_ _ _ _", [], {}, None, False, [1, [2, 3]], {"a": [1]},
    no_blank, lambda text: text, re.compile(r"\w+"), Counter("abc"),
], ids=stable_id)
def test_not_blank(value):
    assert not is_blank(value)


def test_a_self_containing_list_is_no_trouble():
    loop = [1]
    loop.append(loop)
    assert not is_blank(loop)
    loop.append(____)
    assert is_blank(loop)


QUESTIONS = [Count, Ratio, Words, Greeting, Freqs, Tokenizer, Apostrophe, Years]


@pytest.mark.parametrize("kind", QUESTIONS, ids=lambda k: k.__name__)
@pytest.mark.parametrize("answer", [____, [____], {"k": ____}, "a____b", uses_blank])
def test_blank_answer_is_blank_for_every_kind(kind, answer):
    feedback = kind().check(answer)
    assert feedback.status == "blank"
    assert feedback.message == BLANK_MESSAGE
    assert not feedback


def test_check_without_an_answer_says_how_to_pass_one():
    feedback = Count().check()
    assert feedback.status == "blank"
    assert feedback.message == "Pass your answer to check, e.g. q1.check(n_words)."


# --------------------------------------------------------------------------- ValueQuestion


def test_value_correct_wrong_and_explanation():
    q = Count()
    assert q.check(17).status == "correct"
    assert bool(q.check(17))
    assert q.check(17).message == "Correct! There are 17 words."
    wrong = q.check(16)
    assert wrong.status == "wrong"
    assert not wrong
    assert wrong.message.startswith("Not quite yet.")
    assert wrong.message == "Not quite yet. Check your answer and try again: q1.hint() can help."


@pytest.mark.parametrize(("answer", "message"), [
    ("17", "Expected a whole number (an int), got a str. Remove the quotes: "
           "a number is written without them."),
    (17.0, "Expected a whole number (an int), got a float."),
    (True, "Expected a whole number (an int), got a bool."),
    ([17], "Expected a whole number (an int), got a list."),
    (None, "Expected a whole number (an int), got None. Did you forget to assign a value "
           "(or to return one)?"),
])
def test_value_type_mismatch_names_types_not_the_value(answer, message):
    feedback = Count().check(answer)
    assert feedback.status == "wrong"
    assert feedback.message == "Not quite yet. " + message
    assert not reveals(feedback.message, 17)


def test_float_type_mismatch_message():
    feedback = Ratio().check([0.4286])
    assert feedback.message == (
        "Not quite yet. Expected a float (a decimal number), got a list."
    )


@pytest.mark.parametrize(("answer", "status"), [
    (0.4286, "correct"), (0.4290, "correct"), (0.4280, "correct"), (3 / 7, "correct"),
    (0.43, "wrong"), (0.42, "wrong"), (float("nan"), "wrong"), (0, "wrong"),
])
def test_float_tolerance(answer, status):
    assert Ratio().check(answer).status == status


def test_an_int_is_a_fine_float_but_a_float_is_not_an_int():
    class Mean(ValueQuestion):
        expected = 3.0

    assert Mean().check(3).status == "correct"
    assert Count().check(17.0).status == "wrong"


def test_ordered_list_and_order_nudge():
    q = Words()
    assert q.check(["le", "chat", "dort"]).status == "correct"
    assert q.check(("le", "chat", "dort")).status == "correct"
    feedback = q.check(["chat", "le", "dort"])
    assert feedback.status == "wrong"
    assert "right items, but not in the right order" in feedback.message
    assert q.check(["le", "chat"]).status == "wrong"


def test_unordered_list_is_a_multiset():
    q = WordSet()
    assert q.check(["le", "le", "chat"]).status == "correct"
    assert q.check(["chat", "le", "le"]).status == "correct"
    assert q.check(["chat", "le"]).status == "wrong"
    assert q.check(["chat", "chat", "le"]).status == "wrong"


def test_unordered_list_of_unhashable_items():
    class Pairs(ValueQuestion):
        def expected(self):
            return [["a", 1], ["b", 2]]
        ordered = False

    assert Pairs().check([["b", 2], ["a", 1]]).status == "correct"
    assert Pairs().check([["b", 2], ["b", 2]]).status == "wrong"


def test_strings_are_exact_with_friendly_nudges():
    q = Greeting()
    assert q.check("Bonjour").status == "correct"
    assert "upper and lower case" in q.check("bonjour").message
    assert "spaces at the start or the end" in q.check("Bonjour ").message
    assert q.check("Bonsoir").status == "wrong"


def test_normalize_hook():
    assert Folded().check("été").status == "correct"
    assert Folded().check("ete").status == "wrong"


def test_dicts_counters_and_lists_of_pairs():
    assert Freqs().check({"chat": 1, "le": 2}).status == "correct"
    assert Freqs().check(Counter(["le", "chat", "le"])).status == "correct"
    assert Freqs().check({"le": 2}).status == "wrong"
    assert MostCommon().check(Counter(["le", "chat", "le"]).most_common()).status == "correct"
    assert MostCommon().check([["le", 2], ["chat", 1]]).status == "correct"
    assert MostCommon().check([("chat", 1), ("le", 2)]).status == "wrong"


def test_custom_nudge_and_generic_one():
    q = Elision()
    assert q.check(14).message == "Not quite yet. Are you counting elided articles twice?"
    assert q.check(13).message == (
        "Not quite yet. Check your answer and try again: q9.hint() can help."
    )


def test_custom_nudge_only_sees_well_typed_answers():
    seen = []

    class Careful(ValueQuestion):
        expected = 3

        def nudge(self, answer):
            seen.append(answer)
            return "Count again."

    Careful().check("3")
    Careful().check([3])
    assert seen == []
    assert Careful().check(4).message == "Not quite yet. Count again."
    assert seen == [4]


def test_expected_is_lazy_and_cached():
    calls = []

    class Lazy(ValueQuestion):
        def expected(self):
            calls.append(1)
            return 5

    q = Lazy()
    assert calls == []
    assert q.check(5)
    assert not q.check(4)
    assert q.expected == 5
    assert calls == [1]


@pytest.mark.parametrize(("kind", "wrong"), [
    (Count, 16), (Count, "17"), (Count, [17]), (Ratio, 0.5), (Ratio, "0.4286"),
    (Words, ["chat", "le", "dort"]), (Words, "le chat dort"), (Greeting, "bonjour"),
    (Greeting, ["Bonjour"]), (Freqs, {"le": 1, "chat": 1}), (MostCommon, [("le", 2)]),
    (Apostrophe, "a"), (Apostrophe, "c"), (Apostrophe, "z"), (Apostrophe, 2),
])
def test_wrong_feedback_never_reveals_the_expected_value(kind, wrong):
    q = kind()
    feedback = q.check(wrong)
    assert feedback.status == "wrong"
    expected = q.expected
    assert repr(expected) not in feedback.message
    assert repr(expected) not in repr(feedback)
    if not isinstance(expected, str) or len(expected) > 2:
        assert str(expected) not in feedback.message
    assert not reveals(feedback.message, expected)
    assert not reveals(feedback._repr_html_(), expected)


# --------------------------------------------------------------------------- FunctionQuestion


def test_function_correct():
    assert Tokenizer().check(good_tokenize).status == "correct"
    assert Tokenizer().check(run_solution(Tokenizer())).status == "correct"


def test_function_failing_case_names_input_and_output_not_expected():
    feedback = Tokenizer().check(str.split)
    assert feedback.status == "wrong"
    assert feedback.message == (
        "Not quite yet. For the input 'L’ami', your function returned ['L’ami']."
    )
    for _, expected in Tokenizer.cases:
        assert repr(expected) not in feedback.message


def test_function_exception_is_named_without_traceback():
    def broken(text):
        return text.split()[3]

    feedback = Tokenizer().check(broken)
    assert feedback.status == "wrong"
    assert feedback.message == (
        "Not quite yet. For the input 'L’ami', your function raised "
        "IndexError: list index out of range."
    )
    assert "Traceback" not in feedback.message
    assert "line" not in feedback.message


def test_function_key_error_and_empty_message():
    def key_error(text):
        return {}["absent"]

    def bare(text):
        raise ValueError

    assert "raised KeyError: 'absent'." in Tokenizer().check(key_error).message
    assert "raised ValueError: (no message)." in Tokenizer().check(bare).message


def test_function_with_several_arguments_and_tolerance():
    assert Divide().check(lambda a, b: a / b).status == "correct"
    feedback = Divide().check(lambda a, b: b / a)
    assert feedback.message == "Not quite yet. For the inputs (1, 4), your function returned 4.0."
    assert not reveals(feedback.message, 0.25)


def test_not_a_function():
    feedback = Tokenizer().check(["L’", "ami"])
    assert feedback.status == "wrong"
    assert "Expected a function, got a list." in feedback.message
    feedback = Tokenizer().check(None)
    assert "got None" in feedback.message


def test_function_check_prints_nothing(capsys):
    def chatty(text):
        print("debug", text)
        return good_tokenize(text)

    assert Tokenizer().check(chatty).status == "correct"
    assert capsys.readouterr() == ("", "")


def test_function_cannot_spoil_the_cases_by_mutating_them():
    class Sort(FunctionQuestion):
        cases = (([3, 1, 2], [1, 2, 3]),)

    def sort_in_place(items):
        items.sort()
        return items

    q = Sort()
    assert q.check(sort_in_place)
    assert Sort.cases[0][0] == [3, 1, 2]
    assert not q.check(lambda items: items)


def test_function_output_with_addresses_and_sets_is_deterministic():
    feedback = Tokenizer().check(lambda text: good_tokenize)
    assert "0x" not in feedback.message
    feedback = Tokenizer().check(lambda text: {"b", "a", "c"})
    assert feedback.message.endswith("your function returned {'a', 'b', 'c'}.")


def test_long_outputs_are_shortened_and_closed():
    feedback = Tokenizer().check(lambda text: ["mot"] * 500)
    assert len(feedback.message) < 250
    assert feedback.message.endswith(", …] (500 items).")  # closed, then the sentence ends
    feedback = Tokenizer().check(lambda text: "mot " * 500)
    assert feedback.message.endswith("mot m…' (2,000 characters).")
    feedback = Tokenizer().check(lambda text: [["a" * 300]])
    shown = feedback.message.split("returned ")[1]
    assert shown.count("'") == 2 and shown.endswith("…']].")


# --------------------------------------------------------------------------- ChoiceQuestion


@pytest.mark.parametrize("answer", ["b", "B", "(b)", " b ", "(B) "])
def test_choice_correct_forms(answer):
    assert Apostrophe().check(answer).status == "correct"


def test_choice_wrong_with_and_without_why_not():
    assert Apostrophe().check("a").message == (
        "Not quite yet. That one is the straight keyboard apostrophe."
    )
    assert Apostrophe().check("c").message == (
        "Not quite yet. Check your answer and try again: q12.hint() can help."
    )


def test_choice_invalid_option():
    message = "Not quite yet. Answer with the letter of one option, as text in quotes: a, b or c."
    assert Apostrophe().check("d").message == message
    assert Apostrophe().check(2).message == message[:-1] + " (you gave an int)."


def test_choice_options_as_dicts():
    dicts = type("Dicts", (ChoiceQuestion,), {
        "label": "Question 15",
        "options": {"a": "oui", "b": "non"},
        "why_not": {"b": "Non."},
        "expected": "a",
    })
    assert dicts().check("a")
    assert dicts().check("b").message == "Not quite yet. Non."
    assert dicts().check("c").message.endswith("as text in quotes: a or b.")


def test_choice_options_as_tuples():
    class Tuples(ChoiceQuestion):
        options = (("a", "oui"), ("b", "non"))
        why_not = (("b", "Non."),)
        expected = "a"

    class Letters(ChoiceQuestion):
        options = ("a", "b", "c", "d")
        expected = "d"

    assert Tuples().check("a") and Tuples().check("b").message == "Not quite yet. Non."
    assert Letters().check("D") and not Letters().check("a")


# --------------------------------------------------------------------------- PatternQuestion


def test_pattern_correct():
    assert Years().check(r"\b\d{4}\b").status == "correct"
    assert Years().check(re.compile(r"\d{4}")).status == "correct"
    assert Years().check(run_solution(Years())).status == "correct"


def test_pattern_findall_mismatch():
    feedback = Years().check(r"\d{2}")
    assert feedback.status == "wrong"
    assert feedback.message == (
        "Not quite yet. On the text 'en 2018 et 2011', re.findall with your pattern gives "
        "['20', '18', '20', '11']."
    )
    assert "['2018', '2011']" not in feedback.message


def test_pattern_match_and_no_match_cases():
    class Match(PatternQuestion):
        cases = (("le 12 mars", False), ("depuis 2018", True))

    assert Match().check(r"\d").message == (
        "Not quite yet. Your pattern matches the text 'le 12 mars'."
    )
    assert Match().check(r"xyz").message == (
        "Not quite yet. Your pattern does not match the text 'depuis 2018'."
    )


def test_pattern_compile_error_is_kind_and_points_at_the_position():
    feedback = Years().check(r"\d{4")
    assert feedback.status == "wrong"
    feedback = Years().check(r"(\d{4}")
    assert feedback.message == (
        "Not quite yet. Your pattern is not a valid regular expression: "
        "missing ), unterminated subpattern at position 0."
    )
    assert feedback.code == "(\\d{4}\n^"
    feedback = Years().check(r"\d{4}[")
    assert "unterminated character set at position 5" in feedback.message
    assert feedback.code.splitlines()[1] == " " * 5 + "^"
    assert "Traceback" not in repr(feedback)


def test_pattern_not_a_string_and_flags():
    assert "got a list" in Years().check([r"\d"]).message
    assert Shouting().check(r"[a-z]+").status == "correct"


def test_pattern_blank():
    assert Years().check(r"\b____\b").status == "blank"


# --------------------------------------------------------------------------- hints and solution


def test_hints_are_progressive_then_point_to_the_solution():
    q = Count()
    assert [q.hint().message for _ in range(4)] == [
        "Hint 1/3: Count them.",
        "Hint 2/3: Use len().",
        "Hint 3/3: len(words)",
        "No more hints: try q1.solution().",
    ]
    assert q.hint().status == "hint"
    assert not q.hint()


def test_hint_by_number_and_out_of_range():
    q = Count()
    assert q.hint(2).message == "Hint 2/3: Use len()."
    assert q.hint().message == "Hint 3/3: len(words)"
    assert q.hint(1).message == "Hint 1/3: Count them."
    out_of_range = ("There are 3 hints: ask for q1.hint(1) to q1.hint(3), or q1.hint() for "
                    "the next one.")
    assert q.hint(9).message == out_of_range
    assert q.hint(0).status == "hint"
    for odd in (0, -1, 1.5, True, [1], "deux", "9", "²", "9" * 5000, 10**400):
        assert q.hint(odd).message == out_of_range
    assert q.hint("2").message == "Hint 2/3: Use len()."
    assert q.hint(1, 2).message == out_of_range
    assert q.solution("please").code == "n_words = len(words)"


def test_hint_counters_belong_to_each_instance():
    first, second = Count(), Count()
    first.hint()
    assert second.hint().message.startswith("Hint 1/3")


def test_no_hints():
    assert Greeting().hint().message == "No hints for this one: try q5.solution()."


def test_solution_code_and_method():
    assert Count.solution_code == "n_words = len(words)"
    assert callable(Count().solution)
    feedback = Count().solution()
    assert feedback.status == "solution"
    assert feedback.code == "n_words = len(words)"
    assert repr(feedback) == (
        "📖 Question 1 — Here is one way to do it:\n    n_words = len(words)"
    )
    assert Tokenizer.solution_code.startswith("def tokenize(text):")


def test_hints_as_a_single_string_become_a_tuple():
    class One(ValueQuestion):
        expected = 1
        hints = "Only one."

    assert One.hints == ("Only one.",)


# --------------------------------------------------------------------------- Feedback rendering


def test_feedback_truthiness():
    assert Feedback("correct", "Correct!")
    for status in ("wrong", "blank", "hint", "solution"):
        assert not Feedback(status, "x")


def test_plain_text_repr():
    assert repr(Count().check(17)) == "✓ Question 1 — Correct! There are 17 words."
    assert repr(Count().check(____)) == f"✎ Question 1 — {BLANK_MESSAGE}"
    assert repr(Count().check(16)).startswith("✗ Question 1 — Not quite yet.")
    assert repr(Count().hint()) == "💡 Question 1 — Hint 1/3: Count them."
    assert str(Count().check(17)) == repr(Count().check(17))
    assert repr(Feedback("correct", "Correct!")) == "✓ Correct!"


def test_html_escapes_solution_and_message():
    class Tricky(ValueQuestion):
        label = "Question <7> & co"
        prompt = "Is 1 < 2 & 3 > 2?"
        expected = True
        solution = 'answer = 1 < 2 and "<b>&</b>" != ""'

    html = Tricky().solution()._repr_html_()
    assert "<pre" in html
    assert "answer = 1 &lt; 2 and &quot;&lt;b&gt;&amp;&lt;/b&gt;&quot;" in html
    assert "<b>" not in html
    assert "Question &lt;7&gt; &amp; co" in html
    assert "Is 1 &lt; 2 &amp; 3 &gt; 2?" in html


def test_html_boxes_differ_by_colour_and_by_word():
    boxes = {
        "correct": Count().check(17),
        "wrong": Count().check(16),
        "blank": Count().check(____),
        "hint": Count().hint(),
        "solution": Count().solution(),
    }
    words = {"correct": "Correct", "wrong": "Not yet", "blank": "Your turn",
             "hint": "Hint", "solution": "Solution"}
    colours = set()
    for status, feedback in boxes.items():
        html = feedback._repr_html_()
        assert f"exercise-{status}" in html
        assert f"</span> {words[status]} · Question 1" in html
        colours.add(re.search(r"border-left:6px solid (#[0-9A-F]{6})", html)[1])
        assert "color:#1B1B1B" in html
    assert len(colours) == 5


def test_inline_code_in_html():
    html = Feedback("hint", "Hint 1/2: use `len(x)` here", "Q")._repr_html_()
    assert "use <code>len(x)</code> here" in html
    html = Feedback("hint", "a lone ` stays", "Q")._repr_html_()
    assert "a lone ` stays" in html


SCRIPT = """
from helpers.exercises import FunctionQuestion, ValueQuestion, ____
class Q(FunctionQuestion):
    label = "Question 1"
    prompt = "Words?"
    cases = (("le chat", {"le", "chat"}),)
class V(ValueQuestion):
    label = "Question 2"
    expected = {"x": 1}
for fb in (Q().check(lambda t: set(t.split()) | {"dort", "chien", "a"}),
           Q().check(lambda t: lambda: 1), Q().check(____), Q().solution(), Q().hint(),
           V().check({"y"}), V().check({"x": 1})):
    print(repr(fb))
    print(fb._repr_html_())
"""


def test_rendering_is_identical_across_runs_and_hash_seeds():
    outputs = {
        subprocess.run([sys.executable, "-c", SCRIPT], capture_output=True, text=True,
                       check=True, env={"PYTHONHASHSEED": seed, "PYTHONIOENCODING": "utf-8"},
                       ).stdout
        for seed in ("1", "2", "3")
    }
    assert len(outputs) == 1
    text = outputs.pop()
    assert "0x" not in text
    assert "{'a', 'chat', 'chien', 'dort', 'le'}" in text


def test_importing_a_lesson_computes_nothing():
    code = ("import helpers.exercises.lesson00 as m; from helpers.text.corpus import load_article; "
            "print(load_article.cache_info().currsize > 0, 'expected' in vars(m.q1))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]


def test_check_returns_without_printing(capsys):
    Count().check(17)
    Count().check(16)
    Count().hint()
    Count().solution()
    assert capsys.readouterr() == ("", "")


# --------------------------------------------------------------------------- teachers' helpers


def test_run_solution():
    assert run_solution(Count()) == 17
    assert Count().check(run_solution(Count())).status == "correct"


def test_run_solution_uses_a_fresh_namespace_each_time():
    class Grow(ValueQuestion):
        setup = "items = []"
        solution = "items.append(1)\nn = len(items)"
        answer_name = "n"

    assert run_solution(Grow()) == run_solution(Grow()) == 1


def test_run_solution_without_the_answer_variable():
    class Forgetful(ValueQuestion):
        solution = "x = 1"
        answer_name = "y"

    with pytest.raises(NameError, match="leaves no variable 'y'"):
        run_solution(Forgetful())


def test_questions_in_a_module_in_definition_order():
    module = types.ModuleType("lesson_fake")
    module.q2 = Greeting()
    module.q1 = Count()
    module.alias = module.q2
    module.other = 3
    assert questions_in(module) == [module.q2, module.q1]
    titles = [q.title for q in questions_in("helpers.exercises.lesson00")]
    assert titles == ["Question 1", "Question 2"]


def test_title_from_label_or_variable_name():
    class Unlabelled(ValueQuestion):
        expected = 1

    module = types.ModuleType("lesson_fake_titles")
    Unlabelled.__module__ = module.__name__
    sys.modules[module.__name__] = module
    try:
        module.q3b = Unlabelled()
        assert module.q3b.title == "Question 3b"
        assert "q3b.hint()" in module.q3b.check(2).message
        assert Unlabelled().title == "Unlabelled"
    finally:
        del sys.modules[module.__name__]


def test_question_repr_is_plain():
    assert repr(Count()) == "<Question 1: How many words?>"
    assert repr(Words()) == "<Question 3>"


def test_base_question_needs_is_correct():
    with pytest.raises(NotImplementedError):
        Question().check(1)


@pytest.mark.parametrize(("message", "value", "found"), [
    ("You found 12 words.", 12, True),
    ("Question 12", 1, False),
    ("Hint 1/25", 5, False),
    ("ratio 0.5", 5, False),
    ("ratio 0.43", 0.43, True),
    ("5.0 words", 5, False),
    ("got 5", 5.0, True),
    ("Is it 'b'?", "b", True),
    ("a, b or c", "b", False),
    ("le chat dort", "chat", True),
    ("['le', 'chat']", ["le", "chat"], True),
    ("anything", None, False),
])
def test_reveals(message, value, found):
    assert reveals(message, value) is found


# --------------------------------------------------------------------------- properties

LEAVES = st.integers() | st.floats(allow_nan=False) | st.text().filter(lambda t: "____" not in t)
NESTED = st.recursive(
    LEAVES,
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=3), inner,
                                                                 max_size=4),
    max_leaves=12,
)


@given(NESTED)
def test_property_no_blank_in_plain_data(value):
    assert not is_blank(value)


@given(NESTED, st.randoms())
def test_property_a_blank_anywhere_is_found(value, rnd):
    def plant(node):
        if isinstance(node, list) and node and rnd.random() < 0.5:
            i = rnd.randrange(len(node))
            node[i] = plant(node[i])
            return node
        if isinstance(node, dict) and node and rnd.random() < 0.5:
            key = rnd.choice(sorted(node))
            node[key] = plant(node[key])
            return node
        return [node, ____]

    assert is_blank(plant(value))


@given(st.integers(), st.integers())
def test_property_int_nudges_never_reveal_the_value(expected, answer):
    class Secret(ValueQuestion):
        label = "Question 1"

    Secret.expected = expected
    feedback = Secret().check(answer)
    assert feedback.status == ("correct" if answer == expected else "wrong")
    if answer != expected:
        assert not reveals(feedback.message, expected)


@given(st.lists(st.text(max_size=5).filter(lambda t: "____" not in t), max_size=6), st.randoms())
def test_property_unordered_lists_accept_any_permutation(items, rnd):
    class Bag(ValueQuestion):
        ordered = False

    Bag.expected = tuple(items)
    shuffled = list(items)
    rnd.shuffle(shuffled)
    assert Bag().check(shuffled).status == "correct"


# --------------------------------------------------------------------------- hostile answers
# A checker must come back quickly, never raise, never call the student's methods and
# never be fooled; helpers.exercises.compare.plain and .timelimit do the work.


class Colour(enum.IntEnum):
    RED = 17


def forever_swallowing_exceptions(*args):
    while True:
        try:
            while True:
                pass
        except Exception:
            pass


def timed(call):
    start = time.perf_counter()
    result = call()
    return result, time.perf_counter() - start


def test_plain_copies_by_value_without_running_the_students_methods():
    assert plain(Counter(["le", "le"])) == {"le": 2} and type(plain(Counter())) is dict
    assert type(plain(SneakyStr("x"))) is str and type(plain(SneakyInt(3))) is int
    assert plain(Colour.RED) == 17 and type(plain(Colour.RED)) is int
    assert isinstance(plain(Touchy()), Opaque) and isinstance(plain([Touchy()])[0], Opaque)
    loop = [1]
    loop.append(loop)
    assert repr(plain(loop)) == "[1, [...]]"
    with pytest.raises(TooBig):
        plain([0] * (BUDGET + 1))
    nested = []
    for _ in range(1_000):
        nested = [nested]
    with pytest.raises(TooBig):
        plain(nested)


def test_plain_numpy_numbers_are_python_numbers():
    np = pytest.importorskip("numpy")
    assert type(plain(np.int64(5))) is int and type(plain(np.float32(0.5))) is float
    assert plain(np.array([1, 2])) == [1, 2]


@pytest.mark.parametrize("sneaky", [
    [AlwaysEqual()] * 3, [SneakyStr("x"), SneakyStr("y"), SneakyStr("z")],
    (AlwaysEqual(), "chat", "dort"),
], ids=["always-equal objects", "always-equal str", "one always-equal item"])
def test_objects_whose_eq_is_always_true_do_not_pass_nor_leak(sneaky):
    feedback = Words().check(sneaky)
    assert feedback.status == "wrong"
    assert not reveals(feedback.message, Words.expected)


def test_always_equal_numbers_and_text_do_not_pass():
    assert Count().check(SneakyInt(3)).status == "wrong"
    assert Greeting().check(SneakyStr("x")).status == "wrong"
    assert Greeting().check(SneakyStr("Bonjour")).status == "correct"  # its value is right
    assert Apostrophe().check(SneakyStr("a")).status == "wrong"
    assert Freqs().check({AlwaysEqual(): AlwaysEqual()}).status == "wrong"
    assert Tokenizer().check(lambda text: AlwaysEqual()).message.endswith(
        "your function returned <AlwaysEqual object>.")


def test_an_answer_whose_every_method_raises_gets_a_type_message():
    assert Count().check(Touchy()).message == (
        "Not quite yet. Expected a whole number (an int), got a Touchy.")
    assert Words().check([Touchy()]).status == "wrong"
    assert Tokenizer().check(lambda text: Touchy()).status == "wrong"


def test_a_huge_answer_is_judged_on_its_type_first():
    big = [0] * 10_000_000
    feedback = Count().check(big)
    assert feedback.message == "Not quite yet. Expected a whole number (an int), got a list."
    feedback = Words().check(big)
    assert feedback.status == "wrong" and "more than 100,000 items" in feedback.message
    assert not is_blank([*big, ____], budget=1_000)


@pytest.mark.perf
def test_a_huge_answer_is_judged_quickly():
    big = [0] * 10_000_000
    assert timed(lambda: Count().check(big))[1] < 0.5
    assert timed(lambda: Words().check(big))[1] < 0.5


def test_numbers_too_big_for_a_float_and_nan():
    assert Ratio().check(10**400).status == "wrong"
    assert Ratio().check(float("nan")).status == "wrong"
    assert Ratio().check(float("inf")).status == "wrong"
    assert Count().check(10**400).status == "wrong"
    assert "digits" in show(10**5000)  # beyond what Python writes in full


SHORT_LIMIT = 0.2  # s


@pytest.fixture
def short_limit(monkeypatch) -> float:
    """A shorter time limit, where what a test shows does not depend on its length: a loop
    that never ends keeps a CPU busy for the whole limit (the next test keeps the real one)."""
    from helpers.exercises import timelimit

    monkeypatch.setattr(timelimit, "TIME_LIMIT", SHORT_LIMIT)
    return SHORT_LIMIT


def test_a_function_that_never_returns_is_stopped():
    feedback, seconds = timed(lambda: Tokenizer().check(forever))
    assert feedback.status == "wrong"
    assert feedback.message == (
        f"Not quite yet. Your function took too long on the input 'L’ami' (more than "
        f"{TIME_LIMIT:g} s for all the inputs), so it was stopped: is there a loop that never "
        "ends?")
    assert seconds < TIME_LIMIT + 1


def test_a_function_that_swallows_the_stop_is_stopped_too(short_limit):
    feedback, seconds = timed(lambda: Tokenizer().check(forever_swallowing_exceptions))
    assert feedback.message.startswith("Not quite yet. Your function took too long")
    assert f"more than {short_limit:g} s" in feedback.message and seconds < short_limit + 1
    # and the kernel goes on: the next check is normal
    assert Tokenizer().check(good_tokenize).status == "correct"


@pytest.mark.skipif(not hasattr(signal, "setitimer"), reason="no SIGALRM timer here (Windows)")
def test_the_time_limit_gives_back_a_timer_set_by_someone_else(short_limit):
    fired = []
    old = signal.signal(signal.SIGALRM, lambda *args: fired.append(1))
    signal.setitimer(signal.ITIMER_REAL, 30)
    try:
        assert "took too long" in Tokenizer().check(forever).message
        left, _ = signal.getitimer(signal.ITIMER_REAL)
        assert 27 < left < 30
        assert signal.getsignal(signal.SIGALRM) is not None and not fired
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, old)


def test_outside_the_main_thread_a_tracer_stops_the_function(short_limit):
    results = []
    worker = threading.Thread(target=lambda: results.append(timed(
        lambda: Tokenizer().check(forever))))
    worker.start()
    worker.join(10)
    feedback, seconds = results[0]
    assert "took too long" in feedback.message
    assert seconds < short_limit + 1


def test_call_with_limit():
    assert call_with_limit(len, ("abc",), 1) == (3, None)
    result, error = call_with_limit(forever, (), 0.2)
    assert result is None and isinstance(error, TimeUp)

    def exits():
        raise SystemExit(3)

    assert isinstance(call_with_limit(exits, (), 1)[1], SystemExit)


def test_a_function_that_exits_or_recurses_forever_is_named():
    def exits(text):
        raise SystemExit

    def recurses(text):
        return recurses(text)

    assert "raised SystemExit" in Tokenizer().check(exits).message
    assert "raised RecursionError" in Tokenizer().check(recurses).message


def test_an_exception_with_a_hostile_message_is_shown_safely():
    class Loud(Exception):
        def __str__(self):
            raise RuntimeError("never called")

    def raises_loud(text):
        raise Loud("tout va mal")

    def raises_key(text):
        raise KeyError(Touchy())

    def raises_big_key(text):
        raise KeyError([0] * 10_000)

    def raises_bytes(text):
        return b"\xff".decode("utf-8")

    assert Tokenizer().check(raises_loud).message.endswith("raised Loud: 'tout va mal'.")
    assert "raised KeyError: <Touchy object>." in Tokenizer().check(raises_key).message
    assert "raised KeyError: <a big list>." in Tokenizer().check(raises_big_key).message
    assert "raised UnicodeDecodeError: 'utf-8' codec can't decode byte 0xff" in (
        Tokenizer().check(raises_bytes).message)


SLOW_TEXT = "Il n’y a pas eu de communiqué commun ni de signature d’accords " * 3000


class SlowPattern(PatternQuestion):
    label = "Question 15"
    cases = ((SLOW_TEXT, False), ("en 2018", True))


def test_a_pattern_that_would_take_minutes_is_stopped(short_limit):
    feedback, seconds = timed(lambda: SlowPattern().check(r"(?:(?:\w+\s?)+)+(?!)"))
    assert feedback.status == "wrong"
    assert feedback.message.startswith("Not quite yet. Your pattern took too long on the text "
                                       "'Il n’y a pas eu")
    assert "(\\w+\\s?)+" in feedback.message
    assert seconds < short_limit + 1


def test_the_catastrophic_pattern_of_lesson_01_is_refused():
    assert Years().check(r"(?:(?:\w+\s?)+)+!").status == "wrong"


@pytest.mark.perf
def test_the_catastrophic_pattern_of_lesson_01_comes_back_at_once():
    feedback, seconds = timed(lambda: Years().check(r"(?:(?:\w+\s?)+)+!"))
    assert feedback.status == "wrong" and seconds < 0.5


def test_re_under_the_timer_for_a_pattern_regex_would_not_read(monkeypatch, short_limit):
    def refuse(*args):
        raise ValueError("regex reads this pattern differently")

    class Sentence(PatternQuestion):
        cases = (("Il n’y a pas eu de communiqué commun ni de signature d’accords", False),)

    monkeypatch.setattr(pattern_question.regex, "compile", refuse)
    assert isinstance(Years()._compiled(r"\d"), re.Pattern)
    assert Years().check(r"\b\d{4}\b").status == "correct"
    feedback, seconds = timed(lambda: Sentence().check(r"(?:(?:\w+\s?)+)+!"))
    assert "took too long" in feedback.message  # re would have taken minutes
    assert seconds < short_limit + 1


def test_patterns_give_what_re_gives():
    for pattern in (r"\b\d{4}\b", r"(\d)(\d)", r"\w+’|\w+", r"", r"(?i)[a-z]+", r"\b"):
        for text in ("en 2018 et 2011", "L’ami de Kim Jong-un", ""):
            assert Years()._compiled(pattern).findall(text) == re.findall(
                pattern, text)
    assert Shouting()._compiled(r"[a-z]+").findall("OUI non") == ["OUI", "non"]


def test_pattern_that_is_too_long_or_too_deep():
    assert "characters long" in Years().check("a" * 10_000).message
    assert Years().check("(" * 2_000 + ")" * 2_000).status == "wrong"
    assert Years().check(re.compile(rb"\d")).message.startswith(
        "Not quite yet. Expected a pattern as a str")


def test_an_error_inside_the_checker_becomes_a_polite_message():
    class Fragile(ValueQuestion):
        label = "Question 16"
        expected = 3

        def nudge(self, answer):
            raise ValueError("a bug in the nudge")

    class Broken(ValueQuestion):
        label = "Question 17"
        expected = 3

        def is_correct(self, answer):
            raise ValueError("a bug in the checker")

    q = Fragile()
    assert q.check(4).message == (
        "Not quite yet. Check your answer and try again: q16.hint() can help.")
    assert isinstance(q.last_error, ValueError)
    q.check(3)
    assert q.last_error is None
    broken = Broken()
    feedback = broken.check(4)
    assert feedback.status == "wrong"
    assert feedback.message == (
        "Not quite yet. The checker could not read this answer. Check that it is what the "
        "question asks for, then try again: q17.hint() can help.")
    assert "Traceback" not in repr(feedback) and isinstance(broken.last_error, ValueError)


def test_several_answers_at_once():
    feedback = Count().check(1, 2)
    assert feedback.status == "wrong"
    assert feedback.message == (
        "Not quite yet. Pass one answer to q1.check(): to give several values, put them in one "
        "tuple or list, e.g. q1.check((a, b)).")


# --------------------------------------------------------------------------- near misses


class Pair(ValueQuestion):
    label = "Question 18"
    expected = ("Kim Jong-il", "KP")


class Names(ValueQuestion):
    label = "Question 19"
    expected = frozenset({"Russie", "Corée du Nord"})


@pytest.mark.parametrize(("answer", "message"), [
    (0.43, "Close, but rounded too much: keep at least 3 decimals, or do not round at all."),
    (0.4, "Close, but rounded too much: keep at least 3 decimals, or do not round at all."),
    (42.86, "That looks like a percentage: give the ratio itself, a number between 0 and 1."),
    (43, "That looks like a percentage: give the ratio itself, a number between 0 and 1."),
])
def test_number_near_misses(answer, message):
    assert Ratio().check(answer).message == f"Not quite yet. {message}"


def test_tuples_are_named_as_tuples_and_their_length_is_told():
    assert Pair().check("Kim Jong-il").message == (
        "Not quite yet. Expected a tuple (items in round brackets, separated by commas), got a "
        "str.")
    assert Pair().check(["Kim Jong-il", "KP"]).status == "correct"
    assert Pair().check(("Kim Jong-il", "KP", "PER")).message == (
        "Not quite yet. Give a tuple of 2 items, as the question asks (yours has 3).")
    assert Pair().check(("Kim Jong-il", "kp")).message == (
        "Not quite yet. Almost: look at upper and lower case.")
    class ListOfWords(ValueQuestion):
        def expected(self):
            return ["le", "chat"]

    assert ListOfWords().check("le chat").message == (
        "Not quite yet. Expected a list (items in square brackets), got a str.")


def test_sets_case_and_item_types():
    assert Names().check({"russie", "corée du nord"}).message == (
        "Not quite yet. Almost: look at upper and lower case.")
    assert Names().check({None, 1}).message == (
        "Not quite yet. Each item should be a str (text in quotes), but your set holds None "
        "and an int.")
    assert Names().check(["Russie"]).message == (
        "Not quite yet. Expected a set (items in curly brackets), got a list.")
