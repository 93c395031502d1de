"""The French edition in JupyterLab in French (as `make lab LANG=fr` starts it): every lesson
runs in the browser with no error, its widgets render and respond, in French.

The same checks as test_lessons_in_browser.py, on notebooks/fr and a server started with
JupyterLab's French language pack and TEXTE_TOKENS_LANG=fr; what each widget must say is
computed with the kit's own French catalog. The dark-theme pass is the English tests' own
(themes do not depend on the language).
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from test_lessons_in_browser import (  # pytest puts this folder on sys.path
    INTERACTIONS,
    Lesson,
    Pages,
    check_lesson,
    save_failure_screenshot,
)

ROOT = Path(__file__).resolve().parents[2]
FRENCH = ROOT / "notebooks" / "fr"
SOURCE = re.compile(r"<!-- source: (\S+)\.ipynb -->")


def french_lessons() -> list[tuple[Path, str]]:
    """(French lesson, the English lesson it is built from), from editions/fr."""
    found = []
    for text_file in sorted((ROOT / "editions" / "fr").glob("[0-9][0-9]_*.md")):
        english = SOURCE.search(text_file.read_text("utf-8"))[1]
        found.append((FRENCH / f"{text_file.stem}.ipynb", english))
    return found


@pytest.fixture(scope="module")
def french_pages(lab_server_fr, browser_context):
    pages = Pages(browser_context, "kit-lecons")
    yield pages
    pages.close()


@pytest.mark.parametrize(("notebook", "english"), french_lessons(),
                         ids=[path.stem for path, _ in french_lessons()])
def test_french_lesson_runs_and_its_widgets_respond_in_french(notebook: Path, english: str,
                                                            lab_server_fr, french_pages):
    from playwright.sync_api import expect

    path = f"notebooks/fr/{notebook.name}"
    lesson = Lesson(f"fr-{notebook.stem}", path, french_pages.open(path, lab_server_fr),
                    lang="fr")
    failed = True
    try:
        check_lesson(lesson, lab_server_fr, INTERACTIONS[english])
        # JupyterLab itself speaks French: its menu bar, from the language pack
        expect(lesson.page.locator(".lm-MenuBar-itemLabel", has_text="Noyau")).to_have_count(1)
        failed = False
    except BaseException:
        save_failure_screenshot(lesson)
        raise
    finally:
        french_pages.done(path, failed)
