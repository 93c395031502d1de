"""After a kernel restart, an exercise cell run alone says what to run, not a traceback.

For every lesson: a fresh kernel runs the lesson's first code cell only, then each exercise
cell (those that call ``qN.check(`` or ``qN.hint(``). Each one either works or answers with
the short message of ``helpers.session``; never a traceback with frames. One kernel per lesson.
"""

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

from helpers.session import RUN_ABOVE

ROOT = Path(__file__).resolve().parents[1]
NOTEBOOKS = ROOT / "notebooks"
LESSONS = sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))
EXERCISE = re.compile(r"\bq\d+\w*\.(?:check|hint)\(")
ANSI = re.compile(r"\x1b\[[0-9;]*m")
FRAMES = re.compile(r"Traceback|Cell In\[|File \"|^-+>|^\s*-*>?\s*\d+\s", re.MULTILINE)


def run_cells(nb, indices):
    """Run the given cells of ``nb`` in order, in one fresh kernel; errors are kept as outputs."""
    client = NotebookClient(nb, timeout=180, kernel_name="python3", allow_errors=True,
                            resources={"metadata": {"path": str(NOTEBOOKS)}})
    with client.setup_kernel():
        for index in indices:
            client.execute_cell(nb.cells[index], index)
    return [nb.cells[index].outputs for index in indices]


def errors_of(outputs):
    return [o for o in outputs if o.output_type == "error"]


def text_of(error):
    return ANSI.sub("", "\n".join(error.traceback))


def assert_short_message(error, where):
    text = text_of(error)
    assert error.ename == "NameError", f"{where}: {error.ename}\n{text}"
    assert not FRAMES.search(text), f"{where}: a traceback with frames\n{text}"
    lines = text.splitlines()
    assert len(lines) <= 4, f"{where}: not short\n{text}"
    name = re.search(r"name '(.+?)' is not defined", error.evalue)[1]
    assert lines[0] == f"NameError: name {name!r} is not defined", text
    assert RUN_ABOVE in text, text
    if name == "____":
        assert "replace ____ with your answer" in text, text
    else:
        assert f"`{name}`" in text, text


@pytest.mark.parametrize("path", LESSONS, ids=lambda p: p.stem)
def test_exercise_cells_after_a_restart_say_what_to_run(path):
    nb = nbformat.read(path, as_version=4)
    code = [i for i, cell in enumerate(nb.cells) if cell.cell_type == "code"]
    exercises = [i for i in code if EXERCISE.search(nb.cells[i].source)]
    assert exercises, f"{path.name} has no exercise cell"
    outputs = run_cells(nb, [code[0], *exercises])
    assert not errors_of(outputs[0]), f"{path.name}: the first code cell fails on its own"
    messages = 0
    for index, cell_outputs in zip(exercises, outputs[1:], strict=True):
        for error in errors_of(cell_outputs):
            assert_short_message(error, f"{path.name} cell {index}")
            messages += 1
        for stream in (o for o in cell_outputs if o.output_type == "stream"):
            assert "Traceback" not in stream.text, f"{path.name} cell {index}: {stream.text}"
    if not any("helpers.exercises" in nb.cells[i].source for i in exercises):
        # the questions are imported by an earlier cell: alone, these cells cannot run
        assert messages, f"{path.name}: no exercise cell met a missing name"


CELLS = [
    "import helpers",
    "n = len(tokens)",                                          # 1: a restart
    "tokens = ['a']\nprint(len(toknes))",                       # 2: a typo
    "def count():\n    return len(words)\ncount()",             # 3: in a function of the cell
    "import helpers, pathlib\n"                                 # 4: a bug inside the kit
    "kit = pathlib.Path(helpers.__file__).parent / 'broken.py'\n"
    "exec(compile('missing_in_kit + 1', str(kit), 'exec'))",
    "exec(compile('missing_elsewhere', '/tmp/some_library.py', 'exec'))",  # 5: elsewhere
    "def f():\n    x += 1\nf()",                                # 6: UnboundLocalError
    "answer = ____",                                            # 7: the blank, not imported
]


@pytest.fixture(scope="module")
def synthetic():
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_code_cell(c) for c in CELLS])
    return [errors_of(outputs) for outputs in run_cells(nb, range(len(CELLS)))]


def test_a_restart_and_a_typo(synthetic):
    assert not synthetic[0]
    (restart,), (typo,), (in_function,) = synthetic[1], synthetic[2], synthetic[3]
    for error in (restart, typo, in_function):
        assert_short_message(error, "synthetic")
    assert "`tokens` comes from a cell above" in text_of(restart)
    assert "did you mean `tokens`?" in text_of(typo)
    assert "`words`" in text_of(in_function)
    (blank,) = synthetic[7]
    assert_short_message(blank, "synthetic")


def test_a_name_missing_inside_the_kit_keeps_its_traceback_and_says_so(synthetic):
    (error,) = synthetic[4]
    text = text_of(error)
    assert "Traceback" in text or "Cell In[" in text  # frames kept: the kit's bug is visible
    assert ("The name 'missing_in_kit' is missing inside the kit itself (helpers/broken.py, "
            "line 1), not in your code") in text
    assert "Please tell your teacher." in text
    assert RUN_ABOVE not in text


def test_other_name_errors_are_left_as_they_are(synthetic):
    (elsewhere,), (unbound,) = synthetic[5], synthetic[6]
    for error in (elsewhere, unbound):
        text = text_of(error)
        assert RUN_ABOVE not in text and "inside the kit" not in text
        assert FRAMES.search(text)
    assert unbound.ename == "UnboundLocalError"


def test_outside_ipython_import_helpers_installs_nothing():
    code = ("import sys, helpers, helpers.session as s; "
            "print('IPython' in sys.modules, s.install())")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         check=True).stdout
    assert out.split() == ["False", "False"]
