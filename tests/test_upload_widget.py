"""The lesson 06 text loader, without a browser: its update() is what the widget calls."""

import pytest

from helpers.text.corpus import SEEDS
from helpers.widgets.upload import TextLoader

# A sentence of the article: ’, « », é all exist in Windows-1252 too
TEXT = ("L’objectif de cette rencontre était de renforcer les « liens historiques » entre "
        "Moscou et Pyongyang.")


def test_utf8_upload():
    loader = TextLoader()
    status = loader.update(name="rencontre.txt", content=TEXT.encode("utf-8"))
    assert status == f"Loaded rencontre.txt: {len(TEXT)} characters, 1 paragraph."
    assert loader.document.text == TEXT
    assert loader.document.source == "rencontre.txt"


def test_cp1252_upload_is_decoded_with_a_warning():
    loader = TextLoader()
    status = loader.update(name="rencontre.txt", content=TEXT.encode("cp1252"))
    first, *warning = status.split("\n")
    assert first == f"Loaded rencontre.txt: {len(TEXT)} characters, 1 paragraph."
    assert warning and warning[0].startswith("⚠ 'rencontre.txt' is not UTF-8")
    assert "cp1252" in warning[0]
    assert loader.document.text == TEXT  # nothing lost: ’, « » and accents kept


def test_png_upload_gives_the_load_text_error_and_keeps_the_last_document():
    loader = TextLoader()
    loader.update(pasted=TEXT)
    status = loader.update(name="photo.png", content=b"\x89PNG\r\n\x1a\n" + bytes(64))
    assert status.startswith("✗ 'photo.png' looks like a PNG image, not text.")
    assert loader.document.text == TEXT


def test_pasted_text():
    loader = TextLoader()
    status = loader.update(pasted="Un.\n\nDeux.")
    assert status == "Loaded the pasted text: 10 characters, 2 paragraphs."
    assert loader.document.source == "<text>"
    assert repr(loader) == "TextLoader(loaded='<text>')"


def test_empty_paste_and_nothing_given():
    loader = TextLoader()
    assert loader.update(pasted="").startswith("✗ load_text() was given an empty string")
    assert loader.update().startswith("✗ Nothing to load")
    assert loader.document is None
    assert repr(loader) == "TextLoader(loaded=nothing)"


def test_the_default_text_loads():
    loader = TextLoader()
    content = (SEEDS / "other_text.txt").read_bytes()
    text = content.decode("utf-8")
    assert loader.update(name="other_text.txt", content=content) == (
        f"Loaded other_text.txt: {len(text)} characters, 4 paragraphs.")


def test_the_article_uploads_with_one_paragraph_per_line():
    loader = TextLoader()  # the article has no blank line: each of its 5 lines is a paragraph
    content = (SEEDS / "article.txt").read_bytes()
    assert loader.update(name="article.txt", content=content) == (
        f"Loaded article.txt: {len(content.decode('utf-8'))} characters, 5 paragraphs.")


def test_widget_updates_its_status_line():
    pytest.importorskip("ipywidgets")
    loader = TextLoader()
    loader.widget  # noqa: B018 - builds the panel
    loader.controls["paste"].value = "Bonjour."
    assert "Loaded the pasted text: 8 characters" in loader.controls["status"].value


def test_pasted_text_is_text_even_when_it_looks_like_a_path():
    loader = TextLoader()
    for pasted in ("/etc/passwd", "et/ou", "."):
        status = loader.update(pasted=pasted)
        assert status.startswith("Loaded the pasted text"), status
        assert loader.document.text == pasted
