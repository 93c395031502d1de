"""The lesson 06 app (apps/your_own_text.ipynb) under Voilà, in headless Chromium.

One Voilà server on 127.0.0.1 (a free port, throw-away Jupyter folders, a copy of
``apps/``) and one page for the whole module: the tests run in order on that page,
as a student would use it. The page is offline: any request to another host than
127.0.0.1 is blocked and recorded, and only the Font Awesome stylesheets that Voilà's
"lab" template links from a CDN (Voilà bundles the icons anyway) may be among them.
"""

from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from urllib.parse import urlsplit

import pytest
from servers import stop_server  # pytest puts this folder on sys.path

ROOT = Path(__file__).resolve().parents[2]
APPS = ROOT / "apps"
NOTEBOOK = "your_own_text.ipynb"

SERVER_START_TIMEOUT = 60  # s: Voilà listens
PAGE_TIMEOUT = 90_000  # ms: the kernel starts and runs the notebook (the article's report)
ANALYSIS_TIMEOUT = 60_000  # ms: a short text is analysed and shown

# Written for this test (invented people): a person, two places, two organisations.
PASTED = (
    "La navigatrice Claire Dubois est arrivée lundi à Brest après quarante jours en mer. "
    "Elle a été accueillie par les équipes de la Croix-Rouge et par le maire de la ville. "
    "Claire Dubois repartira en mai vers Lisbonne, où l’attend la fondation Gulbenkian."
)
PASTED_ENTITIES = ("Claire Dubois", "Brest", "Croix-Rouge", "Lisbonne")
ENGLISH = ("The government decided on Thursday in Berlin that the sanctions against Russia "
           "will remain in force for another year, and the ministers said so.")
# Voilà's lab template links these from a CDN; offline they fail, and nothing needs them.
HARMLESS_HOSTS = {"cdn.jsdelivr.net"}


@dataclass
class AppPage:
    """The app's page, what it asked of other hosts, and what its console said."""

    page: object  # playwright.sync_api.Page
    server: subprocess.Popen
    log: Path
    blocked: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def log_tail(self, lines: int = 40) -> str:
        text = self.log.read_text(encoding="utf-8", errors="replace")
        return "\n".join(text.splitlines()[-lines:])


def free_port() -> int:
    with socket.socket(socket.AF_INET, socket.SOCK_STREAM) as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_until_listening(server: subprocess.Popen, port: int, log: Path) -> None:
    deadline = time.monotonic() + SERVER_START_TIMEOUT
    while True:
        if server.poll() is not None:
            pytest.fail(f"voila exited with code {server.returncode}:\n"
                        f"{log.read_text(errors='replace')[-3000:]}")
        try:
            # a TCP connection only: an HTTP request to the app would start a kernel
            with socket.create_connection(("127.0.0.1", port), timeout=1):
                return
        except OSError:
            pass
        if time.monotonic() > deadline:
            pytest.fail(f"voila did not listen on port {port} within {SERVER_START_TIMEOUT} s:"
                        f"\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.1)


def kernel_peak_rss_mb(server: subprocess.Popen) -> float | None:
    """The peak resident memory (VmHWM) of the app's kernel, in MB (Linux only)."""
    import psutil

    for child in psutil.Process(server.pid).children(recursive=True):
        if "ipykernel" in " ".join(child.cmdline()):
            status = Path(f"/proc/{child.pid}/status")
            if status.exists():
                for line in status.read_text().splitlines():
                    if line.startswith("VmHWM:"):
                        return int(line.split()[1]) / 1024
    return None


@pytest.fixture(scope="module")
def voila_server(chromium_path, tmp_path_factory) -> Iterator[tuple[str, subprocess.Popen, Path]]:
    """Voilà serving a copy of apps/your_own_text.ipynb on 127.0.0.1; stopped at the end."""
    pytest.importorskip("voila", reason="voila is not installed: run "
                        "`.venv/bin/python -m pip install -r requirements-teacher.txt`")
    base = tmp_path_factory.mktemp("voila")
    shutil.copytree(APPS, base / "apps", ignore=shutil.ignore_patterns(".ipynb_checkpoints"))
    env = dict(os.environ)
    for name, folder in (("JUPYTER_CONFIG_DIR", "config"), ("JUPYTER_DATA_DIR", "data"),
                         ("JUPYTER_RUNTIME_DIR", "runtime"), ("IPYTHONDIR", "ipython")):
        (base / folder).mkdir()
        env[name] = str(base / folder)
    port = free_port()
    command = [sys.executable, "-m", "voila", str(base / "apps" / NOTEBOOK), "--no-browser",
               "--Voila.ip=127.0.0.1", f"--port={port}", "--Voila.port_retries=0"]
    log = base / "voila.log"
    with log.open("wb") as sink:
        server = subprocess.Popen(command, cwd=base / "apps", env=env, stdin=subprocess.DEVNULL,
                                  stdout=sink, stderr=subprocess.STDOUT)
    try:
        wait_until_listening(server, port, log)
        yield f"http://127.0.0.1:{port}/", server, log
    finally:
        stop_server(server)


@pytest.fixture(scope="module")
def app(voila_server, browser_context) -> Iterator[AppPage]:
    """The app's page, loaded once its notebook has run (the article analysed)."""
    url, server, log = voila_server
    page = browser_context.new_page()
    shown = AppPage(page, server, log)

    def route(request_route):
        if urlsplit(request_route.request.url).hostname in ("127.0.0.1", None):
            request_route.continue_()
        else:
            shown.blocked.append(request_route.request.url)
            request_route.abort()

    def on_console(message):
        if message.type == "error":
            where = message.location.get("url", "")
            if urlsplit(where).hostname not in HARMLESS_HOSTS:
                shown.errors.append(f"console: {message.text} ({where})")

    page.route("**/*", route)
    page.on("console", on_console)
    page.on("pageerror", lambda error: shown.errors.append(f"page error: {error}"))
    try:
        page.goto(url, timeout=PAGE_TIMEOUT)
        try:
            page.locator(".kit-app-report h1").wait_for(timeout=PAGE_TIMEOUT)
        except Exception as error:
            pytest.fail(f"the app did not show its first report ({error}):\n{shown.log_tail()}")
        yield shown
    finally:
        page.close()


def wait_for_text(app: AppPage, selector: str, wanted: str) -> str:
    """Wait (bounded) until the element ``selector`` shows ``wanted``; return its text."""
    try:
        app.page.wait_for_function(
            "([sel, want]) => (document.querySelector(sel)?.innerText || '').includes(want)",
            arg=[selector, wanted], timeout=ANALYSIS_TIMEOUT)
    except Exception as error:
        shown = app.page.locator(selector).first.inner_text()[:500]
        pytest.fail(f"{selector} did not show {wanted!r} ({error}); it shows {shown!r}\n"
                    f"{app.log_tail()}")
    return app.page.locator(selector).first.inner_text()


def screenshot_whole_app(page, path: Path) -> None:
    """A screenshot of the whole app: Voilà scrolls inside a panel, so full_page is not
    enough; the viewport is made as tall as the tallest scrolling content for one shot."""
    size = page.viewport_size
    height = page.evaluate("() => Math.max(...[...document.querySelectorAll('body *')]"
                           ".map(e => e.scrollHeight))")
    page.set_viewport_size({"width": size["width"], "height": min(height + 50, 16_000)})
    try:
        page.screenshot(path=str(path))
    finally:
        page.set_viewport_size(size)


def analyse(app: AppPage, text: str, expected_status: str, expected_title: str | None = None
            ) -> str:
    """Paste ``text``, press Analyse, wait for ``expected_status`` (and the report's new
    title); return the status line."""
    page = app.page
    page.locator(".kit-app-paste textarea").fill(text)
    page.locator(".kit-app-analyse").click()
    if expected_title is not None:
        wait_for_text(app, ".kit-app-report h1", expected_title)
    status = wait_for_text(app, ".kit-app-status", expected_status)
    page.locator(".kit-app-analyse:not(:disabled)").wait_for(timeout=ANALYSIS_TIMEOUT)
    return status


def test_the_app_hides_its_code_and_starts_on_the_article(app):
    page = app.page
    code_cells = page.locator(".jp-CodeCell")
    assert code_cells.count() == 1
    assert "jp-mod-noInput" in code_cells.get_attribute("class")
    assert page.locator(".jp-CodeCell .jp-InputArea, .jp-InputPrompt, .cm-editor").count() == 0
    assert "from helpers.widgets.app import" not in page.content(), "the code is in the page"
    assert page.locator("h1", has_text="Your own text").count() == 1  # the markdown intro
    report = page.locator(".kit-app-report")
    assert "Poutine et Kim Jong-un se rencontrent" in report.locator("h1").inner_text()
    assert "Vladimir Poutine" in report.locator("h2#entities + p + table + table").inner_text()
    assert "Paste your own French text" in page.locator(".kit-app-status").inner_text()


def test_a_pasted_text_gets_its_report_and_mapping_panel(app, tmp_path_factory,
                                                         record_property):
    from helpers import load_text
    from helpers.widgets.mapping import MappingPanel

    page = app.page
    mapping = page.locator(".kit-app-mapping")
    article_map = mapping.locator("img").get_attribute("src")
    status = analyse(app, PASTED, "Loaded the pasted text", "Report: your pasted text")
    assert status.startswith(f"Loaded the pasted text: {len(PASTED)} characters")

    report = page.locator(".kit-app-report")
    assert report.locator("h1").inner_text() == "Report: your pasted text"
    entities = report.locator("h2#entities + p + table + table").inner_text()
    for name in PASTED_ENTITIES:
        assert name in entities, f"{name} is not among the report's entities:\n{entities}"
    assert "Vladimir Poutine" not in report.inner_text()
    lemmas = report.locator("h2#lemmas + p + table").inner_text()
    assert "dubois" in lemmas.lower(), lemmas  # named twice: a top lemma
    images = page.evaluate("""() => [...document.querySelectorAll('.kit-app-report img')]
        .map(img => img.complete && img.naturalWidth > 0)""")
    assert len(images) >= 3 and all(images), images

    # the mapping panel now shows the pasted text: its note is the one the panel computes
    panel = MappingPanel(load_text(PASTED))
    expected = panel.shown.note
    assert wait_for_text(app, ".kit-app-mapping p b", expected) == expected
    assert mapping.locator(".widget-slider").count() == 1  # the minimum of mentions
    assert mapping.locator("img").get_attribute("src") != article_map

    shot = tmp_path_factory.getbasetemp() / "app_after_paste.png"
    screenshot_whole_app(page, shot)
    record_property("screenshot", str(shot))

    # and it is live: showing people only redraws it
    mapping.locator("select[multiple]").select_option(["PER"])
    people_only = panel.update(types=["PER"]).note
    assert wait_for_text(app, ".kit-app-mapping p b", people_only) == people_only

    peak = kernel_peak_rss_mb(app.server)
    if peak is not None:
        record_property("kernel_peak_rss_mb", round(peak))
        print(f"\nscreenshot: {shot}\nVoilà kernel peak RSS: {peak:.0f} MB")


def test_an_empty_box_gets_the_clear_message_and_the_report_stays(app):
    title = app.page.locator(".kit-app-report h1").inner_text()
    status = analyse(app, "  \n ", "The box is empty")
    assert status.startswith("✗ The box is empty: paste a French text into it")
    assert "Traceback" not in app.page.inner_text("body")
    assert app.page.locator(".kit-app-report h1").inner_text() == title


def test_a_text_in_english_is_analysed_with_the_warning(app):
    status = analyse(app, ENGLISH, "not French")
    assert "⚠ This text looks English, not French" in status
    entities = wait_for_text(app, ".kit-app-report h2#entities + p + table + table", "Berlin")
    assert "Claire Dubois" not in entities  # the report is the new text's


def test_the_page_stayed_offline_without_console_errors(app):
    # runs last: it reads what the page did during the tests above
    other = [url for url in app.blocked if urlsplit(url).hostname not in HARMLESS_HOSTS]
    assert not other, f"the app asked other hosts than 127.0.0.1: {other}"
    assert not app.errors, "\n".join(app.errors)
