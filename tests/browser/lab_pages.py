"""Shared by the browser tests: the kit's helpers installed in a JupyterLab page, one page
that lessons open in one after the other, and the kit's scripts loaded as modules."""

from __future__ import annotations

import contextlib
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]

# Helpers installed in every page, before JupyterLab's own scripts run.
# ``window.jupyterapp`` exists because the server runs with expose_app_in_browser.
KIT_JS = r"""
window.__kit = {
  panel(path) {
    const app = window.jupyterapp;
    if (!app || !app.shell) return null;
    for (const widget of app.shell.widgets('main')) {
      if (widget.context && widget.context.path === path && widget.content
          && widget.sessionContext) return widget;
    }
    return null;
  },
  restored() {
    const app = window.jupyterapp;
    if (app && !this._hooked) {
      this._hooked = true;
      app.restored.then(() => { this._restored = true; });
    }
    return !!this._restored;
  },
  kernel(path) {
    const panel = this.panel(path);
    const session = panel && panel.sessionContext.session;
    const kernel = session && session.kernel;
    return kernel ? {status: kernel.status, connection: kernel.connectionStatus} : null;
  },
  idle(path) {
    const kernel = this.kernel(path);
    return !!kernel && kernel.status === 'idle' && kernel.connection === 'connected';
  },
  ready(path) {
    const panel = this.panel(path);
    return this.restored() && !!panel && panel.context.isReady
      && panel.sessionContext.isReady && this.idle(path)
      && panel.content.widgets.length === panel.content.model.cells.length;
  },
  cells(path) {
    const panel = this.panel(path);
    if (!panel) return [];
    const WIDGET = 'application/vnd.jupyter.widget-view+json';
    return panel.content.widgets.map((cell, index) => {
      const model = cell.model;
      const source = model.sharedModel.getSource();
      const info = {
        index, type: model.type, tags: model.getMetadata('tags') || [],
        head: source.trim().split('\n')[0].slice(0, 70), blank: !source.trim(),
      };
      if (model.type !== 'code') return info;
      const prompt = cell.node.querySelector('.jp-InputPrompt');
      info.prompt = prompt ? prompt.textContent.trim() : null;
      info.count = model.executionCount;
      info.outputTypes = [];
      info.widgetOutputs = 0;
      for (let i = 0; i < model.outputs.length; i++) {
        const output = model.outputs.get(i);
        info.outputTypes.push(output.type);
        if (output.data && output.data[WIDGET]) info.widgetOutputs += 1;
      }
      const area = cell.node.querySelector('.jp-OutputArea');
      const errors = new Set();
      let widgetNodes = 0, text = '';
      if (area) {
        const shown = area.querySelectorAll(
          '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.error"],'
          + ' .jp-RenderedText[data-mime-type="application/vnd.jupyter.error"]');
        for (const node of shown) errors.add(node.textContent.trim().slice(0, 1500));
        const stderr = area.querySelectorAll(
          '.jp-OutputArea-output[data-mime-type="application/vnd.jupyter.stderr"]');
        for (const node of stderr) {
          if (/Traceback|Error:/.test(node.textContent)) {
            errors.add(node.textContent.trim().slice(0, 1500));
          }
        }
        widgetNodes = area.querySelectorAll('.jupyter-widgets, [class*="widget-"]').length;
        text = area.textContent;
      }
      info.errors = [...errors];
      info.widgetNodes = widgetNodes;
      info.widgetProblem = /Loading widget|Error displaying widget/.test(text);
      return info;
    });
  },
};
"""


class Pages:
    """One JupyterLab page for a test file's lessons, opened once: each lesson opens in it as
    a student opens the next one (loading JupyterLab again for each would double the time).
    After a failure the page is thrown away, so the next lesson starts on a fresh one."""

    def __init__(self, context, workspace: str) -> None:
        self.context, self.workspace, self.page = context, workspace, None

    def open(self, lesson_path: str, server):
        """The page, opening ``lesson_path`` (the caller waits until it is ready)."""
        if self.page is None:
            self.page = self.context.new_page()
            self.page.add_init_script(KIT_JS)
            self.page.goto(f"{server.url}/lab/workspaces/{self.workspace}/tree/{lesson_path}"
                           f"?token={server.token}")
            return self.page
        self.page.evaluate("(path) => { window.jupyterapp.commands.execute('docmanager:open', "
                           "{path, factory: 'Notebook'}); }", lesson_path)
        return self.page

    def done(self, lesson_path: str, failed: bool) -> None:
        """Stop the lesson's kernel and close it (without the "save changes?" dialog)."""
        if self.page is None:
            return
        with contextlib.suppress(Exception):
            self.page.evaluate(
                "async (path) => { const panel = window.__kit.panel(path); if (!panel) return;"
                " await panel.sessionContext.shutdown(); panel.dispose(); }", lesson_path)
        if failed:
            self.close()

    def close(self) -> None:
        if self.page is not None:
            with contextlib.suppress(Exception):
                self.page.close()
            self.page = None


def script(name: str):
    """scripts/<name>.py as the module ``name``, by tests/script_modules.py's loader (read from
    its file: this folder cannot import from tests/ without editing sys.path)."""
    if "script_modules" not in sys.modules:
        import importlib.util

        spec = importlib.util.spec_from_file_location("script_modules",
                                                      ROOT / "tests" / "script_modules.py")
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        sys.modules["script_modules"] = module
    return sys.modules["script_modules"].script(name)
