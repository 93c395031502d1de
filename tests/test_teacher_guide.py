"""docs/teacher_guide.md and the answer key: the guide's generated parts match the lessons, the
guide states no answer, and the key (generated on demand) has every question with its answer."""

import re
from pathlib import Path

import pytest
from script_modules import script  # tests/script_modules.py

from helpers.exercises import questions_in, run_solution
from helpers.exercises.questions import ChoiceQuestion

ROOT = Path(__file__).resolve().parents[1]
guide_script = script("teacher_guide")

GUIDE = ROOT / "docs" / "teacher_guide.md"
MODULES = sorted(p.stem for p in (ROOT / "helpers" / "exercises").glob("lesson[0-9][0-9].py"))
QUESTIONS = [q for m in MODULES for q in questions_in(f"helpers.exercises.{m}")]


def guide() -> str:
    return GUIDE.read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def key(tmp_path_factory) -> str:
    """The answer key, written by the script's command line to a temporary folder."""
    path = tmp_path_factory.mktemp("teacher") / "answer_key.md"
    assert guide_script.main(["--answer-key", str(path)]) == 0
    return path.read_text(encoding="utf-8")


def _section(text: str, module: str) -> str:
    """The part of the answer key about one lesson module."""
    start = text.index(f"(`helpers.exercises.{module}`)")
    end = text.find("\n### ", start)
    return text[start:end if end > 0 else len(text)]


def test_guide_is_up_to_date():
    text = guide()
    assert guide_script.render(text) == text, "run `python scripts/teacher_guide.py`"
    assert guide_script.main(["--check"]) == 0


def test_every_lesson_is_described_with_time_and_prerequisites():
    text = guide()
    for path in guide_script.lessons():
        assert f"(../notebooks/{path.name})" in text, path.name
    block = re.search(r"<!-- generated: lessons -->(.*?)<!-- end generated -->", text, re.S)[1]
    assert block.count("**Time:**") == len(guide_script.lessons())
    assert "(not stated)" not in block


@pytest.mark.parametrize("module", MODULES)
def test_the_key_has_every_question_with_its_answer(key, module):
    section = _section(key, module)
    questions = questions_in(f"helpers.exercises.{module}")
    assert questions
    for question in questions:
        assert f"**{question.title}** — {question.prompt}" in section
        assert question.solution_code in section
        answer = run_solution(question)
        if callable(answer):
            assert f"the function `{question.answer_name}`" in section
        else:
            assert guide_script._show(answer) in section, (module, question.title)


def test_the_key_says_it_is_for_the_teacher_only(key):
    assert key.startswith("# Answer key")
    assert "keep this file away from students" in key
    assert key.count("\n### Lesson ") == len(guide_script.lessons())


def _code_lines(code: str) -> list[str]:
    """The lines of a solution that give something away: not blank, not a bare import."""
    lines = [line.split("  #")[0].strip() for line in code.splitlines()]
    return [line for line in lines
            if len(line) >= 8 and not line.startswith(("import ", "from ", "#"))]


def _question_id(question) -> str:
    return f"{type(question).__module__.rsplit('.', 1)[1]}-{question.title}"


@pytest.mark.parametrize("question", QUESTIONS, ids=_question_id)
def test_the_guide_states_no_answer(question):
    text = guide()
    lines = _code_lines(question.solution_code)
    assert lines, "a solution with no line to look for"
    for line in lines:
        assert line not in text, f"{question.title}: its solution line {line!r} is in the guide"
    answer = run_solution(question)
    if isinstance(question, ChoiceQuestion):
        right = question.options[str(answer).lower()]
        assert right not in text, f"{question.title}: the right option is in the guide"
    elif not callable(answer) and len(guide_script._show(answer)) >= 8:
        shown = guide_script._show(answer)  # as the key writes it, or with double quotes
        for form in {shown, shown.replace("'", '"')}:
            assert form not in text, f"{question.title}: its answer {form} is in the guide"


def test_the_guide_has_no_answers_block_and_says_how_to_get_the_key():
    text = guide()
    assert "<!-- generated: answers -->" not in text
    assert "Answer: `" not in text and "Solution:\n" not in text
    assert "python scripts/teacher_guide.py --answer-key" in text
    assert "away from students" in text
    with pytest.raises(ValueError, match="unknown generated block 'answers'"):
        guide_script.render(text.replace(
            "## The answer key\n",
            "## The answer key\n\n<!-- generated: answers -->\n<!-- end generated -->\n"))


def test_the_hand_written_sections_are_there():
    text = guide()
    for heading in ("## Common student mistakes", "## Running the kit for a class",
                    "## Printing a lesson", "## The answer key", "mybinder.org/v2/gh/",
                    "nbgitpuller", "runtime.txt"):
        assert heading in text
    for module in MODULES:
        assert f"### Lesson {module[-2:]}" in text.split("## Common student mistakes")[1]


def test_a_stale_block_is_rewritten_and_hand_written_text_kept():
    text = guide()
    stale = text.replace("- **Time:** 20 minutes.", "- **Time:** 19 minutes.")
    assert stale != text
    stale = stale.replace("## Common student mistakes", "## Common student mistakes\n\nMy note.")
    fixed = guide_script.render(stale)
    assert "- **Time:** 20 minutes." in fixed and "19 minutes" not in fixed
    assert "My note." in fixed
    assert guide_script.render(fixed) == fixed


def test_the_key_goes_to_artifacts_by_default_and_asks_for_an_existing_folder(tmp_path, capsys):
    assert guide_script.ANSWER_KEY == ROOT / "artifacts" / "answer_key.md"
    assert "artifacts/" in (ROOT / ".gitignore").read_text(encoding="utf-8").splitlines()
    missing = tmp_path / "no_such_folder" / "key.md"
    assert guide_script.main(["--answer-key", str(missing)]) == 2
    assert "no folder" in capsys.readouterr().err
    assert not missing.exists()
