"""An nbgrader course from the lessons' own exercises (``make assignments``).

For each lesson whose notebook imports questions (``from helpers.exercises.lessonNN
import q1, …``) the course gets ``source/<lesson>/<lesson>.ipynb``: the lesson, where each
answer cell (``name = ____`` … ``qN.check(name)``) becomes an nbgrader solution cell
holding the official answer between ``### BEGIN SOLUTION`` and ``### END SOLUTION``,
followed by a locked test cell worth 1 point::

    from helpers.exercises.grading import passes
    from helpers.exercises.lesson00 import q1

    assert passes(q1, n_paragraphs)

Markdown cells and the cell that loads the questions are read-only; the other cells
(hints, experiments) are left as they are. nbgrader's ``generate_assignment`` then
writes ``release/``, the students' versions: ``ClearSolutions.code_stub`` is empty, so
each answer cell goes back to the lesson's blank ``name = ____``.

- ``cells``: one lesson notebook → its nbgrader source version;
- ``course``: the course directory, nbgrader's commands, the round trip and ``main``.
"""

from .cells import BuildError, assignment, exercises, official_answer, test_source
from .course import build, main, round_trip

__all__ = ["BuildError", "assignment", "build", "exercises", "main", "official_answer",
           "round_trip", "test_source"]
