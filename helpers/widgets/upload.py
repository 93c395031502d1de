"""Text loader: upload a ``.txt`` file or paste text, and get a Document for the pipeline.

``update(name, content, pasted)`` does the work and returns the status line; the
widget calls it when a file is uploaded or the pasted text changes, and a test
calls it directly. Files go through :func:`helpers.text.corpus.load_file`, so an
upload gets exactly the checks and messages a path gets (encodings, binary
files, ``.docx``/``.pdf``); its warnings are shown in the status line.

>>> loader = TextLoader()
>>> sentence = ("L’objectif de cette rencontre était de renforcer les « liens historiques » "
...             "entre Moscou et Pyongyang.")  # paragraph 2 of the article
>>> loader.update(pasted=sentence)
'Loaded the pasted text: 101 characters, 1 paragraph.'
>>> loader.document.source
'<text>'
>>> print(loader.update(pasted="   "))
✗ load_text() was given only whitespace: ...
"""

from __future__ import annotations

import tempfile
import warnings
from pathlib import Path
from typing import Any

from ..text.corpus import Document, load_file, load_text
from ..translation import gettext as _
from ..translation import ngettext
from .panel import Panel

_ERRORS = (ValueError, TypeError, OSError, UnicodeError)


class TextLoader(Panel):
    """A file upload (.txt), a box to paste text into, and a status line.

    ``document`` is the last text loaded (None before the first). The status
    says how many characters were loaded, repeats any warning (e.g. a
    Windows-1252 file converted), or gives the error in full.
    """

    def __init__(self) -> None:
        self.document: Document | None = None
        self.status = _("Upload a .txt file or paste a text.")

    def update(self, name: str | None = None, content: bytes | None = None,
               pasted: str | None = None) -> str:
        """Load an uploaded file (``name`` and its bytes ``content``) or ``pasted`` text."""
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                if content is not None:
                    doc = self._load_bytes(name or "upload.txt", bytes(content))
                    what = Path(name or "upload.txt").name
                elif pasted is not None:
                    doc = load_text(pasted)
                    what = None
                else:
                    raise ValueError(_("Nothing to load: upload a .txt file or paste a text."))
            except _ERRORS as error:
                self.status = f"✗ {error}"
                return self.status
        self.document = doc
        n = len(doc.paragraphs)
        if what is None:
            loaded = ngettext("Loaded the pasted text: {chars} characters, {n} paragraph.",
                              "Loaded the pasted text: {chars} characters, {n} paragraphs.", n)
        else:
            loaded = ngettext("Loaded {name}: {chars} characters, {n} paragraph.",
                              "Loaded {name}: {chars} characters, {n} paragraphs.", n)
        lines = [loaded.format(name=what, chars=len(doc.text), n=n)]
        lines += [f"⚠ {w.message}" for w in caught if issubclass(w.category, UserWarning)]
        self.status = "\n".join(lines)
        return self.status

    @staticmethod
    def _load_bytes(name: str, content: bytes) -> Document:
        """Load uploaded bytes as load_file loads a file of that name."""
        with tempfile.TemporaryDirectory() as folder:
            path = Path(folder) / Path(name).name
            path.write_bytes(content)
            return load_file(path)

    def _build(self) -> Any:
        import ipywidgets as w

        upload = w.FileUpload(accept=".txt", multiple=False, description=_("Upload .txt"))
        paste = w.Textarea(placeholder=_("… or paste a French text here"),
                           layout=w.Layout(width="100%", height="8em"))
        status = w.HTML(value=self._status_html())

        def on_upload(change: dict) -> None:
            files = change["new"]
            if files:
                item = files[0]
                self.update(name=item["name"], content=bytes(item["content"]))
                status.value = self._status_html()

        def on_paste(change: dict) -> None:
            self.update(pasted=change["new"])
            status.value = self._status_html()

        upload.observe(on_upload, names="value")
        paste.observe(on_paste, names="value")
        self.controls = {"upload": upload, "paste": paste, "status": status}
        return w.VBox([upload, paste, status])

    def _status_html(self) -> str:
        from html import escape

        lines = escape(self.status).replace("\n", "<br>")
        return f'<p class="text-loader-status">{lines}</p>'

    def __repr__(self) -> str:
        loaded = repr(self.document.source) if self.document is not None else "nothing"
        return f"TextLoader(loaded={loaded})"
