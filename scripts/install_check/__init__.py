"""Day-one installation checks: can every student's laptop install the kit from wheels?

    python scripts/install_matrix.py             # Python × platform table, from PyPI's wheels
    python scripts/wheelhouse.py --out wheels    # one folder of wheels for an offline class

Both need the package index (run them apart from the offline test suite). ``docs/install.md``
is the students' and teachers' guide; ``tests/test_install_recipes.py`` checks the parts
that need no network, and installs from a wheelhouse when ``TEXTE_TOKENS_WHEELHOUSE`` names one.
"""
