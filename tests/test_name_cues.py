"""Context cues to a name's kind (name_cues.py): head nouns, "we call", apposition, titles."""

import pytest
from names_helpers import (
    names,
    names_nlp,  # noqa: F401  (fixtures)
)


def test_head_start_names_every_character_a_head_noun_starts_with():
    """_HEAD_START only speeds the cue rules up: every head noun of _HEAD starts with one of
    its characters."""
    import re
    from re import _parser

    from results_helpers import _first_characters

    from litkit.extract.name_cues import _HEAD, _HEAD_START

    nouns = _HEAD.removeprefix(_HEAD_START)
    chars, can_be_empty = _first_characters(_parser.parse(nouns).data)
    assert not can_be_empty and all(isinstance(ch, str) for ch in chars), chars
    start = re.compile(_HEAD_START)
    assert all(start.match(ch) for ch in chars), sorted(ch for ch in chars if not start.match(ch))


@pytest.mark.parametrize("text", [
    "In this paper, we present a novel neural network model AntSynNET that exploits patterns.",
    "Starting with a recently proposed diffusion model SSD-LM, in this work we first explore.",
    "To this end, we propose Tree Transformer, a model that captures phrase level syntax.",
    "We introduce AllenNLP Interpret, a flexible framework for interpreting NLP models.",
    "It meets Semantic Web requirements by means of the data model SKOS.",
    "We represent Tree Transformer, a model, and redesign Mean Teacher, a method.",
    "a model\nAntSynNET, and we\npropose\nTree Transformer, a model",
])
def test_gated_cue_rules_find_what_a_scan_of_the_whole_text_finds(text):
    """_A_MODEL_NAMED runs only where _MODEL_CAPITAL is written, _INTRODUCED_PHRASE only where
    one of its verbs is (both led by ``\\b``, which a scan tried at every position): the gates
    only speed them up."""
    from litkit.extract.name_cues import (
        _A_MODEL_NAMED,
        _INTRODUCED_PHRASE,
        _INTRODUCING_WORDS,
        _MODEL_CAPITAL,
    )
    from litkit.extract.name_shapes import _finditer_at, _starts_of

    if _A_MODEL_NAMED.search(text):
        assert _MODEL_CAPITAL.search(text)
    at_verbs = _finditer_at(_INTRODUCED_PHRASE, text, _starts_of(text, _INTRODUCING_WORDS))
    assert [m.span() for m in at_verbs] == [m.span() for m in _INTRODUCED_PHRASE.finditer(text)]


def test_head_nouns_must_start_a_word(nlp):
    text = "Incorporating Event Knowledge and Coreference Relations into Neural Discourse Parsing"
    assert names(nlp, text) == {"DATASET": [], "MODEL": []}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:E17-108, naacl2024:2024.naacl-long.464: a determiner and the singular "model"
        # right before the name
        ("In this paper, we present a novel neural network model AntSynNET that exploits "
         "lexico-syntactic patterns.", ["AntSynNET"]),
        ("Starting with a recently proposed diffusion model SSD-LM, in this work we first "
         "explore methods to scale it.", ["SSD-LM"]),
        # near misses: the verb (nips2012:a09f20e343), a data model (acl:W19-9005)
        ("The same mechanism used to model V1 complex cells reproduced them.", []),
        ("It meets Semantic Web requirements by means of the data model SKOS.", []),
    ],
)
def test_a_model_named_right_after_the_model_noun(nlp, text, expected):
    assert names(nlp, text)["MODEL"] == expected


def test_models_named_by_use(nlp):
    text = ("We use a KiwiNet-based classifier and compare with Kakapo 90M trained on 20B "
            "tokens, a bidirectional language model (KiwiLM) and backbones: ZooT and ZooB. "
            "MinTL-based systems are robust.")
    assert names(nlp, text)["MODEL"] == ["KiwiNet", "Kakapo", "KiwiLM", "ZooT", "ZooB"]


def test_a_model_named_in_apposition_after_its_head_noun(nlp):
    # acl:2020.emnlp.main.195; colm2024:NV8yRJRET1; acl:2020.acl.main.280
    found = names(nlp, "We develop a cross-lingual AMR parser, XL-AMR. This can be trained.")
    assert found["MODEL"] == ["XL-AMR"]
    found = names(nlp, "we use a diagram generator, DiagramGLIGEN, and a text label module")
    assert found["MODEL"] == ["DiagramGLIGEN"]
    found = names(nlp, "We propose a novel graph neural network, GDL, to automatically learn")
    assert found["MODEL"] == ["GDL"]


def test_acronym_of_a_named_reasoner_transformer_or_generator(nlp):
    # naacl2021:2021.naacl-main.97, acl:2020.emnlp.main.126, acl:D19-1501
    text = ("We propose the Explainable multi-hop Verbal Reasoner (EVR) to solve these "
            "limitations. In this paper, we propose a Structure-Aware Transformer (SAT), which "
            "injects the table structural information. To bridge this gap we propose a model "
            "named Fidelity-oriented Product Description Generator (FPDG).")
    assert names(nlp, text)["MODEL"] == ["EVR", "SAT", "FPDG"]
    # seed-004: a classifier's acronym is mostly a classic learner's, not a model
    text = "based on the nearest neighbor distance; i.e., Nearest Mean Classifier (NMC)."
    assert names(nlp, text)["MODEL"] == []


def test_a_name_in_apposition_to_a_system_noun(nlp):
    # acl:2020.lrec.1.857, acl:L10-1305
    text = ("Motivated by this issue, we introduce KidSpell, an English spellchecker oriented to "
            "the spelling needs of children. MAGEAD is a morphological analyzer and generator "
            "for Modern Standard Arabic.")
    assert names(nlp, text)["MODEL"] == ["KidSpell", "MAGEAD"]
    # a parser of what the name names; a clause after a preposition; a preposition between
    # (acl:2020.emnlp.main.195, acl:2020.nlpcovid19.2.9, acl:L08-1213)
    text = ("We introduce a cross-lingual AMR parser that projects the annotations. Due to the "
            "absence of labeled data for COVID-19, the preliminary supervised classifier will "
            "not work. We present TePaCoC, a new testsuite for the evaluation of parsers.")
    assert names(nlp, text)["MODEL"] == []


def test_acronym_of_a_model_the_paper_introduces_before_a_lower_case_model(nlp):
    # aistats2025:LGkLTYLIBq, coling2022:2022.coling-1.210
    text = ("To address this, we propose the Frequency Decomposition Mixture-of-Experts (FreqMoE) "
            "model, which dynamically decomposes time series data into frequency bands. In this "
            "paper, we propose a novel Cross-modal Contrastive Attention (CMCA) model to capture "
            "both visual and semantic information.")
    assert names(nlp, text)["MODEL"] == ["FreqMoE", "CMCA"]
    # a model the paper uses or extends (acl:L12-1523, icml2019:4284)
    text = ("We propose graphical models based on the popular Latent Dirichlet Allocation (LDA) "
            "model. We introduce an extension of the Multinomial Logit (MNL) model, called the "
            "context dependent random utility model.")
    assert names(nlp, text)["MODEL"] == []


# ---------------------------------------------------------------- model names: more cues
def test_the_acronym_of_a_lower_case_network_the_paper_introduces(nlp):
    # nips2018:11032, acl:P19-1460; a network the paper only uses is not its own (acl:D18-1477)
    text = ("In this paper, we propose the text-adaptive generative adversarial network (TAGAN) "
            "to generate images. We propose a reason comparing network (RCN) to leverage reason "
            "information for stance comparison.")
    assert names(nlp, text)["MODEL"] == ["TAGAN", "RCN"]
    text = "Our model is based on a simple recurrent network (SRN) trained on characters."
    assert names(nlp, text)["MODEL"] == []
    # acl:D18-1356 (a model the system uses), acl:S17-2116 (a generic class)
    text = ("This work proposes a neural generation system using a hidden semi-markov model "
            "(HSMM) decoder. This paper presents Senti17 system which uses ten convolutional "
            "neural networks (ConvNet) to assign a sentiment label to a tweet.")
    assert names(nlp, text)["MODEL"] == []


def test_the_acronym_of_a_name_apposed_to_a_model_noun(nlp):
    # acl:2020.emnlp.main.674, nips2009:42f5b9c8a3; no citation (acl2021:2021.acl-long.293)
    text = ("In this paper we propose Neural wikipedia Quality Monitor (NwQM), a novel deep "
            "learning model which accumulates signals. We propose Dirichlet-Bernoulli Alignment "
            "(DBA), a generative model for corpora.")
    assert names(nlp, text)["MODEL"] == ["NwQM", "DBA"]


def test_generic_network_classes_are_not_model_names(nlp):
    # acl:2020.sltu.1.26, acl:E17-316, acl:C16-126; a name built on one stays (iclr2017:HJ1kmv9xx)
    text = ("We train an artificial neural network (ANN) and a time delay neural network (TDNN) "
            "acoustic model, and the MaxEnt model. We propose LR-GAN, a model for images.")
    assert names(nlp, text)["MODEL"] == ["LR-GAN"]
    # acl:2020.coling.main.24, acl:D18-1338
    text = "We compare our model with baselines such as Bi-LSTM and BERT, and a Bi-RNN model."
    assert names(nlp, text)["MODEL"] == ["BERT"]


# model names and owners
def test_a_family_variant_called_a_way_of_building_a_model_is_a_model(nlp):
    # acl2021:2021.acl-long.169 (architecture), acl:2020.aacl.srw.19 (architecture called X):
    # a variant named from its base family (R-model-variant), not a framework around a model
    # (colm2024:NV8yRJRET1)
    text = ("To tackle the learning problem, we introduce PlotCoder, a new hierarchical "
            "encoder-decoder architecture that models both the code context and the input "
            "utterance.")
    assert names(nlp, text)["MODEL"] == ["PlotCoder"]
    text = ("To address this gap, we present DiagrammerGPT, a novel two-stage text-to-diagram "
            "generation framework leveraging the layout guidance capabilities of LLMs.")
    assert names(nlp, text)["MODEL"] == []


def test_an_acronym_the_paper_introduces_by_proposing_it(nlp):
    # nips2013:3838: "by introducing" puts the lower-case network forward as the paper's
    text = ("We address these problems by introducing a neural tensor network (NTN) model which "
            "allow the entities and relations to interact multiplicatively.")
    assert names(nlp, text)["MODEL"] == ["NTN"]


def test_a_framework_the_paper_calls_our_model_is_a_model(nlp):
    # acl:2020.acl.main.457: put forward as a framework, then "our model"
    text = ("In this paper, we present ASGARD, a novel framework for Abstractive Summarization "
            "with Graph-Augmentation and semantic-driven RewarD.")
    assert names(nlp, text)["MODEL"] == []
    text += (" Human judges further rate our model outputs as more informative and containing "
             "fewer unfaithful errors.")
    assert names(nlp, text)["MODEL"] == ["ASGARD"]


def test_an_architecture_called_x_that_the_paper_calls_our_model(nlp):
    # iclr2018:B14TlG-RW
    text = ("We propose a new Q&A architecture called QANet, which does not require recurrent "
            "networks. On the SQuAD dataset, our model is 3x to 13x faster in training and 4x to "
            "9x faster in inference, while achieving equivalent accuracy to recurrent models.")
    assert names(nlp, text)["MODEL"] == ["QANet"]


def test_a_framework_named_right_after_its_head_noun(nlp):
    # coling2022:2022.coling-1.119: "framework EngineKG", then "our model"
    text = ("To address these challenges, we propose a novel and effective closed-loop "
            "neural-symbolic learning framework EngineKG via incorporating our developed KGE and "
            "rule learning modules.")
    assert "EngineKG" not in names(nlp, text)["MODEL"]
    text += (" Experimental results on four real-world datasets show that our model outperforms "
             "the relevant baselines on link prediction tasks.")
    assert "EngineKG" in names(nlp, text)["MODEL"]


def test_an_acronym_the_paper_further_proposes(nlp):
    # icml2019:3613: "we further propose" introduces like "we propose"
    text = ("To boost its performance, we further propose the convolutional Poisson gamma belief "
            "network (CPGBN) that couples CPFA with the gamma belief network via a novel "
            "probabilistic pooling layer.")
    assert "CPGBN" in names(nlp, text)["MODEL"]


# round 12, known mistakes by corpus audit
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # acl:P19-1441: a letters-hyphen-letters acronym of a well-known model (lexicon)
        ("In this paper, we present a Multi-Task Deep Neural Network (MT-DNN) for learning "
         "representations across multiple natural language understanding (NLU) tasks.",
         ["MT-DNN"]),
        # near miss: two generic classes joined by a hyphen stay out
        ("We train a BiLSTM-CRF tagger and a CNN-LSTM classifier.", []),
    ],
)
def test_mt_dnn_is_a_model(nlp, text, expected):
    assert names(nlp, text)["MODEL"] == expected


# ---------------------------------------------------------------- own-system names (r19)
@pytest.mark.parametrize("text, model", [
    # naacl2021:2021.naacl-industry.26: a name in parentheses after "model", not an acronym of
    # the words before it
    ("we investigate how to close the loop in our analysis by repurposing the best "
     "off-the-shelf model (Bootleg) to correct sport-related errors.", "Bootleg"),
    # naacl2022:2022.naacl-main.82
    ("than a representative state-of-the-art, zero-shot model (Macaw). We also find that",
     "Macaw"),
    # acl:Q18-127
    ("Our reinforcement learning model (Polite-RL) encourages politeness generation by assigning "
     "rewards.", "Polite-RL"),
    # icml2019:3846: a name in apposition with "the" after an architecture noun
    ("We propose a novel memory architecture, the Neural Bloom Filter, which is able to achieve "
     "significant compression gains over classical Bloom Filters.", "Neural Bloom Filter"),
    # nips2016:7353
    ("We propose a new inference model, the Ladder Variational Autoencoder, that recursively "
     "corrects the generative distribution.", "Ladder Variational Autoencoder"),
    # nips2018:11772, naacl2021:2021.naacl-main.270: an acronym after "our ... network/model"
    ("In this study, we model such local nonlinearity of dendritic trees with our dendritic "
     "neural network (DENN) structure and apply this structure to typical machine learning "
     "tasks.", "DENN"),
    ("Unlike competing approaches, our model (TABBIE) provides embeddings of all table "
     "substructures.", "TABBIE"),
])
def test_a_model_named_in_parentheses_or_apposition_after_its_noun(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


# ------------------------------------- r20model: a model in apposition after "namely" or a dash
@pytest.mark.parametrize("text, model", [
    # acl:2020.aacl.main.67, naacl2022:2022.findings-naacl.205: "namely" before the name
    ("We demonstrate this through our tree-recursive neural model, namely RST-Recursive, which "
     "takes advantage of the text’s RST features", "RST-Recursive"),
    ("we propose a task-aware instruction network, namely TIN-SLT, for sign language "
     "translation", "TIN-SLT"),
    # acl:2020.acl.main.451, acl:2020.coling.main.394: a spaced dash before the name
    ("To address these issues, we present a discourse-aware neural summarization model - "
     "DiscoBert. DiscoBert extracts sub-sentential discourse units", "DiscoBert"),
    ("we propose a multi-resolution adversarial model \u2013 EmpDG, to generate more empathetic "
     "responses.", "EmpDG"),
    # iclr2018:H1pri9vTZ, acl2021:2021.acl-long.202: an architecture the paper introduces
    ("Finally, we introduce a novel architecture, RippLeNet, for resolution invariant computer "
     "vision", "RippLeNet"),
    ("we propose a UNIfied-MOdal pre-training architecture, namely UNIMO, which can effectively "
     "adapt to both single-modal and multi-modal tasks", "UNIMO"),
])
def test_a_model_named_in_apposition_after_namely_or_a_dash(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


def test_a_word_after_a_model_nouns_colon_or_dash_that_opens_a_clause_is_no_model(nlp):
    # acl:D19-5615: "First" opens the list the colon announces
    text = ("We introduce two extensions to the baseline transformer model: First, we modify the "
            "latent representation of the input")
    assert names(nlp, text)["MODEL"] == []


@pytest.mark.parametrize("text, model", [
    # iclr2017:H1Heentlx, icml2014:864f64da5b: a lower-case long form, then an apposition whose
    # head is a model noun
    ("We present deep variational canonical correlation analysis (VCCA), a deep multi-view "
     "learning model that extends the latent variable model interpretation of linear CCA",
     "VCCA"),
    ("We present the hierarchical Dirichlet scaling process (HDSP), a Bayesian nonparametric "
     "mixed membership model for multi-labeled data.", "HDSP"),
    # acl:2020.acl.main.255: an architecture
    ("We present Enhanced WSD Integrating Synset Embeddings and Relations (EWISER), a neural "
     "supervised architecture that is able to tap into this wealth of knowledge", "EWISER"),
    # iclr2017:r1te3Fqel (dev37): a task's acronym among the apposition's words
    ("This paper proposes dynamic chunk reader (DCR), an end-to-end neural reading comprehension "
     "(RC) model that is able to extract and rank a set of answer candidates", "DCR"),
])
def test_an_acronym_the_paper_introduces_as_a_model_in_apposition(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # acl:D19-195 (dev34 gold MLMA), acl:K18-119: a phrase after the long form's model noun
    ("In this work, we propose a Multilingual Language Model with deep semantic Alignment (MLMA) "
     "to generate language-independent representations for cross-lingual sequence labeling.",
     "MLMA"),
    ("In this paper, we propose a novel Bidirectional Generative Adversarial Network for Neural "
     "Machine Translation (BGAN-NMT), which aims to introduce a generator model", "BGAN-NMT"),
])
def test_an_introduced_model_nouns_long_form_with_a_phrase_before_its_acronym(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, other", [
    # acl:N19-180, acl:P19-1578: called a framework; a task's acronym
    ("In this work, we propose a novel framework dubbed as Type-aware Bias Neural Network with "
     "Attention Mechanisms (TBNNAM), which encodes the representation of a sentence", "TBNNAM"),
    ("This paper proposes Confusionset-guided Pointer Networks for Chinese Spell Check (CSC) "
     "task.", "CSC"),
])
def test_a_long_form_with_a_phrase_called_a_framework_or_a_task_names_no_model(nlp, text,
                                                                               other):
    assert other not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # acl:2020.eval4nlp.1.5 (dev34 gold), iclr2018:HkjL6MiTb (dev31 gold): a Title Case phrase
    # put forward, then an apposition headed by a model noun or a neural architecture
    ("To this end, we propose BLEU Neighbors, a nearest neighbors model for estimating language "
     "quality by using the BLEU score as a kernel function.", "BLEU Neighbors"),
    ("we introduce Siamese Survival Prognosis Network, a novel Siamese Deep Neural Network "
     "architecture that is able to effectively learn from data with competing risks.",
     "Siamese Survival Prognosis Network"),
    # acl:P19-130 (dev39 gold; r42dev39): its head a generic network noun, named by the words
    # before it
    ("To this end, we propose Tree Transformer, a model that captures phrase level syntax for "
     "constituency trees as well as word-level dependencies for dependency trees.",
     "Tree Transformer"),
])
def test_an_introduced_title_case_phrase_apposed_to_a_model_noun_is_a_model(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # coling2022:2022.coling-1.591 (dev4 gold), acl2022:2022.acl-long.58 (dev20 gold): a
    # name-shaped word put forward before a purpose or a relative clause, where the paper calls
    # its system "our model"
    ("We propose SAMSAM to address the above three challenges. Our model introduces a flexible "
     "masked self-attention mechanism.", "SAMSAM"),
    ("In this work, we present HIBRIDS, which injects Hierarchical Biases foR Incorporating "
     "Document Structure into attention score calculation. Our model outperforms baselines.",
     "HIBRIDS"),
])
def test_a_name_put_forward_without_a_head_noun_is_a_model_where_the_paper_says_our_model(
        nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, other", [
    # aistats2023:8c014515b2, acl:2020.acl.demos.41: no "our model" (a method), an apposition
    ("To circumvent these problems, we propose ManifoldShap, which respects the model's domain "
     "of validity.", "ManifoldShap"),
    ("We present SUPP.AI, an application for browsing evidence of supplement-drug interactions. "
     "Our model is trained on labels.", "SUPP.AI"),
    # acl:S19-245 (dev11 gold: no model): a colon and its long form, then "a system"
    ("We propose NELEC: Neural and Lexical Combiner, a system which elegantly combines textual "
     "and deep-learning based methods. Our deep-learning model benchmarks", "NELEC"),
    # naacl2022:2022.findings-naacl.30: a part of the framework the paper put forward first (two
    # blind readers of the round)
    ("we propose a computational framework which combines the effects of the underlying "
     "semantics and sentiments on text-based decision-making. In particular, we introduce "
     "Category-2-Vector to learn categorical gists and categorical sentiments, and demonstrate "
     "how our computational model can be optimised", "Category-2-Vector"),
])
def test_a_name_put_forward_without_our_model_or_before_an_apposition_is_no_model(
        nlp, text, other):
    assert other not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, other", [
    # coling2025:2025.coling-industry.66 (dev3 gold: an approach), acl:D19-302, nips2017:8912
    ("This paper introduces LLM ContextBridge, a novel hybrid architecture that integrates "
     "Pretrained Language Model-based intent classification", "LLM ContextBridge"),
    ("We introduce AllenNLP Interpret, a flexible framework for interpreting NLP models.",
     "AllenNLP Interpret"),
    ("We propose Mean Teacher, a method that averages model weights instead of label "
     "predictions.", "Mean Teacher"),
])
def test_an_introduced_phrase_apposed_to_no_model_noun_is_no_model(nlp, text, other):
    assert other not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # naacl2022:2022.findings-naacl.10, acl:D19-1251: "as" after the naming verb
    ("Using this meta-dataset, we propose a unified model termed as In-BoXBART, that can "
     "jointly learn all tasks of the BoX", "In-BoXBART"),
    ("To address this issue, we propose a numerical MRC model named as NumNet, which utilizes a "
     "numerically-aware graph neural network", "NumNet"),
])
def test_a_model_named_with_a_naming_verb_and_as(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # iclr2018:HJ_aoCyRZ, acl2022:2022.acl-long.179, aistats2021:024e4532ad: "which we call"
    ("Our network, which we call SpectralNet, learns a map that embeds input data points into "
     "the eigenspace of their associated graph Laplacian matrix", "SpectralNet"),
    ("we train a novel two-stage generative OpenIE model, which we call Gen2OIE, that outputs for "
     "each sentence all its relations", "Gen2OIE"),
    ("The auxiliary neural network, which we call \u201cConvolutional Slice Generator\u201d (CSG), "
     "is unique to the network", "CSG"),
])
def test_a_model_the_paper_says_it_calls_by_a_name(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


def test_a_name_called_after_a_model_noun_in_a_prepositional_phrase_is_no_model(nlp):
    # icml2015:df06b8c2c8: the name is the method's, "networks" the object of "in"
    text = ("We propose an efficient method for approximating natural gradient descent in neural "
            "networks which we call Kronecker-factored Approximate Curvature (K-FAC).")
    assert names(nlp, text)["MODEL"] == []


@pytest.mark.parametrize("text, other", [
    # iclr2018:BkVf1AeAZ, acl2021:2021.acl-long.554: called a method or an approach
    ("Label Embedding Network: Learning Label Representation for Soft Training of Deep "
     "Networks\n\nWe propose a method, called Label Embedding Network, which can learn label "
     "representation during the training process of deep networks.", "Label Embedding Network"),
    ("ReadOnce Transformers: Reusable Representations of Text for Transformers\n\nWe present "
     "ReadOnce Transformers, an approach to convert a transformer-based model into one that can "
     "build a compressed representation of text.", "ReadOnce Transformers"),
    # acl:2020.acl.main.115: a challenge
    ("PuzzLing Machines: A Challenge on Learning From Small Data\n\nWe introduce a challenge. "
     "Our model is simple.", "PuzzLing Machines"),
])
def test_a_network_a_title_opens_with_that_is_a_method_or_data_is_no_model(nlp, text, other):
    assert other not in names(nlp, text)["MODEL"]


# r20speed: the appositions' rules run only where their noun is written before the comma
def test_noun_before_comma_finds_the_noun_an_apposition_with_the_needs():
    from litkit.extract.name_cues import _COMMA_CAPITAL, _COMMA_THE_CAPITAL, _noun_before_comma

    # acl:2020.acl.srw.33, icml2019:3846
    for text in ("We propose a new architecture, the Decay RNN, which incorporates",
                 "We propose a novel memory architecture, the Neural Bloom Filter, which is"):
        assert _noun_before_comma(text, _COMMA_THE_CAPITAL)
        assert not _noun_before_comma(text, _COMMA_CAPITAL)
    assert not _noun_before_comma("On this benchmark, the Decay RNN wins.", _COMMA_THE_CAPITAL)
    assert _noun_before_comma("our model , LIMO, achieves", _COMMA_CAPITAL)
    assert _noun_before_comma("a discourse-aware neural summarization model - DiscoBert.",
                              _COMMA_CAPITAL)


def test_a_model_apposed_after_the_is_found(nlp):
    # icml2019:3846
    text = ("We propose a novel memory architecture, the Neural Bloom Filter, which is able to "
            "adapt.")
    assert "Neural Bloom Filter" in names(nlp, text)["MODEL"]


def test_models_listed_with_acronyms_are_no_list_of_names(nlp):
    # acl:2020.lrec.1.201: classes spelled out, each with its acronym
    text = ("For the evaluation, we develop an ensemble architecture, where the base models "
            "correspond to three supervised deep learning models, namely Convolutional Neural "
            "Network (CNN), Gated Recurrent Unit (GRU) and Long Short Term Memory (LSTM).")
    assert "Gated Recurrent Unit" not in names(nlp, text)["MODEL"]


def test_a_title_name_benchmarking_among_other_verbs_is_no_benchmark(nlp):
    # colm2025:oHR862dpMC (dev9): a method that benchmarks, calibrates and mitigates
    title = ("ThoughtTerminator: Benchmarking, Calibrating, and Mitigating Overthinking in "
             "Reasoning Models")
    assert "ThoughtTerminator" not in names(nlp, title + "\n\nWe study it.")["DATASET"]


@pytest.mark.parametrize("text, name", [
    # acl:P19-1369, acl:N19-112
    ("To facilitate the development of such conversation systems, we create a new dataset named "
     "Konv where one acts as a conversation leader and the other acts as the follower.", "Konv"),
    ("We introduce, release, and analyze a new dataset, called Humicroedit, for research in "
     "computational humor.", "Humicroedit"),
])
def test_a_single_word_a_data_noun_calls_by_name_is_a_dataset(nlp, text, name):
    assert name in names(nlp, text)["DATASET"]


def test_a_single_word_a_game_is_called_is_no_dataset(nlp):
    # nips2010:ea1c020ea0
    text = ("We study inference and communication in a television game called Password, where "
            "speakers must convey secret words to hearers by providing one-word clues.")
    assert "Password" not in names(nlp, text)["DATASET"]


# r22 model names: a model class, a math object, an activation or a task's acronym is no model,
# and a family's size written apart is no part of its name (guidelines: "UL2 20B" -> UL2)


@pytest.mark.parametrize("text, word", [
    # aistats2024:5f630d48f9 (dev17 gold: no model)
    ("By appropriately selecting the size of a ReLU network, we show that one can leverage any "
     "low-dimensional manifold structure in the Markov decision process.", "ReLU"),
    # aistats2019:a90af99718
    ("We introduce a new class of identifiable DAG models where the conditional distribution of "
     "each node given its parents belongs to a family of generalized hypergeometric "
     "distributions (GHD).", "DAG"),
    # nips2016:6913
    ("The Stochastic Block Model (SBM) is a widely used random graph model for networks with "
     "communities.", "SBM"),
    # iclr2018:HJGcNz-0W (dev17 gold: Convolutional Mesh Autoencoder only)
    ("Despite limited training data, our method outperforms state-of-the-art PCA models of faces "
     "with 50% lower error, while using 75% fewer parameters.", "PCA"),
    # acl:W19-4422
    ("It is essential to select an appropriate hypothesis sentence from the candidates list "
     "generated by the GEC model.", "GEC"),
])
def test_a_model_class_or_a_tasks_acronym_is_no_model(nlp, text, word):
    assert word not in names(nlp, text)["MODEL"]


def test_a_titles_network_the_abstract_writes_in_lower_case_is_the_papers_model(nlp):
    # icml2017:830 (dev17 gold: Parseval networks)
    text = ("Parseval Networks: Improving Robustness to Adversarial Examples\n\nWe introduce "
            "Parseval networks, a form of deep neural networks in which the Lipschitz constant of "
            "linear, convolutional and aggregation layers is constrained to be smaller than $1$.")
    assert "Parseval Networks" in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, model", [
    # iclr2018:HJGcNz-0W (dev17 gold), acl:2020.wmt.1.43 (dev16 gold)
    ("We construct a complex dataset of 20,466 high resolution meshes with extreme facial "
     "expressions and encode it using our Convolutional Mesh Autoencoder.",
     "Convolutional Mesh Autoencoder"),
    ("Our Attention Transformer model enjoys the benefits of both Recurrent Attention and "
     "Transformer.", "Attention Transformer"),
])
def test_capitalized_words_ending_in_a_network_noun_after_our_name_the_model(nlp, text, model):
    assert model in names(nlp, text)["MODEL"]


def test_a_classic_learner_after_our_is_no_name(nlp):
    # acl:W16-3718
    text = "Our Support Vector Machine based tagger achieved an overall accuracy of 91%."
    assert names(nlp, text)["MODEL"] == []


@pytest.mark.parametrize("text, name", [
    # coling2022:2022.coling-1.631, naacl2022:2022.naacl-main.313: a difficulty, not a challenge
    ("The joint multiple Intent Detection (ID) and Slot Filling (SF) is a significant challenge "
     "in spoken language understanding.", "Slot Filling"),
    ("Question Answering (QA) is a longstanding challenge in natural language processing.",
     "Question Answering"),
])
def test_a_task_called_a_hard_challenge_is_no_dataset(nlp, text, name):
    assert name not in names(nlp, text)["DATASET"]


def test_a_titles_network_called_a_framework_and_written_in_lower_case_is_no_model(nlp):
    # icml2015:3874b1cf94 (GUIDELINES: not a model when the text calls it a framework)
    text = ("Latent Topic Networks: A Versatile Probabilistic Programming Framework for Topic "
            "Models\n\nIn this paper we introduce latent topic networks, a flexible class of "
            "richly structured topic models designed to facilitate applied research. Custom "
            "models can straightforwardly be developed in our framework with an intuitive "
            "first-order logical probabilistic programming language.")
    assert "Latent Topic Networks" not in names(nlp, text)["MODEL"]


def test_a_named_model_sharing_a_class_acronym_stays(nlp):
    # nips2018:11506: the Dynamic Belief Model is one model, not Deep Boltzmann Machines
    text = ("Human learning in the bandit task was found to be well captured by a Bayesian ideal "
            "learning model, the Dynamic Belief Model (DBM), albeit under an incorrect "
            "generative assumption.")
    assert "DBM" in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, name, found", [
    # acl:2020.wosp.1.1 (dev8 gold: VCP)
    ("We propose Virtual Citation Proximity (VCP), a Siamese Neural Network architecture, which "
     "combines the advantages of co-citation proximity analysis with the advantage of "
     "content-based filtering (high coverage).", "VCP", True),
    # icml2019:4020
    ("We consider the problem of selective prediction (also known as reject option) in deep "
     "neural networks, and introduce SelectiveNet, a deep neural architecture with an "
     "integrated reject option.", "SelectiveNet", True),
    # coling2025:2025.coling-industry.66 (dev3 gold: no model): no network's architecture
    ("This paper introduces LLM ContextBridge, a novel hybrid architecture that integrates "
     "Pretrained Language Model-based intent classification with Large Language Models to "
     "enhance both command recognition and dialogue management.", "ContextBridge", False),
])
def test_a_named_neural_architecture_is_a_model(nlp, text, name, found):
    assert (name in names(nlp, text)["MODEL"]) is found


# --- r23names: named architectures and names ending in a generic acronym ---

@pytest.mark.parametrize("text, name", [
    # nips2018:11208, nips1993:13b922af7b: an architecture the paper calls by a name
    ("In this study, we propose an efficient architecture named PeleeNet, which is built with "
     "conventional convolution instead.", "PeleeNet"),
    ("We describe an architecture, called DOLCE, that allows discrete states to evolve in a net "
     "as discrete events.", "DOLCE"),
    # acl:D18-1530: its acronym too, as after 'a model called'
    ("In this research, we propose a novel deep learning architecture called Double Decoder RNN "
     "(DD-RNN), which (i) predicts the locations.", "DD-RNN"),
    # acl:W18-5429: a network's name apposed to 'architecture'
    ("To this effect, we propose the Self-Attention Network (SANet), a flexible and interpretable "
     "architecture for text classification.", "SANet"),
])
def test_a_named_architecture_is_a_model(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text", [
    # nips1995:289fd77a24: a class of architectures; coling2025:2025.coling-industry.66 (dev3)
    "In this paper we explore this problem for a class of architectures called NARX networks, "
    "which have powerful representational capabilities.",
    "This paper introduces LLM ContextBridge, a novel hybrid architecture that integrates "
    "Pretrained Language Models.",
])
def test_an_architecture_not_named_a_network_is_no_model(nlp, text):
    assert names(nlp, text)["MODEL"] == []


@pytest.mark.parametrize("text, name", [
    # acl:2020.acl.main.29, aistats2021:bfce492e4c, icml2018:2455: a long form ending in a
    # model class's acronym, which the paper introduces
    ("We introduce Segment Pooling LSTM (S-LSTM), which is capable of jointly segmenting a "
     "document and labeling segments.", "S-LSTM"),
    ("We propose the Longitudinal VAE (L-VAE), that uses a multi-output additive Gaussian "
     "process prior.", "L-VAE"),
    ("We present the new Manifold Aligning GAN (MAGAN) that aligns two manifolds such that "
     "related points are aligned.", "MAGAN"),
])
def test_an_introduced_long_form_ending_in_a_class_acronym_names_a_model(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, name", [
    # iclr2017:ryh_8f9lg (dev18 gold), acl:C18-1171, acl:D19-1169: the whole called name
    ("We propose a novel model called Classless Association.  It has two parallel Multilayer "
     "Perceptrons (MLP) that uses one network as a target of the other network.",
     "Classless Association"),
    ("In this paper, we present a novel model called Interpretable Reasoning Network that "
     "employs an interpretable, hop-by-hop reasoning process.", "Interpretable Reasoning Network"),
    ("In this context, we propose a novel model called Dual BERT, which takes advantage of the "
     "additional context.", "Dual BERT"),
])
def test_a_model_called_a_multi_word_name_is_named_whole(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


def test_a_called_name_going_on_in_lower_case_is_not_cut(nlp):
    # acl:D19-1388: the acronym names it, not a fragment of its long form
    text = ("To tackle these challenges, we design a model named Prototype Editing based Summary "
            "Generator (PESG).")
    assert "Prototype Editing" not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, name", [
    # acl:2020.acl.main.752 (dev19 gold), acl:W18-3303: a name of several capitalized words set
    # apart after a model noun
    ("Our proposed model, Trigger Matching Network, jointly learns trigger representations and "
     "soft matching module with self-attention.", "Trigger Matching Network"),
    ("We propose our architecture, Relational Tensor Network, where we use the inter-modal "
     "interactions within a segment.", "Relational Tensor Network"),
])
def test_a_model_of_several_capitalized_words_apposed_to_its_noun(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


def test_an_apposed_long_form_with_its_acronym_is_named_by_the_acronym(nlp):
    # coling2022:2022.coling-1.144 (R-model-alias)
    text = ("We propose a novel model, Co-Reasoning Network (CORN), which adopts a bidirectional "
            "multi-level connection structure.")
    assert "Co-Reasoning Network" not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, name", [
    # aistats2023:1b5abb30fe (dev19 gold), nips2017:8981: "the proposed" puts the model forward
    # as "our" does
    ("EEGNN uses the structural information extracted from the proposed Dirichlet mixture Poisson "
     "graph model (DMPGM), a Bayesian nonparametric model for graphs.", "DMPGM"),
    ("The proposed generalized hamming network (GHN) as such not only lends itself to rigorous "
     "analysis.", "GHN"),
])
def test_the_proposed_lower_case_model_is_named_by_its_acronym(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


# ---- r24fast: one _COMMA_CAPITAL rule per dash, each led by its literal
@pytest.mark.parametrize("text", [
    # (corpus, each dash once) acl2022:2022.findings-acl.315, and the sentences of the
    # DiscoBert and TapNet abstracts
    "We conduct extensive experiments with four prominent NLP models \u2014 TextRNN, BERT, "
    "RoBERTa and XLNet \u2014 over eight types of textual perturbations.",
    "To address these issues, we present a discourse-aware neural summarization model - DiscoBert.",
    "we propose a Label-enhanced Task-Adaptive Projection Network (L-TapNet) based on the "
    "state-of-the-art few-shot classification model \u2013 TapNet, by leveraging label names.",
])
def test_the_dash_rules_find_what_one_rule_of_the_three_dashes_found(text):
    import re

    from litkit.extract.name_cues import _COMMA_CAPITAL, _noun_before_comma

    one_rule = re.compile(r"[-\u2013\u2014](?<=\s.)[-\u2013\u2014]?\s+[A-Z]")
    split = sorted(m.span() for rule in _COMMA_CAPITAL[1:] for m in rule.finditer(text))
    assert split == [m.span() for m in one_rule.finditer(text)] != []
    assert _noun_before_comma(text, _COMMA_CAPITAL)


def test_a_fronted_phrase_names_no_model(nlp):
    text = ("Our learning framework consists of two complementary curricula: (1) corpus-level "
            "curriculum (CC); and (2) instance-level curriculum (IC). In CC, the model gradually "
            "increases its ability in finding the matching clues between the dialogue context "
            "and a response candidate.")
    assert "CC" not in names(nlp, text)["MODEL"]


# r28: a capitalized word ending in "GAN" names a generative adversarial network, a model


def test_a_word_ending_in_gan_is_a_model(nlp):
    # nips2018:11100 (dev22 gold lists KDGAN), icml2018:1870
    text = ("KDGAN: Knowledge Distillation with Generative Adversarial Networks\n\nTo address "
            "these limitations, we propose a three-player game named KDGAN consisting of a "
            "classifier, a teacher, and a discriminator.")
    assert names(nlp, text)["MODEL"] == ["KDGAN"]
    text = "Title\n\nWe test a range of different GAN architectures (DCGAN, LSGAN, WGAN-GP)."
    assert {"DCGAN", "LSGAN"} <= set(names(nlp, text)["MODEL"])


def test_a_name_its_verb_calls_a_framework_is_no_model(nlp):
    # iclr2018:r1kP7vlRb (dev6 R-model-architecture: SeqGAN, not a v1 model)
    text = ("Title\n\nThe previous study, SeqGAN, proposed the framework for unsupervised "
            "sequence generation. We show improvements over SeqGAN.")
    assert names(nlp, text).get("MODEL", []) == []


# r29dev23: a single title-case word a naming verb gives an architecture or the paper's model


def test_a_single_word_named_as_an_architecture_or_our_model_is_a_model(nlp):
    # dev23 acl2021:2021.acl-long.63 (gold: Mac)
    text = ("The nodes and edges can be generated respectively in one stage with a grid tagging "
            "scheme and learned jointly using a novel architecture named Mac. Then discontinuous "
            "NER can be reformulated.")
    assert names(nlp, text)["MODEL"] == ["Mac"]
    # corpus (naacl2024:2024.findings-naacl.210)
    text = ("Our best model, named Llammas, represents the first open-source instruction-following "
            "LLM for Estonian.")
    assert names(nlp, text)["MODEL"] == ["Llammas"]
    # corpus (iclr2017:SyVVJ85lg): a bare "model" not the paper's may be no learned model
    text = ("To quickly diagnose their effectiveness for a given problem instance, we introduce an "
            "analytical performance model called Paleo.")
    assert names(nlp, text)["MODEL"] == []


# r30names: a whole title that spells out the acronym the abstract names its model by


def test_acronym_a_whole_title_spells_out_is_a_model(nlp):
    # corpus (acl:E17-138), audit r29audit2 #50: the title's initials
    text = ("Neural Semantic Encoders\n\nWe present a memory augmented neural network for natural "
            "language understanding: Neural Semantic Encoders. NSE is equipped with a novel "
            "memory update rule.")
    assert names(nlp, text)["MODEL"] == ["NSE"]
    # corpus (aistats2018:86a09aa572): a part of a hyphened word gives a letter too; the
    # plural stays as written
    text = ("Sum-Product-Quotient Networks\n\nWe present a novel tractable generative model that "
            "extends Sum-Product Networks (SPNs). Unlike SPNs, SPQNs compute a quotient.")
    assert "SPQNs" in names(nlp, text)["MODEL"]
    # a class's acronym is no name (nips2003:5a44e759d2, shape)
    text = ("Support Vector Machines\n\nThe standard 2-norm SVM is known for its good "
            "performance in two-class classification.")
    assert names(nlp, text)["MODEL"] == []


def test_a_listed_model_named_in_plain_capitals_stays(nlp):
    # corpus (acl2021:2021.acl-long.287): the items end at the list's joiners
    text = ("NeuralWOZ has two pipelined models, Collector and Labeler. Collector generates "
            "dialogues from (1) user's goal instructions.")
    assert names(nlp, text)["MODEL"] == ["Collector", "Labeler"]


@pytest.mark.parametrize("text, acronym", [
    # corpus (nips2018:11213)
    ("We propose a novel Deep Calibration Network (DCN) approach towards this generalized "
     "zero-shot learning paradigm.", "DCN"),
    # corpus (acl:P19-1345): put forward in the passive
    ("On this basis, a Reinforced Bidirectional Attention Network (RBAN) approach is proposed to "
     "address two inherent challenges in ASC-QA.", "RBAN"),
])
def test_an_acronym_the_paper_puts_forward_as_an_approach_stays(nlp, text, acronym):
    assert acronym in names(nlp, text)["MODEL"]


# r31method: a name the text calls a method or a system (its own kind noun) is so trained, no
# model (GUIDELINES, R-model-laternamed, R-model-kindnoun); one it pre-trains is a pretrained model


@pytest.mark.parametrize("text, name", [
    # corpus (acl:2020.coling.main.448): "a novel method, LEOPARD,"
    ("We develop a novel method, LEOPARD, which enables optimization-based meta-learning across "
     "tasks. LEOPARD is trained with the state-of-the-art transformer architecture.", "LEOPARD"),
    # corpus (acl:2020.lrec.1.111): "LiViTo, a software tool"
    ("We present LiViTo, a software tool which combines linguistic insights and computer vision "
     "techniques. LiViTo was trained with historical Czech texts.", "LiViTo"),
    # corpus (icml2016:470b77e1a2): "ForecastICU: a ... system"
    ("We develop ForecastICU: a prognostic decision support system that monitors hospitalized "
     "patients. ForecastICU is first trained in an offline stage.", "ForecastICU"),
])
def test_a_trained_name_called_a_method_or_system_is_no_model(nlp, text, name):
    assert name not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text, name", [
    # corpus (acl2021:2021.acl-long.493): pre-trained, as MASS (dev24 icml2019:3802)
    ("In this paper, we propose a new pre-training approach, StructuralLM, to jointly leverage "
     "cell and layout information. Specifically, we pre-train StructuralLM with two new "
     "designs.", "StructuralLM"),
    # corpus (acl2022:2022.acl-long.533): then "Our model" (R-model-laternamed)
    ("Given an input text example, our DoCoGen algorithm generates a domain-counterfactual "
     "textual example. Importantly, DoCoGen is trained using only unlabeled examples. Our model "
     "outperforms strong baselines.", "DoCoGen"),
    # naacl2024:2024.findings-naacl.54 (dev37): then "the proposed R-BASS model"
    ("In this paper, we propose R-BASS, a new relevance-aware block-wise adaptation method. "
     "Finally, the proposed R-BASS model makes it possible to drop 86.3 % of the blocks.",
     "R-BASS"),
    # acl:2020.evalnlgeval.1.4 (dev21 gold NUBIA): then "A typical NUBIA model"
    ("We present NUBIA, a methodology to build automatic evaluation metrics for text generation. "
     "A typical NUBIA model is composed of three modules.", "NUBIA"),
])
def test_a_trained_name_called_a_method_stays_where_the_text_uses_it_as_a_model(nlp, text, name):
    assert name in names(nlp, text)["MODEL"]


# r45dev42: a name put forward as an approach, a method or an architecture that the text compares
# as a system with models is a model (R-model-approachmodel); not beside methods or baselines
# only, nor a framework (dev24's DISARM)


@pytest.mark.parametrize("text, name, listed", [
    # naacl2024:2024.naacl-long.119 (dev42)
    ("We thus propose P3Sum, a diffusion model-based summarization approach controlled by "
     "political perspective classifiers. Extensive experiments on three news summarization "
     "datasets demonstrate that P3Sum outperforms state-of-the-art summarization systems and "
     "large language models by up to 13.7%.", "P3Sum", True),
    # naacl2021:2021.naacl-main.241 (dev42)
    ("This paper presents COIL, a contextualized exact match retrieval architecture. Our "
     "experimental results show COIL outperforms classical lexical retrievers and "
     "state-of-the-art deep LM retrievers with similar or smaller latency.", "COIL", True),
    # corpus (acl:2020.findings.emnlp.113): the models are what the methods it beats build on
    ("We introduce RE-Flex, a simple framework that performs constrained cloze completion. We "
     "demonstrate that RE-Flex outperforms competing unsupervised relation extraction methods "
     "based on pretrained language models by up to 27.8 F1 points.", "RE-Flex", False),
    # naacl2022:2022.findings-naacl.118 (dev24): a framework
    ("We then propose DISARM, a framework that uses named-entity recognition and person "
     "identification to detect all entities a meme is referring to. The evaluation shows that "
     "DISARM significantly outperforms 10 unimodal and multimodal systems.", "DISARM", False),
])
def test_a_way_compared_with_models_is_a_model(nlp, text, name, listed):
    assert (name in names(nlp, text)["MODEL"]) == listed


@pytest.mark.parametrize("text", [
    # naacl2024:2024.naacl-long.119 (dev42), naacl2022:2022.findings-naacl.118 (dev24)
    "demonstrate that P3Sum outperforms state-of-the-art summarization systems and large",
    "The evaluation shows that DISARM significantly outperforms 10 unimodal and multimodal "
    "systems.",
    "Our Model beats strong LLMs, and\nOur Model further beats\nall other systems.",
    # the third verb as English writes it (the rule had spelled it "surpasss")
    "Experiments show that P3Sum surpasses state-of-the-art summarization systems.",
])
def test_outperforms_models_is_searched_only_where_its_verb_is_written(text):
    """_compared_as_models searches _OUTPERFORMS_MODELS (tried at every capital) only in texts
    that write one of _OUTPERFORMS_WORDS: each of its matches holds one."""
    from litkit.extract.name_cues import _OUTPERFORMS_MODELS, _OUTPERFORMS_WORDS

    matches = list(_OUTPERFORMS_MODELS.finditer(text))
    assert matches and all(any(word in m.group() for word in _OUTPERFORMS_WORDS)
                           for m in matches)


# r31method: no model by a whole title's acronym where the text calls it a method, or where the
# title is a headline opening with its verb


@pytest.mark.parametrize("text, acronym", [
    # corpus (aistats2012:3c087185fc): "a ... method named sparse additive machine (SAM)"
    ("Sparse Additive Machine\n\nWe develop a high dimensional nonparametric classification "
     "method named sparse additive machine (SAM), which can be viewed as a functional version of "
     "support vector machines. SAM is related to multiple kernel learning.", "SAM"),
    # corpus (aistats2020:d6d2f19135): a headline
    ("Accelerating Gradient Boosting Machines\n\nIn this work, we propose an Accelerated Gradient "
     "Boosting Machine (AGBM) by incorporating Nesterov's acceleration techniques into the design "
     "of GBM. Thus, we are able to derive novel computational guarantees for AGBM.", "AGBM"),
])
def test_a_titles_acronym_called_a_method_or_in_a_headline_is_no_model(nlp, text, acronym):
    assert acronym not in names(nlp, text)["MODEL"]


@pytest.mark.parametrize("text", [
    # corpus (acl:N18-1202)
    "Our word vectors are learned functions of the internal states of a deep bidirectional "
    "language model (biLM), which is pre-trained on a large text corpus.",
    # corpus (acl:2020.emnlp.main.179)
    "Recent emergence of multilingual pre-training language model (mPLM) has enabled "
    "breakthroughs on various downstream cross-lingual transfer tasks.",
])
def test_a_lower_case_acronym_not_put_forward_is_no_model(nlp, text):
    assert names(nlp, text)["MODEL"] == []


# r33dev30ds: a capitalized long form the text also writes in lower case, but for its first
# letter, names a class (R-model-archclass), as one in lower case does
@pytest.mark.parametrize("text", [
    # corpus (acl:2020.acl.main.159, dev30)
    "Kirov and Cotterell (2018) argue that the answer is yes: modern Encoder-Decoder (ED) "
    "architectures learn human-like behavior when inflecting English verbs. Encoder-decoder "
    "models do generalize the most frequently produced plural class.",
    # corpus (acl:R19-1129)
    "We apply two models following previous work: a Siamese convolutional neural network (S-CNN) "
    "and a support vector machine (SVM), and compare them with a Levenshtein-distance baseline.",
])
def test_an_acronym_of_a_long_form_also_written_in_lower_case_is_no_model(nlp, text):
    assert names(nlp, text)["MODEL"] == []


# r33audit12: a data or model noun, a short phrase of what it is for or of, then the naming verb
@pytest.mark.parametrize("text, label, name", [
    # corpus (nips2018:11186)
    ("We then present a novel architecture for 3D scene parsing named Prim R-CNN, learning to "
     "predict bounding boxes as well as their 3D size.", "MODEL", "Prim R-CNN"),
    # corpus (acl:D18-1439)
    ("To solve these problems, we propose a new sequence-to-sequence architecture for keyphrase "
     "generation named CorrRNN, which captures correlation.", "MODEL", "CorrRNN"),
    # corpus (acl:2020.lrec.1.697)
    ("We propose a new, labelled, high-quality corpus of location metonymy called WiMCor, which "
     "is large in size.", "DATASET", "WiMCor"),
])
def test_a_name_called_after_a_phrase_of_what_it_is_for_has_that_head(nlp, text, label, name):
    assert names(nlp, text)[label] == [name]


@pytest.mark.parametrize("text", [
    # corpus (acl:P18-234): "in" adds a place, the chatbot is no model
    "Finally, we deployed our model in an industrial chatbot called AliMe Assist and observed "
    "a significant improvement.",
    # corpus (acl:2020.vardial.1.8): the name goes on past "in"
    "the construction of a morphosyntactically annotated historical corpus of Basque called "
    "Basque in the Making (BIM): A Historical Look",
])
def test_a_name_called_after_a_place_or_going_on_is_not_read_so(nlp, text):
    assert names(nlp, text) == {"DATASET": [], "MODEL": []}


# r39audit19: an acronym in parentheses among the words before an apposed data noun
@pytest.mark.parametrize("text, expected", [
    # corpus (coling2025:2025.coling-main.41, acl2022:2022.acl-long.370)
    ("Furthermore, we develop InDFormSFT, a pioneering supervised fine-tuning (SFT) industrial "
     "dataset that specifically addresses the parsing needs of forms.",
     {"DATASET": ["InDFormSFT"], "MODEL": []}),
    ("This paper introduces QAConv, a new question answering (QA) dataset that uses "
     "conversations as a knowledge source.", {"DATASET": ["QAConv"], "MODEL": []}),
    # corpus (acl:N18-265): not before a model noun, where the apposition opens a clause
    ("In formal logic-based approaches to Recognizing Textual Entailment (RTE), a Combinatory "
     "Categorial Grammar (CCG) parser is used to parse input premises.",
     {"DATASET": [], "MODEL": []}),
])
def test_an_acronym_among_the_words_before_an_apposed_data_noun(nlp, text, expected):
    assert names(nlp, text) == expected
