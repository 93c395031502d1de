"""Write the generated parts of docs/teacher_guide.md, and the answer key on demand.

    python scripts/teacher_guide.py                     # rewrite the guide's generated parts
    python scripts/teacher_guide.py --check             # exit 1 if they are stale (writes nothing)
    python scripts/teacher_guide.py --answer-key [PATH] # write the answer key (default
                                                        # artifacts/answer_key.md), guide untouched

The guide mixes hand-written sections with generated blocks between
``<!-- generated: NAME -->`` and ``<!-- end generated -->``; only the blocks are
rewritten. Its one block, ``lessons``, gives per lesson its title, time, prerequisites and
objectives, read from the lesson's title cell. The guide holds no answer: students clone
the repository it is in.

The answer key is a separate file for the teacher: per lesson, every question of
``helpers.exercises.lessonNN``, its prompt, its solution code and the answer the solution
gives (``run_solution``), checked with the question itself so that a wrong solution stops
the script.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Any

import nbformat

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
GUIDE = ROOT / "docs" / "teacher_guide.md"
ANSWER_KEY = ROOT / "artifacts" / "answer_key.md"
BLOCK = re.compile(
    r"(<!-- generated: (?P<name>[\w-]+) -->\n)(?P<body>.*?)(<!-- end generated -->)", re.S
)



def lessons() -> list[Path]:
    return sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def _relink(markdown: str) -> str:
    """Links of a notebook cell (relative to notebooks/) made relative to docs/."""
    return re.sub(r"\]\((?!https?:|#)([^)]+)\)", r"](../notebooks/\1)", markdown)


def _field(text: str, name: str) -> str:
    match = re.search(rf"\*\*{name}:\*\*\s*(.+?)(?=\s*\*\*\w+:\*\*|\Z)", text, re.S)
    return " ".join(match[1].split()) if match else "(not stated)"


def lessons_block() -> str:
    parts = []
    for path in lessons():
        title_cell = nbformat.read(path, as_version=4).cells[0].source
        title = title_cell.splitlines()[0].lstrip("# ").strip()
        objectives = re.search(r"\*\*Objectives\.\*\*[^\n]*\n((?:- .*\n(?: {2,}.*\n)*)+)",
                               title_cell + "\n")
        bullets = objectives[1].rstrip("\n") if objectives else "(not stated)"
        parts += [
            f"### [{title}](../notebooks/{path.name})",
            "",
            f"- **Time:** {_field(title_cell, 'Time')}",
            f"- **Prerequisites:** {_relink(_field(title_cell, 'Prerequisites'))}",
            "- **Objectives** (the student can):",
            "",
            "\n".join("  " + line for line in bullets.splitlines()),
            "",
        ]
    return "\n".join(parts)


def _show(value: Any) -> str:
    """A deterministic repr: sets sorted, so that the guide does not change between runs."""
    if isinstance(value, set | frozenset):
        return "{" + ", ".join(_show(v) for v in sorted(value, key=repr)) + "}"
    if isinstance(value, list):
        return "[" + ", ".join(_show(v) for v in value) + "]"
    if isinstance(value, tuple):
        inner = ", ".join(_show(v) for v in value)
        return f"({inner},)" if len(value) == 1 else f"({inner})"
    if isinstance(value, str) and "\\" in value and '"' not in value:
        return f'r"{value}"'  # a regular expression reads best as a raw string
    return repr(value)


def _fence(code: str) -> list[str]:
    return ["```python", code.rstrip("\n"), "```"]


def answer_lines(module_name: str) -> list[str]:
    from helpers.exercises import questions_in, run_solution
    from helpers.exercises.questions import ChoiceQuestion, FunctionQuestion

    lines: list[str] = []
    for question in questions_in(module_name):
        answer = run_solution(question)
        if not question.check(answer):
            raise AssertionError(f"{module_name} {question.title}: its solution is not accepted")
        lines += [f"**{question.title}** — {question.prompt}", ""]
        if isinstance(question, ChoiceQuestion):
            lines += [f"- ({letter}) {text}" for letter, text in question.options.items()]
            lines.append("")
        setup = question.setup.strip("\n")
        if setup:
            lines += ["Given (as in the notebook):", "", *_fence(setup), ""]
        lines += ["Solution:", "", *_fence(question.solution_code), ""]
        if isinstance(question, FunctionQuestion):
            lines += [f"Answer: the function `{question.answer_name}`. On the checked inputs it "
                      "returns:", ""]
            for args, _ in question.cases:
                shown = args if isinstance(args, tuple) else (args,)
                result = answer(*shown)
                result = dict(result) if isinstance(result, dict) else result
                lines.append(f"- `{', '.join(_show(a) for a in shown)}` → `{_show(result)}`")
        elif isinstance(question, ChoiceQuestion):
            letter = str(answer).lower()
            lines.append(f"Answer: `{_show(answer)}` — {question.options.get(letter, '')}")
        else:
            lines.append(f"Answer: `{question.answer_name} = {_show(answer)}`")
        if question.explanation:
            expected = _show(answer) if "{expected}" in question.explanation else ""
            shown = question.explanation.replace("{expected}", expected)
            lines += ["", f"*Shown on success:* {shown}"]
        lines.append("")
    return lines


def answers_block() -> str:
    parts: list[str] = []
    for path in lessons():
        number = path.name[:2]
        module = f"helpers.exercises.lesson{number}"
        title = nbformat.read(path, as_version=4).cells[0].source.splitlines()[0].lstrip("# ")
        parts += [f"### {title.split(':')[0].strip()} (`{module}`)", ""]
        if not (ROOT / "helpers" / "exercises" / f"lesson{number}.py").exists():
            parts += ["(no exercise module yet)", ""]
            continue
        parts += answer_lines(module)
    return "\n".join(parts)


BLOCKS = {"lessons": lessons_block}

KEY_HEADER = """\
# Answer key — Texte & Tokens

**For the teacher only: keep this file away from students** (not in the repository they
clone, not in a shared folder or on the course page). Generated from the exercise modules
(`helpers/exercises/lessonNN.py`) by `python scripts/teacher_guide.py --answer-key`, each
answer computed by running the question's own solution; generate it again after a change to
the exercises. The common mistakes, and how the checker answers students, are in
`docs/teacher_guide.md`.

## Answers to every exercise
"""


def answer_key() -> str:
    """The whole answer key, as Markdown: a header, then every lesson's questions."""
    return f"{KEY_HEADER}\n{answers_block().strip()}\n"


def write_answer_key(path: Path) -> Path:
    """Write the answer key to ``path``; its folder must exist, except ``artifacts/``."""
    path = path.resolve()
    if path == ANSWER_KEY:
        path.parent.mkdir(exist_ok=True)
    if not path.parent.is_dir():
        raise FileNotFoundError(f"no folder {path.parent}: create it, or give another path")
    path.write_text(answer_key(), encoding="utf-8")
    return path


def render(text: str) -> str:
    """``text`` with every generated block rewritten."""
    found = {m["name"] for m in BLOCK.finditer(text)}
    missing = set(BLOCKS) - found
    if missing:
        raise ValueError(f"{GUIDE.name}: no generated block named {sorted(missing)}")
    cache = {name: make() for name, make in BLOCKS.items()}

    def fill(match: re.Match) -> str:
        name = match["name"]
        if name not in cache:
            raise ValueError(f"{GUIDE.name}: unknown generated block {name!r}")
        return f"{match[1]}\n{cache[name].strip()}\n\n{match[4]}"

    return BLOCK.sub(fill, text)


def _shown(path: Path) -> str:
    return str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path)


def main(argv: list[str]) -> int:
    if "--answer-key" in argv:
        rest = argv[argv.index("--answer-key") + 1:]
        target = Path(rest[0]) if rest and not rest[0].startswith("--") else ANSWER_KEY
        try:
            written = write_answer_key(target)
        except FileNotFoundError as error:
            print(error, file=sys.stderr)
            return 2
        print(f"answer key written to {_shown(written)}: keep it away from students")
        if written.is_relative_to(ROOT) and not written.is_relative_to(ANSWER_KEY.parent):
            print("warning: that file is inside the kit's repository, outside the git-ignored "
                  "artifacts/: do not commit it", file=sys.stderr)
        return 0
    text = GUIDE.read_text(encoding="utf-8")
    new = render(text)
    if "--check" in argv:
        if new != text:
            print(f"{GUIDE.relative_to(ROOT)} is stale: run python scripts/teacher_guide.py")
            return 1
        print(f"{GUIDE.relative_to(ROOT)} is up to date")
        return 0
    if new != text:
        GUIDE.write_text(new, encoding="utf-8")
        print(f"{GUIDE.relative_to(ROOT)} updated")
    else:
        print(f"{GUIDE.relative_to(ROOT)} already up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
