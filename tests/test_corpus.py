"""helpers.text.corpus: the seed article, load_text and every way loading can go wrong."""

import codecs
import copy
import datetime
import json
import os
import pickle
import time
import tracemalloc
import warnings
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from helpers.text import corpus
from helpers.text.corpus import Document, load_article, load_file, load_text, split_paragraphs

SEEDS = Path(__file__).resolve().parents[1] / "seeds"
ARTICLE = (SEEDS / "article.txt").read_text(encoding="utf-8")
PNG = b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00\x00\x01\x00\x00\x00\x01\x08\x06\x00\x00\x00"


@pytest.fixture
def in_tmp(tmp_path, monkeypatch):
    """Run the test inside an empty temporary folder."""
    monkeypatch.chdir(tmp_path)
    return tmp_path


def no_warning(func, *args, **kwargs):
    with warnings.catch_warnings():
        warnings.simplefilter("error")
        return func(*args, **kwargs)


# --- the seed article ---------------------------------------------------------------


def test_article_fields():
    article = load_article()
    assert isinstance(article, Document)
    assert article.text == ARTICLE  # exactly the file: not stripped, nothing normalised
    assert article.source == "article.txt"
    assert "’" in article.text and "'" not in article.text  # every apostrophe ’, kept
    assert "« liens historiques »" in article.text  # guillemets, ordinary spaces, kept
    assert "\n\n" not in article.text and not article.text.endswith("\n")
    assert article.text.startswith("Les dirigeants russe Vladimir Poutine et nord-coréen")


def test_article_paragraphs_are_its_lines():
    """The article has no blank line: each of its five lines is a paragraph."""
    article = load_article()
    assert len(article.paragraphs) == 5
    assert article.paragraphs == ARTICLE.split("\n")
    assert article.paragraphs[1].startswith("L’objectif de cette rencontre")
    assert all(p in article.text for p in article.paragraphs)


def test_article_meta_and_dates():
    meta = load_article().meta
    assert meta == json.loads((SEEDS / "article.json").read_text(encoding="utf-8"))
    assert meta["language"] == "fr" and meta["encoding"] == "utf-8"
    assert meta["paragraphs"] == len(load_article().paragraphs) == 5
    assert meta["words"] == len(ARTICLE.split())
    assert meta["title"].strip()
    event = datetime.date.fromisoformat(meta["event_date"])
    published = datetime.date.fromisoformat(meta["publication_date"])
    assert event == datetime.date(2019, 4, 25)
    assert event.strftime("%A") == "Thursday"  # "hier jeudi"
    assert published - event == datetime.timedelta(days=1)
    assert published.strftime("%A") == "Friday"
    assert "hier jeudi" in ARTICLE and "hier jeudi" in meta["publication_date_note"]


def test_article_is_cached_and_read_only():
    article = load_article()
    assert load_article() is article
    with pytest.raises(TypeError, match=r"read-only.*dict\(doc\.meta\)"):
        article.meta["title"] = "autre"
    with pytest.raises(TypeError, match=r"read-only.*list\(doc\.paragraphs\)"):
        article.paragraphs.append("autre")
    with pytest.raises(TypeError):
        del article.paragraphs[0]
    with pytest.raises(AttributeError):
        article.text = "autre"  # type: ignore[misc]
    assert len(article.paragraphs) == 5 and "autre" not in article.meta.values()
    mine = list(article.paragraphs)
    mine.append("ok")  # copies are ordinary lists
    assert len(mine) == 6


def test_article_repr_is_short_and_has_no_address():
    text = repr(load_article())
    assert text == (
        "Document('Les dirigeants russe…', 5 paragraphs, 2,130 characters, "
        "source='article.txt')"
    )
    assert "0x" not in text and "/" not in text
    assert str(load_article()) == ARTICLE


def test_article_survives_copy_pickle_and_json():
    article = load_article()
    assert pickle.loads(pickle.dumps(article)) == article
    assert copy.deepcopy(article) == article
    assert hash(copy.copy(article)) == hash(article)
    assert json.loads(json.dumps(article.meta)) == article.meta
    assert json.loads(json.dumps(article.paragraphs)) == article.paragraphs


def test_missing_seeds_folder_says_pip_install_e(tmp_path, monkeypatch):
    monkeypatch.setattr(corpus, "SEEDS", tmp_path / "nowhere")
    load_article.cache_clear()
    try:
        with pytest.raises(FileNotFoundError, match=r"pip install -e \."):
            load_article()
    finally:
        monkeypatch.undo()
        load_article.cache_clear()
    assert len(load_article().paragraphs) == 5


# --- Document -------------------------------------------------------------------------


def test_document_from_text_splits_paragraphs():
    doc = Document("Un.\n\nDeux.")
    assert doc.paragraphs == ["Un.", "Deux."]
    assert doc.meta == {} and doc.source == "<text>"
    assert repr(doc) == "Document('Un. Deux.', 2 paragraphs, 10 characters, source='<text>')"
    assert repr(Document("Un.")).endswith("1 paragraph, 3 characters, source='<text>')")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Un seul paragraphe.", ["Un seul paragraphe."]),
        # no blank line anywhere: one paragraph per line (the article, pasted news)
        ("Ligne 1\nLigne 2", ["Ligne 1", "Ligne 2"]),
        ("Ligne 1\r\nLigne 2\r\n", ["Ligne 1", "Ligne 2"]),  # Windows line endings
        ("  A\n\n\nB\n", ["A", "B"]),  # empty lines are not paragraphs
        # blank lines somewhere: they separate paragraphs, single breaks stay inside
        ("A\nsuite\n\nB", ["A\nsuite", "B"]),
        ("A\r\nsuite\r\n\r\nB\r\n", ["A\r\nsuite", "B"]),  # Windows line endings
        ("A\n\nB", ["A", "B"]),
        ("A\n\n\n\nB", ["A", "B"]),  # several blank lines
        ("A\n  \t\n\xa0\nB", ["A", "B"]),  # whitespace-only lines are blank
        ("\n\n  A  \n\nB\n\n", ["A", "B"]),  # outer whitespace stripped
        ("A\xa0: b\n\n«\xa0c\xa0»", ["A\xa0: b", "«\xa0c\xa0»"]),  # inner text exact
    ],
)
def test_split_paragraphs(text, expected):
    assert split_paragraphs(text) == expected


# --- load_text takes text, load_file takes a file ------------------------------------


def test_load_file_from_str_and_path(in_tmp):
    (in_tmp / "mon_texte.txt").write_text(ARTICLE, encoding="utf-8")
    by_str = no_warning(load_file, "mon_texte.txt")
    by_path = no_warning(load_file, Path("mon_texte.txt"))
    by_abs = no_warning(load_file, str(in_tmp / "mon_texte.txt"))
    via_text = no_warning(load_text, Path("mon_texte.txt"))  # a Path is always a file
    assert by_str.text == by_path.text == by_abs.text == via_text.text == ARTICLE
    assert by_str.paragraphs == load_article().paragraphs
    assert by_str.source == "mon_texte.txt"  # the file name, not a machine path


def test_load_text_from_a_string_of_text(in_tmp):
    doc = no_warning(load_text, "Pékin reste son plus proche souien.", meta={"title": "t"})
    assert doc.text == "Pékin reste son plus proche souien."
    assert doc.source == "<text>" and doc.meta == {"title": "t"}
    assert load_text(ARTICLE).paragraphs == load_article().paragraphs
    assert load_text("Voir notes.txt\n").text == "Voir notes.txt\n"
    assert load_text("Bonjour").text == "Bonjour"


@pytest.mark.parametrize("pasted", ["/etc/passwd", "et/ou", ".", "..", "a/b", "~", "C:\\x",
                                    "textes", "Il a lu notes.txt"])
def test_a_string_is_always_text_never_a_path(in_tmp, pasted):
    """A student's pasted text is never read as a file, even when one of that name exists."""
    (in_tmp / "textes").mkdir()
    doc = no_warning(load_text, pasted)
    assert doc.text == pasted and doc.source == "<text>"


def test_a_string_that_looks_like_a_file_name_is_text_with_a_warning(in_tmp):
    (in_tmp / "notes.txt").write_text("Le contenu du fichier.", encoding="utf-8")
    with pytest.warns(UserWarning, match=r"analyses the string 'notes\.txt'.*load_file"):
        doc = load_text("notes.txt")
    assert doc.text == "notes.txt"  # the file was not read


def test_load_text_meta_is_copied(in_tmp):
    meta = {"title": "t"}
    doc = load_text("Bonjour.", meta=meta)
    meta["title"] = "changed"
    assert doc.meta == {"title": "t"}


def test_load_file_with_an_explicit_encoding(in_tmp):
    (in_tmp / "latin.txt").write_bytes("Séoul, Pékin, déjà".encode("latin-1"))
    assert no_warning(load_file, "latin.txt", encoding="latin-1").text == "Séoul, Pékin, déjà"
    with pytest.raises(ValueError, match="Unknown encoding"):
        load_file("latin.txt", encoding="klingon")
    with pytest.raises(ValueError, match=r"cannot be read as utf-8.*No character was replaced"):
        load_file("latin.txt", encoding="utf-8")
    for option in ({"encoding": "utf-8"}, {"errors": "replace"}, {"html": True}):
        with pytest.raises(ValueError, match="only apply to files"):
            load_text("Du texte.", **option)


def test_load_file_refuses_text_given_as_a_name(in_tmp):
    with pytest.raises(ValueError, match=r"line break.*load_text\(text\)"):
        load_file("Un texte.\nSur deux lignes.")
    with pytest.raises(ValueError, match="is empty"):
        load_file("  ")


# --- bad input --------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("value", "error", "words"),
    [
        ("", ValueError, ["empty string", "Pass the text"]),
        ("   \n\t \n", ValueError, ["whitespace", "Pass the text"]),
        ("\xa0", ValueError, ["whitespace"]),
        (None, TypeError, ["got None", "string of text or a file path"]),
        (b"Bonjour", TypeError, ["bytes", "decode", "load_file"]),
        (bytearray(b"Bonjour"), TypeError, ["bytes"]),
        (42, TypeError, ["got int"]),
        (["Un.", "Deux."], TypeError, ["got list", "join"]),
    ],
)
def test_bad_values(in_tmp, value, error, words):
    with pytest.raises(error) as info:
        load_text(value)
    message = str(info.value)
    for word in words:
        assert word in message
    # no chained "During handling of the above exception…": a short traceback
    assert info.value.__context__ is None or info.value.__suppress_context__


@pytest.mark.parametrize("name", ["notes.txt", "dossier/notes.md", "rapport.docx", "a/b"])
def test_missing_path(in_tmp, name):
    with pytest.raises(FileNotFoundError) as info:
        load_file(name)
    message = str(info.value)
    assert repr(name) in message  # names the path
    assert str(in_tmp) in message  # and the current working directory
    assert "full path" in message and "text itself" in message  # and what to do


def test_missing_path_object_and_hints(in_tmp):
    with pytest.raises(FileNotFoundError, match="No file found"):
        load_text(Path("absent"))  # a Path is always a path
    with pytest.raises(FileNotFoundError, match=r"load_article\(\)"):
        load_file("article.txt")  # the seed is in seeds/, not here
    with pytest.raises(FileNotFoundError, match="web address"):
        load_file("https://www.lemonde.fr/article.html")


def test_directory(in_tmp):
    (in_tmp / "textes").mkdir()
    (in_tmp / "textes" / "a.txt").write_text("Un texte.", encoding="utf-8")
    for value in ("textes", Path("textes")):
        with pytest.raises(IsADirectoryError, match=r"folder, not a file.*textes/a\.txt"):
            load_file(value)
    (in_tmp / "vide").mkdir()
    with pytest.raises(IsADirectoryError, match=r"Pass the path of a \.txt file"):
        load_file("vide")


@pytest.mark.parametrize(
    ("name", "data", "words"),
    [
        ("photo.png", PNG, ["PNG image", "plain text (.txt, UTF-8)"]),
        ("photo.txt", PNG, ["PNG image"]),  # the content decides, not the name
        ("photo.jpg", b"\xff\xd8\xff\xe0\x00\x10JFIF\x00", ["JPEG image", "plain text"]),
        ("anim.gif", b"GIF89a\x01\x00\x01\x00", ["GIF image"]),
        ("rapport.docx", b"PK\x03\x04\x14\x00\x06\x00" + bytes(22), ["Word", "plain text"]),
        ("rapport.odt", b"PK\x03\x04" + bytes(26), ["OpenDocument", "plain text"]),
        ("archive.zip", b"PK\x03\x04" + bytes(26), ["ZIP archive"]),
        ("article.pdf", b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", ["PDF document", "plain text"]),
        ("vieux.doc", b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + bytes(24), ["Office document"]),
        ("texte.rtf", b"{\\rtf1\\ansi Bonjour}", ["RTF", "plain text"]),
        ("data.bin", b"abc\x00\x01\x02\x03def\x00", ["NUL bytes", "plain text"]),
    ],
)
def test_binary_files(in_tmp, name, data, words):
    (in_tmp / name).write_bytes(data)
    with pytest.raises(ValueError) as info:
        load_file(name)
    message = str(info.value)
    assert repr(name) in message
    for word in words:
        assert word in message


@pytest.mark.parametrize("data", [b"", b"   \n\n\t\r\n", codecs.BOM_UTF8, "\xa0\n".encode()])
def test_empty_files(in_tmp, data):
    (in_tmp / "vide.txt").write_bytes(data)
    with pytest.raises(ValueError, match=r"'vide\.txt' is empty.*no text to analyse"):
        load_file("vide.txt")


def test_undecodable_file(in_tmp):
    (in_tmp / "bruit.txt").write_bytes(bytes(range(1, 256)) * 4)
    with pytest.raises(ValueError, match=r"could not be worked out.*UTF-8"):
        load_file("bruit.txt")


def test_broken_utf8_after_a_bom(in_tmp):
    (in_tmp / "casse.txt").write_bytes(codecs.BOM_UTF8 + "Séoul ".encode() + b"caf\xe9")
    with pytest.raises(ValueError, match=r"position 13.*No character was replaced.*UTF-8"):
        load_file("casse.txt")


@pytest.mark.skipif(
    not hasattr(os, "geteuid") or os.geteuid() == 0,
    reason="root (or Windows) can read a chmod-000 file, so permissions cannot be tested",
)
def test_unreadable_file(in_tmp):
    secret = in_tmp / "secret.txt"
    secret.write_text("Texte.", encoding="utf-8")
    secret.chmod(0)
    try:
        with pytest.raises(PermissionError, match=r"Permission denied.*chmod u\+r"):
            load_file("secret.txt")
    finally:
        secret.chmod(0o644)


def test_unreadable_file_message(in_tmp, monkeypatch):
    """The same check as root: make reading fail as it does for a chmod-000 file."""
    (in_tmp / "secret.txt").write_text("Texte.", encoding="utf-8")

    def refuse(self, *args, **kwargs):
        raise PermissionError(13, "Permission denied", str(self))

    monkeypatch.setattr(Path, "open", refuse)
    with pytest.raises(PermissionError, match=r"'secret\.txt'.*chmod u\+r") as info:
        load_file("secret.txt")
    assert info.value.__suppress_context__


# --- load_text: encodings -------------------------------------------------------------


def test_latin1_is_detected_with_a_warning(in_tmp):
    (in_tmp / "latin.txt").write_bytes("Séoul, Pékin, déjà".encode("latin-1"))
    with pytest.warns(UserWarning) as record:
        doc = load_file("latin.txt")
    assert doc.text == "Séoul, Pékin, déjà"
    message = str(record[0].message)
    assert "cp1252" in message or "latin" in message.lower()  # names the encoding
    assert "UTF-8" in message and "Save as" in message  # and how to convert
    assert record[0].filename == __file__  # the warning points at the caller


def test_cp1252_smart_quotes(in_tmp):
    text = "“Bonjour”, dit l’élève… à Séoul — 5 €\n\nDeuxième paragraphe."
    (in_tmp / "windows.txt").write_bytes(text.replace("\n", "\r\n").encode("cp1252"))
    with pytest.warns(UserWarning, match="cp1252"):
        doc = load_file("windows.txt")
    assert doc.text == text
    assert doc.paragraphs == ["“Bonjour”, dit l’élève… à Séoul — 5 €", "Deuxième paragraphe."]


def test_the_article_in_cp1252(in_tmp):
    (in_tmp / "article_1252.txt").write_bytes(ARTICLE.encode("cp1252"))
    with pytest.warns(UserWarning, match="cp1252"):
        doc = load_file("article_1252.txt")
    assert doc.text == ARTICLE


def test_cyrillic_is_not_mistaken_for_western(in_tmp):
    text = "Владимир Путин принял вчера Ким Чен Ына во Владивостоке на первом саммите."
    (in_tmp / "ru.txt").write_bytes(text.encode("cp1251"))
    with pytest.warns(UserWarning, match="cp1251"):
        assert load_file("ru.txt").text == text


def test_utf8_with_bom(in_tmp):
    (in_tmp / "bom.txt").write_bytes(codecs.BOM_UTF8 + ARTICLE.encode())
    doc = no_warning(load_file, "bom.txt")
    assert doc.text == ARTICLE and not doc.text.startswith("\ufeff")


@pytest.mark.parametrize(
    ("bom", "codec"),
    [
        (codecs.BOM_UTF16_LE, "utf-16-le"),
        (codecs.BOM_UTF16_BE, "utf-16-be"),
        (codecs.BOM_UTF32_LE, "utf-32-le"),
    ],
)
def test_utf16_and_utf32_with_bom(in_tmp, bom, codec):
    (in_tmp / "u.txt").write_bytes(bom + ARTICLE.encode(codec))
    doc = no_warning(load_file, "u.txt")
    assert doc.text == ARTICLE and len(doc.paragraphs) == 5


def test_utf16_without_bom_warns(in_tmp):
    (in_tmp / "u.txt").write_bytes(ARTICLE.encode("utf-16-le"))
    with pytest.warns(UserWarning, match="UTF-16.*without a byte-order mark"):
        assert load_file("u.txt").text == ARTICLE


@pytest.mark.parametrize("newline", ["\r\n", "\r"])
def test_windows_and_old_mac_line_endings(in_tmp, newline):
    (in_tmp / "crlf.txt").write_bytes(ARTICLE.replace("\n", newline).encode())
    doc = no_warning(load_file, "crlf.txt")
    assert "\r" not in doc.text
    assert doc.text == ARTICLE
    assert doc.paragraphs == load_article().paragraphs
    assert load_text(ARTICLE.replace("\n", newline)).text == ARTICLE  # strings too


def test_emoji_hangul_and_decomposed_accents_round_trip(in_tmp):
    text = "Kim Jong-un (김정은) 🚆🇰🇵 à Vladivostok.\n\nSe\u0301oul ≠ Séoul\u200b !\n"
    (in_tmp / "u.txt").write_text(text, encoding="utf-8")
    doc = no_warning(load_file, "u.txt")
    assert doc.text == text  # no Unicode normalisation: é stays decomposed
    assert load_text(text).text == text


@settings(max_examples=60, deadline=None)
@given(
    st.text(
        st.characters(
            blacklist_categories=("Cs", "Cc"), blacklist_characters="\ufeff\r"
        )
        | st.sampled_from("\n\t "),
        min_size=1,
    ).filter(str.strip)
)
def test_any_utf8_text_round_trips(tmp_path_factory, text):
    path = tmp_path_factory.mktemp("rt") / "t.txt"
    path.write_bytes(text.encode("utf-8"))
    doc = no_warning(load_text, path)
    assert doc.text == text
    assert doc.paragraphs == split_paragraphs(text)
    assert all(p and p == p.strip() and p in text for p in doc.paragraphs)


@pytest.mark.perf
def test_a_50_megabyte_file_loads_fast_in_bounded_memory(tmp_path):
    big = tmp_path / "big.txt"
    block = ARTICLE + "\n"  # no blank line anywhere: one paragraph a line, 5 per copy
    copies = 50_000_000 // len(block.encode()) + 1
    big.write_text(block * copies, encoding="utf-8")
    size = big.stat().st_size
    tracemalloc.start()
    try:
        start = time.perf_counter()
        doc = load_text(big)
        elapsed = time.perf_counter() - start
        peak = tracemalloc.get_traced_memory()[1]
    finally:
        tracemalloc.stop()
    assert len(doc.paragraphs) == 5 * copies
    assert len(doc.text) == len(block) * copies
    assert elapsed < 10, f"{elapsed:.1f} s"
    assert peak < 6 * size, f"peak {peak / size:.1f}× the file size"


# ---------------------------------------------------------------------------
# Files a student really brings: a stray byte, mixed encodings, special files


def test_utf8_with_one_stray_byte_is_refused_with_its_line_not_garbled(tmp_path):
    path = tmp_path / "notes.txt"
    path.write_bytes("Séoul et Pékin.\nLe sommet de P".encode() + b"\xe9kin a eu lieu.\n")
    with pytest.raises(ValueError) as info:
        load_text(path)
    message = str(info.value)
    assert "UTF-8 except for 1 byte that is not" in message
    assert "line 2, byte 15 of the line: 0xE9" in message
    assert "Windows-1252 that byte is 'é'" in message
    assert "errors='replace'" in message and "Ã" not in message
    with pytest.warns(UserWarning, match=r"read as �.*line 2, byte 15"):
        doc = load_text(path, errors="replace")
    assert doc.text == "Séoul et Pékin.\nLe sommet de P\ufffdkin a eu lieu.\n"


def test_mixed_utf8_and_latin1_is_refused_and_names_the_first_bad_bytes(tmp_path):
    path = tmp_path / "mixte.txt"
    path.write_bytes("Pékin, Séoul.\n".encode() + "Moscou, Pyongyang, Hanoï, Tōkyō.\n".encode(
        "latin-1", "replace") + "Déjà vu à Genève.\n".encode("latin-1"))
    with pytest.raises(ValueError, match=r"except for 5 bytes.*line 2.*line 3.*and 2 more"):
        load_text(path)


def test_a_latin1_file_is_still_read_whole_with_a_warning(tmp_path):
    """The stray-byte rule must not catch real Latin-1 files (no UTF-8 sequence in them)."""
    path = tmp_path / "latin.txt"
    path.write_bytes(ARTICLE.encode("cp1252"))
    with pytest.warns(UserWarning, match="cp1252"):
        assert load_text(path).text == ARTICLE


@pytest.mark.skipif(not hasattr(os, "mkfifo"), reason="named pipes need a POSIX system")
def test_a_named_pipe_is_refused_at_once(tmp_path):
    fifo = tmp_path / "pipe.txt"
    os.mkfifo(fifo)
    start = time.perf_counter()
    with pytest.raises(ValueError, match=r"named pipe.*not read.*Save the text as a \.txt"):
        load_text(fifo)
    assert time.perf_counter() - start < 5  # refused, not waited on


@pytest.mark.skipif(not Path("/dev/zero").exists(), reason="no /dev/zero on this system")
def test_a_symlink_to_dev_zero_is_refused(tmp_path):
    link = tmp_path / "infini.txt"
    link.symlink_to("/dev/zero")
    with pytest.raises(ValueError, match=r"a device \(such as /dev/zero\)"):
        load_text(link)


def test_a_symlink_loop_says_it_is_a_loop(tmp_path):
    loop = tmp_path / "boucle.txt"
    loop.symlink_to(loop)
    with pytest.raises(OSError, match="leads back to itself") as info:
        load_text(loop)
    assert info.value.__suppress_context__


def test_a_nul_in_the_name_says_so(tmp_path):
    with pytest.raises(ValueError, match=r"NUL character") as info:
        load_text(tmp_path / "abc\x00.txt")
    assert info.value.__suppress_context__


def test_a_file_over_the_limit_is_refused_before_reading(tmp_path, monkeypatch):
    from helpers.text import textfile

    monkeypatch.setattr(textfile, "MAX_FILE_BYTES", 1000)
    path = tmp_path / "gros.txt"
    path.write_text(ARTICLE, encoding="utf-8")
    with pytest.raises(ValueError, match=r"up to 0 MB.*Split it"):
        load_text(path)


PAGE = """<!DOCTYPE html><html><head><title>Sommet</title><style>p {color: red}</style>
<script>var x = "<p>pas du texte</p>";</script></head><body>
<h1>Poutine et Kim</h1><p>Les dirigeants se sont rencontr&eacute;s
hier &agrave; <b>Vladivostok</b>.</p><div>Moscou &amp; Pyongyang</div></body></html>"""


@pytest.mark.parametrize("name", ["page.html", "page.txt"])
def test_a_web_page_is_refused_unless_asked_to_keep_its_text(tmp_path, name):
    path = tmp_path / name
    path.write_text(PAGE, encoding="utf-8")
    with pytest.raises(ValueError, match=r"web page \(HTML\).*html=True"):
        load_file(path)
    doc = no_warning(load_file, path, html=True)
    assert doc.paragraphs == ["Sommet", "Poutine et Kim",
                              "Les dirigeants se sont rencontrés hier à Vladivostok.",
                              "Moscou & Pyongyang"]
    assert "<" not in doc.text and "color" not in doc.text and "var x" not in doc.text


def test_text_with_a_few_angle_brackets_is_not_html(tmp_path):
    path = tmp_path / "maths.txt"
    path.write_text("Si a < b et b > c, alors… <p> n’est pas une balise ici.", encoding="utf-8")
    assert no_warning(load_file, path).text.startswith("Si a < b")
