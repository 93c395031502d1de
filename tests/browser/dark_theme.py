"""A lesson in JupyterLab's dark theme: each figure keeps its white face, and every coloured
output (highlights, tables, feedback, widgets) keeps readable text. Called by
test_lessons_in_browser on each lesson's page once it has run, so that one page load serves
both themes (screenshots in artifacts/browser/*-dark.png)."""

from __future__ import annotations

import json
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
ARTIFACTS = ROOT / "artifacts" / "browser"

# The theme is switched and its colours are in force: JupyterLab's page colour is dark.
DARK = """() => {
  if (document.body.dataset.jpThemeLight !== 'false') return false;
  const probe = document.createElement('div');
  probe.style.background = 'var(--jp-layout-color0)';
  document.body.appendChild(probe);
  const [r, g, b] = (getComputedStyle(probe).backgroundColor.match(/[\\d.]+/g) || [])
    .map(Number);
  probe.remove();
  return r + g + b < 3 * 96;
}"""

# WCAG's contrast ratio of each output element that paints its own background (a
# highlighted entity, a table row, a feedback box) against its text; 4.5 is WCAG AA.
# And each figure's top-left pixel, read through a canvas: the kit draws on white.
LOOK = """() => {
  const rgb = (s) => (s.match(/[\\d.]+/g) || []).map(Number);
  const lum = ([r, g, b]) => {
    const f = (c) => { c /= 255; return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4; };
    return 0.2126 * f(r) + 0.7152 * f(g) + 0.0722 * f(b);
  };
  const low = [], figures = {};
  const panel = document.querySelector('.jp-NotebookPanel:not(.lm-mod-hidden)');
  for (const el of panel.querySelectorAll('.jp-OutputArea-output *')) {
    const style = getComputedStyle(el);
    const back = rgb(style.backgroundColor);
    if (back.length < 3 || back[3] === 0 || !el.innerText || !el.innerText.trim()) continue;
    const [hi, lo] = [lum(rgb(style.color)), lum(back)].sort((a, b) => b - a);
    const ratio = (hi + 0.05) / (lo + 0.05);
    const text = el.innerText.trim().slice(0, 30);
    if (ratio < 4.5) low.push(`${el.tagName} «${text}» ${ratio.toFixed(1)}`);
  }
  for (const img of panel.querySelectorAll('.jp-OutputArea-output img')) {
    if (!img.complete || !img.naturalWidth) continue;
    const canvas = document.createElement('canvas');
    canvas.width = 4; canvas.height = 4;
    const context = canvas.getContext('2d');
    context.drawImage(img, 0, 0);
    const [r, g, b] = context.getImageData(2, 2, 1, 1).data;
    figures[img.src.slice(-80) + img.src.length] = r === 255 && g === 255 && b === 255;
  }
  return {low, figures};
}"""


def saved_figures(lesson: Path) -> int:
    cells = json.loads(lesson.read_text(encoding="utf-8"))["cells"]
    return sum("image/png" in output.get("data", {})
               for cell in cells for output in cell.get("outputs", []))


def check_dark_theme(page, lesson: Path) -> None:
    """Switch the page to JupyterLab Dark, look at every output, switch back."""
    page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                  "{theme: 'JupyterLab Dark'})")
    try:
        page.wait_for_function(DARK, timeout=30_000)
        # Every cell is in the page (windowingMode "none" in conftest.py), so one look at
        # the whole panel sees every output, on screen or not.
        seen = page.evaluate(LOOK)
        low, figures = set(seen["low"]), seen["figures"]
        assert not low, f"{lesson.stem}: text hard to read in the dark theme: {sorted(low)[:8]}"
        assert len(figures) >= min(saved_figures(lesson), 1), f"{lesson.stem}: no figure shown"
        assert all(figures.values()), f"{lesson.stem}: a figure is not drawn on white"
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        page.locator(".jp-NotebookPanel:visible").first.screenshot(
            path=str(ARTIFACTS / f"{lesson.stem}-dark.png"))
    finally:
        page.evaluate("() => window.jupyterapp.commands.execute('apputils:change-theme', "
                      "{theme: 'JupyterLab Light'})")
