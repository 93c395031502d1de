"""The swap check: what another article lacks for the lessons, and which gold to redo."""

import json
import subprocess
import sys

from helpers.article_check import check_article
from helpers.text.corpus import SEEDS

ARTICLE = (SEEDS / "article.txt").read_text(encoding="utf-8")


def test_the_article_has_everything_and_its_gold_matches():
    report = check_article(SEEDS / "article.txt")
    assert report.missing == []
    assert report.stale == []
    text = repr(report)
    assert "souien" in text  # the typo of the bug hunt
    assert "hier jeudi" in text  # the relative date
    assert "✓ 04        a meeting the relation patterns find: Vladimir Poutine" in text


def test_another_text_says_what_it_lacks_and_which_gold_to_redo():
    report = check_article(SEEDS / "other_text.txt")
    assert "01: a word no dictionary knows (a typo for the bug hunt)" in report.missing
    assert "04: a capital standing for its state (metonymy)" in report.missing
    assert report.stale[:3] == ["gold_tokens.txt", "gold_entities.tsv", "gold_links.tsv"]
    assert "redo gold_tokens.txt, gold_entities.tsv, gold_links.tsv" in repr(report)


def test_one_changed_word_makes_the_gold_stale(tmp_path):
    """The article with one word longer: the tokens no longer tile, offsets after it shift."""
    changed = ARTICLE.replace("dirigeants", "dirigeantes", 1)
    path = tmp_path / "article.txt"
    path.write_text(changed, encoding="utf-8")
    (tmp_path / "article.json").write_text(
        (SEEDS / "article.json").read_text(encoding="utf-8"), encoding="utf-8")
    report = check_article(path)
    assert report.missing == []  # the lessons would still work…
    assert report.stale == ["gold_tokens.txt", "gold_entities.tsv", "gold_links.tsv"]
    assert "36 of 36 offsets do not match" in "\n".join(report.gold)
    assert "✓ article.json matches the text" in report.gold


def test_metadata_beside_the_text_is_checked(tmp_path):
    path = tmp_path / "a.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    assert "a.json is missing" in "\n".join(check_article(path).gold)
    (tmp_path / "a.json").write_text(json.dumps({"words": 3, "paragraphs": 5,
                                                 "publication_date": "2019-04-26"}))
    assert "a.json says 3 words, 5 paragraphs; the text has 344, 5" in "\n".join(
        check_article(path).gold)


def test_a_short_text_lacks_paragraphs_length_and_people():
    report = check_article("Paul est à Lyon. Il pleut.")
    for need in ("00 02 04: three paragraphs or more",
                 "00: a length a class can read (150–1,500 words)",
                 "03 04: two people or more", "04: a meeting the relation patterns find"):
        assert need in report.missing


def _cli(*args):
    return subprocess.run([sys.executable, "-m", "helpers.check", *args],
                          capture_output=True, text=True, timeout=120)


def test_command_line_exit_codes_and_messages(tmp_path):
    ok = _cli("--article", str(SEEDS / "article.txt"))
    assert ok.returncode == 0, ok.stderr
    assert "The text has everything the lessons show." in ok.stdout
    lacking = _cli("--article", str(SEEDS / "other_text.txt"))
    assert lacking.returncode == 1
    assert "✗ 01        a word no dictionary knows" in lacking.stdout
    missing = _cli("--article", str(tmp_path / "absent.txt"))
    assert missing.returncode == 2
    assert "No file found" in missing.stderr and "Traceback" not in missing.stderr
