"""docs/teacher_guide.md: its generated parts match the lessons and the exercise modules."""

import importlib.util
import re
import sys
from pathlib import Path

import pytest

from helpers.exercises import questions_in, run_solution

ROOT = Path(__file__).resolve().parents[1]
_spec = importlib.util.spec_from_file_location(
    "teacher_guide", ROOT / "scripts" / "teacher_guide.py"
)
guide_script = importlib.util.module_from_spec(_spec)
sys.modules["teacher_guide"] = guide_script
_spec.loader.exec_module(guide_script)

GUIDE = ROOT / "docs" / "teacher_guide.md"
MODULES = sorted(p.stem for p in (ROOT / "helpers" / "exercises").glob("lesson[0-9][0-9].py"))


def _section(text: str, module: str) -> str:
    """The part of the answers block about one lesson module."""
    start = text.index(f"(`helpers.exercises.{module}`)")
    end = text.find("\n### ", start)
    return text[start:end if end > 0 else len(text)]


def test_guide_is_up_to_date():
    text = GUIDE.read_text(encoding="utf-8")
    assert guide_script.render(text) == text, "run `python scripts/teacher_guide.py`"
    assert guide_script.main(["--check"]) == 0


def test_every_lesson_is_described_with_time_and_prerequisites():
    text = GUIDE.read_text(encoding="utf-8")
    for path in guide_script.lessons():
        assert f"(../notebooks/{path.name})" in text, path.name
    block = re.search(r"<!-- generated: lessons -->(.*?)<!-- end generated -->", text, re.S)[1]
    assert block.count("**Time:**") == len(guide_script.lessons())
    assert "(not stated)" not in block


@pytest.mark.parametrize("module", MODULES)
def test_every_question_appears_with_its_answer(module):
    section = _section(GUIDE.read_text(encoding="utf-8"), module)
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


def test_the_hand_written_sections_are_there():
    text = GUIDE.read_text(encoding="utf-8")
    for heading in ("## Common student mistakes", "## Running the kit for a class",
                    "## Printing a lesson", "mybinder.org/v2/gh/", "nbgitpuller", "runtime.txt"):
        assert heading in text
    for module in MODULES:
        assert f"### Lesson {module[-2:]}" in text.split("## Common student mistakes")[1]


def test_a_stale_block_is_rewritten_and_hand_written_text_kept():
    text = GUIDE.read_text(encoding="utf-8")
    stale = text.replace("Answer: `n_paragraphs = 5`", "Answer: `n_paragraphs = 4`")
    stale = stale.replace("## Common student mistakes", "## Common student mistakes\n\nMy note.")
    fixed = guide_script.render(stale)
    assert "Answer: `n_paragraphs = 5`" in fixed and "n_paragraphs = 4" not in fixed
    assert "My note." in fixed
    assert guide_script.render(fixed) == fixed
