"""Benchmark the kit's entity extractor against spaCy's fr_core_news_sm.

Run from the project root:  .venv/bin/python bench/entities.py

1. F1 (span + type) on the article, against seeds/gold_entities.tsv: the rules
   (helpers.extract_entities), the rules without the gazetteer, spaCy, and spaCy
   on the text with ’ replaced by '.
2. The same per unseen text of tests/data/unseen/ (development and held-out texts).
3. Speed: the median time of extract_entities(article) after import (warm).
4. Text nobody here wrote: the production extractor (helpers.entities.ner.recognize), lesson 04's
   rules and spaCy sm and md on the development split of bench/data/ner (news and
   novels from shared/data, annotated by hand), speeds as ratios to spaCy md's full
   pipeline, all in one run (bench/ner_eval.py; `--split test` there, once, for the
   held-out figures).
"""

from __future__ import annotations

import statistics
import sys
import time
from pathlib import Path

from helpers.entities import (
    extract_entities,
    load_gold_entities,
    score,
    spacy_entities,
)
from helpers.entities.extraction.analysis import analyse
from helpers.text.corpus import load_article

ROOT = Path(__file__).resolve().parents[1]

UNSEEN = ROOT / "tests" / "data" / "unseen"
TARGET_F1, TARGET_MS = 0.95, 20.0


def row(name: str, text: str, gold: list) -> tuple[float, float]:
    rules = score(gold, extract_entities(text)).f1
    bare = score(gold, extract_entities(text, gazetteer=False)).f1
    spacy = score(gold, spacy_entities(text)).f1
    straight = score(gold, spacy_entities(text, straight_apostrophes=True)).f1
    print(f"{name:30} {len(gold):5d} {rules:7.3f} {bare:10.3f} {spacy:7.3f} {straight:10.3f}")
    return rules, spacy


def main() -> None:
    article = load_article().text
    header = ("text", "gold", "rules", "no gazet.", "spaCy", "spaCy '")
    print(f"{header[0]:30} {header[1]:>5} {header[2]:>7} {header[3]:>10} {header[4]:>7} "
          f"{header[5]:>10}")
    rules, _ = row("article", article, load_gold_entities())
    print("-" * 74)
    unseen = []
    for path in sorted(UNSEEN.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        kind = "held-out" if "Held-out" in path.with_suffix(".tsv").read_text("utf-8") else "dev"
        gold = load_gold_entities(path.with_suffix(".tsv"), text=text)
        unseen.append(row(f"{path.stem} ({kind})", text, gold))
    mean_rules = statistics.mean(r for r, _ in unseen)
    mean_spacy = statistics.mean(s for _, s in unseen)
    print(f"{'mean of unseen texts':30} {'':5} {mean_rules:7.3f} {'':10} {mean_spacy:7.3f}")

    times = []
    for _ in range(50):
        analyse.cache_clear()  # time the whole work, tokenizing included
        start = time.perf_counter()
        extract_entities(article)
        times.append(time.perf_counter() - start)
    median_ms = 1000 * statistics.median(times)
    print()
    print(f"rules F1 on the article: {rules:.3f} (target ≥ {TARGET_F1})")
    print(f"extract_entities(article): median {median_ms:.2f} ms over 50 runs "
          f"(target ≤ {TARGET_MS:.0f} ms)")
    print()
    import importlib.util  # bench/ner_eval.py, the script beside this one

    here = Path(__file__).with_name("ner_eval.py")
    spec = importlib.util.spec_from_file_location("ner_eval", here)
    ner_eval = importlib.util.module_from_spec(spec)
    sys.modules["ner_eval"] = ner_eval  # its dataclasses look their module up
    spec.loader.exec_module(ner_eval)
    ner_eval.main(["--split", "dev"])  # skips with a message without shared/data


if __name__ == "__main__":
    main()
