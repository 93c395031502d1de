"""The navigation cell in JupyterLab: its section links scroll to their heading, and its
next-lesson link opens the next lesson (scripts/navigation.py writes the cell), in both
editions (the French one's headings have accents and no-break spaces: links to the ASCII
anchors scripts/editions.py puts in its heading lines)."""

from __future__ import annotations

import contextlib

import pytest
from lab_pages import Pages, script  # pytest puts this folder on sys.path

navigation = script("navigation")  # scripts/navigation.py, which writes the cell

EDITIONS = {  # a lesson with headings holding ':', '?', ',', its next lesson, the lesson map
    "en": ("notebooks/04_entities.ipynb", "notebooks/05_entity_mapping.ipynb",
           "notebooks/00_start_here.ipynb", "Lesson map", "Lesson 05 — Entity mapping →"),
    "fr": ("notebooks/fr/04_entites.ipynb", "notebooks/fr/05_cartographie.ipynb",
           "notebooks/fr/00_pour_commencer.ipynb", "Plan des leçons",
           "Leçon 05 — Cartographier les entités →"),
}

OPENED = """(path) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return false;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.context.isReady) return true;
  }
  return false;
}"""

NAV_LINKS = """(label) => [...document.querySelectorAll('.jp-MarkdownCell a[href]')]
  .filter(a => !a.classList.contains('jp-InternalAnchorLink'))
  .filter(a => a.closest('.jp-MarkdownCell').textContent.includes(label))
  .map(a => ({text: a.textContent, href: a.getAttribute('href')}))"""

SCROLLED_TO = """(text) => {
  const panel = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer');
  const box = panel.getBoundingClientRect();
  const atBottom = panel.scrollTop + panel.clientHeight >= panel.scrollHeight - 2;
  for (const h of document.querySelectorAll('.jp-MarkdownCell h2')) {
    if (h.textContent.replace('¶', '').trim() !== text) continue;
    const r = h.getBoundingClientRect();
    // at the top of the notebook, or as near as it goes: the end is in view
    return r.top >= box.top - 2 && (r.top - box.top < 120 || (atBottom && r.bottom <= box.bottom));
  }
  return false;
}"""


@pytest.fixture(scope="module")
def nav_pages(lab_server, browser_context):
    """A page of its own (on the page where the lessons ran, each click took seconds), shared
    by both editions: the second opens its lesson in the same JupyterLab."""
    pages = Pages(browser_context, "kit-nav")
    yield pages
    pages.close()


@pytest.mark.parametrize("edition", sorted(EDITIONS))
def test_nav_links_scroll_to_sections_and_open_the_next_lesson(lab_server, nav_pages, edition):
    lesson, next_lesson, lesson_map, map_label, next_label = EDITIONS[edition]
    page = nav_pages.open(lesson, lab_server)
    failed = True
    try:
        page.wait_for_function(OPENED, arg=lesson, timeout=60_000)
        page.wait_for_function(f"(label) => ({NAV_LINKS})(label).length > 5", arg=map_label,
                               timeout=30_000)
        links = page.evaluate(NAV_LINKS, map_label)

        def nav_link(text):
            return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell a",
                                has_text=text).first

        headings = navigation.read_lesson(navigation.ROOT / lesson).sections
        sections = [link for link in links if link["text"] in headings]
        assert len(sections) == len(headings), (links, headings)
        # A target JupyterLab cannot find in the page becomes a link to a file: never scrolls
        outside = [link for link in sections if not link["href"].startswith("#")]
        assert not outside, f"section links JupyterLab does not keep in the page: {outside}"
        not_scrolled = []
        # Last first: each click must scroll away from where the previous one left off.
        for link in reversed(sections):
            nav_link(link["text"]).click()
            try:
                page.wait_for_function(SCROLLED_TO, arg=link["text"], timeout=5_000)
            except Exception:
                not_scrolled.append(link)
            nav_link(map_label).scroll_into_view_if_needed()
        assert not not_scrolled, f"section links that did not scroll to their heading: " \
            f"{not_scrolled}"

        nav_link(next_label).click()
        page.wait_for_function(OPENED, arg=next_lesson, timeout=30_000)
        nav_link(map_label).click()
        page.wait_for_function(OPENED, arg=lesson_map, timeout=30_000)
        failed = False
    finally:
        # Every lesson this test opened closed, its kernel stopped: the page is as new
        with contextlib.suppress(Exception):
            page.evaluate("async () => { for (const w of [...window.jupyterapp.shell.widgets("
                          "'main')]) { await w.sessionContext?.shutdown(); w.dispose(); } }")
        if failed:
            nav_pages.close()
