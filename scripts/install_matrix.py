"""``python scripts/install_matrix.py``: requirements.txt from wheels alone, for Python
3.11 to 3.13 (and 3.14, shown) on Windows, macOS Intel and Apple silicon, Linux x86-64 and
aarch64. Needs the package index: run it as its own CI step, not in the offline tests.

    python scripts/install_matrix.py                      # the whole table
    python scripts/install_matrix.py --python 3.12 --platform windows
    python scripts/install_matrix.py -r /tmp/requirements-candidate.txt

The code is in the package next to this file, ``scripts/install_check/``.
"""

import sys

# Python puts this file's folder first on the path: the package next to it imports as is.
from install_check.matrix import main

if __name__ == "__main__":
    sys.exit(main())
