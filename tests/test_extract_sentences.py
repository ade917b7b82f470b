"""litkit's sentencizer sets the same sentence starts as spaCy's."""

import pytest
import spacy
from spacy.pipeline import Sentencizer

from litkit.extract import build_pipeline
from litkit.extract.sentences import FastSentencizer

TEXTS = ["", " ", "...", "Hi. ! ? Yes", "\n\n", "A title\n\nWe train 7B models. It works!",
         "Results (see Tab. 3) improve by 3.5%... and more?! \"Quoted.\" Next one.",
         "e.g. this; i.e. that. U.S. data \u3002 Done \u0964 end"]


@pytest.mark.parametrize("punct", [None, Sentencizer.default_punct_chars + ["\n\n"]])
def test_same_sentence_starts_as_spacy(punct):
    nlp = spacy.blank("en")
    spacy_rule, ours = Sentencizer(punct_chars=punct), FastSentencizer(punct_chars=punct)
    for text in TEXTS:
        doc = nlp.make_doc(text)
        assert ours.predict([doc]) == spacy_rule.predict([doc]), text


def test_default_pipeline_keeps_doc_sents():
    nlp = build_pipeline()
    doc = nlp("A title\n\nWe train 7B models. It works!")
    assert [s.text.strip() for s in doc.sents] == ["A title", "We train 7B models.", "It works!"]


def test_punct_chars_assigned_later_are_used():
    """The characters' ids follow each assignment (from_bytes and from_disk assign them)."""
    nlp = spacy.blank("en")
    ours = FastSentencizer(punct_chars=["."])
    doc = nlp.make_doc("One; two. Three")
    assert ours.predict([doc]) == [[True, False, False, False, True]]
    ours.from_bytes(FastSentencizer(punct_chars=[";"]).to_bytes())
    assert ours.predict([doc]) == [[True, False, True, False, False]]
