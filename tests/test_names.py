"""DATASET / MODEL names end to end: the litkit_names_v1 component (names.py), lexicon, config."""

import json
import time

import pytest
import spacy
from names_helpers import (
    names,
    names_nlp,  # noqa: F401  (fixtures)
)

from litkit.extract.extensions import CANDIDATES
from litkit.extract.identity import normalize
from litkit.extract.name_shapes import is_name_shaped


def test_lexicon_names_with_written_variants(nlp):
    text = ("We continually pre-train Mistral-7B, Llama-2-7B and CodeLlama-7B on C4, "
            "RedPajama-V2 and FineWeb, and evaluate on MMLU, GSM8K and HumanEval.")
    found = names(nlp, text)
    assert found["MODEL"] == ["Mistral-7B", "Llama-2-7B", "CodeLlama-7B"]
    assert found["DATASET"] == ["C4", "RedPajama-V2", "FineWeb", "MMLU", "GSM8K", "HumanEval"]


def test_lexicon_spans_carry_canonical_name_and_source(nlp):
    doc = nlp("Our model outperforms LLaMA-2 on the Massive Multitask Language Understanding.")
    spans = {s.text: s for s in doc.spans[CANDIDATES]}
    assert spans["LLaMA-2"].kb_id_ == "Llama 2"
    assert spans["LLaMA-2"]._.model == "LLaMA-2"  # as written
    assert spans["LLaMA-2"]._.canonical == "Llama 2"  # its identity across papers
    assert spans["LLaMA-2"]._.source == "lexicon"
    assert spans["Massive Multitask Language Understanding"].kb_id_ == "MMLU"


def test_ambiguous_short_names_need_their_case(nlp):
    text = ("We opt for a larger arc of experiments and the pile of results, yet at the ARC "
            "benchmark and on the Pile our Yi-34B model shines; yi is a syllable.")
    found = names(nlp, text)
    assert found["DATASET"] == ["ARC", "Pile"]
    assert found["MODEL"] == ["Yi-34B"]


def test_lexicon_names_split_differently_in_context(nlp):
    # spaCy splits "GSM8K" into "GSM8" "K" alone, but keeps it whole before a slash
    assert names(nlp, "Accuracy on GSM8K/MATH rises.")["DATASET"] == ["GSM8K", "MATH"]


def test_every_mention_of_a_pattern_name_is_found(nlp):
    doc = nlp("Experiments on the PG19 language modeling benchmark show it. Perplexity drops "
              "by 13.2% on a subset of PG19.")
    found = [s.text for s in doc.spans[CANDIDATES] if s.label_ == "DATASET"]
    assert found == ["PG19", "PG19"]


def test_candidates_do_not_overlap_each_other(nlp):
    doc = nlp("Llama-2-7B-Chat and FLAN-PaLM 62B and GPT-J-6B were evaluated on SuperGLUE.")
    spans = sorted(doc.spans[CANDIDATES], key=lambda s: s.start)
    assert all(a.end <= b.start for a, b in zip(spans, spans[1:], strict=False))
    assert [s.text for s in spans] == ["Llama-2-7B-Chat", "FLAN-PaLM", "GPT-J-6B", "SuperGLUE"]


def test_patterns_can_be_switched_off():
    nlp = spacy.blank("en")
    nlp.add_pipe("litkit_names_v1", config={"use_patterns": False})
    assert names(nlp, "We release CarMem, a new dataset, and evaluate on MMLU.") == {
        "DATASET": ["MMLU"], "MODEL": []}


def test_component_survives_a_config_round_trip(tmp_path):
    nlp = spacy.blank("en")
    nlp.add_pipe("litkit_names_v1", config={"lexicon_paths": []})
    nlp.to_disk(tmp_path / "pipe")
    again = spacy.load(tmp_path / "pipe")
    assert names(again, "Evaluated on ImageNet with ResNet-50.") == {
        "DATASET": ["ImageNet"], "MODEL": ["ResNet-50"]}


def test_user_lexicon_extends_and_ignores(tmp_path):
    extra = tmp_path / "mine.jsonl"
    extra.write_text(
        json.dumps({"name": "ZebraBench", "label": "DATASET", "aliases": ["Zebra Bench"]}) + "\n"
        + json.dumps({"name": "Kiwi", "label": "MODEL", "match": "exact"}) + "\n"
        + json.dumps({"name": "MMLU", "label": "IGNORE"}) + "\n")
    nlp = spacy.blank("en")
    nlp.add_pipe("litkit_names_v1", config={"lexicon_paths": [str(extra)]})
    found = names(nlp, "Kiwi beats a kiwi on Zebra Bench and MMLU; see the MMLU benchmark.")
    assert found == {"DATASET": ["Zebra Bench"], "MODEL": ["Kiwi"]}


@pytest.mark.parametrize("text", ["Word " * 12000, "MMLU, " * 4000 + "and X", "Ab Cd, " * 8000,
                                  "GPT-3" + "-X" * 8000, "BERT" * 8000 + " 7B"])
def test_long_odd_texts_take_linear_time(nlp, text):
    start = time.perf_counter()
    nlp(text)
    assert time.perf_counter() - start < 5  # quadratic rules took minutes here


def test_a_span_found_by_the_lexicon_and_a_pattern_keeps_the_lexicon_entry(nlp):
    # coling2025:2025.coling-main.647: "E-VQA" is the lexicon's VQA widened and a pattern's list
    # item; the pattern's find is kept with the entry's usual metric (accuracy)
    text = ("MuKA outperforms state-of-the-art methods by 38.7% and 15.9% on the InfoSeek and "
            "E-VQA benchmark respectively.")
    doc = nlp(text)
    metrics = {s.text: s._.metric for s in doc.spans[CANDIDATES] if s.label_ == "DATASET"}
    assert metrics["E-VQA"] == "accuracy"
    assert metrics.get("InfoSeek") is None  # a pattern's name alone has no usual metric


def test_remembered_shape_keeps_strict_apart():
    assert is_name_shaped("Bradley-Terry", strict=False) is True
    assert is_name_shaped("Bradley-Terry") is False
    assert normalize("Llama-2 7B") == normalize("llama2_7b") == "llama27b"


# r21 fuzz: a name written many times is looked at once per name, not once per mention (one
# abstract naming "SemEval-2016 Task 4" 200 times took time quadratic in its mentions)


def test_a_name_written_many_times_is_looked_up_once_per_name(nlp, monkeypatch):
    from litkit.extract import data_cues, name_cues, name_kinds, name_shapes

    looked_up = []
    whole_words = name_shapes.whole_words
    for module in (name_cues, data_cues, name_kinds):  # the modules that look names up
        monkeypatch.setattr(module, "whole_words",
                            lambda text, name: looked_up.append(name) or whole_words(text, name))
    names(nlp, "We evaluate on SemEval-2016 Task 4, " * 200 + "and more.")
    assert looked_up.count("SemEval-2016 Task 4") < 10  # 203 when each mention looked it up


# r22 slow inputs: a lexicon name widens by a bounded suffix ("BERT-" x3000 widened each hit to
# the text's end), and the long-form tail after a name takes a hyphenated word whole (its
# splits were tried in exponentially many ways)


def test_a_lexicon_name_widens_by_at_most_a_few_suffix_parts(nlp):
    from litkit.extract.name_shapes import _MODEL_SUFFIX, _SUFFIX_PARTS

    assert _MODEL_SUFFIX.match("BERT-" * 100, 4).end() == 4 + 5 * _SUFFIX_PARTS  # 499 unbounded
    # colm2025:wRcTCcb0H5: a name of three suffix parts is still whole
    text = ("Llama-3.1-Sherkala-8B-Chat, or Sherkala-Chat (8B) for short, is a state-of-the-art "
            "instruction-tuned open generative large language model (LLM) designed for Kazakh.")
    assert "Llama-3.1-Sherkala-8B-Chat" in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, expected", [
    # acl2021:2021.acl-long.328 (dev38): a known dataset's language pairs before "language pairs"
    ("Our experiments show that the proposed approach achieves state-of-the-art results on the "
     "MuST-C English-German, English-French and English-Spanish language pairs.",
     ["MuST-C English-German", "MuST-C English-French", "MuST-C English-Spanish"]),
    # acl:2020.acl.main.350 (dev37): ... before a data head
    ("Experiments on MuST-C English-Spanish and English-German spoken language translation "
     "datasets show that SimulSpeech achieves reasonable BLEU scores.",
     ["MuST-C English-Spanish", "MuST-C English-German"]),
    # near miss: a task's pair (acl:2020.semeval.1.172, dev32 lists SentiMix)
    ("We participated in the SentiMix Hindi-English subtask.", ["SentiMix"]),
])
def test_a_known_datasets_language_pairs_before_a_data_head(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


# r32lexmodel: widely used released models the names step never found (whole-corpus mining of
# name-shaped words in model contexts): gradient-boosting libraries used or compared as the
# classifier (dev24 gold lists XGBoost and LightGBM), DeepMoji (dev21) and DIORA (dev23)


@pytest.mark.parametrize("text, models", [
    # corpus (nips2017:9099, dev24)
    ("Gradient Boosting Decision Tree (GBDT) is a popular machine learning algorithm, and has "
     "quite a few effective implementations such as XGBoost and pGBRT.", ["XGBoost"]),
    # corpus (acl:S18-1104)
    ("We combine the two feature sets and feed them into an XGBoost Classifier for "
     "classification.", ["XGBoost"]),
    # corpus (aistats2024:ff92800a95)
    ("Skinny Trees outperforms LightGBM by 10.2% (up to 37.7%), and Random Forests by 3% (up to "
     "12.5%).", ["LightGBM"]),
    # corpus (acl:W19-2711)
    ("In rhetorical relation classification, ensemble of CatBoost model with selected features "
     "and a linear SVM model provides the best score (macro F1 = 54.67 ± 0.38).", ["CatBoost"]),
    # corpus (acl:S19-248, dev21)
    ("Our model extends the Recurrent Convolutional Neural Network (RCNN) by using external "
     "fine-tuned word representations and DeepMoji sentence representations.",
     ["RCNN", "DeepMoji"]),
    # corpus (acl:D19-1161)
    ("In this work, we show that we can effectively recover these types of labels using the "
     "learned phrase vectors from deep inside-outside recursive autoencoders (DIORA).",
     ["DIORA"]),
])
def test_widely_used_released_models_are_found_by_the_lexicon(nlp, text, models):
    assert names(nlp, text)["MODEL"] == models


# r46dev43: TOEFL, the essays of the metaphor shared task's second data set (beside VUA) and the
# synonym and listening tests, is data (TOEFL11 stays the longer name)
@pytest.mark.parametrize("text, expected", [
    # acl:2020.figlang.1.34 (dev43)
    ("Our best model achieved F1-scores of 68.0% on VUA AllPOS, 73.0% on VUA Verbs, 66.9% on "
     "TOEFL AllPOS, and 69.7% on TOEFL Verbs, placing 7th, 6th, 5th, and 5th respectively.",
     ["VUA", "TOEFL"]),
    # acl:L16-1723 (corpus)
    ("outperforms the Vector Cosine and the co-occurrence on the ESL and TOEFL test sets",
     ["ESL", "TOEFL"]),
])
def test_toefl_is_data(nlp, text, expected):
    assert names(nlp, text)["DATASET"] == expected


# r47lexicon: well-known public names the names step never found or matched only in one spelling
# (names of the studied golds litkit never found, checked on the whole blind corpus): the NADE
# density estimator, the TextCNN and VDCNN classifiers, VGGNet, 'multi-lingual BERT', 'Inception
# V3', the DeepL service, and tools a paper compares or evaluates (R-model-tool's compared clause):
# the lemmatizer Morfette, the parsers DeSR and Berkeley parser and the LIBSVM solver (kNN-MT and
# the Zipporah filter were left out: blind readers took them for a method and a toolkit)
@pytest.mark.parametrize("text, models", [
    # corpus (acl:W18-4916, dev43)
    ("Berkeley parser performed better on our treebank with an average F1 measure of 91 across "
     "5-folds.", ["Berkeley parser"]),
    # corpus (acl:P17-1136, dev4)
    ("The key advantages of our model compared to the state-of-the-art lemmatizers such as "
     "Lemming and Morfette are - (i) it is independent of human decided features.",
     ["Morfette"]),
    # corpus (acl:L16-1108, dev21)
    ("After experimenting on its data with a number of dependency parsers based on different "
     "supervised machine learning techniques, we found that DeSR with a multilayer perceptron "
     "algorithm is the parser providing the highest accuracy rates.", ["DeSR"]),
    # corpus (aistats2019:e140b33b3c, dev38)
    ("Instead of the method adopted in the current version of LIBSVM, which uses the second order "
     "information of the objective function to choose the violating pairs, we suggest a new "
     "method where a higher order information is considered.", ["LIBSVM"]),
    # corpus (acl:2020.coling.main.576)
    ("We report on extensive experiments involving 4 neural MT systems (Google Translate, DeepL, "
     "as well as two systems we trained) and varying the domain of texts.", ["DeepL"]),
    # corpus (icml2017:780)
    ("Finally, it generalizes to train Inception V3 and ResNet V2 architectures on the ImageNet "
     "dataset for thousands of steps.", ["Inception V3", "ResNet V2"]),
    # corpus (acl:E17-1104)
    ("We present a new architecture (VDCNN) for text processing which operates directly at the "
     "character level and uses only small convolutions and pooling operations.", ["VDCNN"]),
    # corpus (icml2016:a33e6b4bea, dev31)
    ("This paper proposes CF-NADE, a neural autoregressive architecture for collaborative "
     "filtering (CF) tasks, which is inspired by the Restricted Boltzmann Machine (RBM) based CF "
     "model and the Neural Autoregressive Distribution Estimator (NADE).", ["CF-NADE", "NADE"]),
    # corpus (acl:2020.findings.emnlp.78, dev42)
    ("We adapt the TextCNN architecture and automatically analyze its predictions using the "
     "Integrated Gradients method to highlight words and phrases that led to the recommendation "
     "of a scientific venue.", ["TextCNN"]),
    # corpus (acl:W19-4608, dev18)
    ("demonstrating its use for Arabic classifications tasks, and demonstrating how a "
     "pre-trained multi-lingual BERT can also be used for Arabic.", ["multi-lingual BERT"]),
])
def test_well_known_models_in_their_usual_spellings(nlp, text, models):
    assert names(nlp, text)["MODEL"] == models


# r47lexicon: ... and the lexical resources HowNet and CELEX, the Debatepedia summarization set,
# the OSACT4 shared task, Raven's Progressive Matrices, and the hyphened or spaced spellings of
# WiC, miniImageNet and Who-did-What are data
@pytest.mark.parametrize("text, datasets", [
    # corpus (acl:2020.osact.1.15, dev39)
    ("To contribute to this development, during the OSACT4 workshop, a shared task was undertaken "
     "to detect offensive language in Arabic.", ["OSACT4"]),
    # corpus (aistats2022:6d87ae4bde, dev37): the curly apostrophe as written
    ("This work presents a new approach to machine IQ tests solving formulated as Raven\u2019s "
     "Progressive Matrices (RPMs), called Duel-IQ.", ["Raven\u2019s Progressive Matrices"]),
    # corpus (acl:D18-1493, dev43)
    ("Inspired by HowNet, we use sememes, the minimum semantic units in human languages, to "
     "represent the implicit semantics behind words for language modeling.", ["HowNet"]),
    # corpus (acl:Q18-103, dev14)
    ("We experiment with the model on English CELEX data and German DErivBase (Zeller et al., "
     "2013) data.", ["CELEX"]),
    # corpus (acl:2020.inlg.1.11, dev30)
    ("We also experimented on one of the largely used datasets, Debatepedia, to compare our QFAS "
     "approach with other models.", ["Debatepedia"]),
    # corpus (coling2025:2025.coling-main.466, dev17)
    ("Evaluating LLMs' Capability to Identify Lexical Semantic Equivalence: Probing with the "
     "Word-in-Context Task", ["Word-in-Context"]),
    # corpus (iclr2018:ry8dvM-R-, dev37)
    ("We evaluate our model against cross-stitch networks and shared-layer baselines on "
     "multi-task settings of the MNIST, mini-imagenet, and CIFAR-100 datasets.",
     ["MNIST", "mini-imagenet", "CIFAR-100"]),
    # corpus (acl:W17-2610, dev23)
    ("We evaluate this approach on the task of reading comprehension (on the Who did What and "
     "CNN datasets) and show that it dramatically improves a strong baseline.", ["Who did What"]),
])
def test_well_known_data_in_their_usual_spellings(nlp, text, datasets):
    assert names(nlp, text)["DATASET"] == datasets
