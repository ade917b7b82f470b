"""Acronyms and long forms (acronyms.py): "Long Form (LF)" pairs and what an acronym names."""

import pytest
from names_helpers import (
    names,
    names_nlp,  # noqa: F401  (fixtures)
)


def test_introduced_benchmarks_from_cues(nlp):
    text = ("This paper introduces FIND (Function INterpretation and Description), a benchmark "
            "suite for evaluating interpretability methods. We also release CarMem, a new "
            "dataset of conversations, and report results on the PathX-256 task.")
    assert names(nlp, text)["DATASET"] == ["FIND", "CarMem", "PathX-256"]


def test_benchmark_acronym_in_parentheses(nlp):
    text = ("We compile the Biomedical Language Understanding & Reasoning Benchmark (BLURB) "
            "and a multi-session conversation dataset (CarMem).")
    assert names(nlp, text)["DATASET"] == ["BLURB", "CarMem"]


def test_acronym_of_a_long_form_opened_by_its_head(nlp):
    # corpus sentences (acl:2020.aacl.main.67, acl:L10-197, acl:L10-1245)
    assert names(nlp, "We evaluate our approach on the Grammarly Corpus for Discourse "
                      "Coherence (GCDC) and show gains.")["DATASET"] == [
        "Grammarly Corpus for Discourse Coherence", "GCDC"]  # both forms (R-ds-acronym)
    assert "NKJP" in names(nlp, "We report developments in the construction of the National "
                                "Corpus of Polish (NKJP).")["DATASET"]
    # a language's acronym, and a long form with lower-case words, are no dataset's
    assert names(nlp, "We present a Digitized and Annotated Corpus for French Sign Language "
                      "(LSF) of 40 hours.")["DATASET"] == []
    assert "ASR" not in names(nlp, "We present CEASR, a Corpus for Evaluating the quality of "
                                   "Automatic Speech Recognition (ASR).")["DATASET"]


def test_acronym_of_a_title_case_name_before_a_lower_case_data_noun(nlp):
    text = ("We release the Human-annotated Salient Excerpts (HSE) dataset to support future "
            "work. We first extend the recently released Multimodal Multiparty Hindi Humor "
            "(M2H2) dataset by adding parallel English utterances.")
    assert names(nlp, text)["DATASET"] == ["HSE", "M2H2"]
    # a task and a language are not new datasets; a name the lexicon knows is reported, and
    # its acronym with it (R-ds-acronym)
    text = ("Innovations in annotation methodology have been a catalyst for Reading "
            "Comprehension (RC) datasets and models. We build a Dialectal Arabic (DA) corpus. "
            "The Natural Questions (NQ) benchmark set brings new challenges.")
    assert names(nlp, text)["DATASET"] == ["Natural Questions", "NQ"]


def test_task_acronyms_and_models_of_tasks_are_not_models(nlp):
    text = ("Conversational Question Answering (ConvQA) is a task; ConvQA models help. We "
            "propose a NE recognition model and MAC-SQL, a novel LLM-based framework, for "
            "GPT4-Style models. We extend the Span Attribute Tagging (SAT) Model.")
    assert names(nlp, text)["MODEL"] == ["SAT"]
    text = "Text-to-image (T2I) generation has grown, but few use T2I models for diagrams."
    assert names(nlp, text)["MODEL"] == []
    # dev38 acl:W18-3211: a hyphenated gerund's acronym names a phenomenon, not a corpus; corpus
    # acl:W18-6471: nor a model
    text = ("Code-switching (CS), the practice of alternating between two or more languages in "
            "conversations, is pervasive. Our best model achieves a test perplexity of 19.52 on "
            "the CS corpus that we collected.")
    assert names(nlp, text)["DATASET"] == []
    text = ("Recent approaches to the Automatic Post-editing (APE) of Machine Translation (MT) "
            "have shown good results. We present a neural multi-source APE model.")
    assert names(nlp, text)["MODEL"] == []
    found = names(nlp, "We propose the Vietnamese Language Understanding Evaluation (VLUE) "
                       "benchmark. The VLUE benchmark has five datasets.")
    # (both forms, R-ds-acronym: dev24 naacl2024:2024.findings-naacl.15 lists both)
    assert found["DATASET"] == ["Vietnamese Language Understanding Evaluation", "VLUE"]


def test_acronym_of_an_architecture_the_paper_introduces_in_title_case(nlp):
    # iclr2018:rJBiunlAW (dev34 gold SRU, R-model-architecture), nips2018:11357; not a coined
    # lower-case one (nips2016:6894: a control scheme)
    text = ("In this work, we propose the Simple Recurrent Unit (SRU) architecture, a recurrent "
            "unit that simplifies the computation. In this work, we propose the Action-Elimination "
            "Deep Q-Network (AE-DQN) architecture that combines a Deep RL algorithm.")
    assert names(nlp, text)["MODEL"] == ["SRU", "AE-DQN"]
    text = ("Based on that interaction we design the counterfactual predictive control (CFPC) "
            "architecture, an anticipatory adaptive motor control scheme.")
    assert names(nlp, text)["MODEL"] == []


def test_an_acronym_of_plural_language_models_names_a_class(nlp):
    # acl:K19-151: "semantic language models (SemLM)" is a kind of model, KnowSemLM the paper's
    text = "We extend semantic language models (SemLM) with knowledge; KnowSemLM improves them."
    assert "SemLM" not in names(nlp, text)["MODEL"]
    # a singular one names the model
    text = "We fine-tune a pretrained language model (BERT) on the task."
    assert names(nlp, text)["MODEL"] == ["BERT"]


# ---------------------------------------------------------------- dataset names: more cues
def test_the_acronym_after_a_dataset_name_is_a_dataset_too(nlp):
    # acl:W19-4434, acl:N18-189 (R-ds-acronym); not a one-word name's nickname (seed-017), a
    # scheme (acl:D19-1162) or a lexicon name without a data noun (acl:E17-501)
    text = ("As a use case, we automatically generate learning videos with British National "
            "Corpus’ (BNC) frequently spoken vocabulary words. In our experiments on the Penn "
            "Treebank WSJ corpus and the Universal Dependencies (UD) dataset (27 languages), we "
            "find gains.")
    found = names(nlp, text)["DATASET"]
    assert "BNC" in found and "UD" in found
    text = ("Pretraining datasets are composed of large amounts of CommonCrawl (CC) web scrape. "
            "We extend the Universal Dependencies (UD) (Nivre et al., 2016) guidelines. "
            "Universal Dependencies (UD) is a project that seeks to develop treebanks.")
    found = names(nlp, text)["DATASET"]
    assert "CC" not in found and "UD" not in found


@pytest.mark.parametrize("text, datasets", [
    # acl:L16-1227 (dev37): the acronym after the dropped lower-case head (R-ds-lowerhead)
    ("The Frankfurt Image GestURE corpus (FIGURE) is introduced.",
     ["Frankfurt Image GestURE", "FIGURE"]),
    # corpus (acl:2020.aacl.main.37)
    ("We collect The Chinese Educational Short Answers data set (CESA) for this task.",
     ["Chinese Educational Short Answers", "CESA"]),
])
def test_the_acronym_past_a_dropped_lower_case_data_head_is_a_dataset_too(nlp, text, datasets):
    assert sorted(names(nlp, text)["DATASET"]) == sorted(datasets)


def test_the_long_form_with_a_data_head_before_a_known_acronym(nlp):
    # iclr2017:HJ0UKP9ge (R-ds-acronym); not a long form without a data head (dev4 gold lists
    # IMDb alone in acl:2020.lrec.1.219)
    text = ("Our model achieves the state-of-the-art results in Stanford Question Answering "
            "Dataset (SQuAD) and CNN/DailyMail cloze test. We use the Internet Movie Database "
            "(IMDb) reviews.")
    found = names(nlp, text)["DATASET"]
    assert "Stanford Question Answering Dataset" in found and "Internet Movie Database" not in found


def test_a_plain_capitalized_word_the_paper_introduces_as_a_model(nlp):
    # colm2024:3TzGD95Jw1, naacl2024:2024.naacl-long.440; not a method (acl2021:2021.acl-long.428)
    text = ("Finally, we develop Timo, a model designed to excel in temporal reasoning. We "
            "introduce Lynx a multi-modal LLM developed through a series of experiments.")
    assert names(nlp, text)["MODEL"] == ["Timo", "Lynx"]
    text = "We propose Bandit, a multi-task learning method based on adversarial bandits."
    assert names(nlp, text)["MODEL"] == []


def test_a_name_with_its_spelled_out_form_before_a_model_noun(nlp):
    # iclr2017:HyNxRZ9xg, acl:2020.acl.main.53; an acronym in the parenthesis is the name there
    text = ("In contrast, we propose Cat2Vec (categories to vectors) model. Our SOM-DST "
            "(Selectively Overwriting Memory for Dialogue State Tracking) model achieves gains.")
    assert names(nlp, text)["MODEL"] == ["Cat2Vec", "SOM-DST"]
    text = "This paper proposes a Rank-Aware FM (RaFM) model which adopts pairwise interactions."
    assert "FM" not in names(nlp, text)["MODEL"]


def test_the_long_form_of_a_known_acronym_before_a_data_noun(nlp):
    # iclr2018:r1dHXnH6-, acl:P19-1622 (R-ds-acronym: both forms)
    text = ("It's noteworthy that DIIN achieve a greater than 20% error reduction on the "
            "challenging Multi-Genre NLI (MultiNLI) dataset with respect to the strongest "
            "published system. Experiments on the Conversational Question Answering (CoQA) "
            "dataset show that our model works.")
    assert names(nlp, text)["DATASET"] == ["Multi-Genre NLI", "MultiNLI",
                                           "Conversational Question Answering", "CoQA"]


def test_the_acronym_of_a_shared_task_on_a_named_subject(nlp):
    # acl:2020.ngt.1.19, acl:2020.globalex.1.16; a task's phrase (acl:2020.wmt.1.118) or a short
    # capital acronym (acl:W19-4406) is no name
    text = ("This paper describes our submission to the 2020 Duolingo Shared Task on Simultaneous "
            "Translation And Paraphrase for Language Education (STAPLE). This paper describes our "
            "contribution to the Third Shared Task on Translation Inference across Dictionaries "
            "(TIAD-2020). We describe the Bering Lab's submission to the WMT 2020 Shared Task on "
            "Quality Estimation (QE). This paper reports on the BEA-2019 Shared Task on "
            "Grammatical Error Correction (GEC).")
    found = names(nlp, text)["DATASET"]
    assert "STAPLE" in found and "TIAD-2020" in found
    assert "QE" not in found and "GEC" not in found


def test_the_long_form_after_a_dataset_acronym(nlp):
    # acl:2020.acl.main.92, acl:2016.jeptalnrecital.long.7 (dev8): "ACRONYM (Long Form)" lists
    # both forms (R-ds-acronym in reverse order) where the long form has a data head; not a
    # spelled-out description (seed-080)
    text = ("We present ASDiv (Academia Sinica Diverse MWP Dataset), a diverse (in terms of both "
            "language patterns and problem types) English math word problem (MWP) corpus.")
    assert "Academia Sinica Diverse MWP Dataset" in names(nlp, text)["DATASET"]
    text = ("This paper introduces FIND (Function INterpretation and Description), a benchmark "
            "suite for evaluating the building blocks of automated interpretability methods.")
    assert "Function INterpretation and Description" not in names(nlp, text)["DATASET"]


def test_an_acronym_the_paper_spells_out_as_its_own_toolkit_is_no_dataset(nlp):
    # acl:W19-2608 (STAC, a mined dataset name, here the paper's toolkit); coling2022:
    # 2022.coling-1.76 (the STAC dataset)
    text = ("STAC: Science Toolkit Based on Chinese Idiom Knowledge Graph\n\nBased on the idiom "
            "knowledge graph, we propose a Science Toolkit for Ancient China (STAC) aiming to "
            "support scientific exploration. In the STAC toolkit, idiom navigator helps users.")
    assert "STAC" not in names(nlp, text)["DATASET"]
    text = ("The experimental results on the datasets STAC and Molweni show that our method "
            "can significantly improve the performance.")
    assert "STAC" in names(nlp, text)["DATASET"]


@pytest.mark.parametrize(
    ("text", "long"),
    [
        # acl:2020.lrec.1.722 (dev11): R-ds-acronym, the head first in the long form
        ("On top of existing academic resources, such as the Corpus of Contemporary American "
         "English (COCA) academic Word List, we also explore.",
         "Corpus of Contemporary American English"),
        # acl:L16-1512 (dev11): past the head, to the parenthesis
        ("The French Learners Audio Corpus of German Speech (FLACGS) was created to compare "
         "German speech production.", "French Learners Audio Corpus of German Speech"),
        # acl:L14-114
        ("Tests were run on the one million subcorpus of the National Corpus of Polish (NCP).",
         "National Corpus of Polish"),
        # acl:2020.computerm.1.12: no longer than an acronym's long form can be
        ("TermEval 2020: Shared Task on Automatic Term Extraction Using the Annotated Corpora for "
         "Term Extraction Research (ACTER) Dataset", "Annotated Corpora for Term Extraction "
         "Research"),
    ],
)
def test_the_long_form_of_a_corpus_acronym_is_listed_too(nlp, text, long):
    assert long in names(nlp, text)["DATASET"]


def test_no_long_form_of_a_shared_tasks_acronym_nor_across_the_title(nlp):
    # acl:2020.bucc.1.9: a shared task's descriptive title (R-ds-taskname)
    text = ("This paper describes the system participation at the Building and Using Comparable "
            "Corpora (BUCC) shared task.")
    assert "Building and Using Comparable Corpora" not in names(nlp, text)["DATASET"]
    # acl:L10-1192: the title's words are not the long form's
    text = ("Annotation Guidelines for the Quranic Arabic Dependency Treebank\n\nThe Quranic "
            "Arabic Dependency Treebank (QADT) is part of the Quranic Arabic Corpus.")
    assert not any("\n" in n for n in names(nlp, text)["DATASET"])


@pytest.mark.parametrize("text, name", [
    # acl:W19-2005: a language pair in parentheses names the model's languages
    ("we add 16 different auxiliary languages to a bidirectional bilingual baseline model "
     "(English-French) and test it", "English-French"),
    # nips1999:212caf103a: an acronym whose long form is not written before it
    ("the maximum likelihood inference is based on an unfaithful decoding model (UMLI). This is "
     "usually the case", "UMLI"),
    # nips1993:fa76a8e2c2: "our" opens a phrase the networks are used in, not their name
    ("we discuss the nature of the time dependence currently employed in our systems using "
     "recurrent networks (RNs) and feed-forward multi-layer perceptrons (MLPs).", "RNs"),
])
def test_a_parenthesis_after_model_that_is_no_name_of_it(nlp, text, name):
    assert name not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, other", [
    # naacl2021:2021.naacl-main.298: the model noun is not the apposition's head
    ("Differential privacy (DP), a popular choice to train models with privacy guarantees, "
     "comes with significant costs", "DP"),
    # naacl2024:2024.findings-naacl.154: the parenthesis spells out the name before it
    ("This paper proposes MoA (Mixture-of-Adapters), a lightweight MoE-based NMT model that is "
     "trained via an elaborately designed stage-wise training strategy.", "Mixture-of-Adapters"),
])
def test_an_acronym_in_apposition_to_no_model_head_is_no_model(nlp, text, other):
    assert other not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # nips2017:9369, acl:P17-162: the title's network, the abstract's "our model" or its
    # introduction
    ("Fader Networks:Manipulating Images by Sliding Attributes\n\nThis paper introduces a new "
     "encoder-decoder architecture. As a result, after training, our model can generate "
     "different realistic versions of an input image.", "Fader Networks"),
    ("Hybrid Code Networks: practical and efficient end-to-end dialog control\n\nWe introduce "
     "Hybrid Code Networks (HCNs), which combine an RNN with domain-specific knowledge.",
     "Hybrid Code Networks"),
])
def test_a_network_a_title_opens_with_that_the_abstract_uses_as_its_model(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


# r20dnames: a Title Case long form apposed to a data noun, its acronym after it (R-ds-acronym)
@pytest.mark.parametrize("text, datasets", [
    # acl:D19-5511, acl:L16-1550, naacl2022:2022.naacl-main.66, acl:P19-245
    ("Our best performing classifier gets an accuracy of 62.7 percent for the multiclass case on "
     "the five class classification dataset, Codeforces Multiclass-5 (CFMC5).",
     ["Codeforces Multiclass-5", "CFMC5"]),
    ("This paper presents a new corpus, the Story Dialogue with Gestures (SDG) corpus, consisting "
     "of 50 personal narratives regenerated as dialogues.",
     ["Story Dialogue with Gestures", "SDG"]),
    ("In this paper, we introduce a new dataset called Commonsense Reasoning for Counterfactual "
     "Scene Imagination (CoSIm) which is designed to evaluate the ability of AI systems, in short.",
     ["Commonsense Reasoning for Counterfactual Scene Imagination"]),
    ("For our experiments, we use the established Web of Science (WOS) dataset and introduce a new "
     "real-world scenario dataset, the BlurbGenreCollection (BGC).", ["BlurbGenreCollection"]),
    # acl:L16-1606: the acronym after "known as"
    ("This paper describes the development of the first manually annotated Persian Proposition "
     "Bank (PerPB) which adds argument information to the syntactic structures of Persian "
     "Dependency Treebank (known as PerDT).", ["Persian Dependency Treebank", "PerDT"]),
])
def test_a_long_form_apposed_to_a_data_noun_and_its_acronym_are_datasets(nlp, text, datasets):
    found = names(nlp, text)["DATASET"]
    assert all(d in found for d in datasets)



# r41audit21: a new dataset's name in parentheses after a phrase of what it holds, unless it
# abbreviates the words right before it (a task's or a language's acronym)
@pytest.mark.parametrize("text, datasets", [
    # acl:W18-5023, coling2022:2022.coling-1.318 (corpus)
    ("To address this, we present a new corpus of real-world texts (GCDC) as well as the first "
     "large-scale evaluation of leading discourse coherence algorithms.", ["GCDC"]),
    ("To this end, we create a new four-way multilingual dataset of parallel cloze test examples "
     "(MozArt), equipped with demographic information.", ["MozArt"]),
    # acl:P18-1156, acl:2020.signlang.1.16 (corpus)
    ("We propose DuoRC, a novel dataset for Reading Comprehension (RC) that motivates several new "
     "challenges.", ["DuoRC"]),
    ("We present a new 3D motion capture dataset of Czech Sign Language (CSE).", []),
])
def test_a_new_datasets_name_after_what_it_holds(nlp, text, datasets):
    assert names(nlp, text)["DATASET"] == datasets


# r21data: a head-first Title Case name the article opens, with no acronym after it
@pytest.mark.parametrize("text, datasets", [
    # acl:2020.lrec.1.492, acl:L10-1200
    ("Our model is trained on a dataset of 2.9 million unique word forms and their constituent "
     "structures from the Database of Icelandic Morphology.", ["Database of Icelandic Morphology"]),
    ("To evaluate the broad-coverage lexical resource we computed coverage over the Quran, the "
     "Corpus of Contemporary Arabic, and a sample from the Arabic Web Corpus, using two methods.",
     ["Corpus of Contemporary Arabic"]),
    # acl:W19-6116: "The" opens it at a sentence's start
    ("DIM: The Database of Icelandic Morphology\n\nThe topic of this paper is The Database of "
     "Icelandic Morphology (DIM), a multipurpose linguistic resource.",
     ["Database of Icelandic Morphology"]),
])
def test_a_head_first_name_after_the_article_is_a_dataset(nlp, text, datasets):
    assert all(d in names(nlp, text)["DATASET"] for d in datasets)


def test_the_acronym_after_a_head_first_name_is_a_dataset_too(nlp):
    # acl:2020.lrec.1.137 (dev11 gold lists both forms of both, R-ds-acronym)
    text = ("As a basis, we use two existing monolingual lexicons of connectives: the Lexicon of "
            "Czech Discourse Connectives (CzeDLex) and the Lexicon of Discourse Markers (DiMLex) "
            "for German.")
    assert names(nlp, text)["DATASET"] == ["Lexicon of Czech Discourse Connectives", "CzeDLex",
                                           "Lexicon of Discourse Markers", "DiMLex"]


# r21model: a plural acronym of Title Case models the paper introduces names that family
@pytest.mark.parametrize("text, model", [
    # acl:P18-1114 (dev16): the family stays plural beside its lettered members
    ("Based on this purpose, we propose three Latent Meaning Models (LMMs), named LMM-A, LMM-S "
     "and LMM-M respectively, which adopt different strategies.", "LMMs"),
    # acl:D18-192, iclr2017:BJtNZAFgg
    ("We propose on-device Self-Governing Neural Networks (SGNNs), which learn compact "
     "projection vectors with local sensitive hashing.", "SGNNs"),
    ("We propose Bidirectional Generative Adversarial Networks (BiGANs) as a means of learning "
     "this inverse mapping.", "BiGANs"),
])
def test_a_plural_acronym_of_models_the_paper_introduces_is_a_model(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, acronym", [
    # aistats2020:dcade11ab5: the acronym spells the class, not the long form
    ("We propose Radial Bayesian Neural Networks (BNNs): a variational approximate posterior for "
     "BNNs which scales well to large models.", "BNNs"),
    # coling2025:2025.coling-main.148: the acronym modifies the noun introduced
    ("We also introduce the Kolmogorov-Arnold Networks (KANs) gated fusion, an adaptive feature "
     "representation system.", "KANs"),
])
def test_a_plural_acronym_of_a_class_or_modifying_a_noun_is_no_model(nlp, text, acronym):
    assert acronym not in names(nlp, text)["MODEL"]


# r22 (dev17 dataset misses): the long form of a known capitals-only dataset acronym, its words'
# initials one a letter, is a dataset without a data head (R-ds-acronym); not a task's or a
# system's long form


@pytest.mark.parametrize("text, long", [
    # icml2017:830, acl:2020.emnlp.main.614
    ("We show that Parseval networks match the state-of-the-art regarding accuracy on "
     "CIFAR-10/100 and Street View House Numbers (SVHN), while being more robust than their "
     "vanilla counterpart against adversarial examples.", "Street View House Numbers"),
    ("We analyze several recent unsupervised constituency parsing models, which are tuned with "
     "respect to the parsing F1 score on the Wall Street Journal (WSJ) development set (1,700 "
     "sentences).", "Wall Street Journal"),
])
def test_the_long_form_spelled_out_by_a_known_acronym(nlp, text, long):
    assert long in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, long", [
    # acl:W18-3727 (UMLS's long form is a dataset: dev19 gold, the lexicon's synonym)
    ("We proposed a Bidirectional LSTM CRF neural network (BiLSTM-CRF) that combines BiLSTM and "
     "CRF without hand-craft features for Chinese Grammatical Error Diagnosis (CGED).",
     "Chinese Grammatical Error Diagnosis"),
])
def test_a_task_or_system_long_form_of_a_known_acronym_is_no_dataset(nlp, text, long):
    assert long not in names(nlp, text)["DATASET"]


def test_hyphenated_capitals_after_a_name_are_split_one_way(nlp):
    import signal

    from litkit.extract.acronyms import _LONG_FORM_TAIL

    def stuck(*_):
        raise TimeoutError("_LONG_FORM_TAIL backtracks")

    tail = "-" + "-".join("ABCDEFGHIJKLMNOPQRSTUVWXYZ") + "."
    signal.signal(signal.SIGALRM, stuck)
    signal.alarm(10)  # (microseconds now; ~2**26 splits, hours, when each "-" was tried twice)
    try:
        assert _LONG_FORM_TAIL.match(tail) is None
        assert names(nlp, f"We fine-tune BERT on Q{tail}")["MODEL"] == ["BERT"]
    finally:
        signal.alarm(0)
    # the tail still reaches the acronym: BERT in RoBERTa's long form is no mention of BERT
    text = ("We present a Robustly Optimized BERT Pretraining Approach (RoBERTa) and compare it "
            "with XLNet.")
    assert "BERT" not in names(nlp, text)["MODEL"]


# r22 audit mends: an event's long form, a team at a workshop's edition, a title's class that
# the title calls a framework, and the long form of a generic acronym are no names


def test_an_events_long_form_of_a_known_acronym_is_no_dataset(nlp):
    # acl:L08-1285 (dev13 gold leaves "the 2nd Workshop on Noisy User-generated Text" out)
    text = ("In this paper we present an evaluation resource for geographic information retrieval "
            "developed within the Cross Language Evaluation Forum (CLEF).")
    assert "Cross Language Evaluation Forum" not in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, long", [
    # acl:Q17-137 (dev3 gold: LDA is a statistical topic model), aistats2019:c9c247ece7,
    # nips2015:5745 (a fragment of the long form)
    ("While generative models such as Latent Dirichlet Allocation (LDA) have proven fruitful in "
     "topic modeling, they often require detailed assumptions and careful specification of "
     "hyperparameters.", "Latent Dirichlet Allocation"),
    ("Our proposal generalises well-established neural models such as Convolutional Neural "
     "Networks (CNNs) on irregular and complex domains, by means of the exploitation of the "
     "weight sharing property in a graph-oriented architecture.", "Convolutional Neural Networks"),
    ("The Stochastic Block-Model (SBM) is a generative model for graphs with communities for "
     "which, because of its simplicity, the theoretical understanding has advanced fast in "
     "recent years.", "Block-Model"),
])
def test_the_long_form_of_a_generic_acronym_is_no_model(nlp, text, long):
    assert long not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, gone, kept", [
    # aistats2021:365d2e1da4 (dev4 gold: no model): a generalized linear model is no GLM model
    ("In this paper we argue that the GGN approximation should be understood as a local "
     "linearization of the underlying Bayesian neural network (BNN), which turns the BNN into a "
     "generalized linear model (GLM).", "GLM", None),
    # nips2018:11353
    ("Scaling the Poisson GLM to massive neural datasets through polynomial approximations\n\n"
     "Here we develop highly scalable approximate inference methods for Poisson generalized "
     "linear models (GLMs).", "GLM", None),
    # the GLM family's sized releases stay (colm2024, as tests/test_size_models.py)
    ("For example, GLM-4-9B-128k, Yi-6B-200k, and Llama3-8B-1M exhibit a relatively gentle "
     "decline.", "GLM", "GLM-4-9B-128k"),
])
def test_a_generalized_linear_model_is_no_glm(nlp, text, gone, kept):
    found = names(nlp, text)["MODEL"]
    assert gone not in found
    assert kept is None or kept in found


# --- r24span: spans, long forms and extras of dataset and model names (dev19's errors) ---

@pytest.mark.parametrize("text, long", [
    # acl2022:2022.acl-short.92 (dev18 gold lists both), acl:2020.findings.emnlp.309 (dev9)
    ("We introduce CoDA21 (Context Definition Alignment), a challenging benchmark that measures "
     "natural language understanding (NLU) capabilities of PLMs.", "Context Definition Alignment"),
    ("We introduce HoVer (HOppy VERification), a dataset for many-hop evidence extraction and "
     "fact verification.", "HOppy VERification"),
    # acl2021:2021.acl-long.65
    ("To answer these questions, we introduce SCAT (Supporting Context for Ambiguous "
     "Translations), a new English-French dataset comprising supporting context words.",
     "Supporting Context for Ambiguous Translations"),
])
def test_a_long_form_after_an_introduced_acronym_is_data_without_a_head(nlp, text, long):
    assert long in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, long", [
    # seed-080 (gold lists FIND alone), acl:W18-5523: a coordination of the tasks tested
    ("This paper introduces FIND (Function INterpretation and Description), a benchmark suite "
     "for evaluating the building blocks of automated interpretability methods.",
     "Function INterpretation and Description"),
    # acl:L10-1242: a body, not data
    ("The collection consists of more than 61,000 documents extracted from YouTube video pages "
     "on basketball in general and NBA (National Basketball Association) in particular.",
     "National Basketball Association"),
])
def test_a_long_form_after_an_acronym_naming_tasks_or_a_body_is_no_dataset(nlp, text, long):
    assert long not in names(nlp, text)["DATASET"]


def test_the_umls_long_form_is_listed_with_its_acronym(nlp):
    # acl:2020.findings.emnlp.114 (dev19 gold lists both forms, R-ds-acronym)
    text = ("We propose to incorporate domain knowledge from Unified Medical Language System "
            "(UMLS) to a pre-trained language model via Graph Edge-conditioned Attention Networks "
            "(GEANet) and hierarchical graph representation.")
    found = names(nlp, text)["DATASET"]
    assert "Unified Medical Language System" in found and "UMLS" in found


@pytest.mark.parametrize("text, found", [
    # acl:W19-1421 (dev20 gold: GDI, CLI), acl:W17-5809 (dev14 gold: CDR): a campaign's task
    # named by its acronym is listed (R-ds-taskname)
    ("We describe our approaches for the German Dialect Identification (GDI) and the Cuneiform "
     "Language Identification (CLI) tasks at the VarDial Evaluation Campaign 2019.",
     ["GDI", "CLI"]),
    ("This paper describes our system for the chemical-disease relation (CDR) task of "
     "BioCreative V.", ["CDR"]),
])
def test_a_campaign_task_named_by_its_acronym_is_a_dataset(nlp, text, found):
    assert all(name in names(nlp, text)["DATASET"] for name in found)


def test_a_task_acronym_before_a_language_is_no_campaign_task(nlp):
    # acl:2020.aacl.srw.10: "tasks in the Indonesian language" names no campaign
    text = ("In recent years, named entity recognition (NER) tasks in the Indonesian language "
            "have undergone extensive development.")
    assert "NER" not in names(nlp, text)["DATASET"]


@pytest.mark.parametrize("text, name, label", [
    # acl:W19-1421 (dev20 gold lists GDI), acl2021:2021.acl-long.137: a sentence's opening
    # phrase "In X," is no apposition naming X a system or model
    ("We describe our approaches for the German Dialect Identification (GDI) task at the VarDial "
     "Evaluation Campaign 2019. In GDI, the system should distinguish four dialects from the "
     "German-speaking part of Switzerland.", "GDI", "DATASET"),
])
def test_a_fronted_phrase_is_no_apposition(nlp, text, name, label):
    assert name in names(nlp, text)[label]


def test_an_acronym_before_model_after_a_lower_case_long_form_the_paper_introduces(nlp):
    # coling2022:2022.coling-1.618 (dev13 gold lists LD2G), acl:D19-1199
    text = ("Title\n\nIn this paper, we propose a learnable dependency-based double graph (LD2G) "
            "model for aspect-based sentiment classification. To this end, we introduce a novel "
            "who-to-whom (W2W) model which models users and utterances.")
    assert names(nlp, text)["MODEL"] == ["LD2G", "W2W"]


@pytest.mark.parametrize(
    "text",
    [
        # acl:2020.aacl.main.64: a task's model
        "Title\n\nWe propose an entity linking (EL) model that jointly learns mention detection.",
        # acl:S17-2134: a generic class's
        "Title\n\nIn this paper, we propose a multi-channel convolutional neural network-long "
        "short-term memory (CNN-LSTM) model that consists of two parts.",
        # nips2018:11857: two or three capitals alone abbreviate a common class
        "Title\n\nThis paper presents a Gaussian process (GP) model to reconstruct "
        "high-resolution full velocity fields.",
        # the model is used, not introduced
        "Title\n\nWe use an enhanced Bayesian classifier combination (EBCC) model.",
    ],
)
def test_an_acronym_before_model_names_no_task_class_or_used_model(nlp, text):
    assert names(nlp, text).get("MODEL", []) == []


# r27 (a tokenizer fix uncovered it): a lexicon's acronym the paper spells out as something else


def test_an_acronym_spelled_out_as_something_else_is_not_the_lexicons(nlp):
    # corpus (acl:L14-108, acl:2020.sustainlp.1.18, aistats2022:d2b1219399)
    assert names(nlp, "We use a phonetic decision tree (PDT) to cluster states. The PDT is "
                      "trained on speech.")["DATASET"] == []
    assert names(nlp, "We study this problem under the strong stochastic transitivity (SST) "
                      "noise model.")["DATASET"] == []
    # (spelled out as the entry is, or sharing its words, it is the entry)
    assert "PDT" in names(nlp, "We test on the Prague Dependency Treebank (PDT).")["DATASET"]
    assert "BNC" in names(nlp, "We count words in the British National Corpus (BNC).")["DATASET"]
    # round 37 audit (coling2022:2022.coling-1.208, acl:2020.acl.main.582): a model entry
    # with its own long form, which another spelling shares no word with
    assert names(nlp, "We propose a novel matching approach that equips existing document "
                      "matching models with an Optimal Partial Transport (OPT) based component, "
                      "namely OPT-Match.").get("MODEL", []) == ["OPT-Match"]
    assert "ESM" not in names(nlp, "Furthermore, within the synchronization unit, we design "
                                   "Entity Synchronization Mechanism (ESM) and Relation "
                                   "Synchronization Mechanism (RSM) to enhance the mutual "
                                   "benefit.").get("MODEL", [])


# r30falsemodel: an acronym the text spells out in lower case and does not put forward names a
# class, task or method coined in passing (R-model-archclass), not a model


@pytest.mark.parametrize("text", [
    # corpus (nips2018:11101): a class of networks
    "Recurrent networks of spiking neurons (RSNNs) underlie the astounding computing and learning "
    "capabilities of the brain. But computing and learning capabilities of RSNN models have "
    "remained poor, at least in comparison with ANNs.",
    # corpus (acl:2020.lrec.1.225): a statistical method, though "our ... models"
    "To tackle this problem, we employ partial least squares path modeling (PLS-PM), a method of "
    "structural equation modeling developed for causal analysis. Our PLS-PM models are estimated "
    "with 600 word embeddings.",
    # corpus (acl:N19-1344): a task
    "Recent works ignore event-nouns or build a single model for solving both Japanese predicate "
    "argument structure analysis (PASA) and event-noun argument structure analysis (ENASA). "
    "Moreover, in PASA, our models achieved state-of-the-art results.",
])
def test_an_acronym_spelled_out_in_lower_case_in_passing_is_no_model(nlp, text):
    assert names(nlp, text)["MODEL"] == []


@pytest.mark.parametrize("text, model", [
    # corpus (acl:C16-135): named by the paper
    ("Second, an extension of the EV model, named the denoising essence vector (D-EV) model, is "
     "proposed. The D-EV model not only inherits the advantages of the EV model.", "D-EV"),
    # corpus (acl:N18-147): the paper's own, extended from the class
    ("Although neural tensor networks (NTNs) have been successful in many NLP tasks, they require "
     "a large number of parameters. First, we evaluate our proposed NTN models on knowledge graph "
     "completion.", "NTN"),
])
def test_an_acronym_spelled_out_in_lower_case_that_the_paper_puts_forward_stays(nlp, text,
                                                                                 model):
    assert model in names(nlp, text)["MODEL"]


# r30falsemodel: a title's capitals after "models" or "LLMs" mark no list of names


def test_a_titles_capitals_after_llms_are_no_listed_models(nlp):
    # corpus (coling2025:2025.coling-industry.26)
    text = ("Page Stream Segmentation with LLMs: Challenges and Applications in Insurance "
            "Document Automation\n\nPage Stream Segmentation (PSS) is critical for automating "
            "document processing.")
    assert names(nlp, text)["MODEL"] == []


# r31audit5: a name in apposition to a data noun continues back over Title Case words joined by
# "of" or "for" (the cue's capitalized run starts after the joiner)


@pytest.mark.parametrize("text, dataset", [
    # corpus (acl:2020.emnlp.main.185), audit r31audit5 [66]
    ("Motivated by both demands, we introduce Cross-lingual Choice of Plausible Alternatives "
     "(XCOPA), a typologically diverse multilingual dataset for causal commonsense reasoning.",
     "Cross-lingual Choice of Plausible Alternatives"),
    # corpus (acl:L14-1560)
    ("We describe the VTeX Language Editing Dataset of Academic Texts (LEDAT), a dataset of text "
     "extracts from scientific papers.", "VTeX Language Editing Dataset of Academic Texts"),
])
def test_an_apposed_data_name_keeps_its_words_before_of(nlp, text, dataset):
    assert dataset in names(nlp, text)["DATASET"]


# r31audit5: a known dataset's acronym spelled by its long form's initials, a small joining
# word giving its letter too (R-ds-acronym)


def test_a_joining_word_spells_a_letter_of_a_known_acronym(nlp):
    # corpus (acl:D18-1220), audit r31audit5 [64]
    text = ("We further demonstrate that the approach is competitive on the Choice of Plausible "
            "Alternatives (COPA) task.")
    assert names(nlp, text)["DATASET"] == ["Choice of Plausible Alternatives", "COPA"]


# r32audit8: an acronym the paper puts forward as its model may be coined in lower case; a
# class's acronym it does not put forward is no name


@pytest.mark.parametrize("text, acronym", [
    # corpus (acl:2020.acl.srw.14), audit r32audit8 [44]
    ("Then, we propose a multi-difference and tag (mDiTag) model that also contains information "
     "about low-level differences, such as contrast, texture, and localized area.", "mDiTag"),
    # corpus (iclr2018:HyEi7bWR-), audit r32audit8 [67]
    ("In several experiments, the proposed scaled Cayley orthogonal recurrent neural network "
     "(scoRNN) achieves superior results with fewer trainable parameters than other unitary "
     "RNNs.", "scoRNN"),
    # corpus (nips2007:cbb03265f4): in apposition to a model noun
    ("We introduce supervised latent Dirichlet allocation (sLDA), a statistical model of "
     "labelled documents.", "sLDA"),
    # r41mmiss: a naming word before a network's long form (dev7 aistats2023:971002d77b's gold)
    ("We formulate hashing as learning a discrete variational auto-encoder with the factorized "
     "Bernoulli latent distribution, termed as Bernoulli variational auto-encoder (BerVAE).",
     "BerVAE"),
    # corpus (acl:D18-1490): named, past a preposition after the introducing verb
    ("We propose a simple yet effective model for automatic disfluency detection, called an "
     "auto-correlational neural network (ACNN).", "ACNN"),
    # corpus (iclr2018:r1AMITFaW): a lower-case network's acronym is no task's
    ("We propose a novel RNN model that is robust to previous erroneous predictions, called the "
     "dependent bidirectional recurrent neural network (DBRNN), for the sequence-independent "
     "tasks.", "DBRNN"),
    # corpus (naacl2022:2022.findings-naacl.115): "our" before the long form marks the paper's own
    ("More importantly, we demonstrate that our unified knowledge (UniK-QA) model is a simple and "
     "yet effective way to combine heterogeneous sources of knowledge.", "UniK-QA"),
    # r41mmiss: a recurrent unit or an agent the paper introduces (dev18 nips2018:11042 and dev17
    # nips2018:11168's golds)
    ("We introduce a visual challenge, Pathfinder, and describe a novel recurrent neural network "
     "architecture called the horizontal gated recurrent unit (hGRU) to learn intrinsic "
     "horizontal connections.", "hGRU"),
    ("We propose a novel Hybrid Retrieval-Generation Reinforced Agent (HRGR-Agent) which "
     "reconciles traditional retrieval-based approaches with modern learning-based approaches.",
     "HRGR-Agent"),
])
def test_a_model_acronym_put_forward_may_be_coined_in_lower_case(nlp, text, acronym):
    assert names(nlp, text)["MODEL"] == [acronym]



@pytest.mark.parametrize("text", [
    # corpus (acl:2020.acl.main.233): a naming word after a way noun (R-model-approach)
    "Towards this goal, we propose a new approach called Memory-Augmented Recurrent Transformer "
    "(MART), which uses a memory module.",
    # corpus (nips2016:6951): a plain "model" named so may be a classical one (R-model-classical)
    "We model the display position bias under the so-called Position-based click model (PBM).",
    # corpus (iclr2018:H1DGha1CZ): a unit that is no recurrent network's cell
    "We propose the activation function Displaced Rectifier Linear Unit (DReLU) by conjecturing "
    "that extending the identity function of ReLU enhances compatibility.",
])
def test_a_named_long_form_of_a_way_or_a_plain_model_is_no_model(nlp, text):
    assert names(nlp, text)["MODEL"] == []

# r32audit8: a benchmark named by the task it poses (lexicon kind "task-named": VQA) is data
# only where the text writes it as data, not where it names the task


@pytest.mark.parametrize("text", [
    # corpus (coling2025:2025.coling-main.93), audit r32audit8 [38]
    "Vision Language Models (VLMs) are typically evaluated with Visual Question Answering (VQA) "
    "tasks which assess a model’s understanding of scenes.",
    # corpus (acl:D19-1209, dev8)
    "Unlike in visual question answering (VQA), the series of questions should be able to "
    "capture a temporal context from a dialog history.",
    # corpus (acl:2020.lrec.1.678): a dataset of the task
    "Unfortunately, no VQA dataset exists that includes verb semantic information.",
])
def test_a_task_named_benchmark_naming_its_task_is_no_dataset(nlp, text):
    assert names(nlp, text)["DATASET"] == []


@pytest.mark.parametrize("text, datasets", [
    # corpus (nips2017:9149)
    ("We achieve state-of-the-art performance on the standard VQA dataset.", ["VQA"]),
    # corpus (acl:D19-1514)
    ("Pretraining improves results on two visual question answering datasets (i.e., VQA and "
     "GQA).", ["VQA", "GQA"]),
    # corpus (acl:2020.findings.emnlp.44)
    ("We show the effectiveness of our methodology on the Outside Knowledge-VQA (OK-VQA) and "
     "VQA datasets.", ["OK-VQA", "VQA"]),
    # corpus (iclr2018:B12Js_yRb): a version is always data
    ("Visual Question Answering (VQA) models have struggled with counting objects. We achieve "
     "state-of-the-art accuracy on the number category of the VQA v2 dataset.", ["VQA v2"]),
])
def test_a_task_named_benchmark_written_as_data_is_a_dataset(nlp, text, datasets):
    assert names(nlp, text)["DATASET"] == datasets


# r33lexds: a name written as an annotation style, paradigm or framework, after it or before
# it, is a scheme, not data (R-ds-labelset)
@pytest.mark.parametrize(("text", "gone"), [
    # corpus (acl:L08-1596)
    ("We address the question of which syntactic representation is best suited for "
     "role-semantic analysis of English in the FrameNet paradigm.", "FrameNet"),
    # corpus (acl:L10-1459)
    ("The syntactic annotation comprises POS annotation, Penn Treebank style constituent "
     "annotations as well as dependency annotations.", "Penn Treebank"),
    # corpus (acl:C16-1246)
    ("Penn Discourse Treebank (PDTB)-style annotation focuses on labeling local discourse "
     "relations between text spans.", "Penn Discourse Treebank"),
    # corpus (acl:2020.lrec.1.129)
    ("The texts have been annotated with discourse relations in the style of the Penn "
     "Discourse TreeBank, adapted to properties of Chinese text.", "Penn Discourse TreeBank"),
    # corpus (acl:P18-1131): a bare framework in a sentence about annotating
    ("We develop and annotate a new dataset of 500 tweets, 250 of which are in AAE, within the "
     "Universal Dependencies 2.0 framework.", "Universal Dependencies 2.0"),
])
def test_a_name_written_as_a_style_or_framework_is_no_dataset(nlp, text, gone):
    assert gone not in names(nlp, text)["DATASET"]


# r33labelfix: a long form and its acronym in brackets are judged together (R-ds-acronym), and a
# bare "framework" is a scheme only in a sentence about annotating (R-ds-labelset)
@pytest.mark.parametrize("text, kept", [
    # corpus (acl:C16-1246)
    ("Penn Discourse Treebank (PDTB)-style annotation focuses on labeling local discourse "
     "relations. We infer discourse relations from annotated PDTB labels.",
     ["Penn Discourse Treebank", "PDTB"]),
    # corpus (acl:L12-1533)
    ("We evaluate recently proposed modifications to the discourse relation annotation scheme "
     "of the Penn Discourse Treebank (PDTB).", ["Penn Discourse Treebank", "PDTB"]),
    # corpus (acl:N19-1358)
    ("In experiments using the TextWorld framework, we show that our proposed technique can "
     "learn a control policy faster than baseline alternatives.", ["TextWorld"]),
    # corpus (acl:L06-1352)
    ("Its architecture is based on the EuroWordNet (EWN) framework (Vossen et al, 1997).",
     ["EuroWordNet"]),
])
def test_a_long_form_with_its_acronym_or_a_software_framework_is_data(nlp, text, kept):
    datasets = names(nlp, text)["DATASET"]
    assert all(name in datasets for name in kept)


# r33unfound: the Title Case long form of a found dataset's acronym before a singular data noun
@pytest.mark.parametrize("text, datasets", [
    # corpus (acl:W19-1505, dev23)
    ("We evaluate our approach on the Google-IISc Distant Supervision (GDS) dataset, which removes "
     "test data noise present in all previous distance supervision datasets.",
     ["Google-IISc Distant Supervision", "GDS"]),
    # corpus (acl:W17-3542)
    ("We evaluate the model on the Microsoft Research Paraphrase (MSRP) corpus and show that it "
     "outperforms.", ["Microsoft Research Paraphrase", "MSRP"]),
    # corpus (acl:L06-1215): two words, a term
    ("A highly accurate Named Entity (NE) corpus for Hungarian is presented.", ["NE"]),
    # corpus (naacl2024:2024.naacl-long.42): a plural head, a task's data
    ("Experimental results on widely used Semantic Textual Similarity (STS) benchmarks "
     "demonstrate gains.", ["STS"]),
])
def test_the_long_form_of_a_found_dataset_acronym_before_a_data_noun_is_listed(nlp, text,
                                                                               datasets):
    assert names(nlp, text)["DATASET"] == datasets


def test_a_venues_acronym_and_year_name_no_task(nlp):
    # corpus (acl:2020.wmt.1.1): the conference's edition, no task after it
    text = ("This paper presents the results of the news translation task and the similar "
            "language translation task, both organised alongside the Conference on Machine "
            "Translation (WMT) 2020. In the news task, participants were asked to build machine "
            "translation systems.")
    assert "WMT 2020" not in names(nlp, text)["DATASET"]


def test_a_task_acronym_spelled_out_in_quotes_is_no_model(nlp):
    # coling2022:2022.coling-1.7: the long form's quote marks are not read as its words
    text = ("In this paper, we advocate for an alternative which we name \u2018metaphorical "
            "polysemy detection\u2019 (MPD). In MPD, only conventional metaphoricity is treated. "
            "We develop the first MPD model. To train it, we present a novel training procedure "
            "that combines metaphor detection with \u2018word sense disambiguation\u2019 (WSD).")
    assert names(nlp, text)["MODEL"] == []


# r44 (dev41 model extras): a known model written "Long Form (ACRONYM)" is named once, by the
# acronym (R-model-alias: gold keeps BERT, GPT, RoBERTa, USE)


@pytest.mark.parametrize("text, models", [
    # acl:D19-5020 (dev41)
    ("The first two models use the uncased and cased versions of Bidirectional Encoder "
     "Representations from Transformers (BERT) (Devlin et al., 2018) while the third model uses "
     "Universal Sentence Encoder (USE) (Cer et al. 2018).", ["BERT", "USE"]),
    # corpus (acl:2020.acl.main.493)
    ("We evaluate Multilingual BERT (mBERT) on zero-shot cross-lingual transfer.", ["mBERT"]),
])
def test_a_known_models_long_form_before_its_acronym_is_named_by_the_acronym(nlp, text, models):
    assert names(nlp, text)["MODEL"] == models
