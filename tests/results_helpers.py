"""Helpers the result rules' tests share: a text's own results (``results``), the datasets
of its results, and the first characters a regex can match."""

import pytest

from litkit.extract.result_baselines import COMPARISON
from litkit.extract.results import find_results


def results(text, datasets=()):
    """(value, unit) of the paper's own results in ``text`` (not its comparison figures)."""
    spans = [(text.index(d), text.index(d) + len(d), d) for d in datasets]
    return [(c.value, c.unit) for c in find_results(text, None, spans) if c.source != COMPARISON]


def _first_characters(items) -> tuple[set, bool]:
    """The characters a parsed regex sequence can start with, and whether it can match empty
    (LITERAL, IN of literals and ranges, groups, branches, repeats and assertions: what
    METRICS is written with)."""
    from re import _constants as c

    found: set = set()
    for op, av in items:
        if op is c.LITERAL:
            return found | {chr(av)}, False
        if op is c.IN:
            assert all(o in (c.LITERAL, c.RANGE) for o, _ in av), av
            return found | {chr(a) if o is c.LITERAL else (chr(a[0]), chr(a[1]))
                            for o, a in av}, False
        if op in (c.AT, c.ASSERT, c.ASSERT_NOT):
            continue
        if op is c.SUBPATTERN:
            alternatives, optional = [av[-1].data], False
        elif op is c.BRANCH:
            alternatives, optional = [p.data for p in av[1]], False
        else:
            assert op in (c.MAX_REPEAT, c.MIN_REPEAT), op
            alternatives, optional = [av[2].data], av[0] == 0
        empty = optional
        for alternative in alternatives:
            chars, can_be_empty = _first_characters(alternative)
            found |= chars
            empty = empty or can_be_empty
        if not empty:
            return found, False
    return found, True


# dataset names and result datasets
def _result_datasets(text, names):
    """(value, dataset) of each result in ``text`` (sentences end at ". " and the title at a
    blank line), with ``names`` found as datasets."""
    import re

    spans = [(m.start(), m.end(), n) for n in names for m in re.finditer(re.escape(n), text)]
    starts = [0] + [m.end() for m in re.finditer(r"\n\n|\. ", text)]
    sentences = list(zip(starts, [*starts[1:], len(text)], strict=True))
    return [(c.value, c.attrs["dataset"]) for c in find_results(text, sentences, spans)]


# --- r24res: results, kinds, metric types and own flags from dev19's errors ---

@pytest.fixture(scope="module", name="r24_nlp")
def r24_pipeline():
    from litkit.extract import build_pipeline

    return build_pipeline()


def r24_results(nlp, text):
    """Each RESULT span's value with its kind, own flag and metric type."""
    from litkit.extract.extensions import SPANS_KEY

    doc = nlp(text)
    return {s._.value: (s._.kind, s._.own, s._.metric_type)
            for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"}


# r24type: a change or share written right after a score, naming no metric, is of that score


def _types(text):
    return {c.value: (c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text)}


# r25metric: an agreement named near a score, in a sentence of annotators, a kappa or an
# annotation, is a correlation (R-mt-agreementnamed), not a share nor an agreement "with" labels
def _abstract_types(text):
    import pandas as pd

    from litkit.extract import extract

    found = extract(pd.DataFrame({"id": ["x"], "title": [""], "abstract": [text]}),
                    progress=False)
    rows = found[found["label"] == "RESULT"]
    return dict(zip(rows["value"], rows["metric_type"], strict=True))


# ... and a score in % no words type takes the quality metric named in the sentences just before
# (R-mt-carryover across sentences), not a share of items nor from an annotators' kappa
def _sentence_types(*sentences):
    text = " ".join(sentences)
    spans, start = [], 0
    for sentence in sentences:
        spans.append((start, start + len(sentence)))
        start += len(sentence) + 1
    return {c.value: (c.attrs["kind"], c.attrs["metric_type"]) for c in find_results(text, spans)}
