"""The kit's contract on the UD French test sets (../shared/data): skipped without them."""

from pathlib import Path

import pytest

from helpers.evaluation import prf, read_conllu, spans_of
from helpers.text.sentence_split import sentence_spans
from helpers.text.tokens import tokenize

UD = Path(__file__).resolve().parents[1] / ".." / "shared" / "data" / "ud-french"
# (token F1, sentence F1) floors. Sequoia has no sentence target in the issue: its
# floor guards against regressions (measured 72.2: many of its "sentences" are
# titles and list items without a final period).
TARGETS = {"gsd": (99.5, 96.0), "sequoia": (99.5, 71.0), "pud": (99.6, 97.0)}

pytestmark = pytest.mark.skipif(
    not UD.is_dir(), reason=f"UD French test sets not found at {UD.resolve()} (shared data)"
)


@pytest.fixture(scope="module", params=list(TARGETS))
def treebank(request):
    path = UD / f"fr_{request.param}-ud-test.conllu"
    if not path.exists():
        pytest.skip(f"{path.name} is not in {UD.resolve()}")
    return request.param, read_conllu(path)


def test_token_f1(treebank):
    name, sents = treebank
    gold = [(i, a, b) for i, (_, spans) in enumerate(sents) for a, b in spans]
    pred = [(i, a, b) for i, (text, _) in enumerate(sents)
            for a, b in spans_of(text, tokenize(text))]
    f1 = 100 * prf(gold, pred).f1
    assert f1 >= TARGETS[name][0], f"token F1 on {name}: {f1:.2f}"


def test_sentence_f1(treebank):
    name, sents = treebank
    target = TARGETS[name][1]
    doc = " ".join(text for text, _ in sents)  # one space between the gold sentences
    gold, pos = [], 0
    for text, _ in sents:
        gold.append((pos, pos + len(text)))
        pos += len(text) + 1
    f1 = 100 * prf(gold, sentence_spans(doc)).f1
    assert f1 >= target, f"sentence F1 on {name}: {f1:.2f}"
