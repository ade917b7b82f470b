"""The model a PARAMS or TOKENS size belongs to (size_models.py)."""

import pytest
from attribution_helpers import (
    pipeline_nlp,  # noqa: F401  (fixtures)
    sizes,
    spans,
)

from litkit.extract.extensions import SPANS_KEY


def test_sizes_of_mixtures_of_experts_are_their_totals_and_active_counts(nlp):
    # R-params-active (dev18): the active count next to the total is a parameter count too
    text = ("We pre-train a series of Lory models from scratch on 150B tokens, with up to 32 "
            "experts and 30B (1.5B active) parameters.")
    assert sizes(nlp, text) == {3e10: "Lory", 1.5e9: "Lory"}
    text = ("Using SlimMoE, we compress Phi-3.5-MoE (41.9B total / 6.6B activated parameters) "
            "into two smaller models: Phi-mini-MoE (7.6B total / 2.4B activated) and "
            "Phi-tiny-MoE (3.8B total / 1.1B activated), using only 400B tokens.")
    assert sizes(nlp, text) == {4.19e10: "Phi-3.5-MoE", 6.6e9: "Phi-3.5-MoE",
                                7.6e9: "Phi-mini-MoE", 2.4e9: "Phi-mini-MoE",
                                3.8e9: "Phi-tiny-MoE", 1.1e9: "Phi-tiny-MoE"}


def test_sizes_named_by_their_variant(nlp):
    text = ("Specifically, we pre-trained nanoGPT-2 models of varying sizes\u2014small (125M), "
            "medium (335M), and large (770M)\u2014on the OpenWebText dataset, comprised of 9B "
            "tokens.")
    assert sizes(nlp, text) == {1.25e8: "nanoGPT-2", 3.35e8: "nanoGPT-2", 7.7e8: "nanoGPT-2"}


@pytest.mark.parametrize(("text", "expected"), [
    ("We release UL2 20B and Flan-UL2 20B.", {2e10: "UL2"}),
    ("it outperforms 175B GPT-3 and T5-XXL", {1.75e11: "GPT-3"}),
    ("distilled down from GPT-3.5 (ge 175B) to T5 variants (le 11B)",
     {1.75e11: "GPT-3.5", 1.1e10: "T5"}),
    ("we induce up to 75% sparsity into a 1.3B parameter GPT-3 XL model", {1.3e9: "GPT-3 XL"}),
    ("release CodeGen2 models in size 1B, 3.7B, 7B, and, 16B parameters",
     {1e9: "CodeGen2", 3.7e9: "CodeGen2", 7e9: "CodeGen2", 1.6e10: "CodeGen2"}),
    ("mid-training LMs like Llama 3.2 1b and 3b on D3", {1e9: "Llama 3.2", 3e9: "Llama 3.2"}),
    ("the unlearning target of the Llama2-7b model", {7e9: "Llama2-7b"}),
    ("with experiments on 1B and 3B parameter models", {1e9: None, 3e9: None}),
    ("across T5, T0, and LLaMA-based models with 200M - 65B parameters", {2e8: None, 6.5e10: None}),
])
def test_the_model_a_size_belongs_to(nlp, text, expected):
    assert sizes(nlp, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # colm2025:u9JXu4L17I: "it" of an abstract is the paper's system
        ("DeepRetrieval: Hacking Real Search Engines with Reinforcement Learning\n\nWe propose "
         "DeepRetrieval, a reinforcement learning approach for query generation. With only 3B "
         "parameters, it outperforms industry-leading models like GPT-4o and Claude-3.5-Sonnet "
         "on those tasks.", {3e9: "DeepRetrieval"}),
        # naacl2024:2024.findings-naacl.277: an article starts another model, not the FLAN-T5
        ("By constructing a dataset of citations, we train two model architectures: an "
         "FID-style FLAN-T5 model for efficient answer composition and a 13B model known for "
         "its success in instruction following after tuning.", {1.3e10: None}),
        # naacl2024:2024.naacl-long.65: the model named in apposition, not the framework
        ("Ensuring Safety in Large Language Models\n\nWe propose a two-stage approach, "
         "Guide-Align. Notably, our fine-tuned model, Labrador, even at 13 billion parameters, "
         "outperforms GPT-3.5-turbo and surpasses GPT-4 in alignment capabilities.",
         {1.3e10: "Labrador"}),
        # colm2025:e112iu5ssg: a size to a size, then the name they are of
        ("Overfill: Two-Stage Models for Efficient Language Model Decoding\n\nWe propose "
         "Overfill. Our 3B-to-1B Overfill configuration outperforms 1B pruned models by 83.2%.",
         {3e9: "Overfill", 1e9: "Overfill"}),
        # acl:D19-5014 (dev26 gold): a size no name claims, of the one model the paper's unnamed
        # system uses (R-params-base)
        ("On the NLP4IF 2019 sentence level propaganda classification task, we used a BERT "
         "language model that was pre-trained on Wikipedia and BookCorpus as team ltuorp ranking "
         "#1 of 26. The pre-trained model consisted of uncased words and there were 12-layers, "
         "768-hidden neurons with 12-heads for a total of 110 million parameters.",
         {1.1e8: "BERT"}),
        # colm2025:4Ns18bSoHo: not a sized name's (it is of one size), nor a name written after
        ("With the assistance of the 32B reasoning model, the 1.5B model's accuracy on MATH500 "
         "increases from 83.2% to 89.4%. Moreover, when applied to a non-reasoning model "
         "(Qwen-2.5-7B-Instruct), our framework boosts its accuracy from 74.0% to 81.8%.",
         {3.2e10: None, 1.5e9: None, 7e9: "Qwen-2.5-7B-Instruct"}),
    ],
)
def test_whose_size_it_is(nlp, text, expected):
    assert sizes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # colm2025:9DCQAGBoII: a bare size after a sized name is its family's
    ("Notably, SPOC boosts the accuracy of Llama-3.1-8B and 70B Instruct models, achieving "
     "absolute gains of 8.8% and 11.6% on MATH500.", {8e9: "Llama-3.1-8B", 7e10: "Llama-3.1-70B"}),
    # naacl2024:2024.naacl-long.6: "LLaMA-7B/30B" is two models, as "DeiT-Ti/S/B" is three
    ("We validate our retrieval approach on MultiWOZ datasets with GPT-Neo-2.7B and "
     "LLaMA-7B/30B.", {2.7e9: "GPT-Neo-2.7B", 7e9: "LLaMA-7B", 3e10: "LLaMA-30B"}),
    # colm2025:r0AXK5Cnhr: a context length glued after the size is no second size
    ("For example, GLM-4-9B-128k, Yi-6B-200k, and Llama3-8B-1M exhibit a relatively gentle "
     "degradation of performance.",
     {9e9: "GLM-4-9B-128k", 6e9: "Yi-6B-200k", 8e9: "Llama3-8B-1M"}),
    # naacl2024:2024.findings-naacl.97, acl:2020.acl.main.197, iclr2018:HJdXGy1RW: a relative
    # or "with" clause ties the size to the name before it
    ("while outperforming other LLM-based solutions, such as InstructGPT which has 175B "
     "parameters, by over 10% for all ranking metrics.", {1.75e11: "InstructGPT"}),
    ("Moreover, it also outperforms the state-of-the-art T5 model, which is the largest "
     "pre-trained model containing 11 billion parameters, on GLUE.", {1.1e10: "T5"}),
    ("CrescendoNet can match the performance of DenseNet-BC with 250 layers and 15.3M "
     "parameters.", {15.3e6: "DenseNet-BC"}),
    # coling2025:2025.coling-industry.12: the size of the models it matches is not BERT's
    ("Our 110M parameter BERT model matches 7B parameter LLMs in performance.",
     {1.1e8: "BERT", 7e9: None}),
    # colm2025:BM192Ps5Nv: sizes stated jointly over listed families (R-params-joint)
    ("evaluating the open-sourced DeepSeek-R1-Distilled Qwen and LLaMA families ranging from "
     "1.5B to 70B parameters, QwQ-32B, and Qwen3-8B.",
     {1.5e9: None, 7e10: None, 3.2e10: "QwQ-32B", 8e9: "Qwen3-8B"}),
    # colm2024:3X2L2TFr0f, colm2025:3JiCl2A14H: sizes in apposition, and the list's later sizes
    ("In this context, we introduce MiniCPM, specifically the 1.2B and 2.4B non-embedding "
     "parameter variants, not only excel in their respective categories.",
     {1.2e9: "MiniCPM", 2.4e9: "MiniCPM"}),
    ("we document and publicly release SmolLM2, a fully transparent state-of-the-art ``small'' "
     "(1.7 billion parameter) language model (LM), along with its training datasets and code.",
     {1.7e9: "SmolLM2"}),
    # colm2025:z3lG70Azbg
    ("To address this, we introduce CodeXEmbed, a family of large-scale code embedding models "
     "ranging from 400M to 7B parameters.", {4e8: "CodeXEmbed", 7e9: "CodeXEmbed"}),
    # colm2025:Y131N9fUbU: "&" lists sizes as "and" does
    ("We implement SpecDec++ and apply it to the llama-2-chat 7B & 70B model pair.",
     {7e9: "llama-2-chat", 7e10: "llama-2-chat"}),
    # colm2025:akHq1QcqeZ: a threshold is no model's size, not even the paper's
    ("Our best model achieves breakthrough results and sets a new state-of-the-art for sub-10B "
     "models on the NoCha leaderboard.", {1e10: None}),
])
def test_sizes_tied_through_lists_and_clauses(nlp, text, expected):
    assert sizes(nlp, text) == expected


@pytest.mark.parametrize("text, models", [
    # acl:W18-5519 (dev15): a component given its role is not the result's model; the title's
    # system is
    ("SIRIUS-LTG: An Entity Linking Approach to Fact Extraction and Verification\n\nThis article "
     "presents the SIRIUS-LTG system for the FEVER Shared Task. The experiments show that the "
     "pipeline with simple Cosine Similarity using TFIDF in sentence selection along with DA model "
     "as labelling model achieves the best results on the development set (F1 evidence: 32.17, "
     "label accuracy: 59.61 and FEVER score: 0.3778).", {"SIRIUS-LTG"}),
    # colm2024:N5EYQSwW26: models listed "as base LLMs": the gains are no one model's
    ("To confirm the quality of the corpus, we performed continual pre-training on Llama 2 7B, "
     "13B, 70B, Mistral 7B v0.1, and Mixtral 8x7B as base LLMs and gained consistent (6.6-8.1 "
     "points) improvements on Japanese benchmark datasets.", {None}),
])
def test_a_name_given_a_role_is_not_the_results_model(nlp, text, models):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == models


# r23 slow inputs: a size reads only the names near it, not every name of the text ("GPT-3
# 175B, " x2000 read 2000 names per size: 2.8 s)

def test_a_size_reads_only_the_names_near_it(nlp, monkeypatch):
    import litkit.extract.system_mentions as mentions_module

    read = []
    between = mentions_module._Nearby.between
    monkeypatch.setattr(mentions_module._Nearby, "between", lambda self, lo, hi:
                        read.append(len(found := between(self, lo, hi))) or found)
    doc = nlp("GPT-3 175B, " * 300)
    models = [s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "PARAMS"]
    assert models == ["GPT-3"] * 300
    assert len(read) == 300 and max(read) <= 20  # 300 names each, read whole
    # colm2025:BM192Ps5Nv: the name listed before the last one is still found, further back
    text = ("evaluating the open-sourced DeepSeek-R1-Distilled Qwen and LLaMA families ranging "
            "from 1.5B to 70B parameters, QwQ-32B, and Qwen3-8B.")
    assert sizes(nlp, text) == {1.5e9: None, 7e10: None, 3.2e10: "QwQ-32B", 8e9: "Qwen3-8B"}


def test_a_size_after_a_verbs_object_is_not_the_subjects(nlp):
    # colm2025:lqC5J7pBP9 (dev3 gold: model None): the MoE LLMs have the size, not C3PO
    doc = nlp("C3PO: Collaborative Pathway Optimization for Test-Time Expert Re-Mixing\n\n"
              "We apply C3PO to two recent MoE LLMs. Moreover, C3PO enables MoE LLMs with 1-3B "
              "active parameters to outperform LLMs of 7-9B parameters.")
    assert {s._.value: s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "PARAMS"} \
        == {1e9: None, 3e9: None, 7e9: None, 9e9: None}


@pytest.mark.parametrize(("text", "expected"), [
    # nips2015:5558: the count's "of" phrase names the model
    ("On the ImageNet dataset, our method reduced the number of parameters of AlexNet by a factor "
     "of 9\u00d7, from 61 million to 6.7 million, without incurring accuracy loss.",
     {6.1e7: "AlexNet", 6.7e6: "AlexNet"}),
    # aistats2025:LGkLTYLIBq, acl2022:2022.acl-long.495: the paper's own count, reduced to or
    # compared first
    ("We propose the Frequency Decomposition Mixture-of-Experts (FreqMoE) model. Our experiments "
     "demonstrate that FreqMoE outperforms state-of-the-art models, while significantly reducing "
     "the number of required parameters to under 50k.", {5e4: "FreqMoE"}),
    ("We propose a consistency-regularized ensemble learning approach based on perturbed models, "
     "named CAMERO. Specifically, CAMERO outperforms the standard ensemble of 8 BERT-base models "
     "on the GLUE benchmark by 0.7 with a significantly smaller model size (114.2M vs. 880.6M).",
     {1.142e8: "CAMERO", 8.806e8: None}),
])
def test_the_model_of_a_parameter_count_whose_noun_comes_first(nlp, text, expected):
    assert sizes(nlp, text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (naacl2024:2024.naacl-long.55): the named subject after a fronted "with" phrase
    ("Extensive experiments in coherence evaluation show that, with only 233M parameters, CoUDA "
     "achieves state-of-the-art performance in both pointwise scoring and pairwise ranking tasks.",
     {2.33e8: "CoUDA"}),
    # (not a common word: no model)
    ("With only 3B parameters, The model outperforms larger ones.", {3e9: None}),
])
def test_the_subject_after_a_with_parameters_phrase(nlp, text, expected):
    assert sizes(nlp, text) == expected


# r29params: the sizes a base model is written with, in a clause saying the paper's model builds
# on it, are that model's (R-params-variant)


def test_sizes_of_a_base_in_a_builds_on_clause_are_the_models(nlp):
    # colm2025:i1uGbfHHpH (dev26 gold: Tulu 3, all three)
    doc = nlp("We introduce TÜLU 3, a family of fully-open post-trained models. TÜLU 3, which "
              "builds on Llama 3.1 base models at 8B, 70B and 405B parameters, achieves results "
              "surpassing the instruct versions of Llama 3.1.")
    assert {s._.value: s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "PARAMS"} \
        == {8e9: "TÜLU 3", 70e9: "TÜLU 3", 405e9: "TÜLU 3"}


# r30params: "our" before a size in words and its parameter noun names the paper's own model


def test_our_model_written_with_its_size_in_words_is_the_papers_system(nlp):
    # dev26 colm2025:ayB1PACN5j (gold: RWKV-7)
    text = ("We present RWKV-7 \"Goose\", a new sequence modeling architecture with constant "
            "memory usage. Despite being trained on dramatically fewer tokens than other top "
            "models, our 2.9 billion parameter language model achieves a new SoTA on "
            "multilingual tasks.")
    assert sizes(nlp, text) == {2.9e9: "RWKV-7"}


def test_a_with_parameters_phrase_whose_scale_is_a_word_sizes_the_papers_system(nlp):
    # corpus (colm2025:wRcTCcb0H5): "8 billion" written as two words, "it" the paper's system
    text = ("Sherkala-Chat: Building a State-of-the-Art LLM for Kazakh\n\nSherkala-Chat is "
            "trained on 45.3B tokens across Kazakh, English, Russian, and Turkish. With 8 billion "
            "parameters, it demonstrates strong knowledge and reasoning abilities in Kazakh.")
    assert sizes(nlp, text) == {8e9: "Sherkala-Chat"}


# r42psize: the one model the experiments are run with, with no subject, is the base of the
# paper's unnamed models and takes their sizes (R-params-base)
@pytest.mark.parametrize(("text", "expected"), [
    # dev5 naacl2024:2024.findings-naacl.42 (gold: Llama2, ADJUDICATION.md's R-params-base case)
    ("Experimental results conducted using the Llama2 model demonstrate the improved translation "
     "capabilities of LLMs. Experimental results demonstrate that our approach surpasses previous "
     "work, despite having a significantly smaller parameter count of only 7B or 13B.",
     {7e9: "Llama2", 1.3e10: "Llama2"}),
    # corpus naacl2024:2024.findings-naacl.232: experiments "by instruction tuning" the model
    ("We conduct comprehensive experiments by instruction tuning LLaMA-2 models on the Alpaca "
     "dataset. We show that dynamic early exiting achieves consistent inference cost "
     "improvements (37.86% for 7B and 46.35% for 13B model).", {1.3e10: "LLaMA-2"}),
])
def test_sizes_of_the_model_the_experiments_are_run_with(nlp, text, expected):
    assert sizes(nlp, text) == expected
