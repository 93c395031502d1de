"""One lesson notebook → its nbgrader source version: solution cells, test cells, read-only text.

The official answer is the question's ``solution``, after the statements of its
``setup`` that bind a name the solution needs and the notebook has not bound yet
(a static look at the cells above: the round trip test runs it for real).
"""

from __future__ import annotations

import ast
import builtins
import importlib
import re
from dataclasses import dataclass

import nbformat
from IPython.core.inputtransformer2 import TransformerManager

from helpers.exercises import Question, questions_in

IMPORT = re.compile(r"^from helpers\.exercises\.(lesson\d\d) import ", re.M)
BLANK = re.compile(r"^(?P<name>[A-Za-z_]\w*) = ____\s*$")
CHECK = re.compile(r"^(?P<q>q\d+)\.check\((?P<name>[A-Za-z_]\w*)\)\s*$")
BEGIN, END = "### BEGIN SOLUTION", "### END SOLUTION"


class BuildError(Exception):
    """A lesson, an exercise or a course the builder cannot turn into an assignment."""


@dataclass(frozen=True)
class Exercise:
    """One answer cell of a lesson: where its blank line is, and the question that checks it."""

    cell: int
    line: int
    name: str
    qname: str
    question: Question


def bound_names(source: str) -> set[str]:
    """Names a piece of module-level code binds (the insides of functions and classes aside).

    >>> sorted(bound_names("import re\\nfrom a import b as c\\nx, y = 1, 2\\ndef f(z): w = z"))
    ['c', 'f', 're', 'x', 'y']
    """
    names: set[str] = set()

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Name) and isinstance(node.ctx, ast.Store):
            names.add(node.id)
        elif isinstance(node, ast.Import | ast.ImportFrom):
            names.update((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            names.add(node.name)
            return
        elif isinstance(node, ast.Lambda | ast.ListComp | ast.SetComp | ast.DictComp
                        | ast.GeneratorExp):
            return
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(ast.parse(TransformerManager().transform_cell(source)))  # magics → Python
    return names


def free_names(source: str) -> set[str]:
    """Names ``source`` reads and binds nowhere itself (builtins aside).

    >>> sorted(free_names("n = len(doc.paragraphs)\\nm = [t for t in tokens]"))
    ['doc', 'tokens']
    """
    read, bound = set(), set()
    for node in ast.walk(ast.parse(source)):
        if isinstance(node, ast.Name):
            (read if isinstance(node.ctx, ast.Load) else bound).add(node.id)
        elif isinstance(node, ast.arg):
            bound.add(node.arg)
    return read - bound - bound_names(source) - set(dir(builtins))


def official_answer(question: Question, name: str, bound: set[str]) -> str:
    """The solution, after the setup statements it needs whose names are not in ``bound``.

    ``name`` is the lesson's variable: when the solution leaves its answer in another
    one, a last line copies it over.

    >>> from helpers.exercises.lesson00 import q1
    >>> print(official_answer(q1, "n_paragraphs", {"doc"}))
    n_paragraphs = len(doc.paragraphs)
    >>> print(official_answer(q1, "n", set()))
    from helpers import load_article
    doc = load_article()
    n_paragraphs = len(doc.paragraphs)
    n = n_paragraphs
    """
    code = question.solution_code
    if not code.strip():
        raise BuildError(f"{question.title} has no solution to make the official answer from")
    needed, chosen = free_names(code) - bound, []
    for statement in reversed(ast.parse(question.setup).body):
        text = ast.get_source_segment(question.setup, statement) or ""
        if bound_names(text) & needed:
            chosen.insert(0, text)
            needed |= free_names(text) - bound
    lines = [*chosen, code]
    if name != question.answer_name:
        lines.append(f"{name} = {question.answer_name}")
    return "\n".join(lines)


def exercises(nb: nbformat.NotebookNode, lesson: str) -> tuple[str, list[Exercise]]:
    """The lesson's exercise module and its answer cells, each of its questions exactly once.

    ``("", [])`` for a lesson that imports no questions.
    """
    modules = sorted({m for c in nb.cells if c.cell_type == "code"
                      for m in IMPORT.findall(c.source)})
    if not modules:
        return "", []
    if len(modules) > 1:
        raise BuildError(f"{lesson} imports the questions of several lessons: {modules}")
    module = importlib.import_module(f"helpers.exercises.{modules[0]}")
    found: list[Exercise] = []
    for index, cell in enumerate(nb.cells):
        if cell.cell_type != "code" or "____" not in cell.source:
            continue
        lines = cell.source.splitlines()
        blanks = [(i, m) for i, line in enumerate(lines) if (m := BLANK.match(line))]
        checks = [m for line in lines if (m := CHECK.match(line))]
        if not blanks and not checks:
            continue
        if len(blanks) != 1 or len(checks) != 1 or blanks[0][1]["name"] != checks[0]["name"]:
            raise BuildError(f"{lesson}, cell {index}: an answer cell needs one `name = ____` "
                             f"line and one `qN.check(name)` line, with the same name:\n"
                             f"{cell.source}")
        qname = checks[0]["q"]
        if not isinstance(getattr(module, qname, None), Question):
            raise BuildError(f"{lesson}, cell {index}: {module.__name__} has no question {qname}")
        found.append(Exercise(index, blanks[0][0], blanks[0][1]["name"], qname,
                              getattr(module, qname)))
    for question in questions_in(module):
        cells = [e.cell for e in found if e.question is question]
        if len(cells) != 1:
            raise BuildError(f"{lesson}: {question.title} of {module.__name__} needs one "
                             f"answer cell (`name = ____` then `qN.check(name)`), found "
                             f"{len(cells)} {cells}")
    return modules[0], found


def test_source(exercise: Exercise, module: str) -> str:
    """The autograded cell of an exercise: ``passes`` says what ``check`` says."""
    return (f"# Autograded, 1 point: the verdict of {exercise.qname}.check({exercise.name}).\n"
            "from helpers.exercises.grading import passes\n"
            f"from helpers.exercises.{module} import {exercise.qname}\n\n"
            f"assert passes({exercise.qname}, {exercise.name})")


def _mark(cell: nbformat.NotebookNode, **fields: object) -> None:
    cell.metadata["nbgrader"] = {"grade": False, "locked": False, "schema_version": 3,
                                 "solution": False, "task": False, **fields}


def assignment(nb: nbformat.NotebookNode, lesson: str) -> nbformat.NotebookNode | None:
    """The nbgrader source version of a lesson (changed in place), or None without questions."""
    module, found = exercises(nb, lesson)
    if not found:
        return None
    by_cell = {e.cell: e for e in found}
    cells, bound = [], set()
    for index, cell in enumerate(nb.cells):
        exercise = by_cell.get(index)
        cells.append(cell)
        if cell.cell_type == "markdown":
            _mark(cell, locked=True, grade_id=f"text_{index:02d}")
        elif exercise is None and IMPORT.search(cell.source):
            _mark(cell, locked=True, grade_id=f"questions_{index:02d}")
        if exercise is not None:
            lines = cell.source.splitlines()
            head, tail = lines[:exercise.line + 1], lines[exercise.line + 1:]
            answer = official_answer(exercise.question, exercise.name,
                                     bound | bound_names("\n".join(head)))
            cell.source = "\n".join([*head, BEGIN, answer, END, *tail])
            cell.outputs, cell.execution_count = [], None  # the blank's feedback, now stale
            _mark(cell, solution=True, grade_id=f"{exercise.qname}_answer")
            test = nbformat.v4.new_code_cell(test_source(exercise, module))
            test.id = f"{exercise.qname}-test"  # not nbformat's random id: the same every run
            _mark(test, grade=True, locked=True, points=1, grade_id=f"{exercise.qname}_test")
            cells.append(test)
        if cell.cell_type == "code":
            bound |= bound_names(cell.source)
    nb.cells = cells
    return nb
