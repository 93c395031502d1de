"""The navigation cell in JupyterLab: its section links scroll to their heading, and its
next-lesson link opens the next lesson (scripts/navigation.py writes the cell)."""

from __future__ import annotations

import contextlib

LESSON = "notebooks/04_entities.ipynb"  # headings with ':', '?', ','
NEXT = "notebooks/05_entity_mapping.ipynb"
MAP = "notebooks/00_start_here.ipynb"

OPENED = """(path) => {
  const app = window.jupyterapp;
  if (!app || !app.shell) return false;
  for (const w of app.shell.widgets('main')) {
    if (w.context && w.context.path === path && w.context.isReady) return true;
  }
  return false;
}"""

NAV_LINKS = """() => [...document.querySelectorAll('.jp-MarkdownCell a[href]')]
  .filter(a => !a.classList.contains('jp-InternalAnchorLink'))
  .filter(a => a.closest('.jp-MarkdownCell').textContent.includes('Lesson map'))
  .map(a => ({text: a.textContent, href: a.getAttribute('href')}))"""

HEADING_IN_VIEW = """(text) => {
  const panel = document.querySelector('.jp-NotebookPanel .jp-WindowedPanel-outer')
    || document.querySelector('.jp-NotebookPanel .jp-Notebook');
  const box = panel.getBoundingClientRect();
  for (const h of document.querySelectorAll('.jp-MarkdownCell h2')) {
    if (h.textContent.replace('¶', '').trim() !== text) continue;
    const r = h.getBoundingClientRect();
    return r.bottom > box.top && r.top < box.bottom;
  }
  return false;
}"""


def test_nav_links_scroll_to_sections_and_open_the_next_lesson(lab_server, browser_context):
    page = browser_context.new_page()
    try:
        page.goto(f"{lab_server.url}/lab/workspaces/nav/tree/{LESSON}?token={lab_server.token}")
        page.wait_for_function(OPENED, arg=LESSON, timeout=60_000)
        page.wait_for_function(f"() => ({NAV_LINKS})().length > 5", timeout=30_000)
        links = page.evaluate(NAV_LINKS)

        def nav_link(text):
            return page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-MarkdownCell a",
                                has_text=text).first

        sections = [link for link in links if link["href"].startswith("#")]
        failed = []
        # Last first: each click must scroll away from where the previous one left off.
        for link in reversed(sections):
            page.locator(f'a[href="{link["href"]}"]').first.click()
            try:
                page.wait_for_function(HEADING_IN_VIEW, arg=link["text"], timeout=5_000)
            except Exception:
                failed.append(link)
            nav_link("Lesson map").scroll_into_view_if_needed()
        assert not failed, f"section links that did not scroll to their heading: {failed}"

        nav_link("Lesson 05 — Entity mapping →").click()
        page.wait_for_function(OPENED, arg=NEXT, timeout=30_000)
        nav_link("Lesson map").click()
        page.wait_for_function(OPENED, arg=MAP, timeout=30_000)
    finally:
        with contextlib.suppress(Exception):
            page.evaluate("() => { for (const w of window.jupyterapp.shell.widgets('main'))"
                          " w.sessionContext?.shutdown(); }")
        page.close()
