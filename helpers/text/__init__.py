"""The text part of the kit: reading a text, and cutting it into tokens and sentences.

- reading: :mod:`~helpers.text.corpus` (the loaders), :mod:`~helpers.text.documents`
  (Document), :mod:`~helpers.text.textfile` with :mod:`~helpers.text.decoding`,
  :mod:`~helpers.text.filekinds` and :mod:`~helpers.text.webpages` (a student's file, safely);
- cutting: :mod:`~helpers.text.tokens`, :mod:`~helpers.text.tokenizer_api` (the contract),
  :mod:`~helpers.text.sentence_split`, :mod:`~helpers.text.abbreviations`;
- words: :mod:`~helpers.text.normalization`, :mod:`~helpers.text.lexicon`,
  :mod:`~helpers.text.stopwords`, :mod:`~helpers.text.collation`,
  :mod:`~helpers.text.language`, :mod:`~helpers.text.checks`.

>>> from helpers.text.tokens import tokenize
>>> tokenize("L’objectif")
['L’', 'objectif']
"""
