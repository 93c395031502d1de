"""Each lesson's checkpoint cell gives back what the lesson computed, and is enough on its own.

For every lesson with a checkpoint (``x, y = checkpoint_NN()`` at the start of its exercises):

1. in the lesson's saved run (both editions), the checkpoint says the lesson's variables were
   already its own values: strict nbval re-runs every lesson and compares that output, so a
   checkpoint that rebuilt something else fails there;
2. after ``%reset -f`` (an empty namespace, as after a restart), the checkpoint cell alone,
   then the rest of the exercise section: no cell may fail for want of a name, and the
   checkpoint says it rebuilt;
3. a value of the student's own that differs is named.
"""

import ast
import re
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

NOTEBOOKS = Path(__file__).resolve().parents[1] / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
CHECKPOINT = re.compile(r"^(?P<names>[\w, ]+) = (?P<call>checkpoint_\d\d)\(\)$", re.MULTILINE)


def checkpoint_cell(nb):
    """(index, names, function name) of the lesson's checkpoint cell; exactly one."""
    found = [(i, m) for i, c in enumerate(nb.cells)
             if c.cell_type == "code" and (m := CHECKPOINT.search(c.source))]
    assert len(found) == 1, f"one checkpoint cell, not {len(found)}"
    index, match = found[0]
    target = ast.parse(match[0]).body[0].targets[0]
    names = [t.id for t in target.elts] if isinstance(target, ast.Tuple) else [target.id]
    return index, names, match["call"]


def section_end(nb, start):
    """The index of the first cell after ``start`` that opens a new ## section."""
    for i in range(start + 1, len(nb.cells)):
        if nb.cells[i].cell_type == "markdown" and nb.cells[i].source.startswith("## "):
            return i
    return len(nb.cells)


def run(cells):
    """Run ``cells`` in one kernel, in order, from notebooks/; their outputs."""
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c.source) for c in cells])
    client = NotebookClient(nb, timeout=300, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    with client.setup_kernel():
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
    return [cell.outputs for cell in nb.cells]


def errors(outputs):
    return [f"{o.ename}: {o.evalue}" for o in outputs if o.output_type == "error"]


def lessons_with_a_checkpoint():
    return [p for p in LESSONS if "checkpoint_" in p.read_text(encoding="utf-8")]


def test_every_lesson_with_exercises_has_a_checkpoint():
    with_exercises = [p.stem for p in LESSONS
                      if "from helpers.exercises.lesson" in p.read_text(encoding="utf-8")]
    assert with_exercises
    assert [p.stem for p in lessons_with_a_checkpoint()] == with_exercises


def said(lang: str, key: str, names: list[str]) -> str:
    """What a checkpoint prints in a notebook, in ``lang``."""
    from helpers.translation import ngettext, speaking

    messages = {
        "same": ("Checkpoint: {names} already holds the lesson's value; nothing changes.",
                 "Checkpoint: {names} already hold the lesson's values; nothing changes."),
        "rebuilt": ("Checkpoint: {names} rebuilt with the lesson's value.",
                    "Checkpoint: {names} rebuilt with the lesson's values."),
        "differ": ("Your own {names} differed: replaced by the lesson's.",) * 2,
    }
    with speaking(lang):
        return ngettext(*messages[key], len(names)).format(names=", ".join(names))


def both_editions():
    french = sorted((NOTEBOOKS / "fr").glob("[0-9][0-9]_*.ipynb"))
    return [(p, "en") for p in lessons_with_a_checkpoint()] + [
        (p, "fr") for p in french if "checkpoint_" in p.read_text(encoding="utf-8")]


@pytest.mark.parametrize(("path", "lang"), both_editions(),
                         ids=lambda v: v.stem if isinstance(v, Path) else v)
def test_in_the_saved_run_the_checkpoint_changed_nothing(path, lang):
    nb = nbformat.read(path, as_version=4)
    index, names, _ = checkpoint_cell(nb)
    text = "".join(o.text for o in nb.cells[index].outputs if o.output_type == "stream")
    assert text == said(lang, "same", names) + "\n", (
        f"{path.name}: the checkpoint's values are not the lesson's own: {text!r}")


@pytest.fixture(scope="module")
def after_a_restart():
    """Each lesson's exercise section, from its checkpoint cell, run after ``%reset -f`` (an
    empty namespace, as after a restart) in one kernel for all lessons: {lesson: (cells,
    outputs)}. One kernel, not seven: the reset is what a restart does to the names."""
    sections = {}
    for path in lessons_with_a_checkpoint():
        nb = nbformat.read(path, as_version=4)
        index, _, _ = checkpoint_cell(nb)
        sections[path.stem] = [c for c in nb.cells[index:section_end(nb, index)]
                               if c.cell_type == "code"]
    reset = nbformat.v4.new_code_cell("%reset -f")
    cells = [cell for section in sections.values() for cell in (reset, *section)]
    outputs = iter(run(cells))
    found = {}
    for lesson, section in sections.items():
        next(outputs)  # the reset's
        found[lesson] = (section, [next(outputs) for _ in section])
    return found


@pytest.mark.parametrize("path", lessons_with_a_checkpoint(), ids=lambda p: p.stem)
def test_after_a_restart_the_checkpoint_is_enough(path, after_a_restart):
    section, outputs = after_a_restart[path.stem]
    _, names, _ = checkpoint_cell(nbformat.read(path, as_version=4))
    failed = [(c.source.splitlines()[0], e) for c, out in zip(section, outputs, strict=True)
              for e in errors(out)]
    assert not failed, f"{path.name}: after a restart, the checkpoint is not enough: {failed}"
    text = "".join(o.text for o in outputs[0] if o.output_type == "stream")
    assert text == said("en", "rebuilt", names) + "\n"


def test_a_value_of_the_students_own_is_named():
    cells = [nbformat.v4.new_code_cell("text, tokens = 'autre texte', ['autre']"),
             nbformat.v4.new_code_cell("from helpers.checkpoints import checkpoint_01\n"
                                       "text, tokens = checkpoint_01()")]
    text = "".join(o.text for o in run(cells)[1] if o.output_type == "stream")
    assert text.splitlines() == [said("en", "rebuilt", ["text", "tokens"]),
                                 said("en", "differ", ["text", "tokens"])]
