"""``python scripts/wheelhouse.py --out wheels``: the wheels of every student platform, the
kit's own wheel and ``wheels/requirements-offline.txt``, for a class without internet.

    python scripts/wheelhouse.py --out wheels                          # 3.11-3.13, all platforms
    python scripts/wheelhouse.py --out wheels --python 3.12 --platform windows
    # then, on each laptop (no internet):
    python -m pip install --no-index --find-links wheels -r wheels/requirements-offline.txt

The code is in the package next to this file, ``scripts/install_check/``.
"""

import sys

# Python puts this file's folder first on the path: the package next to it imports as is.
from install_check.wheelhouse import main

if __name__ == "__main__":
    sys.exit(main())
