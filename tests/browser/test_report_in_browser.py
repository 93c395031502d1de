"""The saved HTML report opens in Chromium with its figures (lesson 06's save_report)."""

from __future__ import annotations

from helpers.reporting import report
from helpers.text.corpus import SEEDS, load_file
from helpers.views.report import SECTIONS, save_report


def test_saved_report_opens_with_its_figures(browser_context, tmp_path):
    saved = save_report(report(load_file(SEEDS / "other_text.txt"), top=10),
                        tmp_path / "report_other_text.html")
    page = browser_context.new_page()
    try:
        page.goto(saved.as_uri())  # file://: no server, as a student opens a mailed report
        page.wait_for_load_state("load")
        assert page.title() == "Report: other_text.txt"
        for section in SECTIONS:
            assert page.locator(f"h2#{section}").count() == 1, section
        images = page.evaluate(
            """() => [...document.images].map(img => ({
                   alt: img.alt, complete: img.complete, width: img.naturalWidth,
                   inline: img.src.startsWith('data:image/png;base64,')}))"""
        )
        assert len(images) >= 3, images
        for image in images:
            assert image["inline"], f"{image['alt']}: not embedded in the page"
            assert image["complete"] and image["width"] > 0, f"{image['alt']}: did not load"
    finally:
        page.close()
