"""The lessons' figures in JupyterLab's dark theme: each keeps its white face and its
caption is shown under it (screenshots in artifacts/browser/*-dark.png)."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from PIL import Image
from test_navigation_in_browser import OPENED  # pytest puts this folder on sys.path

ARTIFACTS = Path(__file__).resolve().parents[2] / "artifacts" / "browser"

LESSONS = ["notebooks/02_frequency.ipynb", "notebooks/04_entity_mapping.ipynb"]

DARK = """() => document.body.dataset.jpThemeLight === 'false'"""


@pytest.mark.parametrize("lesson", LESSONS, ids=lambda path: path.split("/")[-1][:2])
def test_figures_stay_readable_in_the_dark_theme(lesson, lab_server, browser_context):
    page = browser_context.new_page()
    try:
        page.goto(f"{lab_server.url}/lab/workspaces/dark/tree/{lesson}?token={lab_server.token}")
        page.wait_for_function(OPENED, arg=lesson, timeout=60_000)
        page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                      "{theme: 'JupyterLab Dark'})")
        page.wait_for_function(DARK, timeout=30_000)
        figures = page.locator(".jp-NotebookPanel:visible .jp-OutputArea-output img")
        figures.first.wait_for(timeout=30_000)
        assert figures.count() >= 3
        for index in range(min(figures.count(), 6)):
            figure = figures.nth(index)
            figure.scroll_into_view_if_needed()
            shot = Image.open(io.BytesIO(figure.screenshot())).convert("RGB")
            assert shot.getpixel((2, 2)) == (255, 255, 255), f"figure {index} is not on white"
        captions = page.locator(".jp-NotebookPanel:visible .jp-RenderedMarkdown em")
        assert captions.count() >= 3  # the italic line under each figure
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        name = lesson.split("/")[-1].removesuffix(".ipynb")
        page.locator(".jp-NotebookPanel:visible").first.screenshot(
            path=str(ARTIFACTS / f"{name}-dark.png"))
    finally:
        page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                      "{theme: 'JupyterLab Light'})")
        page.close()
