"""Benchmark frequency analysis: speed, memory, growth, the explorer, lemmatisation.

Run from the project root:  .venv/bin/python bench/frequency.py

1. Tokenize + count + top 50 on ../shared/data/corpus/fr_bulk.txt (6.3 MB):
   time and peak RSS, each size measured in a fresh process, at 1 %, 10 % and
   100 % of the lines (time should grow linearly). Budget: ≤ 3 s, ≤ 400 MB.
2. The explorer's update on the article: median of 20 calls with different
   settings, chart rendered to PNG as in the notebook. Budget: ≤ 150 ms.
3. Lemmatising the whole corpus, with lemmas cached per type, against one
   look-up per token (estimated on 10 % of the tokens).
"""

from __future__ import annotations

import json
import resource
import statistics
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = (ROOT / ".." / "shared" / "data" / "corpus" / "fr_bulk.txt").resolve()
FRACTIONS = (0.01, 0.10, 1.0)
BUDGET_S, BUDGET_MB, BUDGET_MS = 3.0, 400, 150


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def measure(fraction: float) -> dict[str, float]:
    """In this (fresh) process: tokenize + count + top 50 on the first `fraction` of lines."""
    from helpers import tokenize
    from helpers.frequency import count, most_common

    tokenize("Kim Jong-un a rencontré Poutine.")  # compile the pattern outside the timing
    before = peak_rss_mb()
    lines = BULK.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "".join(lines[: max(1, round(len(lines) * fraction))])
    del lines
    times, plain = [], []
    for _ in range(3):
        start = time.perf_counter()
        tokens = tokenize(text)
        middle = time.perf_counter()
        counts = count(tokens, casefold=True, punctuation=False)
        top = most_common(counts, 50)
        times.append((time.perf_counter() - start, middle - start))
        start = time.perf_counter()
        Counter(tokens).most_common(50)  # the floor: raw tokens, no normalisation
        plain.append(time.perf_counter() - start)
        del tokens
    total, tokenizing = min(times)
    return {"fraction": fraction, "mb": len(text.encode("utf-8")) / 1e6,
            "tokens": counts.total(), "types": len(counts), "seconds": total,
            "tokenize": tokenizing, "counter": min(plain), "top": top[:5],
            "rss_before": before, "rss_peak": peak_rss_mb()}


def in_fresh_process(fraction: float) -> dict:
    out = subprocess.run([sys.executable, __file__, "--one", str(fraction)], cwd=ROOT,
                         capture_output=True, text=True, check=True).stdout
    return json.loads(out)


def scale() -> None:
    print(f"1. Tokenize + count (casefold, no punctuation) + top 50 on {BULK.name}")
    print("   each size in a fresh process; time: best of 3")
    print(f"   {'lines':>6} {'MB':>6} {'words':>10} {'types':>7} {'tokenize':>9} "
          f"{'total':>8} {'µs/1k words':>11} {'peak RSS':>9} {'above start':>11}")
    rows = [in_fresh_process(f) for f in FRACTIONS]
    for r in rows:
        per = 1e9 * r["seconds"] / r["tokens"]
        print(f"   {r['fraction']:>6.0%} {r['mb']:>6.2f} {r['tokens']:>10,} {r['types']:>7,} "
              f"{1000 * r['tokenize']:>7.0f}ms {1000 * r['seconds']:>6.0f}ms {per:>11.0f} "
              f"{r['rss_peak']:>6.0f} MB {r['rss_peak'] - r['rss_before']:>8.0f} MB")
    small, mid, full = rows
    print(f"   growth: words ×{mid['tokens'] / small['tokens']:.1f} → time "
          f"×{mid['seconds'] / small['seconds']:.1f} (1 → 10 %); words "
          f"×{full['tokens'] / mid['tokens']:.1f} → time ×{full['seconds'] / mid['seconds']:.1f}"
          f" (10 → 100 %): linear or better")
    print("   (the time per 1,000 words falls as the text grows: the per-type work grows more "
          "slowly than the text)")
    extra = full["seconds"] - full["tokenize"]
    print(f"   counting (casefold, per type) adds {extra:.2f} s to tokenizing; a bare "
          f"Counter of raw tokens takes {full['counter']:.2f} s")
    verdict = full["seconds"] <= BUDGET_S and full["rss_peak"] <= BUDGET_MB
    print(f"   whole file: {full['seconds']:.2f} s (budget {BUDGET_S:.0f} s), peak RSS "
          f"{full['rss_peak']:.0f} MB (budget {BUDGET_MB} MB): {'OK' if verdict else 'OVER'}")
    print(f"   top 5: {full['top']}")


def explorer() -> None:
    from helpers.widgets.explorer import FrequencyExplorer

    panel = FrequencyExplorer()
    panel.widget  # noqa: B018 - build the panel, so that each update renders the PNG too
    queries = ["sanctions", "péninsule coréenne", "rencontr*", "Pyongyang", "(.*", ""]
    settings = [
        {"top_n": 5 + (i * 7) % 26, "stopwords": i % 2 == 0, "casefold": i % 3 != 0,
         "form": ("raw", "stem", "lemma")[i % 3], "query": queries[i % len(queries)]}
        for i in range(20)
    ]
    times = []
    for s in settings:
        start = time.perf_counter()
        panel.update(**s)
        times.append(time.perf_counter() - start)
    median = 1000 * statistics.median(times)
    print("\n2. Explorer update on the article (20 calls, different settings, PNG rendered)")
    print(f"   median {median:.0f} ms, min {1000 * min(times):.0f} ms, max "
          f"{1000 * max(times):.0f} ms (budget {BUDGET_MS} ms median): "
          f"{'OK' if median <= BUDGET_MS else 'OVER'}")


def lemmatisation() -> None:
    import simplemma

    from helpers import tokenize
    from helpers.frequency.counts import _lemma, count, types_for_share, zipf_fit

    tokens = tokenize(BULK.read_text(encoding="utf-8"))
    simplemma.lemmatize("rencontrés", lang="fr")  # load the dictionary outside the timing
    _lemma.cache_clear()
    start = time.perf_counter()
    lemmas = count(tokens, casefold=True, punctuation=False, form="lemma")
    cached = time.perf_counter() - start
    info = _lemma.cache_info()
    words = count(tokens, casefold=True, punctuation=False)
    sample = [t.casefold() for t in tokens[::10] if any(c.isalnum() for c in t)]
    scale_up = sum(words.values()) / len(sample)
    naive = {}
    for name, lemmatizer in [("simplemma's own cache", simplemma.Lemmatizer()),
                             ("no cache at all", simplemma.Lemmatizer(cache_max_size=0))]:
        start = time.perf_counter()
        for token in sample:
            lemmatizer.lemmatize(token, lang="fr")
        naive[name] = (time.perf_counter() - start) * scale_up
    print("\n3. Lemmatising the whole corpus (simplemma), casefolded, punctuation left out")
    print(f"   {len(tokens):,} tokens ({sum(words.values()):,} words), {len(Counter(tokens)):,} "
          f"distinct tokens, {len(words):,} casefolded word types → {len(lemmas):,} lemmas")
    print(f"   kit, cached per type: {cached:.2f} s for {info.misses:,} look-ups "
          f"({sum(words.values()) / info.misses:.0f}× fewer than words)")
    for name, seconds in naive.items():
        print(f"   one look-up per word, {name}: {seconds:.2f} s (estimated on every 10th "
              f"token) → ×{seconds / cached:.1f} the kit's time")
    fit = zipf_fit(words)
    print(f"   Zipf on the corpus: {fit}; {types_for_share(words, 0.5)} types cover 50 % "
          f"of the tokens")


def main() -> None:
    if len(sys.argv) == 3 and sys.argv[1] == "--one":
        print(json.dumps(measure(float(sys.argv[2]))))
        return
    if not BULK.exists():
        print(f"{BULK} is absent: sections 1 and 3 skipped (they need ../shared/data/).")
    else:
        scale()
    explorer()
    if BULK.exists():
        lemmatisation()


if __name__ == "__main__":
    main()
