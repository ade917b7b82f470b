"""The full pipeline (fixture ``nlp``) and the attributes of its spans (``spans``, ``sizes``),
shared by the tests of the attribution rules."""

import pytest

from litkit.extract import build_pipeline
from litkit.extract.extensions import SPANS_KEY


@pytest.fixture(scope="module", name="nlp")
def pipeline_nlp():
    return build_pipeline()


def spans(nlp, text, label):
    """(text, attributes) of each ``label`` span of ``text``."""
    doc = nlp(text)
    return [(s.text, {k: getattr(s._, k) for k in ("value", "unit", "kind", "model", "own",
                                                   "metric_type", "dataset")})
            for s in doc.spans[SPANS_KEY] if s.label_ == label]


def sizes(nlp, text):
    """Each size's value and model, the first mention's for a value written twice."""
    doc = nlp(text)
    found = {}
    for span in doc.spans[SPANS_KEY]:
        if span.label_ == "PARAMS":
            found.setdefault(span._.value, span._.model)
    return found
