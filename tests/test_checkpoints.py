"""Each lesson's checkpoint cell gives back what the lesson computed, and is enough on its own.

For every lesson with a checkpoint (``x, y = checkpoint_NN()`` at the start of its exercises),
one kernel runs the lesson's code cells up to the checkpoint, as a student would, then:

1. calls the checkpoint and compares each value with the lesson's variable of the same name;
2. empties the namespace (``%reset -f``, as a restart would), runs the checkpoint cell alone,
   then the rest of the exercise section: no cell may fail for want of a name.
"""

import ast
import json
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


def compare_source(names, call):
    """A cell printing, as JSON, whether each rebuilt value equals the lesson's own."""
    single = len(names) == 1
    return (
        "import json as _json\n"
        f"from helpers.checkpoints import {call} as _call\n"
        f"_rebuilt = {'(_call(),)' if single else '_call()'}\n"
        f"_names = {names!r}\n"
        "print(_json.dumps({'fields': list(getattr(_rebuilt, '_fields', _names)),\n"
        "    'same': {n: (n in globals() and type(globals()[n]) is type(v)\n"
        "                 and bool(globals()[n] == v))\n"
        "             for n, v in zip(_names, _rebuilt, strict=True)}}))"
    )


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


@pytest.mark.parametrize("path", lessons_with_a_checkpoint(), ids=lambda p: p.stem)
def test_the_checkpoint_rebuilds_the_lessons_own_state(path):
    nb = nbformat.read(path, as_version=4)
    index, names, call = checkpoint_cell(nb)
    before = [c for c in nb.cells[:index] if c.cell_type == "code"]
    section = [c for c in nb.cells[index:section_end(nb, index)] if c.cell_type == "code"]
    compare = nbformat.v4.new_code_cell(compare_source(names, call))
    reset = nbformat.v4.new_code_cell("%reset -f")
    outputs = run([*before, compare, reset, *section])

    broken = [(i, e) for i, out in enumerate(outputs[:len(before)]) for e in errors(out)]
    assert not broken, f"{path.name}: the lesson fails before its checkpoint: {broken}"
    compared = outputs[len(before)]
    assert not errors(compared), errors(compared)
    result = json.loads("".join(o.text for o in compared if o.output_type == "stream"))
    if len(names) > 1:
        assert result["fields"] == names, "unpacked in the order of the named tuple's fields"
    differ = [name for name, same in result["same"].items() if not same]
    assert not differ, f"{path.name}: the checkpoint's {differ} differ from the lesson's"

    after = outputs[len(before) + 2:]
    failed = [(c.source.splitlines()[0], e) for c, out in zip(section, after, strict=True)
              for e in errors(out)]
    assert not failed, f"{path.name}: after a reset, the checkpoint is not enough: {failed}"


def test_the_comparison_can_fail():
    """The comparison cell reports a value the lesson computed differently."""
    cells = [nbformat.v4.new_code_cell("text, tokens = 'autre texte', ['autre']"),
             nbformat.v4.new_code_cell(compare_source(["text", "tokens"], "checkpoint_01"))]
    outputs = run(cells)
    result = json.loads("".join(o.text for o in outputs[1] if o.output_type == "stream"))
    assert result["same"] == {"text": False, "tokens": False}
