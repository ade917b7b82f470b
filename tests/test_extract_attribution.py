"""Version-2 fields on real sentences: a result's kind, model, own flag and metric type, the
model a size belongs to, and the canonical identity of names."""

import pytest

from litkit.extract import build_pipeline
from litkit.extract.extensions import SPANS_KEY
from litkit.extract.identity import canonical_dataset, canonical_model
from litkit.extract.metrics import METRIC_TYPES, metric_type
from litkit.extract.own_systems import own_systems


@pytest.fixture(scope="module")
def nlp():
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


def test_a_delta_and_the_scores_it_compares(nlp):
    found = {a["value"]: a for _, a in spans(
        nlp, "Our model improves over RoBERTa-Large by 0.9% (90.2 vs 91.1) on MNLI.", "RESULT")}
    assert found[0.9]["kind"] == "delta" and found[0.9]["own"] and found[0.9]["model"] is None
    # 91.1 is 0.9 above 90.2: the paper's score; 90.2 is RoBERTa-Large's, written to compare
    assert (found[91.1]["kind"], found[91.1]["own"], found[91.1]["unit"]) == ("score", True, "%")
    assert (found[90.2]["kind"], found[90.2]["own"], found[90.2]["model"]) == \
        ("score", False, "RoBERTa-Large")
    assert {a["dataset"] for a in found.values()} == {"MNLI"}


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


def test_the_papers_own_unnamed_model_is_its_system(nlp):
    text = ("UL2: Unifying Language Learning Paradigms\n\nBy scaling our model up to 20B "
            "parameters, we achieve SOTA performance on 50 NLP tasks.")
    assert sizes(nlp, text) == {2e10: "UL2"}


@pytest.mark.parametrize(("text", "kinds"), [
    ("improving average accuracy by 7.6% over Mistral-7B, with 14.6% for Llama-2-7B",
     ["delta", "delta"]),
    ("achieving a 10x reduction in compute requirements", ["ratio"]),
    ("while using less than 1/4 of their compute", ["ratio"]),
    ("reducing the original parameter size by 1/3 to 2/3", ["delta", "delta"]),
    ("we can tune a RoBERTa model to achieve 90% of the full parameter performance levels",
     ["ratio"]),
    ("achieves 61% and 83% of the supervised learning performance", ["ratio", "ratio"]),
    ("they achieve competitive results with only 20% training data", ["ratio"]),
    ("a 1.8% averaged accuracy improvement (on 15 languages) is obtained", ["delta"]),
    ("it reduces Gemma's bias by 37-57%", ["delta", "delta"]),
    ("a 4.95% relative improvement over monolingual training", ["delta"]),
    ("(preferred by 55% in head-to-head single-turn studies and 20% higher in consistency)",
     ["score", "delta"]),
    ("The resulting ViT-G model attains 90.94% top-1 accuracy on ImageNet", ["score"]),
    # a level is a score; how often something happens measures no system
    ("we can induce up to 75% sparsity into a 1.3B parameter GPT-3 XL model", ["score"]),
    ("PII appears in translation or code editing (48% and 16% of the time, respectively)",
     ["other", "other"]),
    ("QuickPrune efficiently prunes over 90% of the ground set", ["delta"]),
    # a change in a measure of several words; not the levels it goes from and to
    ("We see improvements of up to 5 BLEU on both our high and low resource language pairs, "
     "with a reduction in training time of 60%.", ["delta", "delta"]),
    ("Our evaluation shows an increase in accurracy from 72.4% to 81.5% on OOV words",
     ["score", "score"]),
])
def test_kinds(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds


@pytest.mark.parametrize(("text", "types"), [
    ("The resulting ViT-G model attains 90.94% top-1 accuracy on ImageNet", ["accuracy"]),
    ("achieving a 10x reduction in compute requirements", ["cost"]),
    ("with over a 30% annotation speed-up", ["speed"]),
    ("yields up to +1.28 and +0.89 BLEU points improvements", ["bleu", "bleu"]),
    ("Our best model achieves an F1(macro) score of 74.2 and 84.8 on subtasks 1.1 and 1.2",
     ["f1", "f1"]),
    ("our MuMath-70B model achieves 88.3% on GSM8K and 34.5% on MATH",
     ["accuracy", "accuracy"]),  # the usual metric of GSM8K and MATH
    ("outperforming Phi-1.5-1.3B by 36% on HumanEval", ["pass_at_k"]),
    ("reduces the word error rate (WER) by 30% relative", ["error_rate"]),
    ("with a precision of 77.9% and a recall of 97.8%", ["other", "other"]),
])
def test_metric_types(nlp, text, types):
    assert [a["metric_type"] for _, a in spans(nlp, text, "RESULT")] == types


@pytest.mark.parametrize(("text", "models"), [
    # a name after the number, or the subject before it; never the object compared with
    ("finding they successfully complete as few as 3% of tasks (Llama2-70B), and just 43% for "
     "the best-performing (GPT-4).", [("Llama2-70B", False), ("GPT-4", False)]),
    ("Our results demonstrate that HEAL outperforms GPT-4 and PMC-LLaMA in PubMedQA, with an "
     "accuracy of 78.4%.", [("HEAL", True)]),
    ("our MuMath-70B model achieves 88.3% on GSM8K", [("MuMath-70B", True)]),
    ("improving average accuracy by 7.6% over Mistral-7B, with 14.6% for Llama-2-7B and 20.3% "
     "for CodeLlama-7B", [(None, True), ("Llama-2-7B", True), ("CodeLlama-7B", True)]),
    ("GRIFFIN improves latency (e.g. 1.29x and 1.25x speed-ups in Gemma 7B and Llama 2 13B, "
     "respectively, on an NVIDIA L40).", [("Gemma", True), ("Llama 2", True)]),
    ("REPLUG significantly improves the performance of GPT-3 (175B) on language modeling by "
     "6.3%", [("GPT-3", True)]),
    ("while baselines without explanation data achieve below 65% accuracy", [(None, False)]),
    # iclr2018:SJn0sLgRb (round 37 audit): the paper's method named back with "this" marks a
    # known model's score as its own run (R-model-base)
    ("This simple data augmentation technique significantly improved classification accuracy "
     "for all the tested datasets; for example, the top-1 error rate was reduced from 33.5% to "
     "29.0% for the ILSVRC 2012 dataset with GoogLeNet.",
     [("GoogLeNet", False), ("GoogLeNet", True)]),
])
def test_models_and_own(nlp, text, models):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == models


def test_the_papers_named_system_takes_its_unnamed_results(nlp):
    text = ("Keep CALM and Explore: Language Models for Action Generation in Text-based Games\n\n"
            "In this paper, we propose the Contextual Action Language Model (CALM) to generate "
            "a compact set of action candidates. Our method obtains a 69% relative improvement "
            "in average game score over the previous state-of-the-art model.")
    assert [(a["model"], a["kind"]) for _, a in spans(nlp, text, "RESULT")] == [("CALM", "delta")]


def test_comparison_figures_are_kept_as_not_own(nlp):
    text = "DeepRetrieval achieves 65.07% (vs. previous SOTA 24.68%) recall for publication search"
    found = {a["value"]: a["own"] for _, a in spans(nlp, text, "RESULT")}
    assert found == {65.07: True, 24.68: False}


@pytest.mark.parametrize(("name", "canonical", "family", "size", "variant"), [
    ("GPT-3 175B", "GPT-3 175B", "GPT-3", 1.75e11, None),
    ("Llama-2-7B-Chat", "Llama 2 7B chat", "Llama 2", 7e9, "chat"),
    ("LLaMA2-7b", "Llama 2 7B", "Llama 2", 7e9, None),
    ("RoBERTa-Large", "RoBERTa large", "RoBERTa", None, "large"),
    ("roberta-large", "RoBERTa large", "RoBERTa", None, "large"),
    ("DeiT-S", "DeiT S", "DeiT", None, "S"),
    ("ViT-B/16", "ViT B/16", "ViT", None, "B/16"),
    ("Qwen 2.5", "Qwen2.5", "Qwen2.5", None, None),
    ("Qwen2.5-Math-7B-Instruct", "Qwen2.5-Math 7B instruct", "Qwen2.5-Math", 7e9, "instruct"),
    ("GPT-J", "GPT-J", "GPT-J", None, None),
    ("Arctic-SnowCoder-1.3B", "Arctic-SnowCoder 1.3B", "Arctic-SnowCoder", 1.3e9, None),
    # a name the lexicon knows whole is read in its spelling, hyphened or glued
    ("Claude-3.5-Sonnet", "Claude 3.5 sonnet", "Claude 3.5", None, "sonnet"),
    ("BERTlarge", "BERT large", "BERT", None, "large"),
])
def test_model_identity(name, canonical, family, size, variant):
    identity = canonical_model(name)
    assert (identity.canonical, identity.family, identity.size, identity.variant) == \
        (canonical, family, size, variant)


def test_dataset_identity_and_spans_carry_it(nlp):
    assert canonical_dataset("GSM-8K") == canonical_dataset("gsm8k") == "GSM8K"
    assert canonical_dataset("MMLU-Pro") == "MMLU-Pro"  # not in the lexicons: as written
    doc = nlp("We fine-tune LLaMA-2-7B-Chat and test it on gsm8k and MMLU.")
    names = {s.text: (s._.canonical, s._.model or s._.dataset)
             for s in doc.spans[SPANS_KEY] if s.label_ in ("MODEL", "DATASET")}
    assert names["LLaMA-2-7B-Chat"] == ("Llama 2 7B chat", "LLaMA-2-7B-Chat")
    assert names["MMLU"] == ("MMLU", "MMLU")


def test_metric_type_is_one_of_the_closed_list():
    assert metric_type("nothing to see") == "other" and "other" in METRIC_TYPES
    assert metric_type(before="reduces memory usage by") == "cost"
    assert metric_type(before="models trained on 30B tokens selected by") == "other"


def test_we_see_reports_the_named_systems_result(nlp):
    # "we see", "we observe" report what the named model did; they do not make the value the
    # paper's unnamed system's (seed-014, CALM)
    text = ("We introduce CALM, which composes models.\n\nSimilarly, when PaLM2-S is augmented "
            "with a code-specific model, we see a relative improvement of 40% over the base "
            "model for code generation and explanation tasks.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[40.0]["model"] == "PaLM2-S"


def test_the_start_of_a_change_is_not_the_papers_system(nlp):
    # colm2024:oRXPiSOGH9: 5.9% and 36.3% are the LM before Quiet-STaR, 10.9% and 47.2% after
    text = ("Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\n\n"
            "After continued pretraining of an LM on a corpus of internet text with Quiet-STaR, "
            "we find zero-shot improvements on GSM8K (5.9%\u219210.9%) and CommonsenseQA "
            "(36.3%\u219247.2%).")
    found = {a["value"]: (a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")}
    assert found[5.9] == found[36.3] == (None, False)
    assert found[10.9] == found[47.2] == ("Quiet-STaR", True)


def test_baselines_after_a_comparison_are_its_object(nlp):
    # dev2-039: the baselines are outperformed, the ~6% is the paper's system's (CoA)
    text = ("We propose Chain-of-Abstraction (CoA), a method for tool use.\n\nWe show that our "
            "method consistently outperforms previous chain-of-thought and tool-augmented "
            "baselines on both in-distribution and out-of-distribution test sets, with an "
            "average ~6% absolute QA accuracy improvement.")
    (_, found), = spans(nlp, text, "RESULT")
    assert (found["model"], found["own"], found["kind"]) == ("CoA", True, "delta")


def test_a_size_before_a_tuning_is_part_of_the_name(nlp):
    # colm2025:DDtwtoAMjA: "Gemma 2B Instruct" is one model, and 2B its size
    text = "We show that Gemma 2B Instruct and LLaMA 3.2 3B Instruct exhibit strong biases."
    assert sizes(nlp, text) == {2e9: "Gemma 2B Instruct", 3e9: "LLaMA 3.2 3B Instruct"}
    assert [s for s, _ in spans(nlp, text, "MODEL")] == ["Gemma 2B Instruct",
                                                          "LLaMA 3.2 3B Instruct"]


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


@pytest.mark.parametrize(("text", "systems"), [
    # a naming word ends the words after the verb: the name after it is the system
    ("In this paper, we integrate an adversarial network architecture into the meta-learning "
     "system and leverage cost-effective modules to build a novel few-shot classification "
     "framework named SaAML.", ["SaAML"]),
    # the acronym closing what "this paper" puts forward, not one after a preposition
    ("This paper proposes a novel Target-Guided Structured Attention Network (TG-SAN), which "
     "captures target-related contexts for TDSA in a fine-to-coarse manner.", ["TG-SAN"]),
    ("This paper introduces a novel neuro-symbolic architecture for relation classification "
     "(RC) that combines rule-based methods with contemporary deep learning techniques.", []),
    # a name in apposition does not go by a later acronym of another phrase
    ("Our proposed model, C-BiGRU, combines a Convolutional Neural Network (CNN) with a "
     "bidirectional Recurrent Neural Network (RNN).", ["C-BiGRU"]),
    # acl:D19-1162, acl2022:2022.findings-acl.54: an acronym heading a scheme or a task names
    # no system, nor does the phrase spelled out before it
    ("Therefore, we propose the Spoken Conversation Universal Dependencies (SCUD) annotation "
     "scheme that extends the guidelines to spoken dialog.", []),
    ("To overcome these, we propose a novel Cross-Modal Cloze (CMC) task which is to predict "
     "the target word.", []),
    # ... also after a citation (acl:D19-1162)
    ("we propose the SCUD annotation scheme that extends the Universal Dependencies (UD) "
     "(Nivre et al., 2016) guidelines to spoken human-machine dialogs.", []),
    # acl:2020.wanlp.1.22: a classic learner's acronym is a kind of model, not the paper's own
    ("Our best submission was using Multinational Naive Bayes (MNB) classifier (Small and "
     "Hsiao, 1985) with n-grams as features.", []),
    # acl:2020.emnlp.main.581, acl:2020.lrec.1.643: an acronym spelled out after a preposition
    # names what the system works on or with
    ("We propose a novel language-independent approach to improve the efficiency for "
     "Grammatical Error Correction (GEC) by dividing the task into two subtasks.", []),
    ("We propose a simple yet accurate method for dependency parsing that treats parsing as "
     "tagging (PaT). For example, our approach outperforms the state-of-the-art method on "
     "Universal Dependencies (UD) by 1.76% unlabeled attachment score.", ["PaT"]),
    # ... unless the preposition is inside the name (acl:L08-1289), a naming word comes before
    # it (aistats2025:1y9UG4YOnm) or an apposition introduces it (nips2016:7285)
    ("In this paper we present Question-based Interface to Ontologies (QuestIO) - a tool for "
     "querying ontologies using unconstrained language-based queries.", ["QuestIO"]),
    ("Therefore, we propose a novel near-optimal algorithm called restarting phased elimination "
     "with random permutation (R-PERP), which bypasses the huge computational cost.",
     ["R-PERP"]),
    ("We develop a probabilistic framework for deep learning based on the Deep Rendering "
     "Mixture Model (DRMM), a new generative probabilistic model.", ["DRMM"]),
    # naacl2021:2021.naacl-main.345, acl:W17-5501: a resource's name is not a system's
    # (R-model-resource), in a title or in apposition; a scheme may be a method (acl:W19-2306)
    ("Swords: A Benchmark for Lexical Substitution with Improved Data Coverage and Quality\n\n"
     "We release a new benchmark for lexical substitution.", []),
    ("Using this approach, we created DisCoRel, a lexicon of French discourse connectives and "
     "their PDTB relations.", []),
    ("In this work, we propose Para-SSL, a scheme to generate candidate utterances using "
     "paraphrasing and methods from semi-supervised learning.", ["Para-SSL"]),
    # acl:W19-6144: a parenthesis inside a word is no acronym
    ("The Seemingly (Un)systematic Linking Element in Danish\n\nIn this paper we address the "
     "issue of predicting the use of linking elements in Danish.", []),
    # acl:S19-298, acl:2020.semeval.1.74, naacl2022:2022.naacl-main.200, icml2019:4215: an
    # acronym after a preposition following the cue, or with the cue sentences before, names
    # an institution, a task, a kind of thing or data, not the paper's system
    ("This paper describes the work that our team bhanodaig did at Indian Institute of "
     "Technology (ISM) towards OffensEval.", []),
    ("In this paper, we present our submission for SemEval 2020 Task 4 - Commonsense "
     "Validation and Explanation (ComVE).", []),
    ("Our novel approach uses a token-level gating layer to augment pre-trained multilingual "
     "transformers with gazetteers containing named entities (NE) from a target language.", []),
    ("We learn our policy to be dynamically dependent on the patient's health history. In a "
     "real-world ICU mortality prediction task (MIMIC3), our policies reduce the total number "
     "of measurements by 31%.", []),
    # aistats2024:52411f71ca, icml2018:2404, acl:2020.wnut.1.53: a second verb putting it
    # forward, a capitalized name sentences after the cue, a named base model after "using"
    ("To address this challenge, we propose a Mixture-of-Experts-style augmentation for "
     "linear-centric models and propose Mixture-of-Linear-Experts (MoLE).", ["MoLE"]),
    ("Here, we train students parameterized identically to their teachers. Surprisingly, "
     "these Born-Again Networks (BANs), outperform their teachers significantly.", ["BANs"]),
    ("In particular, we propose our simple but effective approach using the transformer-based "
     "models based on COVID-Twitter-BERT (CT-BERT) with different fine-tuning techniques.",
     ["CT-BERT"]),
    # acl2021:2021.acl-long.63, icml2017:696: a capitalized word right after a naming word is a
    # coined name, though not shaped like one; not the first word of a longer phrase
    # (naacl2022:2022.naacl-main.195), nor a method built on a model (acl:2020.findings.emnlp.228)
    ("The nodes and edges can be learned jointly using a novel architecture named Mac. Then "
     "discontinuous NER can be reformulated.", ["Mac"]),
    ("This paper develops a novel tree-based algorithm, called Bonsai, for efficient prediction "
     "on IoT devices.", ["Bonsai"]),
    ("Taking advantage of this we propose a novel and intuitive defense strategy called Sample "
     "Shielding.", []),
    ("Instead, we propose an efficient position embeddings initialization method called "
     "Embedding-repeat, which initializes larger position embeddings based on BERT-Base.", []),
])
def test_the_papers_own_system_names(text, systems):
    assert own_systems(text, set()) == systems


def test_a_training_methods_name_does_not_take_the_trained_networks_results(nlp):
    # nips2016:6958 (R-model-base's null clause; both readers of the 36th round): the values are
    # of the unnamed network the method trains
    text = ("Our main technical contribution centers around a novel training method, called "
            "Multibatch, for similarity learning. Using the Multibatch method we train a deep "
            "convolutional neural network that achieves an accuracy of 98.2% on the LFW benchmark.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_annotator_agreement_is_a_correlation():
    # acl:2016.lilt.14.6; acl:W19-5923; acl:L16-1466 (dev4 gold: correlation)
    assert metric_type("raw agreement") == "correlation"
    assert metric_type(before="resulting a high inter-annotator agreement of") == "correlation"
    assert metric_type(before="the human agreement rate in annotation is") == "correlation"
    # agreement with labels or an oracle stays accuracy (dev2-054, D19-5901)
    assert metric_type(before="agreement with the gold labels of") == "accuracy"


def test_annotator_agreement_is_not_the_papers_own_result(nlp):
    # acl:2016.lilt.14.6 (R-own-agreement: even with the paper's own labels)
    text = ("For the temporal location of the event described by a use of could, using four "
            "category labels, we achieved 73%\u221290% raw agreement (\u03ba = 0.614\u22120.744).")
    assert [(a["value"], a["own"], a["metric_type"]) for _, a in spans(nlp, text, "RESULT")] == \
        [(73, False, "correlation"), (90, False, "correlation"),
         (0.614, False, "correlation"), (0.744, False, "correlation")]
    # acl:W19-5923
    text = ("A series of crowdsourcing tasks are conducted to ensure good annotation quality, "
            "resulting a high inter-annotator agreement of 81.82%.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [False]


def test_an_unnamed_system_s_results_belong_to_the_model_it_is_built_on(nlp):
    # acl:2020.wnut.1.79 (R-model-base)
    text = ("The system uses COVID-Twitter-BERT with attention-weighted pooling of candidate "
            "slot-chunk features to capture the useful information chunks. The system ranks 1st "
            "at the leaderboard with F1 of 0.6598, without using any ensembles.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["COVID-Twitter-BERT"]
    # acl:2020.coling.main.584
    text = ("The best results in terms of micro (94.3-94.9%) and macro F1 (86.0-88.9%) were "
            "obtained using BERT transformer.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"BERT"}
    # dev2-025 (acl:2020.lrec.1.82): a passive cue
    text = ("The two modules were implemented by fine-tuning a BERT model, which is a recent "
            "successful neural network model. For the yes/no response classifier, the "
            "macro-average of the average precisions (APs) was 82.6%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT"]
    # acl:S19-2150 and acl:2020.acl.main.674 (dev7): "a system based on", "the base BERT model"
    text = ("In order to address this task, we propose a system based on the BERT model with meta "
            "information of questions. Our system achieved competitive results with an accuracy "
            "of 0.82 in the subtask A and 0.83 in the subtask B.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Motivated by this, we fine-tune the base BERT model for a sentence-pair "
            "classification task. Despite utilizing the scene-text as the only source of visual "
            "information, we could achieve a hit-or-miss accuracy of 84.95% on the challenge "
            "test data.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT"]
    # two base models: the text does not say which one a result is of
    text = ("We fine-tune BERT and we fine-tune RoBERTa on the task. Our system achieves an F1 "
            "of 0.61.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_an_application_s_results_belong_to_the_model_it_is_built_on(nlp):
    # acl:2020.acl.demos.41 (R-model-base: the application SUPP.AI is no model)
    text = ("SUPP.AI: finding evidence for supplement-drug interactions\n\nWe present SUPP.AI, an "
            "application for browsing evidence of supplement-drug interactions. We fine-tune the "
            "contextualized word representations of the RoBERTa language model using labeled DDI "
            "data. We extract 195k evidence sentences from 22M articles (F1=0.68).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]


@pytest.mark.parametrize(("text", "models"), [
    # acl2021:2021.acl-long.171: a model the result is on par with is compared with, not whose
    # (both ends of the range whose dash was lost, r36recall)
    ("Our results show that EarlyBERT achieves comparable performance to standard BERT, with "
     "35 45% less training time.", ["EarlyBERT", "EarlyBERT"]),
    # seed-035 (ELECTRA): "their compute" is RoBERTa's and XLNet's; the 1/4 is the paper's
    ("Our approach also works well at scale, where it performs comparably to RoBERTa and XLNet "
     "while using less than 1/4 of their compute.", [None]),
    # acl:D19-6114
    ("Across three low-resource text classification datsets, we achieve comparable performance "
     "to BERT while using 300 times fewer parameters.", [None]),
])
def test_what_a_result_is_on_par_with_is_not_its_model(nlp, text, models):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == models


def test_an_acronym_of_what_the_system_works_on_does_not_take_its_results(nlp):
    # acl:N18-1157: the existing method "based on integer-linear-programming (ILP)" is no name
    # of the paper's own method
    text = ("In this paper, we propose a fast greedy method for compressive summarization. "
            "Experiments show that our method is about 100 to 400 times faster than an existing "
            "method based on integer-linear-programming (ILP) formulations.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_values_measuring_a_resource_are_not_its_model(nlp):
    # acl:L14-168 (R-model-resource): the paper's lexicon is evaluated, no system
    text = ("DerivBase.hr: A High-Coverage Derivational Morphology Resource for Croatian\n\n"
            "We evaluate DerivBase.hr on the so-obtained sample, and show that the "
            "knowledge-based version attains good clustering quality of 81.2% precision.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


@pytest.mark.parametrize(("text", "found"), [
    # "human" heading how the paper's system is evaluated does not make the value humans'
    # (naacl2022:2022.naacl-main.77, colm2025:E7Tu5yjqXw)
    ("Human evaluation shows that our method successfully generates pun 52% of the time, "
     "outperforming well-crafted baselines and the state-of-the-art models by a large margin.",
     [(None, True)]),
    ("In human evaluations, our method achieves a 67% win rate over default GPT-4o responses.",
     [(None, True)]),
    # humans as the subject still are (colm2024:7ysaJGs7zY)
    ("Human evaluation reveals that humans achieve 91.03% and 100% accuracy in comprehension "
     "and localization.", [(None, False), (None, False)]),
])
def test_human_evaluation_measures_the_system(nlp, text, found):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == found


@pytest.mark.parametrize(("text", "found"), [
    # acl:W17-4802: the clause after "while" is other metrics', not APT's (the last values)
    ("The APT metric reaches around 0.993-0.999 Pearson correlation with human judges "
     "(depending on the parameters of APT), while other automatic metrics such as BLEU, "
     "METEOR, or those specific to pronouns used at DiscoMT 2015 reach only 0.972-0.986 "
     "Pearson correlation.", [(None, False), (None, False)]),
    # acl:2020.acl.main.245
    ("Across six tasks from GLUE, our instantiation of RobEn paired with BERT achieves an "
     "average robust accuracy of 71.3% against all adversarial typos in the family "
     "considered, while previous work using a typo-corrector achieves only 35.3% accuracy "
     "against a simple greedy attack.", [("BERT", True), (None, False)]),
    # acl2021:2021.acl-long.520: baselines after "superior to" are compared with
    ("In response, we also propose CRONKGQA, a transformer-based solution that exploits "
     "recent advances in Temporal KG embeddings, and achieves performance superior to all "
     "baselines, with an increase of 120% in accuracy over the next best performing method.",
     [("CRONKGQA", True)]),
])
def test_a_clause_about_others_after_a_name_is_theirs(nlp, text, found):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][-len(found):] == found


def test_a_plural_of_the_system_name_is_that_name(nlp):
    # icml2019:3661 (R-model-plural): "called EfficientNets", "Our EfficientNets" are EfficientNet
    text = ("EfficientNet: Rethinking Model Scaling for Convolutional Neural Networks\n\nTo go "
            "even further, we use neural architecture search to design a new baseline network "
            "and scale it up to obtain a family of models, called EfficientNets, which achieve "
            "much better accuracy and efficiency than previous ConvNets. Our EfficientNets also "
            "transfer well and achieve state-of-the-art accuracy on CIFAR-100 (91.7%), Flower "
            "(98.8%), and 3 other transfer learning datasets.")
    assert own_systems(text, set()) == ["EfficientNet"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["EfficientNet", "EfficientNet"]


def test_a_capitalized_word_introduced_with_an_apposition_is_the_system_name(nlp):
    # acl:2020.acl.main.439: "Conpono" is no name-shaped word, but the paper coins it
    text = ("We propose Conpono, an inter-sentence objective for pretraining language models "
            "that models discourse coherence and the distance between sentences. On the "
            "discourse representation benchmark DiscoEval, our model improves over the previous "
            "state-of-the-art by up to 13% and on average 4% absolute across 7 tasks.")
    assert own_systems(text, set()) == ["Conpono"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Conpono", "Conpono"]
    # a capitalized word without such an apposition is not taken
    assert own_systems("We propose Conpono for pretraining language models.", set()) == []


@pytest.mark.parametrize(("text", "kinds"), [
    # dev7 acl:2020.multilingualbio.1.3: a share of a reference named by the pronoun "one"
    ("the performance of the German language scenario reaches 80 \u2013 90% of the English one.",
     ["ratio", "ratio"]),
    # iclr2018:ryj0790hb: a share of the original
    ("we further reduce the parameter cost to around 3% of the original with negligible or no "
     "loss in accuracy.", ["ratio"]),
])
def test_shares_of_the_original_or_of_one_are_ratios(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds


@pytest.mark.parametrize(("text", "kinds"), [
    # dev7 acl:2016.jeptalnrecital.jep.38: a change named in French
    ("la technique d\u2019adaptation non supervis\u00e9e permet une r\u00e9duction relative de "
     "8, 4% du taux d\u2019erreurs sur les mots (WER)", ["delta"]),
    # acl:2010.jeptalnrecital.long.33
    ("Sur notre ensemble, nous d\u00e9montrons une r\u00e9duction de 75% du rang moyen de "
     "l\u2019\u00e9quivalent correct.", ["delta"]),
])
def test_changes_named_in_french(nlp, text, kinds):
    assert [a["kind"] for _, a in spans(nlp, text, "RESULT")] == kinds


def test_the_acronym_of_a_class_or_a_task_is_not_a_subject_name(nlp):
    # a plural acronym of a lowercase phrase names a class of models, not a system
    text = ("Most existing works have focused on recurrent neural networks (RNNs), and more "
            "recently new convolutional neural networks (ConvNets) have been introduced. "
            "Numerical results show that the proposed graph ConvNets are 3-17% more accurate "
            "and 1.5-4x faster than graph RNNs.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}
    # a task's acronym the paper does not put forward as its own
    text = ("... a wide variety of artificial intelligence tasks, such as machine translation "
            "(MT) or information extraction (IE). Moreover, an "
            "extrinsic evaluation shows that when applying our framework as a preprocessing "
            "step the performance of state-of-the-art Open IE systems can be improved by up to "
            "346% in precision.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_a_title_naming_a_teams_submissions_gives_no_system(nlp):
    # acl:2020.wat.1.14 (R-model-title: a team label, like "X at <shared task>")
    text = ("WT: Wipro AI Submissions to the WAT 2020\n\nIn this paper we present an "
            "English\u2013Hindi and Hindi\u2013English neural machine translation (NMT) system, "
            "submitted to the Translation shared Task organized at WAT 2020.")
    assert own_systems(text, set()) == []
    assert own_systems("UParse: the Edinburgh system for the CoNLL 2017 UD shared task\n\n"
                       "We present UParse.", set()) == ["UParse"]


@pytest.mark.parametrize("text, found", [
    # naacl2024:2024.findings-naacl.97: lowercase modifiers between the verb and the name
    ("By using the same prompt template on seven BEIR tasks, PRP outperforms supervised "
     "baselines and outperforms the blackbox commercial ChatGPT solution by 4.2%.", "PRP"),
    # colm2025:HbwkIDWQgN: examples after a noun phrase and a comma
    ("Remarkably, Reasoning-SQL significantly outperforms larger proprietary models, e.g. "
     "O3-Mini by 4% on the BIRD benchmark.", "Reasoning-SQL"),
])
def test_a_compared_name_after_modifiers_or_examples_is_an_object(nlp, text, found):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [found]


def test_an_acronym_put_forward_by_a_second_verb_is_the_system(nlp):
    # acl2022:2022.findings-acl.13: "we exploit ... and present ... (SaMoE)"
    text = ("Considering that, we exploit mixture-of-experts and present in this paper a new "
            "method: Self-adaptive Mixture-of-Experts Network (SaMoE). The experimental results "
            "illustrate that our framework achieves 85.1% accuracy on the benchmark dataset "
            "TabFact.")
    assert own_systems(text, set()) == ["SaMoE"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SaMoE"]
    # acl2021:2021.acl-long.359: the last words of a governed phrase spell the task's acronym
    text = ("In this paper, we contribute a dataset and propose a paradigm to quantitatively "
            "evaluate the effect of attention and KG on bag-level relation extraction (RE).")
    assert own_systems(text, set()) == []
    # aistats2024:52411f71ca: a governed phrase does not run over an introducing verb
    text = ("To address this challenge, we propose a Mixture-of-Experts-style augmentation for "
            "linear-centric models and propose Mixture-of-Linear-Experts (MoLE).")
    assert own_systems(text, set()) == ["MoLE"]


def test_a_base_model_adopted_after_a_longer_clause(nlp):
    # acl:2020.webnlg.1.15 (R-model-base): "we leverage transfer learning by adopting the T5"
    text = ("For this challenge, we leverage transfer learning by adopting the T5 model "
            "architecture for our submission and fine-tune the model on the WebNLG+ corpus. Our "
            "submission ranks among the top five systems for most of the automatic evaluation "
            "metrics achieving a BLEU score of 51.74 over all categories.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["T5"]


def test_a_title_naming_the_source_of_the_data_gives_no_system(nlp):
    # acl:W18-1112 (R-model-resource)
    text = ("Reddit: A Gold Mine for Personality Prediction\n\nWe address this problem by "
            "introducing a large-scale dataset derived from Reddit, a source so far overlooked "
            "for personality prediction.")
    assert own_systems(text, set()) == []


@pytest.mark.parametrize("text, found", [
    # acl:C16-126: a value for a group of named models is no single one's
    ("Conditioning N-gram models, MaxEnt models or RNN-LMs on parser predictions yields "
     "perplexity reductions of about 6%.", None),
    # coling2025:2025.coling-main.39
    ("Our empirical study, conducted on six state-of-the-art LLMs including GPT-4o, "
     "Claude-3.5-Sonnet, and Gemini-1.5-pro, reveals an alarming average success rate of over "
     "90% for this attack.", None),
    # colm2024:Ti67584b98: a date before a comma is no list item
    ("When we released this dataset in November 2023, GPT-4 achieved 39% accuracy.", "GPT-4"),
    # naacl2022:2022.findings-naacl.167: a list after a preposition is still a list
    ("The experimental results demonstrate that our method can compress the size of XLM-R and "
     "MiniLM by more than 50%.", None),
])
def test_a_value_of_a_list_of_names_is_no_single_ones(nlp, text, found):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [found]


def test_a_name_heading_a_solution_or_resulting_is_a_subject(nlp):
    # acl:W16-3927: "Our ST solution achieved", "The SI resulted in"
    text = ("Our ST solution achieved an F1 score of 1.2% higher than the baseline for the task "
            "of extracting 10 entity types. The SI resulted in an increase of 8.2% in F1 score "
            "over the base-line.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ST", "SI"]


def test_a_name_after_a_preposition_and_an_article_is_no_subject(nlp):
    # colm2024:HVK6nl3i97: hardware named after "on an" is not whose figure it is
    text = ("For the offloading setting on two RTX 4090 GPUs, TriForce achieves 0.108s/token, "
            "only half as slow as the auto-regressive baseline on an A100, which attains 7.78x "
            "on our optimized offloading system.")
    assert "A100" not in {a["model"] for _, a in spans(nlp, text, "RESULT")}


def test_this_dataset_refers_back_to_the_one_dataset_named_before(nlp):
    # acl:W19-5009: "on this dataset" is the one dataset of the earlier sentences
    text = ("We perform our experiments on ProcessBank dataset which contains less than 200 "
            "paragraphs on biological processes. We improve over the previous state-of-the-art "
            "system on this dataset by 21 F1 points.")
    assert [a["dataset"] for _, a in spans(nlp, text, "RESULT")] == ["ProcessBank"]
    # two datasets before: "this dataset" could be either
    two = ("We perform our experiments on ProcessBank and BioInfer. We improve over the "
           "previous state-of-the-art system on this dataset by 21 F1 points.")
    assert [a["dataset"] for _, a in spans(nlp, two, "RESULT")] == [None]


def test_a_name_written_before_a_task_or_data_noun_is_no_system(nlp):
    # acl:W18-6468: "the APE Task" makes APE the task the system is for
    text = ("This paper presents our English\u2013German Automatic Post-Editing (APE) system "
            "submitted to the APE Task organized at WMT 2018 (Chatterjee et al., 2018). Our best "
            "model, the ensemble, achieves a BLEU score of 66.16 and 74.22 for the PBSMT and NMT "
            "task, respectively.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]
    # acl:2020.acl.main.134: an acronym spelling a problem out
    text = ("We propose a graph-based method to tackle the dependency tree linearization task. "
            "We formulate the task as a Traveling Salesman Problem (TSP), and use a biaffine "
            "attention model to calculate the edge costs. Our proposed method outperforms the "
            "state-of-the-art linearizer while being 10 times faster in training and decoding.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # not the last words of a phrase that only end in "tasks" (ADaPT is the system)
    assert own_systems("We propose As-Needed Decomposition and Planning for complex Tasks "
                       "(ADaPT), an approach that plans.", set()) == ["ADaPT"]


def test_a_sentence_opening_on_a_lexicon_model_gives_its_results_that_model(nlp):
    # acl:2020.acl.main.301: R-model-base within the sentence, past "our model"
    text = ("We propose a novel constituency parsing model that casts the parsing problem into "
            "a series of pointing tasks. The experiments on the standard English Penn Treebank "
            "parsing task show that our method achieves 92.78 F1 without using pre-trained "
            "models. Using pre-trained BERT, our model achieves 95.48 F1, which is competitive "
            "with the state-of-the-art while being faster.")
    found = {a["value"]: (a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")}
    assert found == {92.78: (None, True), 95.48: ("BERT", True)}
    # not a model in another role: "With GPT-4 as the judge"
    text = ("With GPT-4 as the judge, our model achieves a win rate of 61.2% against the "
            "baseline.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_our_approach_using_a_lexicon_model_is_built_on_it(nlp):
    # acl:2020.smm4h.1.18: "Our approach combined transfer learning using a RoBERTa Large"
    text = ("The task was to classify tweets containing adverse effects (AE) after medication "
            "intake. Our approach combined transfer learning using a RoBERTa Large Transformer "
            "model with a rule-based post-prediction correction to improve model precision. The "
            "model\u2019s F1-Score of 0.56 on the test dataset was 10% better than the mean of "
            "the F1-Score of the best submissions in the task.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa Large"] * 2


def test_a_task_acronym_after_an_introducing_verb_is_no_system(nlp):
    # acl2022:2022.acl-long.172: "trains NAT student" does not introduce NAT, the acronym of
    # the task "non-autoregressive translation (NAT)" that the paper does not put forward
    text = ("Knowledge distillation (KD) is the preliminary step for training non-autoregressive "
            "translation (NAT) models. In this work, we provide an appealing alternative for NAT "
            "\u2013 monolingual KD, which trains NAT student on external monolingual data with AT "
            "teacher trained on the original bilingual data. Encouragingly, combining with "
            "standard KD, our approach achieves 30.4 and 34.1 BLEU points on the WMT14 "
            "English-German and German-English datasets, respectively.")
    assert "NAT" not in own_systems(text, set())
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


@pytest.mark.parametrize("text", [
    # acl2021:2021.acl-long.180: an "and" between the words before the data noun
    "Chase: A Large-Scale and Pragmatic Chinese Dataset for Cross-Database Context-Dependent "
    "Text-to-SQL\n\nThe best approach only achieves an exact match accuracy of 40% over all "
    "questions, indicating that Chase highlights the challenging problems of XDTS.",
    # acl:2020.lrec.1.165: a title's dash and seven words before the data noun
    "Habibi - a multi Dialect multi National Arabic Song Lyrics Corpus\n\nFor the binary "
    "dialect identification task the best performing classifier achieved a testing accuracy "
    "of 93%.",
])
def test_a_resource_in_apposition_after_and_or_a_dash_is_no_system(nlp, text):
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_a_model_and_a_dataset_after_a_title_colon_still_name_the_system():
    assert own_systems("Foo: A Model and Dataset for Bar\n\nFoo reaches 80%.", set()) == ["Foo"]


# model names and owners
def test_a_name_the_paper_refers_to_as_names_its_system():
    # aistats2025:m1KT9KefLp: "refer to as" with nothing between "to" and "as"
    text = ("This result gives the recipe to a new latent collaborative filtering algorithm, "
            "which we refer to as GeoCF, due to the geometric nature of our results.")
    assert own_systems(text, set()) == ["GeoCF"]


def test_a_value_on_a_named_model_is_that_models(nlp):
    # acl2021:2021.acl-long.510: the method applied on each model (R-model-base)
    text = ("Our experiments on the GLUE benchmark show that the super tickets improve single "
            "task fine-tuning by 0.9 points on BERT-base and 1.0 points on BERT-large, in terms "
            "of task-average score.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT-base", "BERT-large"]
    # not the target of an attack (dev5 coling2025:2025.coling-main.305)
    text = ("Our MAGIC achieved an ASR of 74% on the Llama-2 and an ASR of 54% when conducting "
            "transfer attacks on GPT-3.5.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][0] == "MAGIC"


def test_an_acronym_before_score_names_a_metric_not_a_system(nlp):
    # acl:2020.wmt.1.45
    text = ("Our model has achieved Hindi to Marathi bilingual evaluation understudy (BLEU) score "
            "of 11.59, rank-based intuitive bilingual evaluation score (RIBES) score of 57.76 and "
            "translation edit rate (TER) score of 79.07.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_a_system_built_on_two_listed_models_has_no_single_base(nlp):
    # acl:2020.semeval.1.240: "fine-tuned BERT and RoBERTa ... merged them with an average
    # ensemble": the results are the ensemble's, not BERT's
    text = ("In this paper, we describe our approaches and systems for the SemEval-2020 Task 11 "
            "on propaganda technique detection. We fine-tuned BERT and RoBERTa pre-trained models "
            "then merged them with an average ensemble. Our system ranked 20th out of 36 teams "
            "with 0.398 F1 in the SI task and 14th out of 31 teams with 0.556 F1 in the TC task.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_our_approach_named_x_names_the_system():
    # colm2025:JloZnCwhmk: the naming word after "Our approach," is part of that cue
    text = ("Our approach, named ILA, involves learning a binary mask for the parameter changes "
            "in each layer during alignment, as an indicator of layer significance.")
    assert own_systems(text, set()) == ["ILA"]


def test_two_systems_put_forward_together_leave_unnamed_results_unnamed(nlp):
    # acl2021:2021.acl-long.268 (dev9): "our approach" is neither MTO nor MSO
    text = ("Based on the property, we propose a Margin-based Token-level Objective (MTO) and a "
            "Margin-based Sentence-level Objective (MSO) to maximize the Margin for preventing "
            "the LM from being overconfident. Experiments on WMT14 English-to-German demonstrate "
            "the effectiveness of our approach, with 1.36 BLEU improvements.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_scores_in_a_resource_paper_naming_no_system_are_not_its_own(nlp):
    # acl:2020.acl.main.372 (R-own-dataset): "Our" model scored on the paper's new dataset
    text = ("GoEmotions: A Dataset of Fine-Grained Emotions\n\nWe introduce GoEmotions, the "
            "largest manually annotated dataset of 58k English Reddit comments. Our BERT-based "
            "model achieves an average F1-score of .46 across our proposed taxonomy, leaving much "
            "room for improvement.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [False]


def test_an_acronym_put_forward_after_a_longer_first_clause():
    # naacl2022:2022.naacl-main.277: "we argue that one reference is not enough and propose"
    text = ("In this paper, we argue that one reference is not enough and propose diverse "
            "distillation with reference selection (DDRS) for NAT. Specifically, we first propose "
            "a method called SeedDiv for diverse machine translation. Experiments on widely-used "
            "machine translation benchmarks demonstrate the effectiveness of DDRS, which achieves "
            "29.82 BLEU with only one decoding pass on WMT14 En-De.")
    assert own_systems(text, set())[:1] == ["DDRS"]


# result owners: precision


def test_the_first_value_of_a_change_made_by_the_papers_system_is_not_its(nlp):
    # acl2021:2021.acl-long.363: .677 is the baselines' AUC (R-res-baseline), .748 is CoRI's
    text = ("CoRI: Collective Relation Integration with Data Augmentation for Open Information "
            "Extraction\n\nWe propose a two-stage Collective Relation Integration (CoRI) model. "
            "Experiment results on two datasets show that CoRI can significantly outperform the "
            "baselines, improving AUC from .677 to .748 and from .716 to .780, respectively.")
    assert [(a["value"], a["model"]) for _, a in spans(nlp, text, "RESULT")][:2] == [
        (0.677, None), (0.748, "CoRI")]


def test_a_bound_on_the_systems_own_margin_stays_its(nlp):
    # acl:2020.findings.emnlp.127: "larger than 2.8%" bounds FIRE's own margin
    text = ("Experimental results show that FIRE outperforms previous methods by margins larger "
            "than 2.8% and 4.1% on the PERSONA-CHAT dataset with original and revised personas "
            "respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][:1] == ["FIRE"]


def test_a_name_put_in_apposition_as_an_environment_or_dataset_is_no_system():
    # iclr2018:rkaT3zWCZ: House3D is the environment, not the agents scored in it; dev9
    # colm2025:SrKdi4MsUW: the title's name is the dataset "$LongPerceptualThoughts$, a new ..."
    text = ("To this end, we propose House3D, a rich, extensible and efficient environment that "
            "contains 45,622 human-designed 3D scenes of visually realistic houses.")
    assert own_systems(text, set()) == []
    text = ("LongPerceptualThoughts: Distilling System-2 Reasoning for System-1 Perception\n\n"
            "In this paper, we introduce $LongPerceptualThoughts$, a new synthetic dataset with "
            "30K long-thought traces for perceptual tasks.")
    assert own_systems(text, set()) == []


def test_existing_systems_with_modifiers_are_others(nlp):
    # aistats2024:52411f71ca: the 25% is existing single-head models', not MoLE's
    text = ("By using MoLE existing linear-centric models can achieve SOTA LTSF results in 68% of "
            "the experiments that PatchTST reports and we compare to, whereas existing single-head "
            "linear-centric models achieve SOTA results in only 25% of cases.")
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][-1:] == [
        (25.0, None, False)]


def test_a_tasks_acronym_before_a_system_noun_names_no_system():
    # acl:2020.acl.main.216: AV-ASR names the task the unnamed system does (as UNMT in dev8
    # acl:2020.loresmt.1.10, whose BLEU scores have model null)
    text = ("This paper presents an audio visual automatic speech recognition (AV-ASR) system "
            "using a Transformer-based architecture. We particularly focus on the scene context "
            "provided by the visual information, to ground the ASR.")
    assert own_systems(text, set()) == []
    text = ("In this work, we devise an unsupervised neural machine translation (UNMT) system "
            "consisting of a transformer based shared encoder and language specific decoders.")
    assert own_systems(text, set()) == []


def test_the_acronym_of_what_a_system_finds_names_no_system():
    # acl:P19-1410: EDUs are what the segmenter identifies; dev8 acl:P18-2108: DDIs are extracted
    text = ("Our framework comprises a discourse segmenter to identify the elementary discourse "
            "units (EDU) in a text, and a discourse parser that constructs a discourse tree.")
    assert own_systems(text, set()) == []
    text = ("We propose a novel neural method to extract drug-drug interactions (DDIs) from texts "
            "using external drug molecular structure information.")
    assert own_systems(text, set()) == []


def test_a_metrics_acronym_names_no_system(nlp):
    # naacl2024:2024.findings-naacl.94: FTR is a rate the attack is measured by (as MAE in
    # dev10 acl:2020.emnlp.main.369, "the use of mean absolute error (MAE)")
    text = ("For instance, with 3% poisoning samples against the LLaMA-7B model on the Emotion "
            "dataset, our attack achieves a 100% Attack Success Rate (ASR) with a False Triggered "
            "Rate (FTR) below 2.06% and negligible model accuracy degradation.")
    assert "FTR" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    text = "We propose the use of mean absolute error (MAE) instead of classification accuracy."
    assert own_systems(text, set()) == []


# ----- result owners (round 8)


def test_a_shared_task_findings_paper_reports_the_participants_results(nlp):
    # acl:W18-6452 (as dev9 acl:W19-5303 and acl:W16-5309): the top results are the teams'
    text = ("Findings of the WMT 2018 Shared Task on Automatic Post-Editing\n\nWe present the "
            "results from the fourth round of the WMT shared task on MT Automatic Post-Editing. "
            "In this case, top results show smaller improvements up to -0.38 TER and +0.8 BLEU "
            "points.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[0.8]["own"] is False and found[0.8]["model"] is None
    # acl:2020.nlptea.1.4: the task's name is not the model of the systems' scores
    text = ("Overview of NLPTEA-2020 Shared Task for Chinese Grammatical Error Diagnosis\n\nThis "
            "paper presents the NLPTEA 2020 shared task for Chinese Grammatical Error Diagnosis "
            "(CGED). System performances achieved a significant progress, reaching F1 of 91% in "
            "detection level, 40% in position level and 28% in correction level.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[91.0]["own"] is False and found[91.0]["model"] is None
    # a team's paper is not a findings paper: "X at SemEval-2020 Task 8: An Overview of ..."
    text = ("SIS@IIITH at SemEval-2020 Task 8: An Overview of Simple Text Classification Methods "
            "for Meme Analysis\n\nOur submitted model achieved an accuracy of 72.69% on the "
            "official test dataset.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


def test_the_base_model_through_its_description_or_the_method_applied_to_it(nlp):
    # dev10 acl:D19-5711, acl:2020.coling.main.248; acl:2020.semeval.1.49 (R-model-base)
    text = ("For two tasks, we exploit the pre-trained biomedical language representation model "
            "(i.e., BERT) in the pipe of information extraction. The experiment results show "
            "that our proposed approaches achieve 0.60 (ranks 1) and 0.25 (ranks 2) on task 1 "
            "and task 2 respectively in terms of F_1 metric.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("We validate our approach on the representative architecture - ALBERT. Experimental "
            "results show that our method can greatly boost the baseline with 1% improvement in "
            "average.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ALBERT"]
    text = ("We proposes a novel method to fine-tune RoBERTa by masking the most important word "
            "in the statement. Our system is fast in training and achieved 73.5% accuracy.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    # iclr2018:SJZsR7kCZ: tested on two models, the lexicon knowing one (FCN8's 8x is not LeNet-5's)
    text = ("We tested our method on LeNet-5 and FCNs, performing classification and semantic "
            "segmentation, respectively. With FCN8 on Cityscapes, we decrease the number of "
            "parameters by 8 times.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_a_lowercase_phrase_the_paper_calls_its_system_by(nlp):
    # dev10 acl:D17-1147 (R-model-named; the agreed 'gradual fine-tuning')
    text = ("Dynamic Data Selection for Neural Machine Translation\n\nOur experiments show that "
            "the best results are achieved when applying a technique we call ‘gradual "
            "fine-tuning’, with improvements up to +2.6 BLEU over the original data selection "
            "approach and up to +3.1 BLEU over a general baseline.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["gradual fine-tuning"] * 2
    # acl2021:2021.acl-long.87
    text = ("Here we present a general fine-tuning method that we call information gain "
            "filtration for improving the overall training efficiency and final performance of "
            "language model fine-tuning. For example, we achieve a median perplexity of 54.0 on a "
            "books dataset compared to 57.3 for standard fine-tuning.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[54.0]["model"] == "information gain filtration"
    # not a phrase an acronym follows, nor named entities
    text = ("We propose a model called probabilistic ensembles with trajectory sampling (PETS). "
            "Our approach reaches 90% accuracy.")
    assert own_systems(text, set()) == ["PETS"]
    text = ("We build neural networks, named entities being their input. Our approach reaches 90% "
            "accuracy.")
    assert own_systems(text, set()) == []


def test_a_task_or_data_name_is_not_whose_result_it_is(nlp):
    # acl:R19-115: WSD is the task ("the WSD task"); the system is QBERT
    text = ("In this paper, we introduce QBERT, a Transformer-based architecture for "
            "contextualized embeddings, better-fitting for the WSD task. As a result, we are able "
            "to train a WSD system that beats the state of the art on the concatenation of all "
            "evaluation datasets by over 3 points.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["QBERT"]
    # coling2025:2025.coling-main.344 (APE data is released, not an APE system put forward)
    text = ("The experimental results across English-German, English-Russian, English-Marathi, "
            "English-Hindi, and English-Tamil language pairs demonstrate the superior "
            "performance of APE systems trained using the newly generated synthetic data "
            "compared to those trained using existing synthetic data. Further, APE models "
            "trained using a balanced mix of existing and newly generated synthetic data achieve "
            "improvements of 0.37, 0.19, 1.01, 2.42, and 2.60 TER points, respectively. We will "
            "release the generated synthetic APE data.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_a_name_after_than_is_a_point_of_comparison(nlp):
    # acl:2022.acl-long.235: S2ST after "compared with a baseline direct"
    text = ("Experiments on the Fisher Spanish-English dataset show that the proposed framework "
            "yields improvement of 6.7 BLEU compared with a baseline direct S2ST model that "
            "predicts spectrogram features.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_the_submitted_system_named_before_system(nlp):
    # acl:S17-2172 (R-model-teamsystem: the abstract names the submitted system)
    text = ("This paper describes our TTI-COIN system that participated in SemEval-2017 Task 10. "
            "With the best embeddings, our system was ranked third in the scenario 1 with the "
            "micro F1 score of 0.38.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["TTI-COIN"]
    # dev9 acl:2020.cogalex.1.6
    text = ("The HSemID system, submitted to the CogALex VI Shared Task is a hybrid system relying "
            "mainly on metric clusters measured in large web corpora.")
    assert own_systems(text, set()) == ["HSemID"]
    # acl:S17-257: a task's acronym spelled out before (Recognizing Question Entailment)
    text = ("We adapted our feature-based system for Recognizing Question Entailment (RQE) to the "
            "question similarity task. Tested on cQA-B-2016 test data, our RQE system "
            "outperformed the best system of the 2016 challenge with 77.47 MAP.")
    assert "RQE" not in own_systems(text, set())


# ----- result owners (round 9)


def test_a_name_in_apposition_to_a_new_dataset_or_task_is_no_system(nlp):
    # coling2022:2022.coling-1.402 (dev11): the new dataset is named after "a new dataset"
    text = ("However, these datasets indeed contain 0.61% to 15.77% noise labels which we define "
            "as intrinsic noise that can cause inaccurate evaluation. Therefore, we build a new "
            "dataset Golden-Chnsenticorp( G-Chnsenticorp) without intrinsic noise to more "
            "accurately compare the effects of different noise learning methods.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}
    # acl2022:2022.acl-long.248: through the phrase its acronym spells out; the model is MCRF
    text = ("Therefore, we propose the task of multi-label dialogue malevolence detection and "
            "crowdsource a multi-label dataset, multi-label dialogue malevolence detection (MDMD) "
            "for evaluation. We also propose a multi-label malevolence detection model, "
            "multi-faceted label correlation enhanced CRF (MCRF), with two label correlation "
            "mechanisms. Experiments on MDMD show that our method outperforms the best performing "
            "baseline by a large margin, i.e., 16.1% on precision.")
    assert own_systems(text, set()) == ["MCRF"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["MCRF"]


def test_a_team_label_is_not_the_model_of_its_results(nlp):
    # acl:2020.semeval.1.287 (dev11; R-model-teamsystem: "Team KAFK" gives a null model)
    text = ("In the shared task SemEval-2020, our team SSN_NLP_MLRG submitted for three languages "
            "that are Subtasks A, B, C in English. Our team SSN_NLP_MLRG obtained the F1 Scores as "
            "0.90, 0.61, 0.52 for the Subtasks A, B, C in English respectively.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}
    # acl:2020.semeval.1.198: the team named in parentheses
    text = ("This paper describes the systems our team (AdelaideCyC) has developed for SemEval "
            "Task 12 (OffensEval 2020) to detect offensive language in social media. We have "
            "achieved F1-scores of 0.906, 0.552, and 0.623 in subtask A, B, and C respectively.")
    assert own_systems(text, set()) == []
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


def test_the_model_the_paper_experiments_on_is_its_results_base(nlp):
    # acl:2020.aacl.main.88 (R-model-base: the compression method run on BERT-base)
    text = ("We propose a two-stage model-compression method to reduce a model's inference time "
            "cost. We experimented on BERT-base model with the GLUE benchmark dataset and show "
            "that we can reduce the number of parameters by a factor of 0.4x, and increase "
            "inference speed by a factor of 1.45x, while maintaining a minimal loss in metric "
            "performance.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"BERT-base"}


def test_a_finding_that_measures_no_system_is_no_ones_own(nlp):
    # acl:W19-3310 (R-kind-finding: a share of the data, kind other, is not the paper's result)
    text = "We find that 54.98% of sentences have ellipses."
    assert [(a["kind"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == [("other", False)]


def test_an_acronym_of_a_grammar_or_knowledge_base_is_no_system(nlp):
    # acl:L10-1569 (R-model-resource: the formalism's rules are no system of the paper's)
    text = ("We present a partial dependency parser for Irish. Constraint Grammar (CG) based rules "
            "are used to annotate dependency relations and grammatical functions. Evaluations "
            "show that the partial dependency analysis achieves an f-score of 93.60% on "
            "development data.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_a_found_name_after_another_in_a_list_is_one_item(nlp):
    # acl:2020.coling.main.122: XLNet ends in a lowercase letter (no _PREVIOUS_ITEM), GPT-2 is
    # still the last of four compared PNLMs, not whose gain 6.17% is
    text = ("We compare four PNLMs (BERT, RoBERTa, XLNet, and GPT-2), and show how the additional "
            "context of the sentence to be simplified can be incorporated to achieve better "
            "results (6.17% absolute improvement over the best individual model).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # nips2016:7205 and nips1998:96315456b3: not after a prepositional phrase and a comma, nor
    # after a list closed by "and"
    text = "For AlexNet, SSL reduces the error by ~1%."
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SSL"]
    text = ("For the MNIST database, SMO is 1.7 times as fast as PCG chunking; while for the UCI "
            "Adult database and linear SVMs, SMO can be 1500 times faster than the PCG chunking "
            "algorithm.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SMO", "SMO"]


# round 7, owners


def test_a_score_alone_in_a_parenthesis_after_a_name_is_that_names(nlp):
    # acl:W16-5309 (dev9), naacl2024:2024.naacl-long.290, coling2025:2025.coling-main.672,
    # colm2025:r8nloXtluk (audit): the name before "(F1 = 0.790)" or "(22%)" owns the score; a
    # compared system's score (the name is the object of "than", "outperforming", "such as") is
    # not the paper's own
    text = ("The best performing system in subtask 1 is GHHH (F1 = 0.790), while the best system "
            "in subtask 2 is LexNet (F1 = 0.445).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["GHHH", "LexNet"]
    text = ("The best-performing GPT-4 prompt passed in 49.7% of games, outperforming ELIZA (22%) "
            "and GPT-3.5 (20%), but falling short of chance.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert (found[22.0]["model"], found[22.0]["own"]) == ("ELIZA", False)
    assert (found[20.0]["model"], found[20.0]["own"]) == ("GPT-3.5", False)
    text = ("Notably, PMC achieved an average 42.68% success rate on TravelPlanner, significantly "
            "higher than GPT-4 (2.92%).")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert (found[2.92]["model"], found[2.92]["own"]) == ("GPT-4", False)
    assert found[42.68]["model"] == "PMC"


def test_a_parenthesis_holding_more_than_a_score_is_not_the_names(nlp):
    # nips2014:4602, acl:D19-1588, acl:2020.acl.main.240 (audit): two values, a change, a bound
    text = ("The method obtains much higher prediction accuracy than LDKL (95.2% vs. 89.53%).")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert found[95.2]["model"] != "LDKL"
    text = ("We apply BERT to coreference resolution, achieving a new state of the art on the GAP "
            "(+11.5 F1) and OntoNotes (+3.9 F1) benchmarks.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Our model greatly improves on scores from GPT-2 (+10 points on island effects).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] != ["GPT-2"]


def test_a_metric_or_data_word_before_a_parenthesis_is_no_owner(nlp):
    # acl:K18-205, acl:C18-1173 (audit): name-shaped words that are no system own nothing
    text = ("In the final evaluation, our system was ranked first according to LAS (75.84%) and "
            "outperformed the other systems by a large margin.")
    assert "LAS" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    text = "Specifically, the accuracies are MR (82.1%), SST-5 (50.4%) and SUBJ (93.9%)."
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} & {"MR", "SUBJ"} == set()


# round 8, the model of each result


def test_a_name_inside_the_phrase_a_comparison_governs_is_not_the_owner(nlp):
    # acl:2020.lrec.1.102 (dev7), acl:D19-1193, acl:2020.acl.main.747, acl:2020.bionlp.1.22,
    # nips2018:11862 (corpus audit): past the few modifiers a comparison word allows, the name
    # is still inside the compared noun phrase; the figure is the subject's
    text = ("Formulated as an automatic segmentation task, a convolutional neural network "
            "outperforms bag-of-words and embedding-based BiLSTMs and BiLSTM-CRFs with a micro "
            "F1 = 0.81.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("Experimental results on PERSONA-CHAT dataset show that the DIM model outperforms its "
            "baseline model, i.e., IMN with persona fusion, by a margin of 14.5%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["DIM"]
    text = ("Our model, dubbed XLM-R, significantly outperforms multilingual BERT (mBERT) on a "
            "variety of cross-lingual benchmarks, including +14.6% average accuracy on XNLI.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["XLM-R"]
    text = ("Our empirical results demonstrate that the MTL fine-tuned models outperform "
            "state-of-the-art transformer models (e.g., BERT and its variants) by 2.0% and 1.3% "
            "in biomedical and clinical domain adaptation, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_a_name_after_a_comparison_and_a_clause_of_its_own_keeps_its_figure(nlp):
    # icml2017:646, acl:2020.findings.emnlp.332 (corpus audit): a verb or a clause word ends
    # the compared phrase; the name after it is a subject or a base again
    text = ("Finally, we show that inference with our system can be performed faster than real "
            "time and describe optimized WaveNet inference kernels on both CPU and GPU that "
            "achieve up to 400x speedups over existing implementations.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["WaveNet"]
    text = ("We find that pre-trained language models fine-tuned on this dataset outperform all "
            "other baselines and that BioBERT surpasses the others by a small margin with "
            "micro-F1 and accuracy scores of around 86% and 75% respectively on the test set.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"BioBERT"}


def test_a_name_that_made_the_subject_owns_its_figure(nlp):
    # aistats2024:3ace55c226 (dev3), seed-003, acl:S18-1130 (corpus audit): "subsets found by
    # ClipCov achieve": the name after a participle and "by"/"with" is the subject's maker
    text = ("Our extensive experiments on ConceptualCaptions3M and ConceptualCaptions12M "
            "demonstrate that subsets found by ClipCov achieve over 2.7x and 1.4x the accuracy of "
            "the next best baseline on ImageNet and its shifted versions.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ClipCov", "ClipCov"]
    text = ("The results we obtained with TEES were significantly superior than those with jSRE "
            "(33.4% vs. 30.09% and 20.3% vs. 16%).")
    found = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert found[33.4] == "TEES"
    # (not what a model is trained with, often data: R-model-resource)
    text = ("The results show that models, trained with RuAttitudes, outperform ones that were "
            "trained with only supervised learning approach and achieve 13.4% increase in "
            "F1-score on RuSentRel collection.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_the_second_object_of_an_elliptical_comparison_owns_nothing(nlp):
    # acl:2020.acl.main.521, acl:C16-1205, acl:D18-1509 (corpus audit): "outperforms A by N,
    # and B by M": B is compared too, and a baseline there is no subject about others
    text = ("IMoJIE outperforms CopyAttention by about 18 F1 pts, and a BERT-based strong "
            "baseline by 2 F1 pts, establishing a new state of the art for the task.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("IMoJIE", True), ("IMoJIE", True)]
    text = ("And neural machine translator with our INTERACTIVE ATTENTION can outperform the open "
            "source attention-based NMT system Groundhog by 4.22 BLEU points and the open source "
            "phrase-based system Moses by 3.94 BLEU points averagely on multiple test sets.")
    assert "Moses" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    # acl:N19-1136, colm2024:EKBPn7no4y (audit r35audit15): a margin written as a range or
    # "by an average of" before the second object
    text = ("The integrated approach, Joint Multi-label Attention Network (JMAN), significantly "
            "outperformed the Bidirectional Gated Recurrent Unit (Bi-GRU) by around 13%-26% and "
            "the Hierarchical Attention Network (HAN) by around 4%-12% on both datasets.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"JMAN"}
    text = ("Furthermore, StructLM demonstrates strong generalization across 6 novel held-out "
            "SKG tasks, outperforming TableLlama by an average of 35% and Flan-UL2 20B by an "
            "average of 10%.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"StructLM"}
    # (not the objects of "improves": the systems improved, R-model-base)
    text = ("On ImageNet, DSD improved the Top1 accuracy of GoogLeNet by 1.1%, VGG-16 by 4.3%, "
            "ResNet-18 by 1.2% and ResNet-50 by 1.1%, respectively.")
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models[1:] == ["VGG-16", "ResNet-18", "ResNet-50"][:len(models) - 1]


def test_a_translation_direction_is_no_system(nlp):
    # acl:2020.findings.emnlp.230, acl:P19-225, acl:C16-1234 (corpus audit): "En-Fr",
    # "Telugu-English", "Hi-En" name language pairs, not the system a figure belongs to
    text = ("In particular, AFS reduces the performance gap compared to the cascade baseline, and "
            "outperforms it on LibriSpeech En-Fr with a BLEU score of 18.56 (without data "
            "augmentation).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["AFS"]
    text = ("Code-Mixed Named Entity Recognition for Telugu-English\n\nWe experimented with the "
            "machine learning models Conditional Random Fields(CRFs), Decision Trees and BiLSTMs "
            "on our corpus which resulted in a F1-score of 0.96, 0.94 and 0.95 respectively.")
    assert "Telugu-English" not in [a["model"] for _, a in spans(nlp, text, "RESULT")]
    # (not a pair of capitals that is no language code: the SF-ID network)
    assert own_systems("We propose a novel bi-directional interrelated model (SF-ID network) "
                       "and our SF-ID network outperforms the baselines.", set()) == ["SF-ID"]


# round 9, results, kinds and models


def test_the_model_the_paper_says_it_used_is_its_base(nlp):
    # acl:2020.trac.1.15 (dev12), acl:2020.semeval.1.86, acl:2020.wanlp.1.28 (corpus audit):
    # "we used" the one lexicon model the unnamed system is built on, past a word that qualifies
    # it, makes the system's results that model's (R-model-base)
    text = ("We used a single BERT-based system with two outputs for all tasks simultaneously. "
            "Our model placed first in English and second in Bengali gendered text classification "
            "competition tasks with 0.87 and 0.93 in F1-score respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]
    text = ("Second, we used the ALBERT model and the maximum ensemble method based on the ALBERT "
            "model. Our methods achieved a F1 score of 0.85 in subtask A.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["ALBERT"]
    # (not a model used as the baseline: acl:W19-5045)
    text = ("As KU_ai team, we used BERT as our baseline model and pre-processed the MedNLI "
            "dataset to mitigate the negative impact of de-identification artifacts. Finally, we "
            "ensembled our highest-performing models, and achieved 84.7% accuracy on the unseen "
            "test dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_a_name_never_written_alone_is_the_first_word_of_a_longer_one():
    # coling2025:2025.coling-main.141 (dev3), aistats2024:0b09ec059d (corpus audit): one more
    # capitalized word after the name at every mention is its head
    text = ("We publicly release GLlama Alarm, the knowledge-Guided version of Llama-2 instruction "
            "fine-tuned for multi-class abusive language detection and explanation generation.")
    assert own_systems(text, set()) == ["GLlama Alarm"]
    text = ("Motivated by this finding, we introduce SoftER Teacher, a robust detector combining "
            "pseudo-labeling with consistency learning on region proposals. Rigorous experiments "
            "show that SoftER Teacher surpasses the novel performance of a strong supervised "
            "detector using only 10% of required base labels.")
    assert own_systems(text, set()) == ["SoftER Teacher"]
    # coling2025:2025.coling-main.655 (dev12): with more capitalized words, the name only opens
    # a descriptive phrase, no name (R-model-titlephrase)
    text = ("In this paper, we propose a Time-Perception Enhanced Video Grounding via Boundary "
            "Perception and Temporal Reasoning aimed at mitigating LLMs' difficulties.")
    assert own_systems(text, set()) == []
    # (not a word before a noun it modifies: "an Anti-Language Model objective")
    text = ("This work introduces an Anti-Language Model objective with a decay factor designed "
            "to address the weaknesses of In-context Machine Translation.")
    assert "Anti-Language Model" not in own_systems(text, set())


# round 10, owners by corpus audit


def test_an_acronym_of_a_procedure_ending_in_ing_names_the_system(nlp):
    # acl2021:2021.acl-long.462, icml2017:862, acl:2020.acl.main.230, acl:2020.emnlp.main.7
    # (corpus audit, seed 1010): "Decoding", "Pruning" name a procedure, not a task; so do
    # "Embedding", "Training" with an acronym of four capitals or more (R-model-named)
    text = ("In this paper, we propose Shallow Aggressive Decoding (SAD) to improve the online "
            "inference efficiency of the Transformer for instantaneous Grammatical Error "
            "Correction (GEC).")
    assert own_systems(text, set()) == ["SAD"]
    text = ("In this paper we introduce Best-Response Pruning (BRP), an improvement to iterative "
            "algorithms such as CFR that allows poorly-performing actions to be temporarily "
            "pruned. Experiments show that BRP results in a factor of 7 reduction in space.")
    assert own_systems(text, set()) == ["BRP"]
    text = ("We propose a novel method, Weakly Aligned Structured Embedding (WASE), that encodes "
            "structured representations of semantic information from textual and visual data "
            "into a common embedding space. Compared to uni-modal state-of-the-art methods, our "
            "approach achieves 4.0% and 9.8% absolute F-score gains on text event argument role "
            "labeling and visual event extraction.")
    assert own_systems(text, set()) == ["WASE"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["WASE", "WASE"]
    text = ("We introduce Simulated Multiple Reference Training (SMRT), a novel MT training method "
            "that approximates the full space of possible translations.")
    assert own_systems(text, set()) == ["SMRT"]
    # (not a field or a generic technique with a short acronym: naacl2024:2024.findings-naacl.250,
    # colm2025:7ZwuGZCopw, coling2022:2022.coling-1.587; nor a task: "Question Answering")
    for text in ("In this paper, we present the development of an isometric NMT system using "
                 "Reinforcement Learning (RL) to optimize the length of the output.",
                 "Additionally, we introduce Test-Time Training (TTT) in the medical domain for "
                 "the first time, facilitating domain adaptation.",
                 "We then propose a Sentiment and Emotion aware Embedding (SE-Embedding) to get "
                 "the overall representation of a particular emotion and sentiment.",
                 "We propose a new task, Conversational Question Answering (CoQA), over "
                 "documents."):
        assert own_systems(text, set()) == [], text


def test_the_one_model_the_title_says_the_system_uses_is_its_base(nlp):
    # acl:2020.semeval.1.292, acl:2020.smm4h.1.15, acl:2020.wnut.1.58 (corpus audit, seeds 1010
    # and 1011): where the abstract names no system and no model it builds on, the title's "...
    # Using RoBERTa" or "RoBERTa for ..." gives the base model of its results (R-model-base)
    text = ("TheNorth at SemEval-2020 Task 12: Hate Speech Detection Using RoBERTa\n\nIn this "
            "paper, we discuss our entry to one such competition, namely the English version of "
            "sub-task A for the OffensEval competition. Our contribution can be perceived through "
            "our results, which were first a F1-score of 0.9089.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    text = ("FBK@SMM4H2020: RoBERTa for Detecting Medications on Twitter\n\nThis paper describes "
            "a classifier for tweets that mention medications or supplements, based on a "
            "pretrained transformer. The model showed promising results, with an F1 of 0.8.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["RoBERTa"]
    # (not one of a list, iclr2018:rJr4kfWCb; nor in an abstract that compares systems; nor
    # a model whose embeddings the system uses, acl:2020.wnut.1.60 (dev4); nor a shorter name
    # of the model the abstract names, coling2025:2025.coling-main.409)
    text = ("Lung Tumor Location and Identification with AlexNet and a Custom CNN\n\nWe have found "
            "our CNN architecture to be highly accurate (99.79%) and fast.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("Sarcasm Identification and Detection in Conversion Context using BERT\n\nWe compare "
            "the performance based on the approaches and obtained the best F1 scores as 0.722.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("NLPRL at WNUT-2020 Task 2: ELMo-based System for Identification of COVID-19 Tweets"
            "\n\nWe have considered this problem as a binary classification problem and have "
            "used a pre-trained ELMo embedding with GRU units. This approach helps classify the "
            "tweets with accuracy as 80.85%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    text = ("BERT-based Classical Arabic Poetry Authorship Attribution\n\nAn ensemble model based "
            "on CAMeLBERT was developed. After parameter optimization, the model achieved F1 "
            "scores of 0.97.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] != ["BERT"]


def test_a_capitalized_phrase_the_paper_puts_forward_and_writes_again_names_its_system(nlp):
    # acl:D18-153 (corpus audit, seed 1010), acl:2020.acl.main.504, acl:P19-1517 (corpus audit):
    # R-model-capphrase, without an acronym
    text = ("In this paper, we introduce Paragraph Ranker which ranks paragraphs of retrieved "
            "documents for a higher answer recall with less noise. We show that ranking "
            "paragraphs and aggregating answers using Paragraph Ranker improves performance of "
            "open-domain QA pipeline on the four open-domain QA datasets by 7.8% on average.")
    assert own_systems(text, set()) == ["Paragraph Ranker"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Paragraph Ranker"]
    text = ("In this paper, we introduce the Cascade Transformer, a simple yet effective technique "
            "to adapt transformer-based models into a cascade of rankers. The Cascade Transformer "
            "is fast.")
    assert own_systems(text, set()) == ["Cascade Transformer"]
    text = ("This work presents a novel approach, Quantity Tagger, that automatically discovers "
            "such hidden relations. Quantity Tagger tags each quantity.")
    assert own_systems(text, set()) == ["Quantity Tagger"]
    # (not written once only; nor after a modifier, acl2022:2022.acl-long.154, icml2013:5db7c48464,
    # or a preposition, iclr2017:Sywh5KYex, acl:W17-4218; nor a generic class,
    # acl:2020.semeval.1.172; nor the start of a name spelled out before its acronym,
    # acl:D19-5620)
    for text in ("We present Ruminating Reader that adds a second pass of attention.",
                 "Concretely, we first propose a cluster-based Compact Network for feature "
                 "reduction. The Compact Network shows good generalization.",
                 "We introduce the nested Chinese Restaurant Franchise Process as a means to "
                 "obtain representations, more general than the Chinese Restaurant Franchise "
                 "Process.",
                 "We build upon the motivation behind Highway Neural Networks and Residual "
                 "Networks. Augmented plain networks can be interpreted as simplified Highway "
                 "Neural Networks.",
                 "We build several classifiers using New York Times Picks as positive examples. "
                 "New York Times Picks are comments.",
                 "We propose Recurrent Convolutional Neural Network that combines both networks. "
                 "The Recurrent Convolutional Neural Network obtained 0.69.",
                 "This work proposes the Big Bidirectional Insertion Representations for Documents "
                 "(Big BIRD), an insertion-based model. Big Bidirectional Insertion "
                 "Representations are used."):
        assert own_systems(text, set()) == [], text


# round 11, owner precision by corpus audit


def test_a_title_acronym_the_abstract_never_writes_is_no_system(nlp):
    # acl:W19-5038, acl:W18-3220, acl:W19-4413 (corpus audit, seed 1311): R-model-titlephrase, a
    # title phrase is a name "with an acronym used in the text"
    text = ("Extracting relations between outcomes and significance levels in Randomized "
            "Controlled Trials (RCTs) publications\n\nWe annotated a corpus of abstracts. The "
            "best performance (F-measure of 94%) was shown by the fine-tuned model.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    for text in ("IIT (BHU) Submission for the ACL Shared Task on Named Entity Recognition on "
                 "Code-switched Data\n\nOur final model achieves an F1 score of 63.76%.",
                 "(Almost) Unsupervised Grammatical Error Correction using Synthetic Comparable "
                 "Corpus\n\nAs a result, we achieved an F0.5 score of 28.31 points.",
                 # nor a task's acronym (acl:W18-3921)
                 "IIT (BHU) System for Indo-Aryan Language Identification (ILI) at VarDial 2018"
                 "\n\nWe obtained an F1 macro score of 0.836 in the ILI task."):
        assert own_systems(text, set()) == [], text
    # (an acronym the abstract writes again stays: acl:2020.wosp.1.1; and a metric's, whose
    # spelled-out name ends with a task word: acl:W17-4802)
    text = ("Virtual Citation Proximity (VCP): Learning Semantic Similarity\n\nIn our evaluation, "
            "VCP achieves an MAE of 0.0055.")
    assert own_systems(text, set()) == ["VCP"]
    text = ("Validation of an Automatic Metric for the Accuracy of Pronoun Translation (APT)\n\n"
            "The APT metric reaches around 0.993 Pearson correlation with human judges.")
    assert own_systems(text, set()) == ["APT"]


# ---------------------------------------------------------------- a named error first
def test_an_error_named_for_a_value_beats_its_datasets_usual_accuracy(nlp):
    # iclr2018:SySaJ0xCZ (found by a leaderboard audit: CIFAR-10's board ranked errors as
    # accuracies)
    text = ("E.g., on CIFAR-10, our method designs and trains networks with an error rate below "
            "6% in only 12 hours on a single GPU; training for one day reduces this error "
            "further, to almost 5%.")
    assert [a["metric_type"] for _, a in spans(nlp, text, "RESULT")] == ["error_rate"] * 2
    assert metric_type(None, None, "error rate", "accuracy") == "error_rate"
    assert metric_type(None, None, "performance", "accuracy") == "accuracy"


# ---------------------------------------------------------------- organizers' task papers
@pytest.mark.parametrize(("title", "own"), [
    # acl:S18-1117, acl:D19-5309: the organizers' paper of a numbered task or a shared task
    # named in full reports the teams' results (found by a leaderboard audit: "(this paper)")
    ("SemEval-2018 Task 10: Capturing Discriminative Attributes", False),
    ("TextGraphs 2019 Shared Task on Multi-Hop Inference for Explanation Regeneration", False),
    # acl:W18-5501: the shared task's name alone (found by the second leaderboard audit)
    ("The Fact Extraction and VERification (FEVER) Shared Task", False),
    ("The NiuTrans System for the WMT20 Quality Estimation Shared Task", True),
    # a team's paper: "at" the task, or a colon after the shared task's name (acl:2020.osact.1.8)
    ("NLP@X at SemEval-2018 Task 10: Capturing Discriminative Attributes", True),
    ("OSACT4 Shared Task on Offensive Language Detection: Intensive Preprocessing-Based Approach",
     True),
])
def test_an_organizers_task_paper_reports_the_teams_results(nlp, title, own):
    text = (f"{title}\n\nThe task attracted submissions from 21 teams, and the best system "
            "achieved a 0.75 F1 score.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [own]


@pytest.mark.parametrize("written, canonical", [
    ("PTB", "Penn Treebank"), ("Stanford Question Answering Dataset", "SQuAD"),
    ("SQuAD v1.1", "SQuAD"), ("SQuAD v2.0", "SQuAD 2.0"), ("COCO", "MS COCO"),
    ("ARC-e", "ARC-Easy"), ("BBH", "BIG-Bench Hard"), ("WMT 2014", "WMT14"),
    ("ILSVRC 2012", "ImageNet"), ("enwiki8", "enwik8"), ("Hutter Prize Wikipedia", "enwik8"),
    ("OffensEval 2020", "SemEval-2020 Task 12"), ("HatEval", "SemEval-2019 Task 5"),
    ("OffensEval-2019", "SemEval-2019 Task 6"),  # a shared task's nickname is its number
    ("WikiText-2", "WikiText-2"), ("SST-5", "SST-5"),  # versions and parts keep their own
])
def test_a_synonym_is_the_entry_and_a_version_its_own(written, canonical):
    assert canonical_dataset(written) == canonical


def test_a_model_synonym_is_its_family():
    assert canonical_model("mBERT").family == canonical_model("M-BERT").family == \
        "Multilingual BERT"
    assert canonical_model("XLM-RoBERTa-large").canonical == "XLM-R large"


@pytest.mark.parametrize("text, dataset", [
    # acl:2018.gwc.1.43, acl:2020.multilingualbio.1.3: a resource the paper builds or draws on,
    # named in its title, is not the data of its numbers
    ("Further expansion of the Croatian WordNet\n\nThe precision values of the automatic "
     "process is low (about 30%), but the results proved valuable for the enlargment of CroWN.",
     None),
    ("Localising the Clinical Terminology SNOMED CT by Semi-automated Creation of a German "
     "Interface Vocabulary\n\nWith overall low retrieval parameters (with F-values around 30%), "
     "the performance of the German language scenario reaches 80 - 90% of the English one.",
     None),
    # a sentence that names it still ties its number to it (Socher et al., 2013)
    ("Reasoning With Neural Tensor Networks\n\nOur model generalizes and outperforms existing "
     "models for this problem, and can classify unseen relationships in WordNet with an "
     "accuracy of 82.8%.", "WordNet"),
    # and a benchmark in the title stays the data of the paper's numbers
    ("Results on the Switchboard Corpus\n\nOur system reaches an accuracy of 30%.",
     "Switchboard"),
])
def test_a_resource_is_the_data_of_a_result_only_where_a_sentence_names_it(nlp, text, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT")} == {dataset}


@pytest.mark.parametrize(("text", "own"), [
    # acl:S19-2188, acl:S17-214 (the leaderboard audits), acl:W18-6250: a ranked entry's
    # score written right after it is that entry's
    ("We also report a model that scores higher than the 8th ranking system (78.5% accuracy) on "
     "the labels-by-article sub-task.", False),
    ("Our system is almost as good as the best performing system which was at 0.8547 "
     "correlation.", False),
    # the paper's own best system keeps its score, and so does a parenthesis that may tell it
    ("Our best performing system (0.80 F1) ranked second among 20 teams.", True),
    ("Post competition, we were able to score slightly higher than the 3rd ranking system "
     "(reaching 70.7%).", True),
])
def test_a_ranked_entrys_score_written_after_it_is_not_the_papers(nlp, text, own):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [own]


@pytest.mark.parametrize(("text", "model"), [
    # acl:2020.semeval.1.277: the system named in apposition to "The model we used"
    ("NLP_Passau at SemEval-2020 Task 12: Multilingual Neural Network for Offensive Language "
     "Detection\n\nThe model we used, C-BiGRU, is composed of a Convolutional Neural Network "
     "(CNN) along with a bidirectional Recurrent Neural Network (RNN). This model was used in the "
     "sub-task A of the English, Turkish and Danish competitions of the workshop, achieving F1 "
     "scores of 90.88%, 76.76% and 76.70%, respectively.", "C-BiGRU"),
    # acl:S19-227: after "Our system:"
    ("This paper describes our system participating in the SemEval-2019 Task 3. Our system: "
     "ConSSED is a configurable combination of semantic and sentiment neural models. The "
     "official task submission achieved a micro-average F1 score of 75.31 which placed us 16th "
     "out of 165 participating systems.", "ConSSED"),
    # acl:S18-193: after "entitled"
    ("This paper describes our system, entitled IronyMagnet, for the 3rd Task of the SemEval "
     "2018 workshop. The system achieved a f-score of 0.72, and 0.50 in task 1, and task 2 "
     "respectively.", "IronyMagnet"),
    # acl:S18-1163: "describes X, a ... system"
    ("This paper describes BomJi, a supervised system for capturing discriminative attributes "
     "in word pairs. It participated in the SemEval-2018 Task 10 on Capturing Discriminative "
     "Attributes, achieving an F1 score of 0.73 and ranking 2nd out of 26 participant systems.",
     "BomJi"),
])
def test_the_papers_system_named_in_apposition_takes_its_results(nlp, text, model):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(model, True)}


def test_capitalized_words_before_a_system_noun_name_its_subject(nlp):
    # acl:L16-1481: "Chinese Whispers algorithm" is a name though not shaped like one; not a
    # generic model word ("the Markov Clustering algorithm" holds "Markov")
    text = ("In the cluster-based evaluation, Chinese Whispers algorithm outperformed Markov "
            "Clustering, yielding a normalized mutual information score of 64.3.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Chinese Whispers"]


def test_describes_names_no_system_without_an_apposition(nlp):
    # acl:S18-1181: an organisation's participation, not a system named MITRE
    text = ("This paper describes MITRE's participation in SemEval-2018 Task 11. Our best "
            "system achieved an accuracy of 82.27% on the test set.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


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


# ---------------------------------------------------------------- own-system names (r19)
@pytest.mark.parametrize(("text", "model"), [
    # aistats2022:404a407d7d: a naming word before the long form ties the acronym to the
    # sentence's cue, however long the description in between
    ("Survival regression with proper scoring rules and monotonic neural networks\n\nWe "
     "therefore propose a simple novel survival regression method capable of directly "
     "optimizing log-likelihood using a monotonic restriction on the time-dependent weights, "
     "coined SurvivalMonotonic-net (SuMo-net). SuMo-net achieves state-of-the-art "
     "log-likelihood scores across several datasets with 20x computational speedup on "
     "inference over existing state-of-the-art neural methods.", "SuMo-net"),
    # aistats2025:n8KLQe9HlN: a name written in capitals throughout
    ("All models are wrong, some are useful: Model Selection with Limited Labels\n\nWe "
     "introduce MODEL SELECTOR, a framework for label-efficient selection of pretrained "
     "classifiers. Across 18 model collections, MODEL SELECTOR reduces the labeling cost by up "
     "to 94.15% to identify the best model compared to the cost of the strongest baseline.",
     "MODEL SELECTOR"),
    # acl:C16-1205
    ("Interactive Attention for Neural Machine Translation\n\nIn this paper, we propose a new "
     "attention mechanism, called INTERACTIVE ATTENTION, which models the interaction between "
     "the decoder and the representation of source sentence. Neural machine translator with "
     "our INTERACTIVE ATTENTION can outperform the open source attention-based NMT system "
     "Groundhog by 4.22 BLEU points.", "INTERACTIVE ATTENTION"),
    # naacl2024:2024.findings-naacl.153: a name apposed with "the" to what the paper introduces
    ("Denoising Attention for Query-aware User Modeling\n\nIn this paper, we discuss some "
     "shortcomings of the Attention mechanism when employed for personalization and introduce a "
     "novel Attention variant, the Denoising Attention, to solve them.Denoising Attention adopts "
     "a robust normalization scheme. Experimental evaluation shows improvements in MAP, MRR, and "
     "NDCG above 15% w.r.t. other Attention variants at the state-of-the-art.",
     "Denoising Attention"),
])
def test_the_papers_system_named_by_a_naming_word_or_in_capitals_takes_its_results(nlp, text,
                                                                                   model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {model}


# ------------------------------------- r19data: the shared task a paper's parser or system is for
@pytest.mark.parametrize("text, dataset", [
    # acl:S19-2226: "our system that competed at" is the paper's own, not others' entries
    ("This paper describes our system that competed at SemEval 2019 Task 9 - SubTask A: "
     "Suggestion Mining from Online Reviews and Forums. Empirical results show the effectiveness "
     "of our model which obtained 9th position out of 34 teams with F1 score equals to 0.715.",
     "SemEval 2019 Task 9"),
    # acl:K17-306: a parser developed for the shared task
    ("In this paper, we present our multilingual dependency parser developed for the CoNLL 2017 "
     "UD Shared Task dealing with Multilingual Parsing from Raw Text to Universal Dependencies. "
     "Our system ranked 5 th and achieved 70.93 overall LAS score over the 81 test corpora.",
     "CoNLL 2017 UD Shared Task"),
    # acl:2020.smm4h.1.23: a model design for the task
    ("This study describes our proposed model design for the SMM4H 2020 Task 1. We fine-tune "
     "ELECTRA transformers using our trained SVM filter for data augmentation. Our best "
     "F1-score of 0.7578 exceeded the mean score 0.6646 of all 15 submitting teams.",
     "SMM4H 2020 Task 1"),
])
def test_the_shared_task_the_papers_system_is_for_takes_its_results(nlp, text, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT")} == {dataset}


# ------------------------------------- r20model: the paper's system named after "namely"
def test_the_papers_system_named_after_namely_takes_its_results(nlp):
    # naacl2022:2022.findings-naacl.205
    text = ("In this work, we propose a task-aware instruction network, namely TIN-SLT, for sign "
            "language translation. We conduct extensive experiments on two challenging benchmark "
            "datasets, on which our method outperforms former best solutions by 1.65 and 1.42 in "
            "terms of BLEU-4.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"TIN-SLT"}


# ------------------------------------- r20attr: the model the paper's method is applied to
@pytest.mark.parametrize("text, models", [
    # aistats2021:024e4532ad (dev15): the next sentence's unnamed results are Deeplab V3's
    ("The auxiliary neural network, which we call “Convolutional Slice Generator” (CSG), is "
     "unique to the network. To show that our approach generalizes to other tasks, we apply it "
     "to an image segmentation architecture, Deeplab V3, on the Pascal VOC 2012 dataset. Results "
     "show that without any parameter tuning, there is $\\approx 2.3\\times$ parameter reduction "
     "and the mean Intersection over Union (mIoU) drops by $\\approx 3%$.",
     {"Deeplab V3"}),
    # colm2024:dribhnhm1i (dev12): in the result's own sentence
    ("In experiments, when we apply proxy-tuning to Llama2-70B using proxies of only 7B size, we "
     "can close 88% of the gap between Llama2-70B and its truly-tuned chat version.",
     {"Llama2-70B"}),
    # acl2021:2021.acl-long.353: applied to two models, the result is neither's alone (this
    # excerpt without the title names no system)
    ("We apply prefix-tuning to GPT-2 for table-to-text generation and to BART for "
     "summarization. We show that by learning only 0.1% of the parameters, prefix-tuning obtains "
     "comparable performance in the full data setting.",
     {None}),
])
def test_the_model_the_method_is_applied_to_takes_its_unnamed_results(nlp, text, models):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == models


@pytest.mark.parametrize("text, model", [
    # naacl2022:2022.findings-naacl.10 (dev15): the second margin of "outperforms A by ~3% and B
    # by ~18%" is the paper's own, past a "~" and a parenthesis in B
    ("We introduce In-BoXBART, which can jointly perform all the tasks. Experimental results "
     "indicate that the proposed model: 1) outperforms single-task baseline by ~3% and multi-task "
     "(without instruction) baseline by ~18% on an average.", "In-BoXBART"),
    # naacl2024:2024.findings-naacl.227: past an apposition of B
    ("Our final generated dataset (using Vicuna-13B) significantly outperforms the previous best "
     "unsupervised method (using ChatGPT) by 1.8 points, and SimCSE, a strong supervised baseline "
     "by 0.3 points on the semantic text similarity (STS) benchmark.", "Vicuna-13B"),
])
def test_the_second_margin_of_an_elliptical_comparison_is_own(nlp, text, model):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(model, True)}


@pytest.mark.parametrize("text, model", [
    # acl:2020.emnlp.main.524: the model named in apposition after "fine-tune a ... model,"
    ("We then propose to fine-tune a pre-trained sequence to sequence model, BART (Lewis et al "
     "2019), on the literal-simile pairs to gain generalizability. Experiments show that our "
     "approach generates 88% novel similes that do not share properties with the training data.",
     "BART"),
    # acl:N19-1300: the model the paper's best method trains
    ("We also explore the effectiveness of a range of transfer learning baselines. Our best "
     "method trains BERT on MultiNLI and then re-trains it on our train set. It achieves 80.4% "
     "accuracy compared to 90% accuracy of human annotators.", "BERT"),
])
def test_the_model_the_unnamed_system_trains_or_fine_tunes_in_apposition_is_its_base(nlp, text,
                                                                                     model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["own"]} == {model}


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


def test_the_model_a_results_clause_ends_on_after_with_is_its_base(nlp):
    # colm2025:zP6DJaBBcR (dev10): REFA run on Llama-3-8B-Instruct
    text = ("Empirically, REFA achieves a **60.29%** win rate and a **52.17%** length-controlled "
            "win rate on AlpacaEval2 with Llama-3-8B-Instruct, demonstrating the power of our "
            "token-level control paradigm.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"Llama-3-8B-Instruct"}


def test_the_model_a_results_clause_ends_on_after_on_is_its_base(nlp):
    # seed-070: KIND applied on DiT-L/2, past a second figure
    text = ("Specifically, the images generated by KIND achieves more than 6.54 and 1.07 decrease "
            "in FID and sFID on DiT-L/2, utilizing only 45.4M trainable parameters.")
    assert dict(spans(nlp, text, "RESULT"))["6.54"]["model"] == "DiT-L/2"


# r21model: what humans give a system (annotations, effort, intervention) is a cost it saves,
# not a human's result; a family named beside its members takes "our models"' results
@pytest.mark.parametrize("text", [
    # acl2022:2022.acl-long.600 (dev16)
    "We perform extensive experiments with 13 dueling bandits algorithms on 13 NLG evaluation "
    "datasets spanning 5 tasks and show that the number of human annotations can be reduced by "
    "80%.",
    # acl:L10-1415
    "This semi-automatic process requires time-consuming human intervention but seems to give "
    "access to much denser corpora, with a density increase of 30 to 40% for a given coverage "
    "rate.",
])
def test_a_cost_in_human_annotations_or_effort_is_the_papers_own(nlp, text):
    assert all(a["own"] for _, a in spans(nlp, text, "RESULT"))


def test_our_models_results_go_to_the_family_named_beside_its_members(nlp):
    # acl:P18-1114 (dev16)
    text = ("Based on this purpose, we propose three Latent Meaning Models (LMMs), named LMM-A, "
            "LMM-S and LMM-M respectively, which adopt different strategies to incorporate the "
            "latent meanings of morphemes during the training process. On Wordsim-353 and RG-65 "
            "datasets, our models nearly achieve 5% and 7% gains over the classic CBOW model, "
            "respectively.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"LMMs"}


@pytest.mark.parametrize("text, model", [
    # naacl2024:2024.naacl-industry.26 (dev16): a word and an acronym before the title's colon
    ("Deferred NAM: Low-latency Top-K Context Injection via Deferred Context Encoding for "
     "Non-Streaming ASR\n\nHere, we show the lightweight phrase selection pass can be moved before "
     "context encoding, resulting in a speedup of up to 16.1 times.", "Deferred NAM"),
    # acl:P18-407
    ("NextGen AML: Distributed Deep Learning based Language Technologies to Augment Anti Money "
     "Laundering Investigation\n\nFeedback from AML practitioners suggests that our system can "
     "reduce approximately 30% time and cost compared to their previous manual approaches of AML "
     "investigation.", "NextGen AML"),
])
def test_a_titles_word_and_acronym_before_its_colon_name_the_system(nlp, text, model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["own"]} == {model}


def test_a_titles_headline_verb_before_an_acronym_is_no_system(nlp):
    # acl:2020.repl4nlp.1.18
    text = ("Compressing BERT: Studying the Effects of Weight Pruning on Transfer Learning\n\nWe "
            "find that pruning affects transfer learning in three broad regimes. Low levels of "
            "pruning (30-40%) do not affect pre-training loss or transfer to downstream tasks.")
    assert "Compressing BERT" not in {a["model"] for _, a in spans(nlp, text, "RESULT")}


@pytest.mark.parametrize("text, model", [
    # acl:S17-214 (dev13): a name in parenthesis after "our system" is the system's, though it is
    # also a team's (R-model-teamsystem)
    ("We describe our system (DT Team) submitted at SemEval-2017 Task 1, Semantic Textual "
     "Similarity (STS) challenge for English (Track 5). The correlation between our system's "
     "output and the human judgments were up to 0.8536, which is more than 10% above baseline.",
     "DT Team"),
    # acl:S19-2163
    ("This paper describes our system (Fermi) for Task 4: Hyper-partisan News detection of "
     "SemEval-2019. Our team - Fermi's model achieved an accuracy of 59.10% and an F1 score of "
     "69.5% on the official test data set.", "Fermi"),
])
def test_a_name_in_parenthesis_after_our_system_is_the_system(nlp, text, model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["own"]} == {model}


@pytest.mark.parametrize("text, model", [
    # colm2025:MiR3ObcF3C (dev5): a name with LaTeX markup before the title's colon, spelled as
    # written (R-model-written)
    ("$\\mu$KE: Matryoshka Unstructured Knowledge Editing of Large Language Models\n\nEmpirical "
     "evaluations on two models across five benchmarks demonstrate that \\toolname improves edit "
     "efficacy by up to 12.33\\% over state-of-the-art methods.", "$\\mu$KE"),
    # aistats2025:FprYRzUziT
    ("M$^2$AD: Multi-Sensor Multi-System Anomaly Detection through Global Scoring and Calibrated "
     "Thresholding\n\nEmpirically, M$^2$AD outperforms existing methods in extensive evaluations "
     "by 21% on average.", "M$^2$AD"),
])
def test_a_titles_latex_name_before_its_colon_names_the_system(nlp, text, model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["own"]} == {model}


# r21model3: a name attached to an earlier figure, a model named as prior work

@pytest.mark.parametrize("text, value, model", [
    # coling2025:2025.coling-main.305 (dev5): Llama-2 is where 74% was measured, not the subject
    # of 54%
    ("Exploiting the Index Gradients for Optimization-Based Jailbreaking on Large Language "
     "Models\n\nTo this end, we propose the Model Attack Gradient Index GCG (MAGIC), that "
     "addresses the Indirect Effect by exploiting the gradient information of the suffix tokens. "
     "Our MAGIC achieved an ASR of 74% on the Llama-2 and an ASR of 54% when conducting transfer "
     "attacks on GPT-3.5.", 54, "MAGIC"),
    # icml2017:793 (dev13): LeNet is where 280 times was measured
    ("Variational Dropout Sparsifies Deep Neural Networks\n\nWe reduce the number of parameters "
     "up to 280 times on LeNet architectures and up to 68 times on VGG-like networks with a "
     "negligible decrease of accuracy.", 68, None),
])
def test_a_name_after_an_earlier_figures_preposition_is_not_a_later_figures(nlp, text, value,
                                                                            model):
    assert {a["model"] for _, a in spans(nlp, text, "RESULT") if a["value"] == value} == {model}


@pytest.mark.parametrize("text, name", [
    # acl:2020.wanlp.1.11 (dev3)
    ("On the Importance of Tokenization in Arabic Embedding Models\n\nIn this work, we propose "
     "two embedding strategies that modify the tokenization phase of traditional word embedding "
     "models (Word2Vec) and contextual word embedding models (BERT) to take into account "
     "Arabic's relatively complex morphology. We train our embeddings on Arabic Wikipedia and "
     "show that they perform better than a Word2Vec model on multiple Arabic natural language "
     "processing datasets while being approximately 60% smaller in size.", "Word2Vec"),
    # nips2018:12018
    ("Joint Autoregressive and Hierarchical Priors for Learned Image Compression\n\nThe "
     "combined model yields state-of-the-art rate-distortion performance: 15.8% rate reductions "
     "over the baseline hierarchical model. To the best of our knowledge, our model is the first "
     "learning-based method to outperform the top standard image codec (BPG) on both the PSNR "
     "and MS-SSIM distortion metrics.", "BPG"),
])
def test_an_acronym_after_a_model_named_as_prior_work_is_no_system(nlp, text, name):
    assert name not in {a["model"] for _, a in spans(nlp, text, "RESULT")}


# r21 fuzz: an acronym defined many times is checked once (time was quadratic in its mentions)


def test_an_acronym_defined_many_times_is_checked_once(monkeypatch):
    import litkit.extract.own_systems as own_systems_module

    checked = []
    generic = own_systems_module._generic
    monkeypatch.setattr(own_systems_module, "_generic", lambda text, name, plural=True:
                        checked.append(name) or generic(text, name, plural))
    text = "We propose a new model (OM). " + "Our model (OM) gets 85.3% on SQuAD. " * 100
    assert own_systems(text, set()) == ["OM"]
    assert checked.count("OM") == 1  # 102 when each mention checked it


# r22attr: the one dataset named before a result's sentence is carried to it, whatever data
# the abstract names after it (R-ds-context)

@pytest.mark.parametrize("text, value, dataset", [
    # acl:W18-6301: the Paracrawl dataset and the English-French task come after 29.3
    ("Scaling Neural Machine Translation\n\nThis paper shows that reduced precision and large "
     "batch training can speedup training by nearly 5x on a single 8-GPU machine with careful "
     "tuning and implementation. On WMT\u201914 English-German translation, we match the accuracy "
     "of Vaswani et al. (2017) in under 5 hours when training on 8 GPUs and we obtain a new "
     "state of the art of 29.3 BLEU after training for 85 minutes on 128 GPUs. We further "
     "improve these results to 29.8 BLEU by training on the much larger Paracrawl dataset. On "
     "the WMT\u201914 English-French task, we obtain a state-of-the-art BLEU of 43.2 in 8.5 hours "
     "on 128 GPUs.", 29.3, "WMT\u201914 English-German"),
    # acl:2020.acl.main.301: the SPMRL shared tasks come after 95.48
    ("Efficient Constituency Parsing by Pointing\n\nThe experiments on the standard English Penn "
     "Treebank parsing task show that our method achieves 92.78 F1 without using pre-trained "
     "models, which is higher than all the existing methods with similar time complexity. Using "
     "pre-trained BERT, our model achieves 95.48 F1, which is competitive with the "
     "state-of-the-art while being faster. Our approach also establishes new state-of-the-art "
     "in Basque and Swedish in the SPMRL shared tasks on multilingual constituency parsing.",
     95.48, "Penn Treebank"),
])
def test_the_one_dataset_named_so_far_is_carried_to_a_later_result(nlp, text, value, dataset):
    assert {a["dataset"] for _, a in spans(nlp, text, "RESULT") if a["value"] == value} \
        == {dataset}


# r22attr: the paper's system named after a six-word noun phrase its verb puts forward

def test_a_system_named_after_a_six_word_noun_phrase_is_the_papers(nlp):
    # acl:P19-1633
    text = ("Hierarchical Transfer Learning for Multi-label Text Classification\n\nWe propose a "
            "novel transfer learning based strategy, HTrans, where binary classifiers at lower "
            "levels in the hierarchy are initialized using parameters of the parent classifier "
            "and fine-tuned on the child category classification task. Compared to binary "
            "classifiers trained from scratch, our HTrans approach results in significant "
            "improvements of 1% on micro-F1 and 3% on macro-F1 on the RCV1 dataset.")
    assert own_systems(text, {"rcv1"}) == ["HTrans"]
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"HTrans"}


# a title's "CoNLL 2018 Shared Task" (kept as written, R-ds-taskname) is the benchmark "CoNLL 2018"
# on a leaderboard, not a second one

@pytest.mark.parametrize("written, canonical", [
    ("CoNLL 2018 Shared Task", "CoNLL-2018"), ("TRAC-2 Shared Task", "TRAC-2"),
    ("IWPT 2020 Shared Task", "IWPT 2020"), ("Shared Task", "Shared Task"),
    ("SMM4H Shared Task 2020", "SMM4H Shared Task 2020"),  # the edition after: left as written
])
def test_a_shared_task_suffix_is_the_campaigns_benchmark(written, canonical):
    assert canonical_dataset(written) == canonical


# r23attr: a list of numbers is paired with a list of as many datasets though other numbers stand
# apart in the sentence; those are on all the datasets, not on the last

@pytest.mark.parametrize("text, expected", [
    # acl:D18-1549 (dev18): the 11 BLEU points over the state of the art are on both
    ("Phrase-Based & Neural Unsupervised Machine Translation\n\nOn the widely used WMT\u201914 "
     "English-French and WMT\u201916 German-English benchmarks, our models respectively obtain "
     "28.1 and 25.2 BLEU points without using a single parallel sentence, outperforming the "
     "state of the art by more than 11 BLEU points.",
     {28.1: "WMT\u201914 English-French", 25.2: "WMT\u201916 German-English", 11: None}),
    # acl:P19-1478: a second list after the first, paired with the same datasets
    ("By fine-tuning the BERT language model both on the introduced and on the WSCR dataset, we "
     "achieve overall accuracies of 72.5% and 74.7% on WSC273 and WNLI, improving the previous "
     "state-of-the-art solutions by 8.8% and 9.6%, respectively.",
     {72.5: "WSC273", 74.7: "WNLI", 8.8: "WSC273", 9.6: "WNLI"}),
    # naacl2024:2024.naacl-short.74: the other end of a range is its item's
    ("These methods show an improvement over the best baseline by 1.6% and 7-9% on NPN-Cooking "
     "and ProPara Datasets respectively across metrics.",
     {1.6: "NPN-Cooking", 7: "ProPara", 9: "ProPara"}),
    # acl:2020.emnlp.main.77: without "respectively", a list of as many datasets before it
    ("Experimental results on three machine translation tasks, the NIST Chinese-to-English, "
     "WMT\u201914 English-to-German and WMT\u201918 Chinese-to-English, show that the MUTE models "
     "significantly outperform the Transformer-Base, by up to +1.52, +1.90 and +1.10 BLEU points, "
     "with only a mild drop in inference speed (about 3.1%).",
     {1.52: "NIST Chinese-to-English", 1.9: "WMT\u201914 English-to-German",
      1.1: "WMT\u201918 Chinese-to-English", 3.1: None}),
    # acl:2020.acl.main.36 (dev18): numbers joined by a slash go with datasets so joined
    ("We conduct experiments on five benchmark machine translation tasks, and our model can "
     "achieve 27.69/32.24 BLEU scores on WMT14 English-German/German-English tasks with 5+ times "
     "speed up compared with an autoregressive model.",
     {27.69: "WMT14 English-German", 32.24: "WMT14 German-English", 5: None}),
])
def test_respectively_pairs_the_list_of_numbers_apart_from_the_others(nlp, text, expected):
    found = {a["value"]: a["dataset"] for _, a in spans(nlp, text, "RESULT")}
    assert {v: found.get(v) for v in expected} == expected


def test_a_list_of_slashed_pairs_is_paired_item_by_item(nlp):
    # acl:K19-127: "27.59/27.15, 19.65/23.42 and 22.40" holds three items, not two lists of two
    # ("27.15, 19.65" and "23.42 and 22.40"): both numbers of a pair go to its dataset
    text = ("On the widely used WMT\u201914 English-French, WMT\u201916 English-German and NIST "
            "Chinese-to-English benchmarks, our models respectively obtain 27.59/27.15, "
            "19.65/23.42 and 22.40 BLEU points without using any labeled data.")
    found = {a["value"]: a["dataset"] for _, a in spans(nlp, text, "RESULT")}
    assert found == {27.59: "WMT\u201914 English-French", 27.15: "WMT\u201914 English-French",
                     19.65: "WMT\u201916 English-German", 23.42: "WMT\u201916 English-German",
                     22.40: "NIST Chinese-to-English"}


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


def test_a_name_word_is_told_from_the_known_names_by_bisection(nlp, lines_run):
    import litkit.extract.attribution as attribution

    def run(n):
        doc = nlp("85.3% on ImageNet, " * n)
        assert sum(s.label_ == "RESULT" for s in doc.spans[SPANS_KEY]) == n

    # twice the names, twice the lines run (2.7 times before: each name-shaped word was
    # compared with every known name)
    assert lines_run(lambda: run(200), attribution) < 2.2 * lines_run(lambda: run(100), attribution)


# r23 results tuple: the model an unnamed system is built on, named after its spelled-out name


def test_the_base_model_may_be_named_after_its_spelled_out_name(nlp):
    # acl:P19-1134: the cue stands before "the OpenAI Generative Pre-trained Transformer (GPT)"
    text = ("Fine-tuning Pre-Trained Transformer Language Models to Distantly Supervised Relation "
            "Extraction\n\nTo address this gap, we utilize a pre-trained language model, the "
            "OpenAI Generative Pre-trained Transformer (GPT) (Radford et al., 2018). Manual and "
            "automated evaluation of our model shows that it achieves a state-of-the-art AUC "
            "score of 0.422 on the NYT10 dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["GPT"]
    # acl:D19-6609: "pre-trained Bidirectional Encoder Representations from Transformers (BERT)"
    text = ("Unsupervised Question Answering for Fact-Checking\n\nTo predict the answer token, we "
            "utilize pre-trained Bidirectional Encoder Representations from Transformers (BERT). "
            "This approach achieves a label accuracy of 80.2% on the development set and 80.25% "
            "on the test set of the transformed dataset.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "BERT"]


# r23 slow inputs, 2: a result reads only the names near it, and its sentence's mark of the
# paper's own is searched once ("ResNet-50 gets 76.1% top-1 accuracy, " x4000 read every name
# of the sentence per result, for a list before each, and searched the whole sentence: 45 s)

def test_a_result_reads_only_the_names_near_it(nlp, lines_run, monkeypatch):
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module

    read = []
    own_mark = compared_module._OWN_MARK

    class Counted:
        def search(self, text, *span):
            read.append(len(text))
            return own_mark.search(text, *span)

    counted = Counted()
    for module in (compared_module, owners_module):  # (the modules that read it)
        monkeypatch.setattr(module, "_OWN_MARK", counted)

    def run(n):
        doc = nlp("ResNet-50 gets 76.1% top-1 accuracy, " * n)
        assert [s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
            == ["ResNet-50"] * n

    # twice the results, twice the lines run (4 times before)
    assert lines_run(lambda: run(200), owners_module) \
        < 2.2 * lines_run(lambda: run(100), owners_module)
    # the one long sentence is searched once for the paper's own mark, not once per result
    read.clear()
    run(200)
    assert len(read) == 1
    # a name listed before the next one is still found: the result after "BERT, RoBERTa and
    # XLNet" is no one of them's ("Our model beats BERT, RoBERTa, and XLNet, reaching 91.2 F1")
    doc = nlp("Our model beats BERT, RoBERTa, and XLNet, reaching 91.2 F1.")
    assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
        == [(None, True)]


# r24 model: the model a result belongs to where the extractor named none or another

def test_a_title_phrase_before_an_articles_system_noun_names_the_system(nlp):
    # R-model-title: "Name: A/An <approach | model | system ...> for ..." with a name of two to
    # four capitalized words (dev14 gold: metadata shaping, Touch Editing)
    text = ("Metadata Shaping: A Simple Approach for Knowledge-Enhanced Language Models\n\nWe "
            "propose metadata shaping, a method which inserts substrings corresponding to the "
            "readily available entity metadata. On standard evaluation benchmarks for "
            "knowledge-enhanced LMs, the method exceeds the base-LM baseline by an average of "
            "4.3 F1 points and achieves state-of-the-art results.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Metadata Shaping"]
    assert own_systems("Neumann Optimizer: A Practical Optimization Algorithm for Deep Neural "
                       "Networks\n\nIn this paper, we present a large batch algorithm.",
                       set()) == ["Neumann Optimizer"]
    # not a task's or a headline's phrase
    for title in ("Zero-Shot Stance Detection: A Dataset and Model using Generalized Topic "
                  "Representations", "Dialog State Tracking: A Neural Reading Comprehension "
                  "Approach", "From LFG To UD: A Combined Approach",
                  "Massively Increasing TIMEX3 Resources: A Transduction Approach",
                  "Stolen Probability: A Structural Weakness of Neural Language Models"):
        assert own_systems(title + "\n\nWe present our approach.", set()) == []
    # and only where the abstract names no system: the title "Explore More Guidance: A
    # Task-aware Instruction Network for Sign Language Translation ..." is TIN-SLT's
    assert own_systems("Explore More Guidance: A Task-aware Instruction Network for Sign "
                       "Language Translation\n\nWe propose a task-aware instruction network, "
                       "namely TIN-SLT, for sign language translation.", set()) == ["TIN-SLT"]


def test_a_name_our_puts_before_its_system_noun_is_the_papers_system(nlp):
    # "our CodeRank approach", "our e-WER model" name the paper's system like "our X system"
    text = ("Finally, by combining software textual content with structural information "
            "captured by our CodeRank approach, we are able to significantly improve software "
            "retrieval performance, increasing the AUC metric to 0.86.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["CodeRank"]
    # a capitalized network name right after "our" (name_cues.py) is the system where the text
    # names no other (dev16/dev17 gold: Attention Transformer, Convolutional Mesh Autoencoder)
    text = ("Attention Transformer Model for Translation of Similar Languages\n\nOur Attention "
            "Transformer model enjoys the benefits of both Recurrent Attention and Transformer. "
            "Our system trains on the parallel corpus and achieved an average BLEU point of 3.68.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["Attention Transformer"]
    # not a model its system uses ("Our proposal uses the state-of-the-art language model
    # BERT and embed it within a ULMFiT transfer learning pipeline")
    text = ("We present a transfer learning system. Our proposal uses the state-of-the-art "
            "language model BERT and embed it within a ULMFiT transfer learning pipeline. In "
            "fact, our system yields the weighted-F1 score value of 0.755.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


def test_state_of_the_art_systems_as_a_figures_subject_are_others(nlp):
    # no one's own, no system's: the paper's system names none of these figures
    for text in ("We introduce PAWS, a new dataset. State-of-the-art models trained on existing "
                 "datasets have dismal performance on PAWS (<40% accuracy).",
                 "We present TIMEDIAL. Empirical results demonstrate that even the best "
                 "performing models struggle on this task compared to humans, with 23 absolute "
                 "points of gap in accuracy.",
                 "We build IdiomEval. We also find that existing evaluation metrics measure "
                 "idiom quality poorly with Pearson correlation below 0.48 with human ratings."):
        assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
            == [(None, False)]
    # not where they are what the paper's method is applied to or beats
    for text in ("In particular, when applied to state-of-the-art systems, our method yields an "
                 "absolute improvement in linking performance of up to 1.7 F1.",
                 "Non-neural state-of-the-art systems are outperformed by more than 2% on the "
                 "CoNLL-2014 benchmark."):
        assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


# r24 slow inputs: a result reads the names before it from itself back, and a run of names that
# are no subject (points of comparison) once per sentence ("our model outperforms BERT,
# improving accuracy from 80.1% to 85.3%, " x400 read every earlier name per result: 20 s)

def test_a_result_reads_the_names_before_it_from_itself_back(nlp, lines_run, monkeypatch):
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module
    import litkit.extract.size_models as sizes_module

    def run(unit, n, expected):
        doc = nlp(unit * n)
        assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
            == expected * n

    # a parenthesised score reads only the names just before it (3.4x the lines before)
    unit, expected = "Our model beats BERT (85.3%), ", [("BERT", False)]
    assert lines_run(lambda: run(unit, 200, expected), owners_module) \
        < 2.2 * lines_run(lambda: run(unit, 100, expected), owners_module)
    # each compared BERT is asked once whether it is a point of comparison, not once per
    # later result (4x the questions for 2x the results before)
    asked = []
    is_object = compared_module._is_object
    for module in (compared_module, owners_module, sizes_module):  # (the modules that read it)
        monkeypatch.setattr(module, "_is_object",
                            lambda *args: asked.append(1) or is_object(*args))
    unit = "our model outperforms BERT, improving accuracy from 80.1% to 85.3%, "
    run(unit, 100, [("BERT", False), (None, True)])
    once = len(asked)
    asked.clear()
    run(unit, 200, [("BERT", False), (None, True)])
    assert len(asked) < 2.2 * once
    # the nearest subject is still found past the compared names after it
    doc = nlp("GPT-4 outperforms BERT and RoBERTa, reaching 85.3% accuracy.")
    assert [(s._.model, s._.own) for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"] \
        == [("GPT-4", False)]


def test_a_size_after_a_verbs_object_is_not_the_subjects(nlp):
    # colm2025:lqC5J7pBP9 (dev3 gold: model None): the MoE LLMs have the size, not C3PO
    doc = nlp("C3PO: Collaborative Pathway Optimization for Test-Time Expert Re-Mixing\n\n"
              "We apply C3PO to two recent MoE LLMs. Moreover, C3PO enables MoE LLMs with 1-3B "
              "active parameters to outperform LLMs of 7-9B parameters.")
    assert {s._.value: s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "PARAMS"} \
        == {1e9: None, 3e9: None, 7e9: None, 9e9: None}


# r25 model: a title's leading name that labels a team's shared-task entry and is written nowhere
# in the abstract is no system (R-model-teamsystem), unless the title calls it a system

def test_a_title_team_label_of_a_shared_task_entry_gives_no_model(nlp):
    # dev20 acl:W19-1421 (gold model null)
    text = ("TwistBytes - Identification of Cuneiform Languages and German Dialects at VarDial "
            "2019\n\nWe describe our approaches for the German Dialect Identification (GDI) and "
            "the Cuneiform Language Identification (CLI) tasks at the VarDial Evaluation Campaign "
            "2019. Our system for GDI achieved third place out of 6 teams, with a macro averaged "
            "F-1 of 74.6%.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # acl:2020.smm4h.1.26: the team's label before a shared task's report
    text = ("HITSZ-ICRC: A Report for SMM4H Shared Task 2020-Automatic Classification of "
            "Medications and Adverse Effect in Tweets\n\nThis is the system description of the "
            "Harbin Institute of Technology Shenzhen (HITSZ) team. Our system achieves an F1 of "
            "0.7553 in task 1 and an F1 of 0.5455 in task 2.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]
    # acl:W18-5526: the title calls the name a system (R-model-title)
    text = ("QED: A fact verification system for the FEVER shared task\n\nThis paper describes "
            "our system submission to the 2018 Fact Extraction and VERification (FEVER) shared "
            "task. Our system beats the shared task baseline by 12%.")
    assert own_systems(text, set()) == ["QED"]
    # the abstract writes the name: the system's ("our system (AntNLP)", R-model-named)
    assert own_systems("AntNLP at CoNLL 2018 Shared Task: A Graph-Based Parser\n\nWe present our "
                       "system (AntNLP) for the CoNLL 2018 Shared Task.", set()) == ["AntNLP"]


# r25 base: the base of an unnamed own system may be a name the lexicon does not know
# (R-model-base), and the best-matched cue may be the system's own words, "X-based models"

def test_an_unknown_name_the_unnamed_system_is_built_on_is_its_base(nlp):
    # dev6 acl:2020.findings.emnlp.55 (gold model TextCNN for all three)
    text = ("Empirical Studies of Institutional Federated Learning For Natural Language "
            "Processing\n\nThis paper demonstrates federated training of a popular NLP model, "
            "TextCNN, with applications in sentence intent classification. Experiments show that, "
            "the sampling ratio has a large impact on the performance of the FL models, causing "
            "up to 38.4% decrease in the test accuracy, while they are robust to different noise "
            "multiplier levels, with less than 3% variance in the test accuracy. When the data "
            "load is imbalanced, model performance dropped by up to 10%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["TextCNN"] * 3
    # acl:S19-2229
    text = ("THU_NGN at SemEval-2019 Task 12: Toponym Detection and Disambiguation on Scientific "
            "Papers\n\nFor toponym detection, in our approach we use TagLM as the basic model, and "
            "explore the use of various features in this task. Our systems achieved 83.03% strict "
            "macro F1 in toponym detection subtask.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["TagLM"]
    # acl:K18-206: not a model named as the baseline ("the official baseline model (UDPipe)")
    text = ("Joint Learning of POS and Dependencies for Multilingual Universal Dependency Parsing"
            "\n\nOur system predicts the part-of-speech tag and dependency tree jointly. For the "
            "basic tasks, including tokenization, lemmatization and morphology prediction, we "
            "employ the official baseline model (UDPipe). Our system achieves a macro-average of "
            "68.31% LAS F1 score.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# r25 own: an annotators' agreement that metrics.py typed correlation from a bare "agreement"
# is no system's own (R-own-agreement)

@pytest.mark.parametrize("text", [
    # acl:2020.lrec.1.205 (it was PO-EMO's, own)
    "PO-EMO: Conceptualization, Annotation, and Modeling of Aesthetic Emotions in German and "
    "English Poetry\n\nOur annotation with experts leads to an acceptable agreement of k = .70, "
    "resulting in a consistent dataset for future large scale analysis.",
    # acl:2020.nlpcss.1.15
    "We show that the agreement on the task of annotating the observations of social workers "
    "with respect to discrete independent levels yields a high agreement of .74 as measured by "
    "Fleiss' Kappa.",
])
def test_annotators_bare_agreement_is_no_systems_own(nlp, text):
    assert [(a["metric_type"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("correlation", None, False)]


def test_a_share_beside_an_agreement_keeps_its_owner(nlp):
    # acl:2020.coling.main.32: the system's share, not the annotators' agreement after it
    text = ("The results are promising and show that 89% of the personal information can be "
            "successfully identified in learner data, and annotated correctly with an "
            "inter-annotator agreement of 86% measured as Fleiss kappa.")
    assert spans(nlp, text, "RESULT")[0][1]["own"] is True


# r25 slow inputs: the models a sentence's method is applied to are found once per sentence, a
# list around one of them is told from the names its separators reach, and a subject's name is
# read only within _SUBJECT_REACH characters of a result (the corpus's farthest is 406)

def test_a_long_sentence_reads_its_applied_models_and_far_names_once(nlp, lines_run,
                                                                     monkeypatch):
    import litkit.extract.base_models as base_module
    import litkit.extract.compared_systems as compared_module
    import litkit.extract.result_owners as owners_module
    import litkit.extract.system_mentions as mentions_module

    def run(text, expected):
        doc = nlp(text)
        models = [s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"]
        assert models[:len(expected)] == expected
        return models

    def lines(opening, n, expected):
        return lines_run(lambda: run(opening + unit * n, expected), base_module)

    # each unnamed result walked back over every name of its sentence for a model applied to
    # (lines 4x for 2x the results before)
    unit = "outperforms GPT-2, improving accuracy from 80.1% to 85.3%, "
    for opening, expected in [("Our model ", ["GPT-2", None]),
                              ("We apply our method to BERT, and our model ", ["GPT-2", "BERT"]),
                              # (a model of a list is no one base)
                              ("We apply our method to BERT, RoBERTa, and XLNet, and our model ",
                               ["GPT-2", None])]:
        assert run(opening + unit * 3, expected * 3)
        assert lines(opening, 200, expected) < 2.2 * lines(opening, 100, expected)

    # a subject named once far back: the text from it to each result was read (4x the
    # characters for 2x the results before)
    class Read:
        def __init__(self, pattern):
            self.pattern, self.chars = pattern, 0

        def search(self, text, pos, endpos):
            self.chars += endpos - pos
            return self.pattern.search(text, pos, endpos)

        def finditer(self, text, pos, endpos):
            self.chars += endpos - pos
            return self.pattern.finditer(text, pos, endpos)

    clause_start = mentions_module._CLAUSE_START

    def read(n):
        counted = Read(clause_start)
        for module in (compared_module, owners_module):  # (the modules that read it)
            monkeypatch.setattr(module, "_CLAUSE_START", counted)
        run("BERT" + " improves accuracy from 80.1% to 85.3%," * n, ["BERT", "BERT"])
        return counted.chars

    assert read(200) <= 2.2 * read(100)


def test_the_models_listed_with_a_cued_base_are_read_near_it(nlp, lines_run):
    # every cued base model was tested against every model of the text for a list mate (lines 3x
    # for 2x the sentences before)
    import litkit.extract.base_models as base_module

    def run(n):
        doc = nlp("We apply our method to BERT. Our model gets 85.3% accuracy. " * n)
        assert {s._.model for s in doc.spans[SPANS_KEY] if s.label_ == "RESULT"} == {"BERT"}

    assert lines_run(lambda: run(200), base_module) \
        < 2.2 * lines_run(lambda: run(100), base_module)


# r25 lead: a figure right after "the state-of-the-art" is the state of the art's, not the paper's

def test_the_state_of_the_arts_figure_is_anothers(nlp):
    # iclr2017:rJbbOLcex: the 5.91% is a semi-supervised approach's (it displaced TopicRNN's
    # 6.28% from the IMDB error-rate board once the metric carried over)
    text = ("TopicRNN: A Recurrent Neural Network with Long-Range Semantic Dependency\n\nWe "
            "propose TopicRNN. We do this for sentiment analysis on the IMDB movie review dataset "
            "and report an error rate of 6.28%. This is comparable to the state-of-the-art 5.91% "
            "resulting from a semi-supervised approach.")
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [(6.28, "TopicRNN", True), (5.91, None, False)]
    # colm2024:taThoOlDNQ: "a state-of-the-art" figure the paper achieves stays its own
    text = ("With OpenMathMix, we achieve a state-of-the-art 48.8% accuracy on MATH with 7B base "
            "models.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


# r36audit16: a figure said "for a previously proposed method" or "for the baseline system" right
# after it is that other system's, not the paper's

@pytest.mark.parametrize(("text", "expected"), [
    # acl:E17-1119 (corpus audit)
    ("We demonstrate that the choice of training data has a drastic impact on performance, which "
     "decreases by as much as 9.85% loose micro F1 score for a previously proposed method. Our "
     "best model achieves state-of-the-art results with 75.36% loose micro F1 score.",
     [(9.85, False), (75.36, True)]),
    # acl:W17-1319 (corpus)
    ("We develop an ASR system for MSA by using Kaldi toolkit. We obtain a Word Error Rate (WER) "
     "of 14.42 for the baseline system.", [(14.42, False)]),
])
def test_a_figure_for_a_previous_or_baseline_system_is_not_own(nlp, text, expected):
    assert [(a["value"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


# r26 results: humans' figure alone in a parenthesis right after them is no one's own, even as
# the object of a comparison

@pytest.mark.parametrize(("text", "expected"), [
    # naacl2022:2022.naacl-main.391 (dev21)
    ("Our baseline models perform poorly on this task (55.4%) and significantly lag behind human "
     "performance (93.5%).", [(55.4, True), (93.5, False)]),
    # acl:2020.acl.main.502 (corpus audit); the models' 72% is no own either, as how far the
    # benchmark's models fall short of humans (r28randaudit, R-own-dataset)
    ("Our experiments show that there is a significant performance gap between advanced models "
     "(72%) and humans (87%), encouraging future research.", [(72, False), (87, False)]),
])
def test_humans_figure_in_a_parenthesis_is_not_own(nlp, text, expected):
    assert [(a["value"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


# r26 model: a capitalized phrase written once is the system's name when an apposition calls it one

def test_a_phrase_described_as_a_system_where_introduced_is_its_name(nlp):
    # acl2022:2022.acl-long.219 (R-model-named: a phrase introduced as its name)
    text = ("We present the Berkeley Crossword Solver, a state-of-the-art approach for "
            "automatically solving crossword puzzles. Compared to existing approaches, our system "
            "improves exact puzzle accuracy from 57% to 82% on crosswords from The New York Times.")
    assert own_systems(text, set()) == ["Berkeley Crossword Solver"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")][-1] == "Berkeley Crossword Solver"
    # icml2018:2198: a method for training is not the trained system
    text = ("This paper introduces Probability Density Distillation, a new method for training a "
            "parallel feed-forward network from a trained WaveNet.")
    assert own_systems(text, set()) == []


def test_a_sentence_opening_on_a_model_based_on_a_named_one_names_the_base(nlp):
    # coling2025:2025.coling-main.409 (R-model-base)
    text = ("An ensemble model based on CAMeLBERT was developed and tested across three "
            "dimensions. After parameter optimization, the model achieved F1 scores ranging from "
            "0.97 to 1.0.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["CAMeLBERT", "CAMeLBERT"]


def test_the_acronym_of_a_generic_class_spelled_out_is_no_system_name(nlp):
    # acl:S19-248 (R-model-archclass)
    text = ("Our model extends the Recurrent Convolutional Neural Network (RCNN) by using external "
            "fine-tuned word representations. Our model achieved good performance with a "
            "micro-F1 score of 0.7463.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]
    # (not one the text calls its own: acl:C16-1138)
    text = ("In this paper, we propose deep recurrent neural networks (DRNNs) for relation "
            "classification. We evaluated our DRNNs on the SemEval-2010 Task 8, and achieve an "
            "F1-score of 86.1%.")
    assert own_systems(text, set()) == ["DRNNs"]


def test_the_unnamed_best_model_as_subject_does_not_carry_an_earlier_name(nlp):
    # acl:2020.emnlp.main.557
    text = ("Our analysis reveals that: (1) BERT and its stronger variant RoBERTa perform poorly "
            "on the diagnostic dataset prior to any fine-tuning; (2) fine-tuning with distant "
            "supervision brings some improvement; (3) the best supervised model still performs "
            "poorly as compared to human performance (54.06% vs. 96.3%).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None, None]


def test_baselines_the_subject_improves_are_no_subject_of_the_gain(nlp):
    # acl:2020.knlp.1.4; acl:S18-182
    text = ("We propose a method, BERTChem-DDI, to efficiently combine drug embeddings. "
            "Experiments conducted on the DDIExtraction 2013 corpus clearly indicate that this "
            "strategy improves other strong baselines architectures by 3.4% macro F1-score.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] \
        == [("BERTChem-DDI", True)]
    text = "This model improves on a naive bayes baseline by about 8 percent on training set."
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


def test_a_name_after_a_shared_tasks_number_names_the_task(nlp):
    # acl:S18-221
    text = ("We propose a practical model for named entity recognition (NER). Additionally, we "
            "show improvement on SemEval 2013 task 9.1 DrugNER, achieving state of the art results "
            "on the MedLine dataset and the second best results overall (-1.3% from state of the "
            "art).")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


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


def test_humans_figure_told_by_a_relative_clause_is_no_models(nlp):
    # acl:N19-1421: the whole sentence, once "et al." no longer cut it, names BERT-large
    text = ("Our best baseline is based on BERT-large (Devlin et al., 2018) and obtains 56% "
            "accuracy, well below human performance, which is 89%.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][1:] == [(None, False)]


def test_a_sentence_opening_on_fine_tuning_a_known_model_is_the_papers_own(nlp):
    # acl:2020.wnut.1.13: the whole sentence, once "et al." no longer cut it, names BERTje
    text = ("Fine-tuning the Dutch pre-trained Bidirectional Encoder Representations from "
            "Transformers (BERTje) (de Vries et al., 2019) language model surpassed the more "
            "classic algorithms by correctly classifying 79.6% of the fragments.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == [("BERTje", True)]


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


def test_an_oracle_score_is_the_papers_own_and_no_models(nlp):
    # acl:2020.acl.srw.38 (dev22, R-res-oracle): the oracle of the candidates the reranker
    # chooses from measures the list, not the reranker, whose gain takes its name
    text = ("Checkpoint Reranking: a re-ranking approach for NMT.\n\nIn cases of moderate "
            "coverage penalty, the oracle scores are higher than the final iteration up to +0.99 "
            "BLEU points, and our algorithm gives an improvement up to +0.17 BLEU points.")
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][0] == (None, True)


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (acl2022:2022.acl-long.81, r28randaudit): the gap is the state-of-the-art model's
    # on the paper's new dataset (R-own-dataset), though the paper's model comes after it
    ("We show that there exists a 70% gap between a state-of-the-art joint model and human "
     "performance, which is slightly filled by our proposed model that uses segment-wise "
     "reasoning.", [(None, False)]),
    # corpus (acl:D19-1243, coling2025:2025.coling-main.134): a decimal inside the gap phrase, and
    # "Our findings" reports the benchmark, not a system of the paper's
    ("Experimental results demonstrate a significant gap between machine (68.4%) and human "
     "performance (94%), pointing to avenues for future research.", [(None, False), (None, False)]),
    ("Our findings reveal a significant performance gap: even top-performing LLMs like GPT-4 fall "
     "short of human performance by nearly 30%.", [("GPT-4", False)]),
    # dev19 acl:D19-5511: the paper's own classifier stays its own
    ("Our best classifier has an accuracy only 9 percent lower than that of a human on this task.",
     [(None, True)]),
])
def test_how_far_models_fall_short_of_humans_is_no_own_result(nlp, text, expected):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


def test_token_usage_is_a_cost():
    # corpus (colm2025:TyXf9dwpZP, colm2025:8OqGNXKwo8; r28randaudit): the tokens a system spends
    # are a resource it consumes (R-mt-time: cost)
    assert metric_type(before="Our results show that AdaptiVocab reduces token usage by over") \
        == "cost"
    assert metric_type(before="EllieSQL with the Qwen2.5-0.5B-DPO router reduces token use by "
                              "over") == "cost"


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (colm2025:z1MHB2m3V9, dev26): the model the gain was reached with, past a short
    # parenthesis (R-model-base)
    ("On FaithEval, where we improve by up to 15.80% (absolute) with Llama3.3-70B-Instruct.",
     ["Llama3.3-70B-Instruct"]),
    # corpus (coling2025:2025.coling-main.117): "for" the model, before the compared method
    ("SDS improves average accuracy by 3.86% across multiple zero-shot benchmarks for LLaMA-3-8B "
     "compared to Wanda with 2:4 sparsity.", ["LLaMA-3-8B"]),
])
def test_the_model_a_clause_ends_on_owns_its_gain(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


def test_only_the_first_model_after_a_range_can_own_it(nlp):
    # corpus (coling2025:2025.coling-main.597): 87.0% is GPT-3.5's range, not GPT-4o-mini's
    text = ("AutoMathIC outperforms six baselines, with LLM accuracy ranging from 87.0% to 99.3% "
            "for GPT-3.5 and 93.1% to 98.7% for GPT-4o-mini.")
    models = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert models[87.0] != "GPT-4o-mini" and models[93.1] == "GPT-4o-mini"


@pytest.mark.parametrize(("text", "expected"), [
    # corpus (colm2025:Uic3ojVhXh): the paper's named method run on the model the sentence opens
    # on gives that model's figures (R-model-base)
    ("ParaPO: Aligning Language Models to Reduce Verbatim Reproduction.\n\nWe introduce "
     "ParaPO, a post-training method. On the instruction-tuned model Tulu3-8B, ParaPO with system "
     "prompts achieve a 27.5% reduction in regurgitation in creative writing.", ["Tulu3-8B"]),
    # dev26 colm2025:TA6azZKWJq
    ("We introduce SCRIT (Self-evolving CRITic), a framework that trains LLMs. Implemented with "
     "Qwen2.5-72B-Instruct, a leading LLM, SCRIT demonstrates consistent improvements: a 10.0% "
     "relative gain in critique-correction accuracy.", ["Qwen2.5-72B-Instruct"]),
    # corpus (acl:2020.coling.main.33): a model used as a tool, no comma after it, is no base
    ("In this paper, we present an encoder-decoder model called PG-GSQL. With BERT augmentation, "
     "PG-GSQL obtains 53.1% question matching accuracy on the dev set.", ["PG-GSQL"]),
])
def test_a_named_system_run_on_the_model_its_sentence_opens_on(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


# r28llmres2: a model after a list closed by ", respectively," owns its values


def test_the_model_after_a_respectively_list_owns_its_values(nlp):
    # colm2025:WzGypILLDb: DFRot run on LLaMA3-70B (R-model-base)
    text = ("By tuning the rotation matrix using just a single sample, DFRot achieves a perplexity "
            "improvement of 0.98 and 0.95 on W4A4KV4 and W4A4KV16, respectively, for LLaMA3-70B, "
            "a model known for its quantization challenges.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {"LLaMA3-70B"}


# r29dev23: the names a "respectively" list of results is compared against are not its models


def test_the_names_a_respectively_list_is_compared_against_are_not_its_models(nlp):
    # dev23 naacl2024:2024.findings-naacl.251 (gold: CodeLlama, R-model-sizeapart)
    text = ("Our best fine-tuned 7 Billion CodeLlama model exhibit 70% and 20% gain on the F1 "
            "score against ChatGPT and Bard respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["CodeLlama", "CodeLlama"]
    # corpus (acl:2020.acl.main.505): "over" also names a base a method improves: left to pair
    text = ("Our approach is evaluated on the FriendsQA dataset and shows improvements of 3.8% and "
            "1.4% over the two state-of-the-art transformer models, BERT and RoBERTa, "
            "respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BERT", "RoBERTa"]


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


# r30resmodel: a name in apposition to a dataset after its acronym's parenthesis or its version
# or year is the resource, not the model of the values measured on it (R-model-resource)


@pytest.mark.parametrize("text", [
    # corpus (acl:2020.emnlp.main.59)
    "We present WHERE ARE YOU? (WAY), a dataset of ~6k dialogs in which two humans complete a "
    "cooperative localization task. Our best model achieves 32.7% success at identifying the "
    "Observer's location.",
    # corpus (coling2025:2025.coling-main.413)
    "In this article we present UNED-ACCESS 2024, a bilingual dataset that consists of 1003 "
    "multiple-choice questions. Model ranking on UNED-ACCESS 2024 is almost identical (0.98 "
    "Pearson correlation) to the one obtained with MMLU.",
])
def test_a_dataset_named_after_its_acronym_or_version_is_no_system(nlp, text):
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# r30resmodel: a plural system name is the singular the text also writes, among the paper's
# system names and the name-shaped subjects of a result's sentence (R-model-plural)


def test_a_plural_system_name_is_the_singular_the_text_writes(nlp):
    # corpus (acl:C18-1250)
    text = ("In this paper, we introduce sliced recurrent neural networks (SRNNs), which could be "
            "parallelized. We prove that the standard RNN is a special case of the SRNN. "
            "Without changing the recurrent units, SRNNs are 136 times as fast as standard RNNs.")
    assert own_systems(text, set()) == ["SRNN"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SRNN"]
    # corpus (nips2017:9364), audit r30audit4 [2]
    text = ("The FS-RNN incorporates the strengths of both multiscale RNNs and deep transition "
            "RNNs. In addition, an ensemble of two FS-RNNs achieves 1.20 BPC on Hutter Prize "
            "Wikipedia.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["FS-RNN"]
    # written in the singular only in a compound: the plural stays (dev2-023, R-model-plural)
    text = ("To that end, we introduce Generative Annotation Assistants (GAAs). We find that "
            "using GAA-assisted training data leads to higher downstream model performance.")
    assert own_systems(text, set()) == ["GAAs"]


# r30resmodel: a named model with a method or module added by "with" owns the values
# (R-model-module, R-model-base), not the method named after "with"


@pytest.mark.parametrize("text, expected", [
    # corpus (acl2022:2022.acl-long.330), audit r30audit4 [77]
    ("Experiments on the standard GLUE benchmark show that BERT with FCA achieves 2x reduction "
     "in FLOPs over original BERT with <1% loss in accuracy.", ["BERT", "BERT"]),
    # dev26 naacl2024:2024.naacl-long.465 (gold: Pix2Struct)
    ("We propose RD. On three visual document understanding benchmarks, our Pix2Struct (282M "
     "parameters) student model finetuned with RD outperforms the base model by 4-5% absolute "
     "accuracy.", ["Pix2Struct", "Pix2Struct"]),
    # a lexicon model added to the paper's method is the model it is applied to (R-model-base)
    ("We introduce RobEn. Across six tasks from GLUE, our instantiation of RobEn paired with BERT "
     "achieves an average robust accuracy of 71.3% against all adversarial typos.", ["BERT"]),
])
def test_a_model_with_a_method_added_owns_the_values(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


# r30resmodel: "by proposing/introducing" defines the acronym of the paper's system, as "we
# propose" does


def test_by_introducing_defines_the_papers_system(nlp):
    # corpus (nips2013:3838)
    text = ("We address these problems by introducing a neural tensor network (NTN) model which "
            "allow the entities and relations to interact multiplicatively. Our model outperforms "
            "previous models and can classify unseen relationships in WordNet with an accuracy "
            "of 86.2%.")
    assert own_systems(text, set()) == ["NTN"]
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["NTN"]


# r31resmodel: a "respectively" list of values in groups, one value per listed name again for
# each data or task, pairs each group with the names in order


def test_respectively_pairs_each_group_of_values_with_the_listed_names(nlp):
    # dev11 colm2025:9DCQAGBoII (gold: Llama-3.1-8B and Llama-3.1-70B in turn)
    text = ("We propose SPOC. Notably, SPOC boosts the accuracy of Llama-3.1-8B and 70B Instruct "
            "models, achieving absolute gains of 8.8% and 11.6% on MATH500, 10.0% and 20.0% on "
            "AMC23, and 3.3% and 6.7% on AIME24, respectively.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == \
        ["Llama-3.1-8B", "Llama-3.1-70B"] * 3
    # corpus (naacl2024:2024.naacl-long.379): "respectively" closes the data, not the values
    text = ("We develop I3C-Select. Notably, with GPT-3.5-Turbo and I3C-Select, we achieve an "
            "accuracy of 96.0 and 94.1 on GSM-IC2-1K and GSM-ICM-1K, respectively, significantly "
            "outperforming the state-of-the-art few-shot prompting method Complex-CoT by +11.7 "
            "and +11.1.")
    models = {a["value"]: a["model"] for _, a in spans(nlp, text, "RESULT")}
    assert models[96.0] == models[94.1] == "GPT-3.5-Turbo"


# r31resmodel: a name in parentheses right after "baseline" is the baseline, a point of
# comparison, not whose values the sentence gives


@pytest.mark.parametrize("text, expected", [
    # dev24 naacl2024:2024.naacl-long.182 (gold: DynaMo-7.3B-T3)
    ("One of the models in our suite, DynaMo-7.3B-T3, achieves same-quality generated text as "
     "the baseline (Pythia-6.9B) while achieving 2.57\u00d7 speed-up with only 5.87% and 2.67% "
     "parameter and training time overheads, respectively.", ["DynaMo-7.3B-T3"] * 3),
    # corpus (acl:2020.findings.emnlp.95)
    ("GCDST: A Graph-based and Copy-augmented Multi-domain Dialogue State Tracking\n\n"
     "Experimental results show that our model improves the performances of the multi-domain "
     "DST baseline (TRADE) with the absolute joint accuracy of 2.0% and 1.0% on the MultiWOZ "
     "2.0 and 2.1 dialogue datasets, respectively.", ["GCDST", "GCDST"]),
])
def test_a_name_in_parentheses_after_baseline_is_compared_with(nlp, text, expected):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == expected


# r31resmodel: a naming word gives the paper's system its name even where the phrase the
# acronym spells out ends on a task's or procedure's word


def test_a_named_phrase_ending_on_a_task_word_is_the_papers_system(nlp):
    # corpus (coling2025:2025.coling-main.478)
    text = ("To address these issues, we propose a continue pretraining strategy called Post "
            "Engagement Prediction (PEP) to infuse information from propagation structures into "
            "PLMs. On benchmark datasets, PEP enhances baseline models by 1.0-3.7% accuracy.")
    assert own_systems(text, set()) == ["PEP"]
    # corpus (iclr2013:OVyHViMbHRm8c)
    text = ("We present a method for visual object classification using a variant of Spatial "
            "Pyramid Matching (SPM) that we called Sliding Spatial Pyramid Matching (SSPM), "
            "trained with an ensemble of linear regression to obtained state of the art result "
            "on Caltech-101 of 83.46%.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["SSPM"]
    # a task's acronym with no naming word stays no system: "Sentiment Analysis (SA)"
    text = "We propose a model for Aspect-Based Sentiment Analysis (ABSA) in tweets."
    assert own_systems(text, set()) == []
    # nor one the paper uses, named but not put forward: corpus (acl:N19-1329)
    text = ("We present the first study on the learning dynamics of neural language models, "
            "using a simple and flexible analysis method called Singular Vector Canonical "
            "Correlation Analysis (SVCCA), which enables us to compare learned representations.")
    assert own_systems(text, set()) == []


# r31board: in a team's paper on its shared-task entry ("X at <task>"), a model's figure is the
# team's run, own, unless its sentence calls it a baseline


@pytest.mark.parametrize("text, expected", [
    # corpus (acl:2020.fnp.1.8), leaderboard audit 2026-12-08 R52
    ("UPB at FinCausal-2020, Tasks 1 & 2: Causality Analysis in Financial Documents using "
     "Pretrained Language Models\n\nSubsequently, a BERT model was fine-tuned for the second task "
     "and a Conditional Random Field model was used on top of the generated language features; "
     "the system managed to identify the cause and effect relationships with an F1-score of "
     "73.10%.", [("BERT", True)]),
    # corpus (acl:2020.fnp.1.14): the baseline stays another's
    ("ISIKUN at the FinCausal 2020: Linguistically informed Machine-learning Approach for "
     "Causality Identification in Financial Documents\n\nFor the Task-1, the obtained results "
     "show that there is a small difference between the proposed approach based on linear "
     "support vector machines (F-score 94%), which requires less time compared to the BERT-based "
     "baseline (F-score 95%).", [(None, True), ("BERT", False)]),
])
def test_a_model_in_a_shared_task_entry_is_the_teams_run(nlp, text, expected):
    assert [(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")] == expected


# r31board: a task spelled out before its acronym at a sentence's start is a task, as in lower
# case ("Sentiment analysis (SA)", not the paper's system SA)


def test_a_capitalized_task_at_a_sentence_start_names_no_system(nlp):
    # corpus (acl:S19-247), audit 2026-12-08 L17
    text = ("NTUA-ISLab at SemEval-2019 Task 3: Determining emotions in contextual conversations "
            "with deep learning\n\nSentiment analysis (SA) in texts is a well-studied Natural "
            "Language Processing task. Towards this goal, we present a computational end-to-end "
            "context-aware SA methodology, which was competed in the context of the SemEval-2019 "
            "/ EmoContext task (Task 3). The system achieved 0.745 micro f1-score.")
    assert own_systems(text, set()) == []
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [None]


# r31audit5: a paper whose abstract says it reports a shared task, or whose title gives the
# overview after a colon, reports the participants' results (own false, R-res-baseline)


@pytest.mark.parametrize("text", [
    # corpus (acl:2020.trac.1.1), audit r31audit5 [72]
    "Evaluating Aggression Identification in Social Media\n\nIn this paper, we present the report "
    "and findings of the Shared Task on Aggression and Gendered Aggression Identification. The "
    "best system obtained a weighted F-score of approximately 0.80 in sub-task A.",
    # corpus (acl:D19-5801)
    "MRQA 2019 Shared Task: Evaluating Generalization in Reading Comprehension\n\nWe present the "
    "results of the Machine Reading for Question Answering (MRQA) 2019 shared task. The best "
    "system achieved an average F1 score of 72.5 on the 12 held-out datasets.",
    # corpus (acl:W18-3219)
    "Named Entity Recognition on Code-Switched Data: Overview of the CALCS 2018 Shared Task\n\n"
    "As a result, the best scores of the competitions are 63.76% and 71.61% for ENG-SPA and "
    "MSA-EGY, respectively.",
])
def test_a_shared_task_report_gives_the_participants_results(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {False}


def test_a_teams_report_of_its_results_is_its_own(nlp):
    # corpus (acl:2020.trac.1.12): the results of the team's own classifiers
    text = ("Aggression Identification in English, Hindi and Bangla Text using BERT, RoBERTa and "
            "SVM\n\nThis paper presents the results of the classifiers we developed for the "
            "shared tasks in aggression identification. Our system achieved a weighted F1 score "
            "of 0.73.")
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


# r31audit5: a known model written as the base of the system a score is of ("a BERT based
# classifier") marks the paper's own system built on it (R-model-base), unless another's


@pytest.mark.parametrize("text, own", [
    # dev14 acl:S19-2138 (gold: own true)
    ("In subtask A, we fine-tuned a BERT based classifier to detect abusive content in tweets, "
     "achieving a macro F1 score of 0.8136.", True),
    # corpus (acl:D19-1473), audit r31audit5 [34]
    ("In this study, we first annotated a corpus of over 3,000 PubMed research conclusion "
     "sentences, then developed a BERT-based prediction model that classifies conclusion "
     "sentences, achieving an accuracy of 0.90 and a macro-F1 of 0.88.", True),
    # dev14 acl:D19-1630 (gold: own false): a state-of-the-art system, not the paper's
    ("A state-of-the-art BERT-based model performs well on the CommitmentBank with 85% F1 "
     "score.", False),
])
def test_a_system_based_on_a_known_model_is_the_papers(nlp, text, own):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {own}


# r31dev25: in a resource paper naming no system of its own, a known model's change is not the
# paper's either (R-own-dataset), as its score is not


def test_changes_in_a_resource_paper_naming_no_system_are_not_its_own(nlp):
    # acl:D19-1382 (dev25)
    text = ("PAWS-X: A Cross-lingual Adversarial Dataset for Paraphrase Identification\n\n"
            "We remedy this gap with PAWS-X, a new dataset of 23,659 human translated PAWS "
            "evaluation pairs in six typologically distinct languages. Multilingual BERT "
            "fine-tuned on PAWS English plus machine-translated data performs the best, with a "
            "range of 83.1-90.8 accuracy across the non-English languages and an average accuracy "
            "gain of 23% over the next best model.")
    found = {a["value"]: a for _, a in spans(nlp, text, "RESULT")}
    assert (found[23]["kind"], found[23]["own"]) == ("delta", False)


# r31audit6: the professionals a clinical system is set against are humans: their figure is not
# the paper's own


def test_doctors_figure_is_not_the_papers_own(nlp):
    # acl:W19-5002 (corpus)
    text = ("On a test set of 2,000 ED notes, our model is able to achieve a promising F_0.5-score "
            "of 0.895 while ED doctors achieve F_0.5-score of 0.900.")
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True, False]


# r31own: a paper whose abstract (not only its title) introduces a dataset or benchmark and puts
# forward no system of its own scores existing models on it (R-own-dataset)


@pytest.mark.parametrize("text", [
    # acl:P18-2124 (corpus; leaderboard audit 2026-12-08 R14)
    "Know What You Don't Know: Unanswerable Questions for SQuAD\n\nTo address these weaknesses, "
    "we present SQuADRUn, a new dataset that combines the existing Stanford Question Answering "
    "Dataset (SQuAD) with over 50,000 unanswerable questions written adversarially by "
    "crowdworkers to look similar to answerable ones. SQuADRUn is a challenging natural "
    "language understanding task for existing models: a strong neural system that gets 86% F1 on "
    "SQuAD achieves only 66% F1 on SQuADRUn.",
    # acl:2020.emnlp.main.731 (corpus; leaderboard audit 2026-12-08 R19)
    "COGS: A Compositional Generalization Challenge Based on Semantic Interpretation\n\nTo "
    "facilitate the evaluation of the compositional abilities of language processing "
    "architectures, we introduce COGS, a semantic parsing dataset based on a fragment of English. "
    "In experiments with Transformers and LSTMs, we found that in-distribution accuracy on the "
    "COGS test set was near-perfect (96-99%).",
])
def test_scores_in_a_paper_whose_abstract_introduces_a_dataset_are_not_its_own(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {False}


@pytest.mark.parametrize("text", [
    # acl:W16-4012 (corpus): the paper's own model beside its corpus
    "Challenges and Solutions for Latin Named Entity Recognition\n\nThis paper presents the first "
    "annotated corpus for evaluating Named Entity Recognition in Latin, as well as a fully "
    "supervised model that achieves over 90% F-score on a held-out test set, significantly "
    "outperforming a competitive baseline.",
    # acl:W18-4418 (corpus): a team's own scores
    "Aggression Identification Using Deep Learning and Data Augmentation\n\nThereby, we "
    "introduce linguistic variety into the dataset. Our team named \u201cJulian\u201d "
    "achieves an F1-score of 60% on both English datasets.",
])
def test_a_dataset_paper_that_puts_forward_its_own_system_keeps_its_scores(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


# r32audit7: humans' figure written after their named measure with "of" or "is" is no model's
# and no own, whatever names the clause holds

@pytest.mark.parametrize(("text", "expected"), [
    # acl:D19-1259 (corpus audit)
    ("Our best performing model, multi-phase fine-tuning of BioBERT with long answer bag-of-word "
     "statistics as additional supervision, achieves 68.1% accuracy, compared to single human "
     "performance of 78.0% accuracy.", [(78.0, None, False)]),
    # acl:2020.lrec.1.164 (corpus)
    ("We reach an overall accuracy of 79.3% for the US ratings compared to a projected super "
     "human accuracy of 84%.", [(84.0, None, False)]),
])
def test_humans_figure_after_their_measure_with_of_is_no_models(nlp, text, expected):
    assert [(a["value"], a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")][1:] \
        == expected


# r32resmodel: a result's sentence that gives its values to an unnamed model the paper's method is
# applied to gives them no model (R-model-base's null clause, R-model-titleonlybase)


@pytest.mark.parametrize("text", [
    # acl2021:2021.acl-short.115 (dev28)
    "BERTTune: Fine-Tuning Neural Machine Translation with BERTScore\n\nExperiments carried out "
    "over four, diverse language pairs show improvements of up to 0.58 pp (3.28%) in BLEU score "
    "and up to 0.76 pp (0.98%) in BERTScore (F_BERT) when fine-tuning a strong baseline.",
    # acl:D18-216 (corpus)
    "KT-Speech-Crawler: Automatic Dataset Construction for Speech Recognition from YouTube "
    "Videos\n\nWe describe KT-Speech-Crawler: an approach for automatic dataset construction for "
    "speech recognition by crawling YouTube videos. When training a deep neural network on speech "
    "recognition, we observed around 40% word error rate reduction on the Wall Street Journal "
    "dataset by integrating 200 hours of the collected samples into the training set.",
])
def test_gains_of_an_unnamed_model_the_method_is_applied_to_have_no_model(nlp, text):
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models and set(models) == {None}


def test_a_title_system_keeps_its_results_when_no_unnamed_model_is_named(nlp):
    # iclr2018:H1zRea1Mf (corpus): the model trained is the paper's own
    text = ("pix2code: Generating Code from a Graphical User Interface Screenshot\n\nIn this "
            "paper, we show that deep learning methods can be leveraged to train a model "
            "end-to-end to automatically generate code from a single input image with over 77% "
            "of accuracy for three different platforms.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["pix2code"]


def test_an_acronym_the_paper_names_its_system_with_after_ie_is_its_own():
    # coling2025:2025.coling-main.199 (dev26): "i.e." names the strategy put forward, though its
    # phrase ends on a task's word
    text = ("Intention Analysis Makes LLMs A Good Jailbreak Defender\n\nIn this study, we present "
            "a simple yet highly effective defense strategy, i.e., Intention Analysis (IA). IA "
            "works by triggering LLMs' inherent self-correct and improve ability.")
    assert own_systems(text, set()) == ["IA"]


# r33audit9: a baseline that the clause's verb "improve" takes as its object is no subject of the
# gain, as with "improves" (R-own: the gain is the paper's own)
@pytest.mark.parametrize("text", [
    # acl:L16-1351 (corpus)
    "The experiments on the Spanish-English language pair improve a baseline trained with the "
    "Europarl corpus in more than 2 points of BLEU when translating in the Computer Science "
    "domain.",
    # acl:D19-5806 (corpus)
    "On the full-wiki HotpotQA benchmark, we significantly improve the baseline method by 14 point "
    "F1.",
])
def test_a_baseline_the_subject_improve_takes_is_no_subject_of_the_gain(nlp, text):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == [True]


# r33audit9: a comma before "we" opens the paper's own clause after one about a baseline or
# humans; a baseline that "bettering" takes is its object
@pytest.mark.parametrize("text, expected", [
    # acl:2020.fnp.1.14 (corpus)
    ("For the Task-2, although a minor modifications such as the learning algorithm type and the "
     "feature representations are made in the conditional random fields based baseline (F-score "
     "52%), we have obtained better results (F-score 60%).", [False, True]),
    # acl:D19-5804 (corpus)
    ("Experiments demonstrate the effectiveness of our methods: in comparison to the previous "
     "state-of-the-art, we obtain absolute gains in accuracy of up to 8.1%, 13.0%, and 12.8%, "
     "respectively.", [True, True, True]),
    # acl:N19-1182 (corpus)
    ("With our proposed method, we achieve state-of-the-art results, bettering a strong baseline "
     "by an absolute 2% increase in F1 score.", [True]),
])
def test_the_papers_clause_after_a_comma_and_we_is_its_own(nlp, text, expected):
    assert [a["own"] for _, a in spans(nlp, text, "RESULT")] == expected


# r33dev30res: the system a paper's submission or participation is "of", named before "system",
# is the paper's own (R-model-teamsystem: the abstract itself names the submitted system)
@pytest.mark.parametrize("text, systems", [
    # acl:W18-6430 (dev30)
    ("The NiuTrans Machine Translation System for WMT18\n\nThis paper describes the submission "
     "of the NiuTrans neural machine translation system for the WMT 2018 Chinese \u2194 English "
     "news translation tasks.", ["NiuTrans"]),
    # acl:W19-5309 (corpus)
    ("DBMS-KU Interpolation for WMT19 News Translation Task\n\nThis paper presents the "
     "participation of DBMS-KU Interpolation system in WMT19 shared task, namely, Kazakh-English "
     "language pair.", ["DBMS-KU Interpolation"]),
])
def test_the_system_a_submission_is_of_is_the_papers_own(text, systems):
    assert own_systems(text, set()) == systems


def test_a_with_parameters_phrase_whose_scale_is_a_word_sizes_the_papers_system(nlp):
    # corpus (colm2025:wRcTCcb0H5): "8 billion" written as two words, "it" the paper's system
    text = ("Sherkala-Chat: Building a State-of-the-Art LLM for Kazakh\n\nSherkala-Chat is "
            "trained on 45.3B tokens across Kazakh, English, Russian, and Turkish. With 8 billion "
            "parameters, it demonstrates strong knowledge and reasoning abilities in Kazakh.")
    assert sizes(nlp, text) == {8e9: "Sherkala-Chat"}


# r33resmodel: a title's lexicon model before the head noun "Model(s)" or "Ensemble(s)" of the
# system's phrase is the base of its results, wherever that phrase stands in the title
# (R-model-base; acl:S19-2191 (dev19) and acl:2020.wnut.1.48 (dev9) gold)
@pytest.mark.parametrize("text, model", [
    # acl:S19-2198 (corpus)
    ("BLCU_NLP at SemEval-2019 Task 8: A Contextual Knowledge-enhanced GPT Model for Fact "
     "Checking\n\nWe demonstrate the effectiveness of our approaches, which achieves 81.95% of "
     "subtask A in accuracy on the SemEval 2019 task 8.", "GPT"),
    # acl:2020.wnut.1.48 (dev9)
    ("CXP949 at WNUT-2020 Task 2: Extracting Informative COVID-19 Tweets - RoBERTa Ensembles and "
     "The Continued Relevance of Handcrafted Features\n\nWe show that inclusion of additional "
     "features can improve classification results and achieve a score within 2 points of the "
     "top performing team.", "RoBERTa"),
])
def test_a_titles_model_before_the_head_noun_model_is_the_base(nlp, text, model):
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == [model]


# r33resmodel: the paper's system named in markdown italics is read as the name rules read it
# (aistats2025:yGL5KBqnl4, dev30 gold: BoostPFN)
def test_a_system_named_in_markdown_italics_gets_its_results(nlp):
    text = ("Boosting PFNs\n\nBuilding on this understanding, we propose *BoostPFN* designed to "
            "enhance the performance of these networks. Our experiments show up to 50x speedup.")
    assert [a["model"] for _, a in spans(nlp, text, "RESULT")] == ["BoostPFN"]


# r33resmodel: an acronym defined after "the task of" or "a task called" names the task, not
# the paper's system (r33audit10 acl2021:2021.acl-long.313: CJPE was given the model's 78%)
def test_an_acronym_after_task_of_names_the_task_not_a_system():
    # acl2021:2021.acl-long.313 (corpus)
    text = ("ILDC for CJPE: Indian Legal Documents Corpus for Court Judgment Prediction and "
            "Explanation\n\nBased on ILDC, we propose the task of Court Judgment Prediction and "
            "Explanation (CJPE). The task requires an automated system to predict an explainable "
            "outcome of a case.")
    assert "CJPE" not in own_systems(text, set())
    # acl:D18-1420 (corpus)
    text = ("We propose the task of Quantifiable Sequence Editing (QuaSE): editing an input "
            "sequence to generate an output sequence that satisfies a given numerical outcome.")
    assert own_systems(text, set()) == []


def test_a_datasets_acronym_named_with_its_year_is_no_system(nlp):
    # corpus (acl:2020.smm4h.1.5): "(SMM4H) Shared Task 2020" is the dataset SMM4H 2020, its
    # acronym as written no system of the paper's
    text = ("Ensemble BERT for Classifying Medication-mentioning Tweets\n\nIn this article, we "
            "describe our submission to Task 1 of the Social Media Mining for Health Applications "
            "(SMM4H) Shared Task 2020. Our system ranked first in this task with a precision, "
            "recall, and F1 on the test set of 83.75%, 87.01%, and 85.35% respectively.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


# r34audit13: an acronym the text writes before a task's noun in lower case is what the task
# finds, not the paper's system (acl:2020.clinicalnlp.1.6 gave ADE its models' F1)
def test_an_acronym_before_a_tasks_noun_is_no_system():
    # acl:2020.clinicalnlp.1.6 (corpus)
    text = ("Evaluation of Transfer Learning for Adverse Drug Event (ADE) and Medication Entity "
            "Extraction\n\nOur transfer learning models achieve strong performance in the overall "
            "task (F1=92.91%) as well as in ADE identification (F1=53.08%).")
    assert "ADE" not in own_systems(text, set())
    # acl:W19-3220 (corpus)
    text = ("In this study, we describe our methods to automatically classify Twitter posts "
            "conveying events of adverse drug reaction (ADR). Based on our previous experience in "
            "tackling the ADR classification task, we applied an ensemble approach.")
    assert own_systems(text, set()) == []


# r34audit14: a score named by a chance-corrected coefficient (kappa, alpha) in a sentence of
# annotators, an annotation or an agreement, naming no system, is the annotators' agreement
# (R-own-agreement), though no "inter-annotator agreement" stands in its clause
@pytest.mark.parametrize("text", [
    # acl:P17-241 (corpus): the clause starts after "and Relation"
    "The resulting inter-annotator kappa agreements on the three different levels of Span, "
    "Nuclearity, and Relation are 0.848, 0.766, and 0.653, respectively.",
    # acl:2020.lrec.1.769 (corpus)
    "After two rounds of annotation, a Cohen\u2019s kappa score of 78.64 is obtained.",
    # acl:2020.sltu.1.25 (corpus)
    "This gold standard corpus obtained a Krippendorff\u2019s alpha above 0.8 for the dataset.",
    # acl:2020.emnlp.main.679 (corpus, r34audit13)
    "Each resume is manually annotated by experts. As a result, a high Kappa score of 61% is "
    "achieved for inter-annotator agreement.",
])
def test_an_annotation_kappa_is_no_systems_own(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {False}


def test_a_systems_kappa_keeps_its_owner(nlp):
    # acl:D19-6216 (corpus): kappa scores the baselines, not an annotation
    text = ("Our baselines show promising results with content point accuracy and kappa values "
            "at 0.86 and 0.71 on the test set.")
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


def test_a_name_given_as_the_team_name_is_no_model(nlp):
    # acl:2020.trac.1.14 (corpus): "Spyder" of the title is the team's label (R-model-teamsystem)
    text = ("Spyder: Aggression Detection on Multilingual Tweets\n\nThis paper describes our (Team "
            "name: Spyder) participation in the Shared Task on Aggression Detection organised by "
            "TRAC-2. We obtained f1 score of 43.10%, 59.45% and 44.84% respectively for English, "
            "Hindi and Bengali.")
    assert {a["model"] for _, a in spans(nlp, text, "RESULT")} == {None}


# r34audit14: "runs" marks no one else's figure: a team's submitted runs are its own, and "runs"
# may be a verb of the paper's system
@pytest.mark.parametrize("text", [
    # acl:W19-1414 (corpus)
    "One of the three submitted runs was ranked second at the binary classification sub-task, "
    "with a performance of 0.7963, in terms of macro-F1 measure.",
    # icml2016:47639b9630 (corpus)
    "In applications involving millions of data points, we showed that structure2vec runs 2 "
    "times faster, produces models which are 10,000 times smaller.",
])
def test_runs_are_no_others(nlp, text):
    assert {a["own"] for _, a in spans(nlp, text, "RESULT")} == {True}


def test_an_acronym_after_a_subtasks_number_names_the_subtask():
    # acl:D19-5708 (corpus): CI is the sub-task, not the paper's system
    text = ("We present a neural pipeline approach that performs named entity recognition (NER) "
            "and concept indexing (CI), which links them to concept unique identifiers (CUIs) in "
            "a knowledge base. Among the five submitted runs, the best run for each sub-task "
            "achieved the F-score of 86.76% on Sub-task 1 (NER) and the F-score of 79.97% "
            "(strict) on Sub-task 2 (CI).")
    assert "CI" not in own_systems(text, set())


# r34model: a figure that is the size of a gap between the systems or settings a paper measures
# is a finding, no one system's: not the paper's named system, nor a name inside the gap's
# "between" phrase (R-kind-gap, R-kind-finding; dev3 colm2025:lqC5J7pBP9, dev9
# acl:2020.acl.main.200 and dev23 colm2025:f7GG1MbsSM gold)
@pytest.mark.parametrize("text", [
    # colm2025:lqC5J7pBP9 (dev3)
    "C3PO: Critical-Layer, Core-Expert, Collaborative Pathway Optimization for Test-Time Expert "
    "Re-Mixing\n\nMixture-of-Experts (MoE) Large Language Models (LLMs) suffer from severely "
    "sub-optimal expert pathways—our study reveals that naive expert selection learned from "
    "pretraining leaves a surprising 10-20% accuracy gap for improvement.",
    # colm2025:f7GG1MbsSM (dev23)
    "Inside-Out: Hidden Factual Knowledge in LLMs\n\nOur results indicate that: (1) LLMs "
    "consistently encode more factual knowledge internally than what they express externally, "
    "with an average gap of 40%.",
    # acl:2020.acl.main.200 (dev9)
    "On several text classification tasks, we show that as the number of training examples grow "
    "into the millions, the accuracy gap between finetuning BERT-based model and training "
    "vanilla LSTM from scratch narrows to within 1%.",
])
def test_the_size_of_a_gap_is_no_systems(nlp, text):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(None, False)}


@pytest.mark.parametrize("text, model", [
    # acl:D18-1359 (dev28): the gap the paper's system leads others by is its own
    ("In this paper, we propose multimodal knowledge base embeddings (MKBE) that use different "
     "neural encoders. We demonstrate that our models utilize this additional information "
     "effectively to provide more accurate link prediction, achieving state-of-the-art results "
     "with a considerable gap of 5-7% over existing methods.", "MKBE"),
    # acl:E17-189 (corpus): a share of a gap the paper's method closes is its own
    ("We propose a method to decide whether two occurrences of the same noun in a source text "
     "should be translated consistently. This improves over the baseline and closes up to 50% of "
     "the gap in BLEU scores between the baseline and an oracle classifier.", None),
])
def test_a_gap_the_papers_system_leads_by_or_closes_is_its_own(nlp, text, model):
    assert {(a["model"], a["own"]) for _, a in spans(nlp, text, "RESULT")} == {(model, True)}


# r34dev31: "F1 accuracy" is an F1 (the f1 words take the accuracy after them, as "exact match
# accuracy" is exact_match): dev31 acl:K19-170, corpus acl:W16-4824
def test_an_f1_accuracy_is_an_f1():
    assert metric_type("gain of F1 accuracy") == "f1"
    assert metric_type("weighted-F1 accuracy in this sub-task") == "f1"
    assert metric_type(before="We obtain 1.8% gain of F1 accuracy on top of the BiDAF reader, "
                              "and") == "f1"
    assert metric_type("accuracy") == "accuracy"


# r34dev31: a gain "on top of" a model is the gain of the paper's method applied to it
# (R-model-base), also where the model's head noun ends the clause (dev31 acl:K19-170)
def test_a_gain_on_top_of_a_model_is_that_models(nlp):
    text = ("We test the relation module on the SQuAD 2.0 dataset using both the BiDAF and BERT "
            "models as baseline readers. We obtain 1.8% gain of F1 accuracy on top of the BiDAF "
            "reader, and 1.0% on top of the BERT base model.")
    assert [(s, a["model"]) for s, a in spans(nlp, text, "RESULT")] == [
        ("1.8", "BiDAF"), ("1.0", "BERT base")]


# ---- speed34: tests that spare a search of the words before a result or name


@pytest.mark.parametrize("phrase", [
    "inter-annotator agreement", "intra-rater", "crosscoder agreements", "an IAA of",
    "raw agreement", "inner-annotator agreement", "the annotators' agreed", "annotators agree",
    "agreement among the raters", "Inter-Annotator Agreement",
])
def test_each_agreement_match_holds_an_agreement_word(phrase):
    """_attribute_results searches a result's clause for _AGREEMENT only in a text holding one
    of _AGREEMENT_WORDS (lower-cased) or "IAA": each match holds one."""
    from litkit.extract.compared_systems import _AGREEMENT, _AGREEMENT_WORDS

    match = _AGREEMENT.search(phrase)
    assert match is not None
    assert "IAA" in match.group() or any(w in match.group().lower() for w in _AGREEMENT_WORDS)


@pytest.mark.parametrize("before", [
    "frontier LLMs such as ", "large models such  as\n", "strong baselines like ",
    "several systems, including ", "open models, e.g. ", "open models (e.g., ", "LIKE ",
])
def test_an_example_head_ends_the_words_before_a_name(before):
    """_is_object searches _EXAMPLES_BEFORE only where _EXAMPLES_LAST finds a head's last word in
    the last nine characters of the words before the name."""
    from litkit.extract.compared_systems import _EXAMPLES_BEFORE, _EXAMPLES_LAST

    words = before.rstrip()
    assert _EXAMPLES_BEFORE.search(before) is not None
    assert _EXAMPLES_LAST.search(words, len(words) - 9) is not None


@pytest.mark.parametrize("before", [
    "outperforms ", "out-performs the ", "surpassing ", "beats ", "bettering a strong ",
    "exceeds ", "improves over ", "higher than ", "vs. ", "versus ", "compared to ",
    "comparing with the ", "relative to ", "against ", "up from ", "rivals ", "matching ",
    "comparable to ", "on par with ", "competitive with ", "similar to ", "the baseline (",
    "Outperforming the performance of the best ",
])
def test_object_before_opens_with_a_letter_of_its_lookahead(before):
    """_OBJECT_BEFORE tests the first letters of its words before them: each word still ends
    the words before a compared name."""
    from litkit.extract.compared_systems import _OBJECT_BEFORE

    assert _OBJECT_BEFORE.search(before) is not None


# r35dev32: a model whose features or embeddings a system takes as input is not the result's
# model (R-model-featurebase, R-model-inputembed), as subject or as the system's base


@pytest.mark.parametrize("text", [
    # dev32 naacl2021:2021.naacl-main.177
    "We developed baseline classifiers trained on pre-trained RoBERTa features that can predict "
    "editorial change with an F1 score of .54, as compared to an F1 score of .66 for predicting "
    "emotional change.",
    # corpus (acl:S19-2193)
    "For subtask A, we implement a CNN-based neural architecture using ELMo embeddings of post "
    "text combined with auxiliary features and achieve a F1-score of 44.6%.",
])
def test_a_model_whose_features_a_system_uses_is_not_its_model(nlp, text):
    models = [a["model"] for _, a in spans(nlp, text, "RESULT")]
    assert models and all(model is None for model in models)
