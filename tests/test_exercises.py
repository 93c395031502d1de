"""Every question of every lesson module ``helpers.exercises.lessonNN`` (found, not listed).

A new lesson module is picked up automatically: its blank is 'blank', each of
its wrong examples is 'wrong' without revealing the expected value, its
solution is 'correct', and it has hints, a solution and wrong examples.
"""

import importlib
import pkgutil
import re
import time

import pytest
from hostile import AlwaysEqual, SneakyInt, SneakyStr, Touchy, forever  # tests/hostile.py

import helpers.exercises
from helpers.exercises import (
    ChoiceQuestion,
    Feedback,
    FunctionQuestion,
    PatternQuestion,
    ____,
    is_blank,
    questions_in,
    reveals,
    run_solution,
)

LESSONS = sorted(
    info.name for info in pkgutil.iter_modules(helpers.exercises.__path__)
    if re.fullmatch(r"lesson\d+\w*", info.name)
)


def _collect():
    found = []
    for name in LESSONS:
        module = importlib.import_module(f"helpers.exercises.{name}")
        variables = {id(value): var for var, value in vars(module).items()}
        for question in questions_in(module):
            found.append(pytest.param(question, id=f"{name}.{variables[id(question)]}"))
    return found


QUESTIONS = _collect()


def fresh(question):
    """A new instance, so hint counters of the module's instance stay untouched."""
    return type(question)()


def test_lesson_modules_are_found():
    assert "lesson00" in LESSONS
    assert len(QUESTIONS) >= 2


@pytest.mark.parametrize("name", LESSONS)
def test_lesson_module_has_questions_with_distinct_labels(name):
    questions = questions_in(f"helpers.exercises.{name}")
    assert questions, f"{name} defines no question"
    titles = [q.title for q in questions]
    assert len(set(titles)) == len(titles), f"{name}: labels repeat: {titles}"


@pytest.mark.parametrize("question", QUESTIONS)
def test_declaration_is_complete(question):
    assert question.label, "give the question a label, e.g. 'Question 1'"
    assert question.prompt.strip() and "\n" not in question.prompt.strip()
    assert len(question.hints) >= 2, "at least 2 hints"
    assert all(h.strip() for h in question.hints)
    assert question.solution_code.strip(), "a solution (code string)"
    compile(question.solution_code, "<solution>", "exec")
    assert question.answer_name.isidentifier()
    assert len(question.wrong_examples) >= 1, "at least 1 wrong example"
    assert not any(is_blank(w) for w in question.wrong_examples), "test blanks separately"
    if isinstance(question, FunctionQuestion | PatternQuestion):
        assert question.cases, "cases to check the answer on"
    if isinstance(question, ChoiceQuestion):
        assert str(question.expected).lower() in question.options
        assert set(question.why_not) <= set(question.options) - {question.expected}


@pytest.mark.parametrize("question", QUESTIONS)
def test_blank_is_blank(question):
    feedback = fresh(question).check(____)
    assert feedback.status == "blank"
    assert not feedback


@pytest.mark.parametrize("question", QUESTIONS)
def test_wrong_examples_are_wrong_without_revealing_the_answer(question):
    q = fresh(question)
    for wrong in q.wrong_examples:
        feedback = q.check(wrong)
        assert feedback.status == "wrong", f"{wrong!r} was not judged wrong"
        assert feedback.message.startswith("Not quite yet.")
        for secret in q.secrets():
            for shown in (feedback.message, feedback.code):
                assert not reveals(shown, secret), (
                    f"the feedback for {wrong!r} reveals the expected value: {shown}"
                )


@pytest.mark.parametrize("question", QUESTIONS)
def test_solution_is_correct(question):
    q = fresh(question)
    feedback = q.check(run_solution(q))
    assert feedback.status == "correct", repr(feedback)
    assert feedback
    assert repr(feedback).startswith(f"✓ {q.title} — Correct!")


@pytest.mark.parametrize("question", QUESTIONS)
def test_hints_run_out_into_the_solution(question):
    q = fresh(question)
    total = len(q.hints)
    messages = [q.hint().message for _ in range(total + 1)]
    assert messages[0].startswith(f"Hint 1/{total}: ")
    assert messages[-1].startswith("No more hints: try ")
    assert q.solution().code == q.solution_code


@pytest.mark.parametrize("question", QUESTIONS)
def test_feedback_renders(question):
    q = fresh(question)
    for feedback in (q.check(____), q.check(q.wrong_examples[0]), q.hint(), q.solution()):
        assert feedback._repr_html_().startswith('<div class="exercise-feedback')
        assert "0x" not in repr(feedback)


@pytest.mark.parametrize("question", QUESTIONS)
def test_no_wrong_example_trips_the_checker(question):
    """The lesson's own nudges handle every wrong example: no error was swallowed."""
    q = fresh(question)
    for wrong in (*q.wrong_examples, run_solution(q)):
        q.check(wrong)
        assert q.last_error is None, f"{wrong!r}: {q.last_error!r}"


# --------------------------------------------------------------------------- hostile answers
# Real students (and curious ones) pass anything. Every question must answer each of these
# in under 2 s, never raise, never be fooled, never leak.


def exits(*args):
    raise SystemExit


def returns_always_equal(*args):
    return AlwaysEqual()


def _loop():
    loop = [1]
    loop.append(loop)
    return loop


def _deep():
    deep = []
    for _ in range(5_000):
        deep = [deep]
    return deep


HOSTILE = {
    "a million items": lambda: list(range(1_000_000)),  # ten times the checker's budget
    "five always-equal objects": lambda: [AlwaysEqual() for _ in range(5)],
    "an always-equal object": AlwaysEqual,
    "a set of always-equal objects": lambda: {AlwaysEqual()},
    "an always-equal tuple": lambda: (AlwaysEqual(), AlwaysEqual()),
    "an always-equal dict": lambda: {AlwaysEqual(): AlwaysEqual()},
    "an always-equal str": lambda: SneakyStr("x"),
    "an always-equal int": lambda: SneakyInt(3),
    "{None, 1}": lambda: {None, 1},
    "10**400": lambda: 10**400,
    "-10**400": lambda: -(10**400),
    "nan": lambda: float("nan"),
    "an object whose methods all raise": Touchy,
    "a list of such objects": lambda: [Touchy(), Touchy()],
    "a list that holds itself": _loop,
    "a list 5,000 deep": _deep,
    "a catastrophic pattern": lambda: r"(?:(?:\w+\s?)+)+!",
    "a pattern too deep to compile": lambda: "(" * 1_000 + ")" * 1_000,
    "bytes": lambda: b"\xff",
    "a function that never returns": lambda: forever,
    "a function that exits": lambda: exits,
    "a function returning an always-equal object": lambda: returns_always_equal,
    "a class": lambda: AlwaysEqual,
}


@pytest.fixture(scope="module")
def warm():
    """Each question checked once (expected values, models loaded), so timings are the checker's."""
    for param in QUESTIONS:
        question = param.values[0]
        fresh(question).check(run_solution(question))


@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("question", QUESTIONS)
def test_hostile_answers_get_a_quick_polite_not_yet(question, name, warm):
    q = fresh(question)
    feedback = q.check(HOSTILE[name]())
    assert isinstance(feedback, Feedback)
    assert feedback.status == "wrong", repr(feedback)
    assert feedback.message.startswith("Not quite yet. ")
    assert "could not read this answer" not in feedback.message, repr(q.last_error)
    assert q.last_error is None, repr(q.last_error)  # the nudges handled it themselves
    assert "Traceback" not in feedback.message
    for secret in q.secrets():
        assert not reveals(feedback.message, secret), feedback.message


@pytest.mark.perf
@pytest.mark.parametrize("name", sorted(HOSTILE))
@pytest.mark.parametrize("question", QUESTIONS)
def test_hostile_answers_are_answered_within_two_seconds(question, name, warm):
    q = fresh(question)
    answer = HOSTILE[name]()
    start = time.perf_counter()
    q.check(answer)
    seconds = time.perf_counter() - start
    assert seconds < 2.0, f"{seconds:.1f} s"


@pytest.mark.parametrize("question", QUESTIONS)
def test_odd_calls_of_hint_check_and_solution_never_raise(question):
    q = fresh(question)
    total = len(q.hints)
    assert q.hint("1").message.startswith(f"Hint 1/{total}: ")
    for odd in ("un", 1.5, -1, 0, total + 1, True, [1], None):
        assert q.hint(odd).status == "hint"
    assert q.check(1, 2).status == "wrong"
    assert q.check().status == "blank"
    assert q.solution("x").code == q.solution_code


# --------------------------------------------------------------------------- feedback text

TEXTS_OF = {
    "prompt": lambda q: [q.prompt],
    "hints": lambda q: list(q.hints),
    "explanation": lambda q: [q.explanation],
    "why_not": lambda q: list(getattr(q, "why_not", {}).values()),
    "options": lambda q: list(getattr(q, "options", {}).values()),
    "feedback": lambda q: [q.check(w).message for w in q.wrong_examples],
}
#: Words a lesson's exercises may not use before the lesson teaches them.
NOT_YET_TAUGHT = {
    "lesson00": r"\btypes?\b|\btuple|comprehension",
    "lesson01": r"\btypes?\b|\btuple|comprehension",
    "lesson04": r"lookahead|look-ahead|lookbehind",
}


@pytest.mark.parametrize("question", QUESTIONS)
def test_feedback_text_is_plain(question):
    """Feedback is shown as plain text too: no Markdown emphasis, no jargon before its lesson."""
    q = fresh(question)
    lesson = type(q).__module__.rsplit(".", 1)[1]
    for field, texts in TEXTS_OF.items():
        for text in texts(q):
            assert not re.search(r"(?<![\w*`])\*\w[^*`]*\*(?!\w)", text), (field, text)
            assert not re.search(r"(?<!\w)_\w[^_]*_(?!\w)", text), (field, text)
            jargon = NOT_YET_TAUGHT.get(lesson)
            if jargon and field != "feedback":  # the checker's own words name Python types
                assert not re.search(jargon, text, re.IGNORECASE), (field, text)


# --------------------------------------------------------------------------- lesson 05 near misses


def test_lesson05_prompts_say_which_form_of_country():
    from helpers.exercises.lesson05 import q1, q2

    assert "French names" in q1.prompt
    assert "ISO code" in q2.prompt


@pytest.mark.parametrize(("answer", "advice"), [
    ({"North Korea", "United States"}, "is not a name countries_mentioned() uses: write each "
                                       "country in French"),
    ({"corée du nord", "états-unis"}, "look at upper and lower case, and at the accents"),
    ({"Corée du Nord", "Etats-Unis"}, "look at upper and lower case, and at the accents"),
    ({"Corée du Nord", "Chine"}, "keep every country with the highest count"),
    ({"nord-coréen", "États-Unis"}, "is an adjective"),
    ({"Russie", "Corée du Nord"}, "That is the answer for the whole article"),
    ({"Corée du Nord"}, "Right, but not alone"),
    ({None, 1}, "Each item should be a str (text in quotes), but your set holds None and an int."),
    (["Corée du Nord", "États-Unis"], "Expected a set (items in curly brackets), got a list."),
])
def test_lesson05_q1_near_misses(answer, advice):
    from helpers.exercises.lesson05 import MostMentioned

    q = MostMentioned()
    feedback = q.check(answer)
    assert feedback.status == "wrong" and advice in feedback.message
    assert q.last_error is None
    assert MostMentioned().check({"États-Unis", "Corée du Nord"}).status == "correct"


@pytest.mark.parametrize(("answer", "advice"), [
    (("Séoul", "Corée du Sud"), "its two-letter ISO code in capitals"),
    (("Séoul", "kr"), "Almost: look at upper and lower case."),
    (("Séoul", "KP"), "KP is North Korea"),
    (("Pyongyang", "KP"), "link the mention of Séoul"),
    (("Séoul", "KR", "LOC"), "Give a tuple of 2 items"),
    ("Séoul", "Expected a tuple (items in round brackets, separated by commas), got a str."),
    ({"Séoul", "KR"}, "Expected a tuple (items in round brackets, separated by commas), "
                      "got a set."),
])
def test_lesson05_q2_near_misses(answer, advice):
    from helpers.exercises.lesson05 import LinkSeoul

    q = LinkSeoul()
    feedback = q.check(answer)
    assert feedback.status == "wrong" and advice in feedback.message
    assert LinkSeoul().check(["Séoul", "KR"]).status == "correct"


def test_lesson05_q2_a_mention_is_named():
    from helpers.entities import Mention
    from helpers.exercises.lesson05 import LinkSeoul

    feedback = LinkSeoul().check(Mention("Séoul", 0, 5, "LOC"))
    assert "That is a whole Mention" in feedback.message


@pytest.mark.parametrize(("module", "answer", "advice"), [
    ("lesson04", 0.67, "rounded too much: keep at least 3 decimals"),
    ("lesson04", 66.67, "That looks like a percentage"),
    ("lesson04", 67, "That looks like a percentage"),
    ("lesson02", 53.2, "That looks like a percentage"),
])
def test_ratios_rounded_or_given_as_percentages(module, answer, advice):
    q = type(questions_in(f"helpers.exercises.{module}")[0])()
    assert advice in q.check(answer).message
