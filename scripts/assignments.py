"""``make assignments``: an nbgrader course from the lessons' own exercises.

    python scripts/assignments.py                # the course in artifacts/nbgrader
    python scripts/assignments.py --out DIR      # elsewhere
    python scripts/assignments.py --check        # then prove it: autograde the official
                                                 # solutions (full marks) and the release (0)

The code is in the package next to this file, ``scripts/assignments/``.
"""

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))  # the package (run from anywhere)

from assignments import main

if __name__ == "__main__":
    sys.exit(main())
