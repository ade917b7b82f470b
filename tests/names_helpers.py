"""The names component on blank spaCy (fixture ``nlp``) and the names it reports (``names``),
shared by the tests of the name rules."""

import pytest
import spacy

import litkit.extract.names  # noqa: F401  (registers the factory)
from litkit.extract.extensions import CANDIDATES
from litkit.extract.identity import normalize


@pytest.fixture(scope="module", name="nlp")
def names_nlp():
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    nlp.add_pipe("litkit_names_v1")
    return nlp


def names(nlp, text: str) -> dict[str, list[str]]:
    """Reported names by label, in text order, one per normalized spelling."""
    out: dict[str, dict[str, str]] = {"DATASET": {}, "MODEL": {}}
    doc = nlp(text)
    for span in sorted(doc.spans[CANDIDATES], key=lambda s: s.start):
        if span.label_ in out:
            written = span._.model or span._.dataset
            out[span.label_].setdefault(normalize(written), written)
    return {label: list(found.values()) for label, found in out.items()}
