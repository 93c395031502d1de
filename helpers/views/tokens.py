"""Show tokens in their text: each token a shaded box, whitespace kept as it is.

>>> from helpers.text.tokens import token_spans
>>> html = tokens_html(token_spans("L’objectif était clair."))
>>> html.count('class="tok ')
5
"""

from __future__ import annotations

from collections.abc import Sequence
from html import escape

from ..display_mode import scale_css
from ..translation import gettext as _

# Two tints that stay distinct for every common colour-vision deficiency
# (blue/orange pair), with a border so shading is not the only cue.
_STYLE = (
    "<style>.tokens{font:15px/2.1 system-ui,sans-serif;white-space:pre-wrap;color:#1B1B1B}"
    ".tokens .tok{border:1px solid #6b7280;border-radius:3px;padding:1px 2px;margin:0 1px}"
    ".tokens .t0{background:#dbeafe}.tokens .t1{background:#fde6c8}"
    ".tokens .gap{color:#9ca3af}</style>"
)


def tokens_html(spans: Sequence, text: str | None = None, *, limit: int = 400) -> str:
    """HTML of tokens as alternating boxes; hovering one shows its index and span.

    ``spans`` are objects with ``text``, ``start`` and ``end`` (``Token``). When
    ``text`` is given, the characters between tokens are shown too, so you can
    see what a tokenizer left out (non-breaking spaces show as ``⍽``).
    """
    parts = [scale_css(_STYLE), '<div class="tokens">']
    previous_end = spans[0].start if spans else 0
    for index, token in enumerate(spans[:limit]):
        if text is not None and token.start > previous_end:
            gap = text[previous_end:token.start].replace("\u00a0", "⍽")
            parts.append(f'<span class="gap">{escape(gap)}</span>')
        elif text is None and index:
            parts.append(" ")
        title = f"#{index} · {token.start}–{token.end}"
        parts.append(f'<span class="tok t{index % 2}" title="{title}">{escape(token.text)}</span>')
        previous_end = token.end
    if len(spans) > limit:
        parts.append(escape(_(" … and {n} more tokens").format(n=len(spans) - limit)))
    parts.append("</div>")
    return "".join(parts)
