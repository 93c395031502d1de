"""Show entities: highlighted in their text (like displaCy), a gold-vs-prediction diff,
and score and error tables as plain text.

Colours come from the Okabe–Ito palette (distinct for every common colour-vision
deficiency), and every highlight also carries its label as text, so colour is
never the only cue. All text is HTML-escaped.

>>> from helpers.entities import Mention
>>> html = entities_html("Kim Jong-un à Pyongyang", [Mention("Kim Jong-un", 0, 11, "PER"),
...                                                   Mention("Pyongyang", 14, 23, "LOC")])
>>> html.count('class="ent ent-'), 'data-label="PER"' in html
(2, True)
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from html import escape

from ..display_mode import scale_css
from ..entities.extraction import Difference, Mention
from ..evaluation import Score
from ..translation import N_, ngettext
from ..translation import gettext as _

__all__ = ["COLOURS", "TYPE_COLOURS", "TYPE_NAMES", "diff_html", "entities_html", "error_table",
           "score_table", "shown_rule"]

#: label -> (background tint, border / legend colour): Okabe–Ito hues.
COLOURS: Mapping[str, tuple[str, str]] = {
    "PER": ("#FBE3B3", "#E69F00"),   # orange
    "LOC": ("#CDE8F8", "#0072B2"),   # blue
    "ORG": ("#BFE6DA", "#009E73"),   # bluish green
    "MISC": ("#F0D5E6", "#CC79A7"),  # reddish purple
    "DATE": ("#FAF5C0", "#8A7F00"),  # yellow (a darker border, readable on white)
}
_OTHER = ("#E5E7EB", "#6B7280")
_BOX = "border-radius:4px;padding:1px 3px"
_NAMES = {"PER": N_("person"), "LOC": N_("place"), "ORG": N_("organisation"),
          "MISC": N_("other name"), "DATE": N_("date")}
_CANDIDATE = N_("candidate")
#: The entity types the figures draw (map, network): the legend colour and name of each.
TYPE_COLOURS = {label: COLOURS[label][1] for label in ("PER", "LOC", "ORG", "MISC")}
TYPE_NAMES = {label: _NAMES[label] for label in TYPE_COLOURS}

_STYLE = (
    "<style>"
    ".ents{font:15px/2.3 system-ui,sans-serif;white-space:pre-wrap;color:#1B1B1B}"
    ".ents .ent{border-radius:4px;padding:1px 3px;margin:0 1px;border:2px solid}"
    ".ents .ent-label{font-size:10px;font-weight:bold;margin-left:4px;vertical-align:middle;"
    "letter-spacing:0.03em}"
    ".ents .legend{margin-bottom:6px;font-size:13px}"
    ".ents .legend span{border:2px solid;border-radius:4px;padding:0 4px;margin-right:6px}"
    ".ents .tag{font-size:10px;font-weight:bold;margin-left:4px}"
    "</style>"
)
# Dark text on every tint, inline: JupyterLab drops a <style> from an untrusted notebook's
# outputs, and its dark theme would otherwise write light text on the light tints.
_INK = "#1B1B1B"
# Diff boxes: a border style and a mark per kind, not only a colour. Inline, so that
# they survive where a notebook's <style> is not applied.
_DIFF = {
    "match": "border:2px solid #009E73;background:#E6F4EF;color:#1B1B1B",
    "fp": "border:2px dotted #D55E00;background:#FBE0D0;color:#1B1B1B",
    "fn": "border:2px dashed #0072B2;background:#DCEBF7;color:#1B1B1B",
    "mixed": "border:2px solid #D55E00;background:#FBE0D0;color:#1B1B1B",
}


def _colours(label: str | None) -> tuple[str, str]:
    return COLOURS.get(label or "", _OTHER)


def _legend(labels: Iterable[str]) -> str:
    items = []
    for label in labels:
        tint, border = _colours(label)
        items.append(f'<span style="background:{tint};border-color:{border};color:{_INK}">'
                     f'{escape(label)} · {escape(_(_NAMES.get(label, _CANDIDATE)))}</span>')
    return f'<div class="legend">{"".join(items)}</div>' if items else ""


def _visible(mentions: Iterable[Mention], labels: Iterable[str] | None) -> list[Mention]:
    keep = None if labels is None else set(labels)
    shown = sorted((m for m in mentions if keep is None or (m.label or "?") in keep),
                   key=lambda m: (m.start, -m.end))
    out: list[Mention] = []
    for m in shown:  # nested or overlapping mentions: the first one wins
        if not out or m.start >= out[-1].end:
            out.append(m)
    return out


def entities_html(text: str, mentions: Iterable[Mention], *,
                  labels: Iterable[str] | None = None, legend: bool = True) -> str:
    """The text with each mention highlighted: a colour per label, and the label in text.

    ``labels`` lists the labels to show (default: all). Hovering a highlight shows
    its canonical name, country and the rule that found it. Mentions that
    overlap one shown before are left out.
    """
    visible = _visible(mentions, labels)
    order = [label for label in (*COLOURS, "?") if any((m.label or "?") == label
                                                       for m in visible)]
    parts = [scale_css(_STYLE), '<div class="ents">']
    if legend:
        parts.append(_legend(order))
    position = 0
    for m in visible:
        parts.append(escape(text[position : m.start]))
        label = m.label or "?"
        tint, border = _colours(m.label)
        details = [label]
        if m.entity:
            details.append(m.entity)
        if m.country:
            details.append(m.country)
        if m.rule:
            details.append(shown_rule(m.rule))
        parts.append(
            f'<mark class="ent ent-{escape(label)}" data-label="{escape(label)}" '
            f'data-start="{m.start}" data-end="{m.end}" title="{escape(" · ".join(details))}" '
            f'style="background:{tint};border-color:{border};color:{_INK}">'
            f'{escape(text[m.start : m.end])}'
            f'<span class="ent-label">{escape(label)}</span></mark>'
        )
        position = m.end
    parts.append(escape(text[position:]))
    parts.append("</div>")
    return "".join(parts)


Item = tuple[int, int, str, Mention]  # (start, end, "gold" or "pred", mention)


def _overlapping(gold: Sequence[Mention], predicted: Sequence[Mention]) -> list[list[Item]]:
    """Gold and predicted mentions in text order, grouped where they overlap."""
    items = sorted([(m.start, m.end, "gold", m) for m in gold]
                   + [(m.start, m.end, "pred", m) for m in predicted],
                   key=lambda x: (x[0], -x[1], x[2]))
    groups: list[list[Item]] = []
    for item in items:
        if groups and item[0] < max(end for _, end, _, _ in groups[-1]):
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


def _judge(golds: list[Mention], preds: list[Mention]) -> tuple[str, str]:
    """A group's kind (match, fp, fn, mixed) and the tag that says it in words."""
    if len(golds) == len(preds) == 1 and (golds[0].start, golds[0].end, golds[0].label) \
            == (preds[0].start, preds[0].end, preds[0].label):
        return "match", f"✓ {golds[0].label}"
    if not golds:
        return "fp", _("+ {labels} (false positive)").format(
            labels=" ".join(f"{m.label or '?'}" for m in preds))
    if not preds:
        return "fn", _("− {labels} (missed)").format(labels=" ".join(f"{m.label}" for m in golds))
    return "mixed", _("≠ gold {gold} · predicted {predicted}").format(
        gold=", ".join(_("«{text}» {label}").format(text=m.text, label=m.label) for m in golds),
        predicted=", ".join(_("«{text}» {label}").format(text=m.text, label=m.label or "?")
                            for m in preds))


_KINDS = {"match": N_("✓ match"), "fp": N_("+ false positive"), "fn": N_("− missed"),
          "mixed": N_("≠ wrong type or span")}


def _diff_summary(counts: Mapping[str, int]) -> str:
    says = {kind: _("{kind}: {count}").format(kind=_(_KINDS[kind]), count=counts[kind])
            for kind in _DIFF}
    return '<div class="legend">' + " ".join(
        f'<span class="{kind}" style="{_DIFF[kind]};{_BOX}">{escape(says[kind])}</span>'
        for kind in _DIFF) + "</div>"


def diff_html(text: str, gold: Sequence[Mention], predicted: Sequence[Mention], *,
              labels: Iterable[str] | None = None) -> str:
    """Gold against a prediction, in the text: what matches, what is extra, what is missed.

    Each group of overlapping mentions is one box: solid green ✓ when the
    prediction is exactly the gold mention, dotted orange ``+`` for a false
    positive, dashed blue ``−`` for a false negative, solid orange ``≠`` for a
    wrong type or span (with both shown). Marks and words say it as well as colours.
    """
    keep = None if labels is None else set(labels)
    gold = [m for m in gold if keep is None or m.label in keep]
    predicted = [m for m in predicted if keep is None or m.label in keep]
    counts = {"match": 0, "fp": 0, "fn": 0, "mixed": 0}
    boxes = []
    position = 0
    for group in _overlapping(gold, predicted):
        start = min(s for s, _, _, _ in group)
        end = max(e for _, e, _, _ in group)
        kind, tag = _judge([m for _, _, side, m in group if side == "gold"],
                           [m for _, _, side, m in group if side == "pred"])
        counts[kind] += 1
        boxes.append(escape(text[position:start]))
        boxes.append(f'<span class="{kind}" data-kind="{kind}" data-start="{start}" '
                     f'data-end="{end}" style="{_DIFF[kind]};{_BOX}">{escape(text[start:end])}'
                     f'<span class="tag">{escape(tag)}</span></span>')
        position = end
    boxes.append(escape(text[position:]))
    return "".join([scale_css(_STYLE), '<div class="ents">', _diff_summary(counts), *boxes,
                    "</div>"])


def score_table(scores: Mapping[str, Score]) -> str:
    """A plain-text table of scores, one row per label (from ``scores_by_label``).

    >>> from helpers.evaluation import prf
    >>> print(score_table({"PER": prf([1, 2], [1, 3])}))
    label  gold  found  right  precision  recall     F1
    PER       2      2      1      0.500   0.500  0.500
    """
    # Translators: a table's header; its columns are 5, 5, 6, 6, 10, 7 and 6 characters wide,
    # the first aligned left, the others right: keep each word within its column
    lines = [_("label  gold  found  right  precision  recall     F1")]
    for label, s in scores.items():
        lines.append(f"{label:5} {s.tp + s.fn:5d} {s.tp + s.fp:6d} {s.tp:6d} "
                     f"{s.precision:10.3f} {s.recall:7.3f} {s.f1:6.3f}")
    return "\n".join(lines)


def _cell(m: Mention | None) -> str:
    if m is None:
        return "—"
    return f"{m.text} ({m.label or '?'})"


def error_table(rows: Sequence[Difference], *, limit: int = 40, rules: bool = True) -> str:
    """A plain-text table of errors (from :func:`helpers.entities.compare`).

    >>> from helpers.entities import Mention, compare
    >>> print(error_table(compare([Mention("Moon Jae-in", 1870, 1881, "PER")],
    ...                           [Mention("Moon Jae-in", 1870, 1881, "ORG")])))
    kind            at    gold                          predicted
    wrong type      1870  Moon Jae-in (PER)             Moon Jae-in (ORG)
    """
    if not rows:
        return _("no errors")
    ruled = rules and any(d.predicted is not None and d.predicted.rule for d in rows)
    # Translators: a table's header; its columns are 15, 5, 29 and 29 characters wide, with a
    # space between two: keep each word within its column
    head = _("kind            at    gold                          predicted")
    rule = _("rule")
    lines = [f"{head:81}  {rule}" if ruled else head]
    for d in rows[:limit]:
        kind = _(_ERROR_KINDS.get(d.kind, d.kind))
        line = f"{kind:15} {d.start:<5} {_cell(d.gold):29} {_cell(d.predicted):29}"
        if ruled and d.predicted is not None and d.predicted.rule:
            line += f"  {shown_rule(d.predicted.rule)}"
        lines.append(line.rstrip())
    if len(rows) > limit:
        more = len(rows) - limit
        lines.append(ngettext("… and {n} more", "… and {n} more", more).format(n=more))
    return "\n".join(lines)


# The kinds of error and the rules are values the code compares: they stay English in the
# data, and are translated only where a table or a tooltip shows them.
_ERROR_KINDS = {"wrong type": N_("wrong type"), "wrong span": N_("wrong span"),
                "false positive": N_("false positive"), "false negative": N_("false negative")}
_RULES = {"run": N_("run"), "gazetteer": N_("gazetteer"), "portfolio": N_("portfolio"),
          "gold": N_("gold"), "date pattern": N_("date pattern"), "head": N_("head"),
          "guess: a lone name": N_("guess: a lone name"),
          "shape: two capitalised words": N_("shape: two capitalised words"),
          "shape: acronym": N_("shape: acronym")}
_RULE_PARTS = {"cue: ": N_("cue: {value}"), "head: ": N_("head: {value}"),
               "shape: … du ": N_("shape: … du {value}"),
               "same name as ": N_("same name as {value}"), "evidence: ": N_("evidence: {value}")}


def shown_rule(rule: str) -> str:
    """A mention's rule as the language in effect writes it (the value itself stays English).

    >>> shown_rule("cue: à"), shown_rule("guess: a lone name")
    ('cue: à', 'guess: a lone name')
    """
    if rule in _RULES:
        return _(_RULES[rule])
    for start, message in _RULE_PARTS.items():
        if rule.startswith(start):
            return _(message).format(value=rule[len(start):])
    return rule
