"""``make assignments``: an nbgrader course from the lessons' own exercises.

    python scripts/assignments.py                # the course in artifacts/nbgrader
    python scripts/assignments.py --out DIR      # elsewhere
    python scripts/assignments.py --check        # then prove it: autograde the official
                                                 # solutions (full marks) and the release (0)

The code is in the package next to this file, ``scripts/assignments/``.
"""

import sys

# Python puts this file's folder first on the path, and a package (scripts/assignments/)
# wins over a module of the same name there.
from assignments import main

if __name__ == "__main__":
    sys.exit(main())
