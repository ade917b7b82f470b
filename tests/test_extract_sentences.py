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


# ---- r26split: "et al." and "etc." end a sentence only before a capital
@pytest.mark.parametrize("text, sentences", [
    # corpus (acl:W18-6317): the period of "et al." cut the result from its dataset
    ("We find that the sentence embeddings can be used to reconstruct the United Nations "
     "Parallel Corpus (Ziemski et al., 2016) at the sentence-level with a precision of 48.9%.",
     1),
    # corpus (iclr2017:HkIQH7qel)
    ("This approach improves upon the results of Wang & Jiang (2016) by 5% and decreases the "
     "error of Rajpurkar et al.'s baseline by > 50%.", 1),
    ("Trichelair et al. (2018) introduced the subsets. We use them.", 2),
    # corpus (nips2015:5508, acl2020:2020.acl.main.285): they still end one before a capital
    ("It is considerably slower than the method of Batra et al. In this work we show it.", 2),
    ("We cover tasks (e.g., BLEU, ROUGE, etc.) and metrics, etc. However, it is slow.", 2),
    # corpus (acl:D18-1382, acl:W19-2006): abbreviations that never end one
    ("We evaluate on two datasets, viz. CMU Multi-modal Opinion-level Sentiment Intensity "
     "and IEMOCAP, and on tasks (eg. Text Classification), see Fig. 3 and Eq. 2.", 1),
])
def test_citation_abbreviations_end_a_sentence_only_before_a_capital(text, sentences):
    assert len(list(build_pipeline()(text).sents)) == sentences
