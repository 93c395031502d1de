"""Write helpers/data/function_words.tsv: the 50 most frequent words of eight languages.

    python scripts/function_words.py

Source: the `wordfreq` package (pinned in requirements.txt; its data is CC BY-SA 4.0,
built from Wikipedia, subtitles, news, books, web text and more). Words of one letter
and the elided ``l``/``d``/``qu`` pieces are kept: they are what shows a language.
Another language keeps only its words that are not among the 300 most frequent
French words ("me", "te", "ma", "met" are French too), so a French text scores
close to nothing in every other language.
:mod:`helpers.text.language` reads the file to tell a French text from another one.
"""

from pathlib import Path

from wordfreq import top_n_list

LANGUAGES = {"fr": "French", "en": "English", "de": "German", "es": "Spanish",
             "it": "Italian", "pt": "Portuguese", "nl": "Dutch", "ca": "Catalan"}
OUT = Path(__file__).resolve().parents[1] / "helpers" / "data" / "function_words.tsv"


def main() -> None:
    lines = ["# The 50 most frequent words of each language (less those frequent in French),",
             "# from wordfreq 3.1.1 (CC BY-SA 4.0),",
             "# written by scripts/function_words.py; read by helpers/text/language.py.",
             "language\tname\twords"]
    french = set(top_n_list("fr", 300))
    for code, name in LANGUAGES.items():
        words = [w for w in top_n_list(code, 50) if code == "fr" or w not in french]
        lines.append(f"{code}\t{name}\t{' '.join(words)}")
    OUT.write_text("\n".join(lines) + "\n", encoding="utf-8")
    print(f"wrote {OUT.relative_to(OUT.parents[2])}: {len(LANGUAGES)} languages")


if __name__ == "__main__":
    main()
