"""Web pages (HTML): telling them apart from text, and keeping only their text.

>>> html_text("<p>Sommet de <b>Vladivostok</b></p>")
'Sommet de Vladivostok'
"""

from __future__ import annotations

import re
from html.parser import HTMLParser
from pathlib import Path

__all__ = ["html_text", "looks_html"]

_HTML_START = re.compile(r"\A\s*(?:<\?xml[^>]*>\s*)?<(?:!doctype\s+html|html[\s>])", re.I)
_HTML_TAG = re.compile(r"</?(?:p|div|span|br|a|body|head|meta|script|h[1-6]|li|table)\b[^>]*>",
                       re.I)


def looks_html(text: str, path: Path) -> bool:
    """A web page: by its name, its first tag, or many HTML tags in its first 10,000 chars.

    >>> looks_html("<!DOCTYPE html><html><p>Sommet</p></html>", Path("page.txt"))
    True
    >>> looks_html("Si a < b et b > c, alors…", Path("maths.txt"))
    False
    """
    if path.suffix.lower() in {".html", ".htm", ".xhtml"} or _HTML_START.match(text[:1000]):
        return True
    return len(_HTML_TAG.findall(text[:10_000])) >= 5


class _TextOnly(HTMLParser):
    """Collects the text of a page: no scripts or styles; blocks become paragraphs."""

    BLOCKS = frozenset({"p", "div", "br", "li", "h1", "h2", "h3", "h4", "h5", "h6", "tr",
                        "section", "article", "header", "footer", "blockquote", "title"})
    HIDDEN = frozenset({"script", "style", "noscript", "template", "svg"})

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.hidden = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag in self.HIDDEN:
            self.hidden += 1
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_endtag(self, tag: str) -> None:
        if tag in self.HIDDEN:
            self.hidden = max(0, self.hidden - 1)
        elif tag in self.BLOCKS:
            self.parts.append("\n\n")

    def handle_data(self, data: str) -> None:
        if not self.hidden:
            self.parts.append(data)


def html_text(page: str) -> str:
    """The text of an HTML page, one paragraph per block, without tags, scripts or styles.

    Uses the standard library's HTML parser (character references such as ``&eacute;``
    become characters); spaces inside a paragraph are collapsed to one.

    >>> html_text("<p>Poutine et <b>Kim Jong-un</b> à Vladivostok.</p><script>x=1</script>"
    ...           "<p>Moscou &amp; Pyongyang</p>")
    'Poutine et Kim Jong-un à Vladivostok.\\n\\nMoscou & Pyongyang'
    """
    parser = _TextOnly()
    parser.feed(page)
    parser.close()
    blocks = "".join(parser.parts).split("\n\n")
    paragraphs = (" ".join(block.split()) for block in blocks)
    return "\n\n".join(p for p in paragraphs if p)
