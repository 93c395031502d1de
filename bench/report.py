"""Benchmark helpers.reporting on a big French text: time and peak memory as the text grows.

Run from the project root:  .venv/bin/python bench/report.py

Reads ../shared/data/corpus/fr_bulk.txt (6.3 MB, one sentence per line) and runs
``report(doc)`` on its first 1 %, 10 % and 100 % of lines, each in a fresh
subprocess, so that every peak RSS (resource.getrusage ru_maxrss) is its own.
Budgets for 100 %: 60 s and 1.5 GB. Linear growth gives ratios near 10.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
BULK = ROOT / ".." / "shared" / "data" / "corpus" / "fr_bulk.txt"
SHARES = (0.01, 0.10, 1.00)
BUDGET_S, BUDGET_MB = 60.0, 1536.0

_CHILD = r"""
import json, resource, sys, time
from pathlib import Path
share, path = float(sys.argv[1]), sys.argv[2]
lines = Path(path).read_text(encoding="utf-8").splitlines(keepends=True)
text = "".join(lines[: max(1, round(len(lines) * share))])
t0 = time.perf_counter()
from helpers.text.corpus import load_text
from helpers.reporting import report
doc = load_text(text)
r = report(doc, progress=False)
seconds = time.perf_counter() - t0
peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
print(json.dumps({"seconds": seconds, "peak_mb": peak_kb / 1024, "chars": len(text),
                  "tokens": r.size.tokens, "sentences": r.size.sentences,
                  "entities": len(r.entities)}))
"""


def run(share: float) -> dict:
    """One report in a fresh Python: its time (imports included) and peak RSS."""
    out = subprocess.run([sys.executable, "-c", _CHILD, str(share), str(BULK)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> int:
    if not BULK.is_file():
        print(f"skipped: {BULK.resolve()} is absent (the shared bulk corpus is needed)")
        return 0
    print(f"helpers.reporting on {BULK.resolve().name} ({BULK.stat().st_size / 1e6:.1f} MB), "
          "each size in a fresh process")
    print(f"{'share':>6} {'characters':>11} {'tokens':>10} {'sentences':>9} {'entities':>8} "
          f"{'x text':>7} {'time s':>8} {'x time':>7} {'peak MB':>8} {'x mem':>6}")
    rows = []
    for share in SHARES:
        row = run(share)
        prev = rows[-1] if rows else None
        growth_c = f"{row['chars'] / prev['chars']:.1f}" if prev else "-"
        growth_t = f"{row['seconds'] / prev['seconds']:.1f}" if prev else "-"
        growth_m = f"{row['peak_mb'] / prev['peak_mb']:.1f}" if prev else "-"
        rows.append(row)
        print(f"{share:>6.0%} {row['chars']:>11,} {row['tokens']:>10,} {row['sentences']:>9,} "
              f"{row['entities']:>8,} {growth_c:>7} {row['seconds']:>8.1f} {growth_t:>7} "
              f"{row['peak_mb']:>8.0f} {growth_m:>6}", flush=True)
    full = rows[-1]
    ok_t, ok_m = full["seconds"] <= BUDGET_S, full["peak_mb"] <= BUDGET_MB
    print(f"100 %: {full['seconds']:.1f} s (budget {BUDGET_S:.0f} s): {'OK' if ok_t else 'OVER'}"
          f"; peak {full['peak_mb']:.0f} MB (budget {BUDGET_MB / 1024:.1f} GB = "
          f"{BUDGET_MB:.0f} MB): {'OK' if ok_m else 'OVER'}")
    print(f"growth 1 % → 100 %: time ×{full['seconds'] / rows[0]['seconds']:.1f}, "
          f"text ×{full['chars'] / rows[0]['chars']:.0f} "
          "(time includes imports and loading the word lists, a fixed cost)")
    return 0 if ok_t and ok_m else 1


if __name__ == "__main__":
    sys.exit(main())
