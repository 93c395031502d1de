"""Every lesson, in both editions, run in JupyterLab in a real browser: no errors, live
widgets that respond (the French edition in JupyterLab in French, at the end of the file).

nbval proves the kernel side; these tests prove what a student sees. For each
lesson in notebooks/ the test opens it in JupyterLab (headless Chromium), clears
the stored outputs, runs all cells, checks that no cell shows an error and that
every widget rendered, then drives one widget as a student would and checks its
output. A screenshot of each lesson goes to artifacts/browser/<lesson>.png.

Every lesson needs an interaction in ``INTERACTIONS``: a new lesson without one
fails ``test_every_lesson_has_a_browser_interaction`` (and its own browser test).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest
from dark_theme import check_dark_theme  # pytest puts this folder on sys.path
from lab_pages import Pages, script

from helpers.translation import speaking

ROOT = Path(__file__).resolve().parents[2]
NOTEBOOKS = ROOT / "notebooks"
ARTIFACTS = ROOT / "artifacts" / "browser"

PAGE_LOAD_TIMEOUT = 60_000  # ms: JupyterLab loads, the kernel starts and goes idle
RUN_ALL_TIMEOUT = 90_000  # ms: every cell of one lesson runs
WIDGET_TIMEOUT = 20_000  # ms: widgets render / respond
POLL = 100  # ms between checks in the browser

@dataclass
class Lesson:
    """One lesson open in JupyterLab."""

    name: str  # e.g. "00_start_here"
    path: str  # server path, e.g. "notebooks/00_start_here.ipynb"
    page: object  # playwright.sync_api.Page
    lang: str = "en"  # the edition: what the kit's widgets say is computed in this language

    def js(self, expression: str):
        """Evaluate ``expression`` with ``path`` bound to this notebook's server path."""
        return self.page.evaluate(f"(path) => {expression}", self.path)

    def wait(self, expression: str, what: str, timeout: int, describe: Callable[[], str]):
        """Wait until ``expression`` is truthy in the page; fail with ``describe()`` if not."""
        from playwright.sync_api import Error as PlaywrightError

        try:
            self.page.wait_for_function(
                f"(path) => {expression}", arg=self.path, timeout=timeout, polling=POLL
            )
        except PlaywrightError as error:
            pytest.fail(
                f"{self.name}: {what} (not within {timeout / 1000:.0f} s): {describe()}\n"
                f"[{type(error).__name__}: {str(error).splitlines()[0]}]",
                pytrace=False,
            )

    def cells(self) -> list[dict]:
        return self.js("window.__kit.cells(path)")

    def cell_with(self, selector: str):
        """The one code cell whose output holds ``selector``, scrolled into view."""
        from playwright.sync_api import expect

        cells = self.page.locator(".jp-Notebook .jp-CodeCell").filter(
            has=self.page.locator(selector)
        )
        expect(cells, f"{self.name}: one cell with a {selector} widget").to_have_count(1)
        cell = cells.first
        cell.scroll_into_view_if_needed()
        return cell


def bold(html: str) -> str:
    """The text in the first <b>…</b> of a widget's message."""
    return re.search(r"<b>(.*?)</b>", html)[1]


def describe_cell(cell: dict) -> str:
    return f"cell #{cell['index']} ({cell['head']!r})"


# --------------------------------------------------------------------------------------
# One interaction per lesson: drive a widget, check that its output changed.


def browse_paragraphs(lesson: Lesson) -> None:
    """00: the ArticleBrowser slider, moved with the keyboard, shows paragraph 2."""
    from playwright.sync_api import expect

    from helpers.text.corpus import load_article
    from helpers.translation import gettext as _

    paragraphs = load_article().paragraphs
    start_of_second = " ".join(paragraphs[1].split()[:3])  # "Depuis début 2018"
    with speaking(lesson.lang):
        label, head = _("Paragraph"), _("Paragraph {number} of {total}")
    cell = lesson.cell_with(".widget-slider")
    out = cell.locator(".widget-html-content")
    expect(cell.locator(".widget-slider .widget-label"), "slider label").to_have_text(label)
    expect(out, f"{lesson.name}: the browser starts on paragraph 1").to_contain_text(
        head.format(number=1, total=len(paragraphs))
    )

    handle = cell.locator(".widget-slider .noUi-handle")
    handle.focus()
    lesson.page.keyboard.press("ArrowRight")

    expect(out, f"{lesson.name}: ArrowRight on the slider moves to paragraph 2").to_contain_text(
        head.format(number=2, total=len(paragraphs)), timeout=WIDGET_TIMEOUT
    )
    expect(out, f"{lesson.name}: paragraph 2's text is shown").to_contain_text(start_of_second)
    expect(cell.locator(".widget-readout"), f"{lesson.name}: slider readout").to_have_text("2")


def play_with_tokenizer(lesson: Lesson) -> None:
    """01: typing into the TokenizerPlayground and switching tokenizer update the tokens."""
    from playwright.sync_api import expect

    from helpers.peers import peer_spans
    from helpers.translation import ngettext

    def summary_of(n: int, tokenizer: str) -> tuple[str, str]:  # (the bold count, the rest)
        with speaking(lesson.lang):
            html = ngettext("<b>{n} tokens</b> with {tokenizer}",
                            "<b>{n} tokens</b> with {tokenizer}", n)
        html = html.format(n=n, tokenizer=tokenizer)
        return bold(html), re.sub(r"<[^>]+>", "", html.split("</b>", 1)[1]).strip()

    text = "Aujourd’hui, l’Élysée a-t-il répondu ?"
    kit = [text[s:e] for s, e in peer_spans("kit (helpers.tokenize)", text)]
    split = [text[s:e] for s, e in peer_spans("str.split", text)]
    assert "l’" in kit and len(kit) != len(split), "the sample text no longer tells them apart"

    cell = lesson.cell_with(".widget-textarea")
    out = cell.locator(".widget-html-content")
    summary = out.locator("b").first
    boxes = out.locator(".tok")
    counted = summary_of(len(kit), "kit")[0]
    expect(summary, f"{lesson.name}: the playground shows a token count").to_have_text(
        re.compile("^" + re.escape(counted).replace(str(len(kit)), r"\d+") + "$")
    )
    before = summary.inner_text()

    cell.locator(".widget-textarea textarea").fill(text)
    expect(summary, f"{lesson.name}: token count after typing {text!r}").to_have_text(
        counted, timeout=WIDGET_TIMEOUT
    )
    assert before != counted, f"{lesson.name}: the count did not change"
    expect(boxes, f"{lesson.name}: token boxes after typing").to_have_text(kit)
    expect(boxes.filter(has_text=re.compile("^l’$")), "a box for the elision l’").to_have_count(1)

    cell.locator(".widget-dropdown select").select_option(label="str.split")
    counted, rest = summary_of(len(split), "str.split")
    expect(summary, f"{lesson.name}: token count with str.split").to_have_text(
        counted, timeout=WIDGET_TIMEOUT
    )
    expect(out, f"{lesson.name}: the summary names the tokenizer").to_contain_text(rest)
    expect(boxes, f"{lesson.name}: token boxes with str.split").to_have_text(split)


def explore_frequencies(lesson: Lesson) -> None:
    """02 and 03: the FrequencyExplorer's search shows a concordance; a toggle redraws the chart."""
    from playwright.sync_api import expect

    from helpers.frequency.contexts import kwic
    from helpers.text.corpus import load_article
    from helpers.translation import ngettext

    cell = lesson.cell_with(".widget-text input")
    note = cell.locator(".widget-html-content b").first
    chart = cell.locator(".widget-image")
    expect(note, f"{lesson.name}: the explorer shows a note").not_to_be_empty()
    shown = note.inner_text()
    # a word the panel does not show yet, so that the note must change
    word = next(w for w in ("sanctions", "Pyongyang") if f"«{w}»" not in shown)
    n = len(kwic(load_article().text, word, width=7))
    assert n >= 2, "the article no longer has several occurrences of the search word"

    cell.locator(".widget-text input").fill(word)
    with speaking(lesson.lang):
        found = ngettext("{n} occurrence of «{query}»", "{n} occurrences of «{query}»", n)
    expect(note, f"{lesson.name}: the note after searching {word!r}").to_have_text(
        found.format(n=n, query=word), timeout=WIDGET_TIMEOUT
    )
    expect(cell.locator(".widget-html-content"), "concordance lines").to_contain_text(word)

    before = chart.get_attribute("src")
    cell.locator(".widget-checkbox input").first.click()  # toggle "remove stopwords"
    redrawn = f"{lesson.name}: the chart is redrawn after ticking a checkbox"
    expect(chart, redrawn).not_to_have_attribute("src", before or "", timeout=WIDGET_TIMEOUT)


def hide_a_type(lesson: Lesson) -> None:
    """03: unticking LOC in the entity highlighter removes every place, and only places."""
    from playwright.sync_api import expect

    from helpers.translation import ngettext
    from helpers.widgets.highlighter import EntityHighlighter

    def shown(n: int) -> str:
        with speaking(lesson.lang):
            message = "<b>{n} mentions</b> from {source}"
            html = ngettext(message, message, n)
        return bold(html.format(n=n, source=""))

    found = EntityHighlighter().mentions("rules")  # what the lesson's highlighter shows
    places = sum(m.label == "LOC" for m in found)
    assert places and places < len(found), "the article no longer has places and others"

    cell = lesson.cell_with(".widget-html-content mark.ent")
    out = cell.locator(".widget-html-content")
    summary = out.locator("b").first
    expect(summary, f"{lesson.name}: all rule mentions shown").to_have_text(
        shown(len(found)), timeout=WIDGET_TIMEOUT
    )
    expect(out.locator('mark.ent[data-label="LOC"]'), "places highlighted").to_have_count(places)

    cell.locator(".widget-checkbox", has_text="LOC").locator("input").uncheck()
    expect(summary, f"{lesson.name}: mentions once LOC is hidden").to_have_text(
        shown(len(found) - places), timeout=WIDGET_TIMEOUT
    )
    expect(out.locator('mark.ent[data-label="LOC"]'), "no place left").to_have_count(0)
    expect(out.locator('mark.ent[data-label="PER"]'), "people still shown").not_to_have_count(0)


def filter_the_map(lesson: Lesson) -> None:
    """04: the mapping panel's window dropdown and type list change what it shows."""
    from playwright.sync_api import expect

    from helpers.translation import gettext as _
    from helpers.widgets.mapping import MappingPanel

    with speaking(lesson.lang):
        panel = MappingPanel()  # what the lesson's panel shows, setting by setting
        # the lesson's next cell calls panel.update(...) on the live panel: start from there
        start = panel.update(types=["PER", "LOC"], min_mentions=3, window="sentence").note
        wider = panel.update(window="paragraph").note
        people = panel.update(types=["PER"]).note
        paragraph = _("paragraph")
    assert len({start, wider, people}) == 3, "the settings no longer change the summary"

    cell = lesson.cell_with(".widget-select-multiple")
    summary = cell.locator(".widget-html-content b").first
    chart = cell.locator(".widget-image")
    expect(summary, f"{lesson.name}: the panel shows its summary").to_have_text(
        start, timeout=WIDGET_TIMEOUT
    )
    before = chart.get_attribute("src")

    cell.locator(".widget-dropdown select").select_option(label=paragraph)
    expect(summary, f"{lesson.name}: summary with a paragraph window").to_have_text(
        wider, timeout=WIDGET_TIMEOUT
    )
    redrawn = f"{lesson.name}: the figure is redrawn after changing the window"
    expect(chart, redrawn).not_to_have_attribute("src", before or "", timeout=WIDGET_TIMEOUT)

    cell.locator(".widget-select-multiple select").select_option(["PER"])
    expect(summary, f"{lesson.name}: summary with people only").to_have_text(
        people, timeout=WIDGET_TIMEOUT
    )


def paste_a_text(lesson: Lesson) -> None:
    """05: pasting a text into the TextLoader's box loads it; the status line counts it."""
    from playwright.sync_api import expect

    from helpers.widgets.upload import TextLoader

    text = "Hélène Marchand, maire de Libourne, a reçu les sinistrés.\n\nLa crue baisse."
    with speaking(lesson.lang):
        waiting = TextLoader().status
        expected = TextLoader().update(pasted=text)
        blanks = TextLoader().update(pasted="   ")
    assert expected.count("2") and blanks.startswith("✗ "), (expected, blanks)

    cell = lesson.cell_with(".widget-textarea")
    status = cell.locator(".text-loader-status")
    expect(status, f"{lesson.name}: the loader waits for a text").to_have_text(
        waiting, timeout=WIDGET_TIMEOUT
    )
    cell.locator(".widget-textarea textarea").fill(text)
    expect(status, f"{lesson.name}: the status line after pasting a text").to_have_text(
        expected, timeout=WIDGET_TIMEOUT
    )
    cell.locator(".widget-textarea textarea").fill("   ")
    expect(status, f"{lesson.name}: the status line after pasting blanks").to_have_text(
        blanks, timeout=WIDGET_TIMEOUT
    )


INTERACTIONS: dict[str, Callable[[Lesson], None]] = {
    "00_start_here": browse_paragraphs,
    "01_tokenization": play_with_tokenizer,
    "02_frequency": explore_frequencies,
    "03_context": explore_frequencies,
    "04_entities": hide_a_type,
    "05_entity_mapping": filter_the_map,
    "06_your_own_text": paste_a_text,
}


# --------------------------------------------------------------------------------------


def lesson_paths() -> list[Path]:
    """Every lesson in notebooks/, found by name: no hand-kept list."""
    return sorted(NOTEBOOKS.glob("[0-9][0-9]_*.ipynb"))


def test_every_lesson_has_a_browser_interaction():
    """Runs without a browser, so a new lesson cannot slip through where Chromium is missing."""
    lessons = [path.stem for path in lesson_paths()]
    missing = [name for name in lessons if name not in INTERACTIONS]
    stale = [name for name in INTERACTIONS if not (NOTEBOOKS / f"{name}.ipynb").exists()]
    assert not missing, (
        f"lessons without a browser interaction: {missing}; add one to INTERACTIONS in "
        f"{Path(__file__).relative_to(ROOT)}"
    )
    assert not stale, f"INTERACTIONS names lessons that are not in notebooks/: {stale}"


@pytest.fixture(scope="module")
def english_pages(lab_server, browser_context):
    pages = Pages(browser_context, "kit-lessons")
    yield pages
    pages.close()


@pytest.mark.parametrize("notebook", lesson_paths(), ids=lambda path: path.stem)
def test_lesson_runs_and_its_widgets_respond(notebook: Path, lab_server, english_pages):
    (ARTIFACTS / f"{notebook.stem}-failed.png").unlink(missing_ok=True)
    path = f"notebooks/{notebook.name}"
    lesson = Lesson(notebook.stem, path, english_pages.open(path, lab_server))
    failed = True
    try:
        check_lesson(lesson, lab_server)
        check_dark_theme(lesson.page, notebook)  # the same page, run, in the other theme
        failed = False
    except BaseException:
        save_failure_screenshot(lesson)
        raise
    finally:
        english_pages.done(path, failed)


def check_lesson(lesson: Lesson, server, interact: Callable[[Lesson], None] | None = None,
                 only: list[int] | None = None, screenshot: bool = True) -> None:
    """Clear the lesson's outputs, run it (all of it, or only the cells at indexes ``only``, in
    order), check that nothing failed and every widget rendered, drive one widget, take a
    screenshot."""
    page, name = lesson.page, lesson.name
    lesson.wait(
        "window.__kit.ready(path)", "JupyterLab did not open the lesson with an idle kernel",
        PAGE_LOAD_TIMEOUT,
        lambda: f"kernel={lesson.js('window.__kit.kernel(path)')}\nserver log:\n"
        + server.log_tail(),
    )

    # Clear the outputs saved in the file, so that everything checked below comes from this run.
    lesson.js(
        "(async () => {"
        " const app = window.jupyterapp;"
        " app.shell.activateById(window.__kit.panel(path).id);"
        " app.shell.collapseLeft();"
        " await app.commands.execute('notebook:clear-all-cell-outputs'); })()"
    )
    lesson.wait(
        "window.__kit.cells(path).every(c => c.type !== 'code' || c.prompt === '[ ]:')",
        "stored outputs were not cleared", WIDGET_TIMEOUT,
        lambda: "; ".join(
            f"{describe_cell(c)} shows {c['prompt']}"
            for c in lesson.cells() if c["type"] == "code" and c["prompt"] != "[ ]:"
        ),
    )

    commands = ("(async () => { const c = window.jupyterapp.commands;"
                " await c.execute('notebook:run-all-cells'); })()" if only is None else
                "(async () => { const c = window.jupyterapp.commands;"
                f" for (const index of {json.dumps(only)}) {{"
                "   window.__kit.panel(path).content.activeCellIndex = index;"
                "   await c.execute('notebook:run-cell'); } })()")
    lesson.js(
        "{ window.__kitRun = {done: false};"
        f" {commands}.then("
        "   (result) => { window.__kitRun = {done: true, result: String(result)}; },"
        "   (error) => { window.__kitRun = {done: true, error: String(error)}; }); }"
    )
    lesson.wait(
        "window.__kitRun.done && window.__kit.idle(path)"
        " && window.__kit.cells(path).every(c => c.type !== 'code' || c.prompt !== '[*]:')",
        "run all cells did not finish", RUN_ALL_TIMEOUT,
        lambda: f"cells not run yet: {unrun(lesson.cells())}",
    )
    run = page.evaluate("window.__kitRun")
    cells = [c for c in lesson.cells() if only is None or c["index"] in only]
    code = [c for c in cells if c["type"] == "code"]

    # No error output, except in cells tagged raises-exception.
    errors = [
        f"{describe_cell(c)}:\n{chr(10).join(c['errors']) or c['outputTypes']}"
        for c in code
        if (c["errors"] or "error" in c["outputTypes"]) and "raises-exception" not in c["tags"]
    ]
    assert not errors, f"{name}: error output in " + "\n\n".join(errors)
    assert "error" not in run, f"{name}: run all cells failed: {run['error']}"

    # Every code cell ran: its prompt shows [n]:, not [ ]: or [*]:.
    not_run = unrun(cells)
    assert not not_run, f"{name}: cells without an execution count after run all: {not_run}"

    # Every widget rendered.
    with_widgets = [c for c in code if c["widgetOutputs"]]
    assert with_widgets, f"{name}: no cell displays a widget; every lesson has one to play with"
    lesson.wait(
        "window.__kit.cells(path).every(c => c.type !== 'code' || !c.widgetOutputs"
        " || (c.widgetNodes > 0 && !c.widgetProblem))",
        "widgets did not render", WIDGET_TIMEOUT,
        lambda: "; ".join(
            f"{describe_cell(c)} shows "
            + ("'Loading widget…' or 'Error displaying widget'" if c["widgetProblem"]
               else "no widget")
            for c in lesson.cells()
            if c["type"] == "code" and c["widgetOutputs"]
            and (c["widgetProblem"] or not c["widgetNodes"])
        ),
    )
    notebook_text = page.locator(".jp-Notebook").inner_text()
    for problem in ("Loading widget", "Error displaying widget"):
        assert problem not in notebook_text, f"{name}: the notebook shows {problem!r}"

    interact = interact or INTERACTIONS.get(name)
    if interact is None:
        pytest.fail(
            f"{name} has no browser interaction: add a function that drives one of its widgets "
            "to INTERACTIONS in tests/browser/test_lessons_in_browser.py"
        )
    interact(lesson)
    if screenshot:
        save_screenshot(lesson)


def unrun(cells: list[dict]) -> list[str]:
    return [
        f"{describe_cell(c)} shows {c['prompt']}"
        for c in cells
        if c["type"] == "code" and not c["blank"]
        and not re.fullmatch(r"\[\d+\]:", c["prompt"] or "")
    ]


def save_screenshot(lesson: Lesson) -> Path:
    """The whole notebook: the viewport is made as tall as the notebook, then the panel shot.

    JupyterLab scrolls inside the notebook panel, so a "full page" screenshot would
    only show the viewport.
    """
    target = ARTIFACTS / f"{lesson.name}.png"
    target.parent.mkdir(parents=True, exist_ok=True)
    page = lesson.page
    size = page.viewport_size
    hidden = lesson.js(
        "(() => { const outer = window.__kit.panel(path).node"
        ".querySelector('.jp-WindowedPanel-outer');"
        " return outer ? outer.scrollHeight - outer.clientHeight : 0; })()"
    )
    if hidden > 0:
        page.set_viewport_size({"width": size["width"], "height": size["height"] + hidden})
        lesson.wait(
            "(() => { const outer = window.__kit.panel(path).node"
            ".querySelector('.jp-WindowedPanel-outer');"
            " return outer.scrollHeight <= outer.clientHeight + 1; })()",
            "the notebook did not grow to its full height for the screenshot",
            WIDGET_TIMEOUT, lambda: f"{hidden} px were hidden",
        )
    page.locator(".jp-NotebookPanel:visible").first.screenshot(path=str(target))
    page.set_viewport_size(size)
    return target


def save_failure_screenshot(lesson: Lesson) -> None:
    """What the window showed when the test failed; never hides the failure itself."""
    try:
        ARTIFACTS.mkdir(parents=True, exist_ok=True)
        lesson.page.screenshot(path=str(ARTIFACTS / f"{lesson.name}-failed.png"), timeout=10_000)
    except Exception:  # best effort only
        pass


# --------------------------------------------------------------------------------------
# The French edition (notebooks/fr), in JupyterLab in French as `make lab LANG=fr` starts it:
# the same checks and interactions, on a server with JupyterLab's French language pack and
# TEXTE_TOKENS_LANG=fr; what each widget must say is computed with the kit's French catalog.
# The dark-theme pass is the English lessons' (themes do not depend on the language). All
# browser tests run on one pytest-xdist worker (conftest.py's scheduler), so one server per
# edition and one Chromium serve them all.

editions = script("editions")  # scripts/editions.py, which builds the French edition


def french_lessons() -> list[tuple[Path, str]]:
    """(French lesson, the English lesson it is built from), as scripts/editions.py reads
    editions/fr."""
    return [(NOTEBOOKS / "fr" / f"{path.stem}.ipynb",
             Path(editions.read_source(path).english).stem) for path in editions.sources("fr")]


WIDGETS = ("ArticleBrowser(", "TokenizerPlayground(", "FrequencyExplorer(",
           "EntityHighlighter(", "MappingPanel(", "panel.update(", "TextLoader(")


def names(source: str) -> tuple[set[str], set[str]]:
    """(the names a cell defines, the names it reads); IPython's % and ! lines left out."""
    import ast

    code = "\n".join(line for line in source.splitlines()
                     if not line.lstrip().startswith(("%", "!")))
    defined, read = set(), set()
    for node in ast.walk(ast.parse(code)):
        if isinstance(node, ast.Name):
            (defined if isinstance(node.ctx, ast.Store) else read).add(node.id)
        elif isinstance(node, ast.alias):
            defined.add((node.asname or node.name).split(".")[0])
        elif isinstance(node, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
            defined.add(node.name)
    return defined, read


def cells_for_widget(path: Path) -> list[int]:
    """The indexes of the cells a lesson's browser interaction needs, in order: the language
    cell, the cells that make and drive its widget (lesson 05's panel.update), and the earlier
    cells that define what those read (lesson 00's ``doc``), found by reading the code."""
    import nbformat

    cells = nbformat.read(path, as_version=4).cells
    code = {i: names(c.source) for i, c in enumerate(cells) if c.cell_type == "code"}
    language = next(i for i, c in enumerate(cells) if c.id == editions.LANGUAGE_CELL_ID)
    wanted = {i for i, c in enumerate(cells)
              if c.cell_type == "code" and any(w in c.source for w in WIDGETS)}
    todo = sorted(wanted)
    while todo:
        index = todo.pop()
        for name in code[index][1] - code[index][0]:
            source = max((i for i in code if i < index and name in code[i][0]), default=None)
            if source is not None and source not in wanted:
                wanted.add(source)
                todo.append(source)
    return sorted(wanted | {language})


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
        # Only the cells the widget needs: nbval runs every French cell already, and the
        # English tests run every lesson in the browser.
        check_lesson(lesson, lab_server_fr, INTERACTIONS[english],
                     only=cells_for_widget(notebook), screenshot=False)
        # JupyterLab itself speaks French: its menu bar, from the language pack
        expect(lesson.page.locator(".lm-MenuBar-itemLabel", has_text="Noyau")).to_have_count(1)
        failed = False
    except BaseException:
        save_failure_screenshot(lesson)
        raise
    finally:
        french_pages.done(path, failed)
