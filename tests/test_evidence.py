"""litkit.show: abstracts with their extracted spans highlighted by displaCy, as HTML."""

from __future__ import annotations

import re

import pandas as pd
import pytest

import litkit
from litkit.corpus import make_corpus
from litkit.errors import LitkitError
from litkit.evidence import COLORS, show

TITLE = "DeBERTa: Decoding-enhanced BERT with Disentangled Attention"
ABSTRACT = ("Compared to RoBERTa-Large, a DeBERTa model trained on half of the training data "
            "performs consistently better, achieving improvements on MNLI by +0.9% "
            "(90.2% vs. 91.1%).")


@pytest.fixture(scope="module")
def corpus() -> pd.DataFrame:
    return make_corpus([{"id": "deberta", "title": TITLE, "abstract": ABSTRACT, "year": 2020}],
                       "t")


def mention(text: str, label: str, occurrence: int = 0, **attrs) -> dict:
    """A Mentions row over the ``occurrence``-th ``text`` of title + blank line + abstract."""
    doc = f"{TITLE}\n\n{ABSTRACT}"
    start = [m.start() for m in re.finditer(re.escape(text), doc)][occurrence]
    return {"paper_id": "deberta", "label": label, "text": text, "start": start,
            "end": start + len(text), "sentence": ABSTRACT, "value": None, "unit": None,
            "dataset": None, "model": None, "kind": None, "own": None, "metric_type": None,
            "canonical": None, **attrs}


@pytest.fixture(scope="module")
def mentions() -> pd.DataFrame:
    return pd.DataFrame([
        mention("DeBERTa", "MODEL", 0, canonical="DeBERTa"),
        mention("RoBERTa-Large", "MODEL", canonical="RoBERTa large"),
        mention("MNLI", "DATASET", canonical="MultiNLI"),
        mention("+0.9%", "RESULT", value=0.9, unit="%", kind="delta", dataset="MNLI",
                model="DeBERTa", own=True, metric_type="accuracy"),
        mention("90.2", "RESULT", value=90.2, unit="%", kind="score", dataset="MNLI",
                model="RoBERTa-Large", own=False, metric_type="accuracy"),
        mention("91.1", "RESULT", value=91.1, unit="%", kind="score", dataset="MNLI",
                model="DeBERTa", own=True, metric_type="accuracy"),
    ])


def marked(html: str) -> list[str]:
    """The texts displaCy's span style drew as spans, in order."""
    return re.findall(r'position: relative; height: \d+px;">\s*(.*?)\s*<', html)


def test_span_style_draws_every_mention_with_its_kind_and_reading(corpus, mentions):
    html = show("deberta", corpus, mentions, jupyter=False)
    assert marked(html) == ["DeBERTa", "RoBERTa-Large", "MNLI", "+0.9%", "90.2", "91.1"]
    assert html.count("SCORE") == 2 and html.count("DELTA") == 1
    assert "accuracy on MNLI by RoBERTa-Large" in html and "by DeBERTa (own)" in html
    assert "MultiNLI" in html  # the canonical name of a name written otherwise
    assert COLORS["SCORE"] in html and COLORS["DELTA"] in html and COLORS["MODEL"] in html
    # the text keeps its own words (spaCy's tokens would draw 'Decoding - enhanced')
    assert "Decoding-enhanced BERT" in html and "training data performs" in html


def test_a_mentions_table_draws_only_its_rows(corpus, mentions):
    html = show(mentions[mentions["label"] == "RESULT"], corpus, jupyter=False)
    assert marked(html) == ["+0.9%", "90.2", "91.1"]
    assert "deberta (2020)" in html


def test_ent_style_draws_the_longest_of_overlapping_mentions(corpus, mentions):
    inner = mention("RoBERTa", "MODEL")  # inside 'RoBERTa-Large'
    html = show("deberta", corpus, pd.concat([mentions, pd.DataFrame([inner])]), style="ent",
                jupyter=False)
    assert html.count("<mark") == 6
    assert re.search(r"<mark[^>]*>\s*RoBERTa-Large", html)


def test_papers_are_extracted_when_no_mentions_are_given():
    seed = litkit.load_seed()
    html = show("seed-013", seed, jupyter=False)
    assert "90.94" in marked(html) and "ImageNet" in marked(html)
    assert "SCORE" in html


def test_clear_errors(corpus, mentions):
    with pytest.raises(LitkitError, match=r"\['nope'\] not in the corpus"):
        show("nope", corpus, mentions, jupyter=False)
    shifted = mentions.assign(start=mentions["start"] + 1, end=mentions["end"] + 1)
    with pytest.raises(LitkitError, match="corpus changed after extraction"):
        show("deberta", corpus, shifted, jupyter=False)
    with pytest.raises(LitkitError, match="unknown style 'dep'"):
        show("deberta", corpus, mentions, style="dep", jupyter=False)
