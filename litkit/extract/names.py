"""DATASET and MODEL names: a curated lexicon plus patterns for the names it lacks.

The ``litkit_names_v1`` component finds lexicon names with one case-insensitive PhraseMatcher
(short, ambiguous names must then have their own case), widens them to the written variant
("Llama-2" -> "Llama-2-7B-Chat", "SemEval" -> "SemEval-2020 Task 9") and adds names the
lexicon lacks from their shape ("Arctic-SnowCoder-1.3B") and their context ("the PathX
benchmark", "our model POINTS", lists such as "on BoolQ, PIQA and XQA"). Names the text calls
a method or framework are not reported. Each span's ``_.model`` (MODEL) or ``_.dataset``
(DATASET) is the name as written (the parts of "DeiT-Ti/S/B" are "DeiT-Ti", "DeiT-S",
"DeiT-B"), ``_.canonical`` its identity across papers, and a MODEL's ``_.family``, ``_.size``
and ``_.variant`` what its name says (identity.py); ``kb_id_`` is the lexicon entry's name
("" for pattern hits).
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain

from spacy.language import Language
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.util import filter_spans

from litkit.extract.extensions import CANDIDATES, set_span_values
from litkit.extract.identity import (
    dataset_identity,
    model_identity,
    normalize,
    spellings,
)
from litkit.extract.lexicon import (
    _NOT_IN_KEY,
    IGNORE,
    MINED,
    Entry,
    case_sensitive,
    load_lexicons,
)
from litkit.extract.metrics import is_metric
from litkit.extract.numbers import parse_number
from litkit.extract.patterns import CAMPAIGNS, number_windows, occurs, sentence_start
from litkit.extract.spans import BatchedComponent, doc_text

# ---------------------------------------------------------------- name shapes
#: the rest of a word after its first letter (dots and hyphens only inside); atomic, so that
#: a failed match never retries shorter words
#: (a curly apostrophe as well where it writes a possessive inside a Title Case name, after a
#: plain word and before the next capitalized one: "Karlsruhe Children’s Text corpus", "Who’s
#: Waldo"; not an owner's, "OpenAI’s GPT-2", nor a name's own, "CaRB’s dataset")
_REST = r"(?>[\w'+]*(?:(?<=[a-z][a-z])\u2019s(?=\s[A-Z]))?(?:[.-][\w'+]+)*)"
#: one word that can be part of a name: "CarMem", "PathX-256", "e-SNLI", "HumanEval+" (the
#: lookbehind comes after the first character, here and below, and a word's start is checked
#: after the word ("corpus(?<!\wcorpus)", not "\bcorpus"): a pattern that opens with a
#: lookbehind or ``\b`` is tried at every position of the text, one that opens with a character
#: or a word only where that character is)
_WORD = rf"[A-Za-z0-9](?<![\w'+.-].){_REST}"
#: the same, starting with a capital (cue rules look for these only)
_CAP_WORD = rf"[A-Z](?<![\w'+.-].){_REST}"
#: a run of capitalized words ("Long Range Arena", "Blended Skill Talk"); at most eight, which
#: also keeps the cue rules linear on long Title Case text
_TITLE_RUN = rf"[A-Z](?<![\w'+.-].){_REST}(?:\s[A-Z0-9]{_REST}){{0,7}}"
#: after a name's first capital: another capital or a digit in the word, or a second
#: capitalized word (a quick test that spares the cue rules most capitals; its lower-case
#: letters are passed first, without backtracking: "The", "We" fail at once)
_NAME_NEXT = r"[a-z]*+(?:[\w'+.-]*[A-Z0-9]|[\w'\u2019+.-]*\s[A-Z])"
#: generic acronyms and architecture names that are never a paper's DATASET/MODEL
_GENERIC = {
    w.lower()
    for w in """
    AI ML DL NLP NLU NLG CV RL LM LMs LLM LLMs PLM PLMs MLLM MLLMs VLM VLMs SLM SLMs PTM PTMs
    GPU GPUs TPU TPUs CPU CPUs API APIs SOTA SoTA QA VQA NER POS MT NMT ASR TTS SER OCR
    LSTM LSTMs BiLSTM GRU GRUs RNN RNNs CNN CNNs MLP MLPs SSM SSMs MoE MoEs GNN GNNs GCN GAN GANs
    VAE VAEs AE HMM HSMM GMM GMMs EBM EBMs DGM DGMs CRF SVM KNN kNN DNN DNNs ConvNet ConvNets
    NN NNs ReLU MRF MRFs MDP MDPs POMDP POMDPs DAG DAGs SBM SCM IBP RBF PCFG PCFGs LDA PCA ICA NMF
    ODE ODEs PDE PDEs GEC VLSI
    BOW CBOW BLSTM BLSTMs BRNN CVAE HHMM HMMs NAT NAR NART NLM NLMs NPLM MLN MLNs
    GP GPs DGP DGPs DPP DPPs GM GMs SVR MF SDE SDEs VSM GARCH CART MNL BTL PL PAC SLU OWL
    TF-IDF
    ANN ANNs FNN FNNs TDNN TDNNs DBN DBNs RBM RBMs MaxEnt Bi-LSTM Bi-LSTMs Bi-GRU Bi-RNN Transformer
    Transformers ViTs SGD Adam AdamW PPO DPO
    RLHF SFT IFT PEFT LoRA QLoRA ICL CoT RAG KD FLOPs FLOP BLEU ROUGE METEOR F1 AUC EM NDCG
    MRR WER CER FID IS PPL MLM CLM NSP FFN FFNN NLI IR IE RE MRC QG SRL SMT PBSMT IRT SVD Seq2Seq
    Tree BiLSTMs BiGRU Attention Encoder Decoder FL MLE ERM MTL
    English Chinese Arabic French German Spanish Japanese Korean Hindi
    Python Java C++ SQL PyTorch TensorFlow JAX HuggingFace GitHub Kaggle Reddit Twitter X Wikipedia
    ArXiv Google OpenAI Meta Microsoft DeepMind Anthropic NVIDIA Amazon Apple IBM Baidu Alibaba
    The A An Our We This That These Those It Its In On Of For To And Or With By From As At
    Table Figure Section Appendix Task Tasks Benchmark Dataset Data Corpus Model Models
    DEV TEST TRAIN
    Large Small Base New Novel Standard Existing Public Human Synthetic Web Real
    """.split()
}
#: words of generic model classes: a phrase of these only names a class, not a model
#: (R-model-architecture, R-model-classical: "We propose Recurrent Convolutional Neural Network
#: that combines ...", "simpler models, including Logistic Regression, Naive Bayes, Support
#: Vector Machine")
GENERIC_WORDS = frozenset(
    "recurrent convolutional neural network networks deep graph attention transformer "
    "transformers feed-forward generative adversarial bidirectional memory residual "
    "autoencoder autoencoders variational gated unit units conditional random fields support "
    "vector machine machines hidden markov model models logistic regression decision tree trees "
    "naive na\u00efve bayes bayesian gaussian process processes mixture mixtures multilayer "
    "multi-layer perceptron perceptrons belief boltzmann forest forests kernel siamese pointer "
    "capsule long short-term".split())
#: words a capitalized run may start with that are not part of the name ("The MultiWOZ corpus")
_LEADING = {"the", "a", "an", "our", "we", "this", "that", "these", "those", "its", "their",
            "in", "on", "of", "for", "to", "and", "or", "with", "by", "from", "as", "at", "using"}
_PREPOSITIONS = {"for", "of", "on", "in", "with", "from", "to", "via", "by"}
#: words after which what a sentence names is not what the paper introduces ("This work
#: proposes a neural generation system using a hidden semi-markov model (HSMM)")
_NOT_INTRODUCING = {"using", "uses", "use", "which", "that", "includes", "including", "employs",
                    "employing", "based", "such"}
_JOINERS = {"to", "and", "of", "in", "for", "the", "on", "a", "vs"}
#: the nouns that name data themselves (not tasks, suites or challenges): "the X dataset", "the
#: X and Y corpora", "(HSE) dataset"; the rules that ask for data, not any dataset head, use them
DATA_NOUNS = r"datasets?|data\s?sets?|corpus|corpora|benchmarks?|treebanks?"
#: head nouns that make a name a dataset / a model / neither
_DATA_NOUN = (r"(?:benchmarks?|datasets?|tasks?|data\s?sets?|corpus|corpora|suites?|test\s?sets?|"
              r"testbeds?|challenges?|treebanks?|leaderboards?|collections?|environments?|"
              r"shared\s+tasks?|evaluation\s+sets?|games?)")
_MODEL_NOUN = (r"(?:models?|LLMs?|language\s+models?|foundation\s+models?|checkpoints?|"
               r"encoders?|networks?)")
#: a trained system named for what it does
_SYSTEM_NOUN = (r"(?:parser|tagger|classifier|retriever|re-?ranker|recogni[sz]er|detector|"
                r"generator|summari[sz]er|translator|spell-?checker|segmenter|splitter|captioner|"
                r"reasoner)")
#: (of those, the ways of building or training a model: a model name derived from its base
#: family stays a model when called one of these, R-model-variant: "we propose EarlyBERT, a
#: general ... training algorithm"; not a framework, tool or block around a model, "we present
#: DiagrammerGPT, a novel two-stage text-to-diagram generation framework")
_WAY_WORDS = (r"methods?|approach(?:es)?|algorithms?|techniques?|objectives?|strateg(?:y|ies)|"
              r"paradigms?|procedures?|recipes?")
_WAY_NOUN = rf"(?:{_WAY_WORDS}|architectures?)"
_WAY = re.compile(_WAY_NOUN)
_METHOD_NOUN = (rf"(?:{_WAY_NOUN}|frameworks?|protocols?|modules?|pipelines?|"
                r"systems?|tools?|toolkits?|librar(?:y|ies)|metrics?|loss(?:es)?|schemes?|"
                r"mechanisms?|optimizers?|attacks?|platforms?|"
                r"estimators?|layers?|blocks?|regularizers?|rules?|heuristics?)")
_ADJ = r"(?:[\w-]+\s+){0,6}?"

_SIZE = r"(?:\d+x)?\d+(?:\.\d+)?[BM]"
#: a model name carrying its size: "Arctic-SnowCoder-1.3B", "Llama2-7b", "Mixtral-8x7B"
_SIZED = re.compile(
    rf"[A-Z](?<![\w-].)[\w.]*(?:-[\w.]+)*?-(?:{_SIZE}|(?:\d+x)?\d+(?:\.\d+)?[bm])"
    r"(?:-[A-Za-z]\w*(?:\.\w+)*)*(?![\w-])"
)
#: a capitalized word ending in a model family: "MentalBERT", "TokenFormer", "SnowCoder", or
#: in "GAN", a generative adversarial network's: "KDGAN", "CycleGAN", "WGAN"
_FAMILY_SUFFIX = re.compile(r"(?:BERT|GPT|LLaMA|LLaMa|Llama|Coder|Former|former|BART|CLIP|GAN)"
                            r"(?:-\d+(?:\.\d+)?)?(?![\w-])")  # "DistilGPT-2"
#: a word ending in a benchmark's suffix: "PRMBench", "LongBench", "MT-Bench", "EvoEval"
_BENCH_SUFFIX = re.compile(r"[A-Z](?<![\w-].)[\w]*-?(?:Bench|Eval)(?:-[A-Z0-9][\w.]*)?(?![\w-])")
#: capitalized words after a hyphen that describe, not name, a variant ("BERT-Based")
_NOT_VARIANT = (r"(?i:based|like|style|inspired|enhanced|powered|driven|guided|aware|free|only|"
                r"specific|initialized|generated|augmented|level|sized|scale)\b")
#: at most this many suffix parts widen a lexicon name (the corpus has up to 3: "Llama-3.1" +
#: "-Sherkala-8B-Chat"); unbounded, "BERT-" x3000 widened each of its 3000 hits to the end
#: of the text, time quadratic in the text
_SUFFIX_PARTS = 6
#: what may follow a lexicon model name as part of it: "-7B", "-XXL", "-Chat", " XL", "/14"
_MODEL_SUFFIX = re.compile(
    rf"(?:-(?!{_NOT_VARIANT})(?:{_SIZE}|\d+(?:\.\d+)?[bm]\b|[A-Z0-9]\w*(?:\.\w+)*|"
    r"(?:xxl|xl|large|base|small|tiny|mini|medium|huge|giant|instruct|chat|it|hf|turbo|preview|"
    r"pro|flash|lite|nano|cased|uncased|"
    r"v\d\w*(?:\.\w+)*)\b)|"
    r"\s(?:XXL|XL|Large|Base|Small|Tiny|Mini|Medium|Huge|Giant|Instruct|Chat)\b|/\d+\b|"
    # a version or release tag after a space: "ERNIE 2.0", "Llama 3.1", "DeepSeek R1" (not a
    # score: "BERT 1.2 points higher")
    r"\s(?:[1-9]\.\d|[A-EG-Z][1-9])\b(?![.,/]\d|\s*(?:%|[xX\u00d7]|points?\b|pp\b|times\b|"
    r"(?:higher|lower|better|worse|more|less|BLEU|F1|ROUGE|accuracy)\b))|"
    # a size followed by a tuning, one name: "Gemma 2B Instruct", "LLaMA 3.2 3B Instruct",
    # "Mistral 7b Instruct"
    r"\s\d+(?:\.\d+)?[BMbm](?=\s(?:Instruct|Chat|Base)\b))"
    rf"{{0,{_SUFFIX_PARTS}}}"
)
#: a size word after a space, in lower case or capitals ("the BERT base model", "BERT BASE"):
#: part of the name where the lexicon knows the hyphenated variant (BERT-base, RoBERTa-large),
#: not a family's pretrained "base" models it does not ("Qwen2.5 base models", R-model-variant)
_SPACED_SIZE = re.compile(r" (?:base|large|BASE|LARGE)\b")
#: a translation direction after an evaluation campaign names its data: "WMT14 English-German",
#: also in language codes: "WMT’14 En-De", "WMT 2016 RO-EN", "WMT’14 En→De" (not after a
#: task: the "SentiMix Hindi-English" subtask is SentiMix's)
_LANGUAGE_CODE = r"(?:[A-Z][a-z]|[A-Z]{2})"
#: (the words also joined by "-to-" or " to ": "WMT14 English-to-German", "the WMT14 English to
#: German translation dataset", or an arrow: "WMT 2016 English→Romanian", "IWSLT’15 English →
#: Vietnamese")
_PAIR_JOINER = r"(?:[-\u2013](?:to-)?|\sto\s|\s?\u2192\s?)"
_PAIR_WORDS = (rf"English{_PAIR_JOINER}[A-Z][a-z]+|[A-Z][a-z]+{_PAIR_JOINER}English|"
               rf"{_LANGUAGE_CODE}[-\u2013\u2192]{_LANGUAGE_CODE}")
_LANGUAGE_PAIR = rf"\s(?:{_PAIR_WORDS})\b(?!-)"
_PAIR = re.compile(_PAIR_WORDS)
_CAMPAIGN_PAIR = re.compile(rf"(?:{_LANGUAGE_PAIR})?")
#: "Task" of a shared task, as written
_TASK_WORD = r"(?:[Ss]hared\s+)?[Tt]ask"
#: what may follow a lexicon dataset name: "-2020", "-Edu", " v1.0", " 2.1", " 2020", " Task 9",
#: an edition's Roman numeral or numbered round: "BioCreative V", "BioASQ 5b"
_DATA_SUFFIX = re.compile(
    r"(?:-(?:[A-Z0-9]\w*(?:\.\w+)*|v\d+(?:\.\d+)*\b)|\s(?:v?\d+\.\d+|v\d+|(?:19|20)\d\d)\b|"
    r"\s(?:I{2,3}|IV|VI{0,3}|IX|\d{1,2}[a-z])\b(?![\w-]))"
    rf"{{0,{_SUFFIX_PARTS}}}"
    rf"(?:\s{_TASK_WORD}\s\d+[A-Za-z]?\b)?"
)
#: attached prefixes before a lexicon name: "FLAN-PaLM", "MU-LLaMA", "10-Split-CIFAR-100", each
#: with its version number whole ("GPT3.5-text-davinci-003", not "5-text-davinci-003")
_PREFIX = re.compile(r"(?<![\w-])(?:(?:[A-Z]\w*|\d+)(?:\.\d+)?-)+$")
#: resources built anew for each language, whose language before them names that language's own
#: resource, as written ("the French FrameNet", "Arabic WordNet", "the Arabic Gigaword"; gold:
#: "Chinese Gigaword", "English Gigaword 4th edition"), each with the language of the original,
#: which before it only describes it (R-ds-langdesc: "the English WordNet" is WordNet); and
#: resources of one language, which it describes too ("the benchmark English Penn treebank",
#: "the English Switchboard test set", "the German TIGER Treebank", "the Chinese DuReader
#: dataset")
_PER_LANGUAGE = {"WordNet": "English", "FrameNet": "English", "PropBank": "English",
                 "VerbNet": "English", "TimeBank": "English", "Penn Treebank": "English",
                 "Switchboard": "English", "RST Discourse Treebank": "English",
                 "SummEval": "English", "TIGER Treebank": "German", "DuReader": "Chinese",
                 "Wiktionary": None, "Gigaword": None}
#: ... and the word before that language naming its edition: "the Open Dutch Wordnet", "Simple
#: English Wiktionary", "the Brazilian Portuguese WordNet Database"
_LANGUAGE_BEFORE = re.compile(r"(?<![\w-])(?:(?P<edition>[A-Z][a-z]+) )?(?P<word>[A-Z][a-z]+) $")
#: a version, edition or count glued to a name in one word, which spaCy keeps one token and so
#: the lexicon's matcher of whole tokens misses: "MultiWOZ-2.0", "OpenSubtitles2016", "CTB7",
#: "SQuAD1.1", "DMLab-30" (not after a team's "@", which ``_team_systems`` reads:
#: "MLU@CL-SciSumm20")
_GLUED_VERSION = re.compile(r"(?<![\w@-])(?P<base>[A-Za-z][A-Za-z-]*?[A-Za-z])-?v?\d+(?:\.\d+)*"
                            r"(?![\w-])")
#: ... which holds a digit written right after a letter or a letter and a hyphen: a cheap test
#: that two windows around digits in three fail ("in 2019", "95.3%"), sparing the rule there
_GLUED_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
#: ... unless the text calls it a project (R-ds-project): "the DanNet2 project financed by"
_PROJECT_AFTER = re.compile(r"\s+projects?\b")
#: a space between a word and a version: "Claude 3.5 Sonnet", "Gemini 1.5"
_SPACED_VERSION = re.compile(r"(?<=[A-Za-z]) (?=\d)")
#: where a known dataset's letters meet its version, year or size ("ACE 2005", "Caltech-101",
#: "WMT14", "20 Newsgroups"), which papers write glued, spaced or hyphened alike
_VERSION_JOINT = re.compile(r"(?<=[A-Za-z]{2})[ -]?(?=\d)|(?<=\d)[ -]?(?=[A-Za-z]{3})")
#: suffixes saying the name is only a point of comparison: "GPT-like", "BERT-style"
_LIKE = re.compile(r"-(?i:like|style|esque|inspired|ish)\b")
#: "DeiT-Ti/S/B": further variants after a slash
_SLASH_VARIANTS = re.compile(r"(?:/(?P<v>[A-Z][a-z]?|[A-Z]{1,2}))+(?![\w/])")
_SLASH_ONE = re.compile(r"/([A-Z][a-z]?|[A-Z]{1,2})")
#: a size glued to the end of a name, after its family: "Llama-3.1-8B", "LLaMA2-7B"
GLUED_SIZE = re.compile(r"(?P<family>.+-)(?P<size>\d+(?:\.\d+)?)(?P<scale>[BbMm])")
#: between a sized model name and another size of its family: "Llama-3.1-8B and 70B",
#: "Mistral-7B, 13B and 70B", "Llama2-7B & 13B" (attribution reads the sizes' model by it too)
FAMILY_SEP = r"(?:\s*[,/&]\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
#: another size coordinated after a sized model name: "Llama-3.1-8B and 70B Instruct models"
_SIZE_MATE = re.compile(rf"{FAMILY_SEP}(?P<size>\d+(?:\.\d+)?[BM])(?![\w.-])")

#: language names, in lower case: written before a task's acronym or a track, they name its
#: language, not data ("Chinese GEC", "the Japanese and English tracks")
LANGUAGES = frozenset("""
english chinese arabic french german spanish japanese korean hindi russian portuguese italian
dutch czech turkish vietnamese indonesian persian urdu bengali swedish finnish polish greek
hebrew danish norwegian thai tamil
""".split())

# ------------------------------------------------------------ context rules
#: what joins the items of a list
_LIST_SEP = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or|&)\s+)"
_NAME = rf"(?P<name>{_TITLE_RUN})"
#: the characters a head noun below starts with (tests/test_names.py checks it against them):
#: tested before the ~45 nouns, so that a word starting otherwise ("is", "with", "We") fails
#: after one cheap test; ``_NAME_HEAD`` tries a head after each word of every capitalized run
_HEAD_START = r"(?=[a-hl-prstL])"
#: the head noun a cue puts after or before a name decides what the name is
_HEAD = (rf"{_HEAD_START}(?:(?P<data>{_DATA_NOUN})|"
         rf"(?P<model>{_MODEL_NOUN}|(?P<system>{_SYSTEM_NOUN}s?))|(?P<method>{_METHOD_NOUN}))"
         r"\b(?!-)")
#: words naming a task between a name and its head noun: "the PG19 language modeling benchmark",
#: "the widely adopted BeIR text retrieval benchmark"
_TOPIC_WORDS = (r"(?:\s+(?!(?:using|during|including|being|having)\b)"
               r"(?:[a-z]+-[a-z]+|[a-z]+(?:ing|ion)|language|question|code|math|text|image|"
               r"video|speech|music|dialogue|sentiment|retrieval)){0,3}")
#: a parenthesis after a name: its acronym or its expansion ("(abbreviated as AlgoFormer)")
_PAREN = (r"(?:\s*\((?:abbreviated\s+as\s+|referred\s+to\s+as\s+|or\s+|short\s+)?"
          r"(?P<paren>[^()]{1,80})\))")
#: a difficulty, not a shared task, after the adjective before "challenge" (``_DATA_NOUN``)
_HARD_BEFORE = re.compile(r"(?i:great|significant|difficult|open|key|long-?standing|major|big|"
                          r"fundamental|central|core|important|critical|serious|remaining|"
                          r"ongoing|persistent|main|considerable|formidable|daunting)\s+\Z")
#: "the PathX-256 benchmark", "the TEN model", "the ProX framework" (no "is" group), and
#: "CarMem, a new dataset", "LOLA, an open-source ... model", "MATES is a method" ("is"), the
#: name also in markdown bold: "present **CoBSAT**, the first T2I-ICL benchmark dataset"
#: (where a shorter run is tried, another capitalized word follows, which can only be the head
#: "LLM": ``(?!\s[A-KM-Z0-9])`` fails there at once, sparing the rest of the cue)
_NAME_HEAD = re.compile(
    rf"(?P<name>[A-Z](?<![\w'+.-].)(?={_NAME_NEXT}){_REST}(?:\s[A-Z0-9]{_REST}){{0,7}})"
    rf"(?!\s[A-KM-Z0-9])(?:(?P<is>(?P<bold>\*\*)?{_PAREN}?(?:\s*[,(:\u2013]\s*|\s+--?\s+|\s+)"
    rf"(?:which\s+(?:is|was)\s+|is\s+|as\s+)?(?:a|an|the|our)\s+{_ADJ})|(?P<task>{_TOPIC_WORDS})\s+)"
    rf"{_HEAD}"
)
#: "a new benchmark called FIND", "a unified model termed as In-BoXBART": the naming verb first
#: (a literal the engine finds fast) ...
_CALLED_NAMES = {verb: re.compile(rf"{verb}\s+(?:as\s+)?{_NAME}{_PAREN}?")
                 for verb in ("called", "named", "dubbed", "coined", "termed")}
#: ... then the head noun just before it
_HEAD_WORDS = re.compile(_HEAD)
#: ... or a dataset's or a model's noun before a short phrase of what it is for or of: "a novel
#: architecture for 3D scene parsing named Prim R-CNN", "a new corpus of location metonymy
#: called WiMCor" (words only, no comma between; not "with" or "in", which add a part or a
#: place: "a model with a mechanism called", "our model in an industrial chatbot called")
_HEAD_PHRASE = re.compile(r"(?<![\w-])(?=(?:dataset|data\sset|corpus|benchmark|treebank|model|"
                          rf"network|architecture)\s){_HEAD}\s+(?:for|of)\s+(?:[\w-]+\s+){{1,4}}\Z")
#: ... where the name ends there, not going on in a longer name: "a corpus of Basque called
#: Basque in the Making (BIM)"
_NAME_GOES_ON = re.compile(r"\s+(?:in|of|for|on|to|and)\s+(?:the\s+)?[A-Z]")
#: a name the text calls a framework through its verb: "The previous study, SeqGAN, proposed
#: the framework for", "ConvoKit provides an unified framework for", "AgentKit offers a unified
#: framework" (the verb first, which the engine finds fast, then the name just before it)
_FRAMEWORK_VERB = re.compile(r"(?:proposed|introduced|provides|provided|offers|offered)\s+"
                             r"(?:the|a|an)\s+(?:[\w-]+\s+){0,3}?framework\b")
_NAME_ENDS = re.compile(rf"(?P<name>{_CAP_WORD}),?\s+\Z")
#: ... or the paper naming a model it has just put forward: "Our network, which we call
#: SpectralNet, learns", "a novel two-stage generative OpenIE model, which we call Gen2OIE, that"
#: (a noun phrase with its determiner, not after a preposition: not "a method for ... in neural
#: networks which we call K-FAC", "a problem in the data streaming model which we refer to as")
_WE_CALL = re.compile(rf"\b(?:[Oo]ur|[Aa]n?|[Tt]he|[Tt]his)\s+(?:[\w-]+\s+){{0,4}}?"
                      rf"(?P<head>{_MODEL_NOUN}|{_SYSTEM_NOUN})\s*,?\s+(?:(?:which|that)\s+)?"
                      rf"we\s+(?:call|name|term|dub|refer\s+to\s+as)\s+[\u201c\"']?(?:the\s+)?"
                      rf"{_NAME}[\u201d\"']?{_PAREN}?")
#: (its verb, which the engine finds fast: the rule itself, led by \b, is tried at every position)
_WE_NAMING = re.compile(r"we\s+(?:call|name|term|dub|refer)")
#: "our 9B model POINTS", "our model, ReDAN,"
_OUR_MODEL = re.compile(rf"ur(?<=[^\w][Oo]ur)\s+(?:[\d.]+[BM]\s+)?{_ADJ}{_MODEL_NOUN}\s*,?\s+"
                        rf"(?P<name>{_CAP_WORD})")
#: ... or any model a determiner and the singular "model" put right before its name: "a novel
#: neural network model AntSynNET that", "a recently proposed diffusion model SSD-LM, in" (not
#: the verb, "the same mechanism used to model V1 complex cells", nor a data model, a schema:
#: "the data model SKOS")
_A_MODEL_NAMED = re.compile(rf"\b(?:[Aa]n?|[Tt]he)\s+(?:[\w-]+\s+){{0,4}}?(?<!\bto\s)"
                            rf"(?<!\bdata\s)model\s(?P<name>{_CAP_WORD})(?=[\s,.;:])")
#: a framework or an architecture the paper puts forward ("X, a ... framework", "a ... framework
#: called X"), which is its model where it says "our model"
_FRAME = re.compile(r"frameworks?|architectures?")
#: ... or names right after: "we develop a novel probabilistic graphical framework GroupAnno to
#: capture annotator group bias"
_FRAME_NAMED = re.compile(rf"(?:framework|architecture)\s(?P<name>{_CAP_WORD})(?!\s*\()")
#: the paper calling its system "our model" (one model: not "our models"); led by "ur", which
#: the engine finds fast (a leading ``\b`` is tried at every position), the lookbehinds then
#: checking for the word "Our" or "our"
_OUR_MODEL_SAID = re.compile(r"ur(?<=[Oo]ur)(?<!\w.ur)\s+(?:[\w-]+\s+){0,2}?model\b(?![s-])")
#: a name the text says is trained, which it so uses as a model (R-model-laternamed), whatever
#: it called it first; found from each "train" or "trained" (one scan for the literal, which
#: most abstracts write only a few times): the subject opening its clause ("We present HERO, a
#: novel framework for ... HERO is jointly trained on HowTo100M", "CoLAKE is pre-trained on",
#: "Our NTS is pre-trained to"; not a class with its determiner: "An LSTM is trained on", "the
#: TM is trained") ...
_TRAIN_VERB = re.compile(r"train(?:ed)?\b")
#: (an adverb the verb may take: "is jointly trained", "we then train")
_TRAIN_ADVERB = r"(?:(?:\w+ly|also|then|first|further)\s+)?"
_TRAINED_SUBJECT = re.compile(rf"(?:(?<=[.,;:\n]\s)|(?<=\n)|(?<=[Oo]ur\s))(?P<name>{_CAP_WORD})\s+"
                              rf"(?:is|was)\s+{_TRAIN_ADVERB}(?:pre-?|co-?)?\Z")
#: ... or the object of "we train": "We train IMoJIE on training data", "we pre-train
#: StructuralLM with two new designs", "we train GraphMind on popular base models"
_WE_BEFORE = re.compile(rf"\b[Ww]e\s+{_TRAIN_ADVERB}(?:pre-?)?\Z")
_TRAIN_OBJECT = re.compile(rf"\s+(?:our\s+)?(?P<name>{_CAP_WORD})"
                           r"(?=\s+(?:on|with|using|from|in|to|by|for)\b|\s*[,.])")
#: a name with its spelled-out form in parentheses before a model noun: "we propose Cat2Vec
#: (categories to vectors) model", "Our SOM-DST (Selectively Overwriting Memory for Dialogue
#: State Tracking) model" (run where ") model" or ") network" is written)
_NAME_SPELLED_MODEL = re.compile(rf"(?P<name>{_CAP_WORD})\s\((?P<long>[^()]{{3,120}})\)\s"
                                 r"(?:model|network)\b")
#: what a model's name may end in besides a model noun: "Multimodal Transformer", "Dense
#: Retriever", "Verbal Reasoner"
_NETWORK_NOUN = rf"(?:encoder|decoder|auto-?encoder|transformer|{_SYSTEM_NOUN})"
#: what sets a name apart after its head noun: a comma, with "namely" or not, or a spaced dash
_APPOSING = r"(?:\s*,\s*(?:namely\s+)?|\s[-\u2013\u2014]{1,2}\s+)"
#: words that end a noun phrase's modifiers (a preposition, a relative pronoun, a conjunction)
_PHRASE_BREAK = r"(?:for|that|which|to|of|on|in|with|by|from|and|or)"
#: the kind noun the text gives a name, which decides whether a cue that makes the name a model
#: holds (GUIDELINES: a name is not a model where the text calls it a framework or method;
#: R-model-kindnoun: nor a system or a tool hosting models): a model's noun ...
_KIND_MODEL = rf"(?P<model>{_MODEL_NOUN}|{_SYSTEM_NOUN}|architectures?)"
#: ... or a way's, a framework's, a system's or a tool's ...
_KIND_OTHER = (rf"(?P<way>{_WAY_WORDS})|(?P<framework>frameworks?)|"
               r"(?P<system>systems?|tools?|toolkits?|software|applications?|platforms?)")
_KIND = rf"(?:{_KIND_MODEL}|{_KIND_OTHER})(?![\w-])"
#: ... before the name, set apart or naming it: "a novel method, LEOPARD,", "a ... classification
#: method named sparse additive machine (SAM)" (its long form between, at an acronym) ...
_KIND_BEFORE = re.compile(rf"\b{_KIND}(?:{_APPOSING}|\s+(?:called|named|dubbed|termed)\s+)"
                          r"(?:(?:[^\s.;,()]+\s+){0,5}[^\s.;,()]+\s*\()?\Z")
#: ... or after it, in apposition or as its head: "LiViTo, a software tool which", "ForecastICU:
#: a prognostic decision support system", "quasi-recurrent neural networks (QRNNs), an approach
#: to", "our DoCoGen algorithm"
_KIND_AFTER = re.compile(rf"\)?(?:\s*\([^()]*\))?(?:(?:\s*[,:\u2013]\s*|\s+--?\s+|\s+(?:is|was)\s+)"
                         rf"(?:an?|the|our)\s+(?:(?!{_PHRASE_BREAK}\b)[\w-]+\s+){{0,5}}?|\s+){_KIND}")


def _called_otherwise(text: str, name: str, kinds: set[str]) -> bool:
    """Whether the text gives ``name`` a noun of one of ``kinds`` ("way", "framework",
    "system") at any of its mentions (``_KIND_BEFORE``, ``_KIND_AFTER``), and neither a model's
    noun nor "our model" (R-model-laternamed: "a framework named uChecker" ... "our proposed
    model uChecker")."""
    given = set()
    for start, end in whole_words(text, name):
        for kind in (_KIND_BEFORE.search(text, max(0, start - 100), start),
                     _KIND_AFTER.match(text, end)):
            if kind is not None:
                given.update(k for k, noun in kind.groupdict().items() if noun)
    return bool(given & kinds) and "model" not in given \
        and not ("ur model" in text and _OUR_MODEL_SAID.search(text))


#: a model named in apposition after its head noun: "a cross-lingual AMR parser, XL-AMR,", "a
#: novel graph neural network, GDL, to", "our model, LIMO, achieves", "our tree-recursive
#: neural model, namely RST-Recursive, which", "a discourse-aware neural summarization model -
#: DiscoBert.", "a multi-resolution adversarial model \u2013 EmpDG, to", "a novel architecture,
#: RippLeNet, for"; or several capitalized words set apart by a comma or a full stop, not an
#: acronym's long form: "Our proposed model, Trigger Matching Network, jointly learns", "our
#: architecture, Relational Tensor Network, where" (not "a novel model, Co-Reasoning Network
#: (CORN)", named by its acronym, R-model-alias)
_MODEL_APPOSED = re.compile(rf"\b(?:[Aa]n?|[Oo]ur|[Tt]he)\s+(?:[\w-]+\s+){{0,4}}?"
                            rf"(?:{_MODEL_NOUN}|{_SYSTEM_NOUN}|architecture){_APPOSING}"
                            rf"(?P<name>{_CAP_WORD}(?:(?:\s[A-Z][\w-]*){{1,4}}"
                            r"(?=\s*[,;]|\.(?:\s|$))|(?=\s*[,(;]|\.(?:\s|$)|\s[-\u2013\u2014])))")
#: ... or with "the" before a name of capitalized words: "We propose a novel memory
#: architecture, the Neural Bloom Filter, which", "a new architecture, the Decay RNN, which" (not
#: before an acronym, which names it: "a new model, the Recurrent Entity Network (EntNet)")
_MODEL_APPOSED_THE = re.compile(rf"\b(?:[Aa]n?|[Oo]ur)\s+(?:[\w-]+\s+){{0,4}}?"
                                rf"(?:{_MODEL_NOUN}|{_SYSTEM_NOUN}|architecture)\s*,\s*the\s+"
                                rf"(?P<name>{_CAP_WORD}(?:\s[A-Z][\w-]*){{0,4}})(?=\s*[,;])")
#: (the rules need a model or system noun right before a comma or dash before a capital, or
#: before a comma, "the" and a capital: those are rare and quickly found, so they are looked for
#: first, then the noun before each; the comma and the dash each open a rule of their own, so
#: that the engine skips other positions at once: the comma's, a literal, is found fastest;
#: so is each dash's, one rule per dash (a class of the three was scanned 5x slower, 0.009 ms
#: per paper; the rules only ask whether one matches, so their order does not matter)
_COMMA_CAPITAL = (re.compile(r",\s*(?:namely\s+)?[A-Z]"),
                  *(re.compile(rf"{dash}(?<=\s{dash})[-\u2013\u2014]?\s+[A-Z]")
                    for dash in "-\u2013\u2014"))
_COMMA_THE_CAPITAL = (re.compile(r",\s*the\s+[A-Z]"),)
#: words that make an architecture a network's: "a deep neural architecture", "a conditional VAE
#: architecture", "a multi-stage transformer architecture"
_NEURAL_BEFORE = re.compile(rf"(?i:neural|deep|convolutional|recurrent|attention|graph|"
                            rf"connectionist|siamese|VAE|GAN|CNN|RNN|LSTM|{_MODEL_NOUN}|"
                            rf"{_NETWORK_NOUN})")
#: ... or its name does: "the Self-Attention Network (SANet)", "The Geometric Algebra Transformer"
_NETWORK_NAMED = re.compile(r"\b(?:Networks?|Transformers?)\b")
_APPOSED_NOUN = re.compile(rf"(?:{_MODEL_NOUN}|{_SYSTEM_NOUN}|architecture)\Z")
#: "a series of Lory models", "a family of Pythia LLMs": the capitalized word before a lower-case
#: model noun names the models
_SERIES_OF = re.compile(r"(?:series(?<!\wseries)|family(?<!\wfamily)|suite(?<!\wsuite)|"
                        r"collection(?<!\wcollection))\s+of\s+(?P<name>[A-Z][\w.-]*)\s+"
                        r"(?:(?:base|open|open-source|pretrained|pre-trained|language)\s+)?"
                        r"(?:models|LLMs|LMs)\b")
#: ... and a suite or collection "of" models is models, no data: "we propose DynaMo, a suite of
#: multi-token prediction language models", "we propose Span-Fact, a suite of two factual
#: correction models" (after the head noun a name's cue found; not "a suite of diverse tasks for
#: language models")
_OF_MODELS = re.compile(rf"\s+of\s+(?:(?!{_PHRASE_BREAK}\b)"
                        r"[\w-]+\s+){0,5}?(?:models|LLMs|LMs)\b")
#: an acronym in parentheses; what is written before it says what it names (see below)
_PAREN_ACRONYM = re.compile(r"\((?:referred\s+to\s+as\s+|called\s+)?"
                            r"(?P<name>[A-Za-z][\w+.-]*[A-Za-z][\w+.-]*)\)")
#: (a plural acronym names a class: "(LLMs)", "(GANs)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]s$")
#: a model class's acronym (``_GENERIC``) that ends the long form of a model the paper
#: introduces: "We introduce Segment Pooling LSTM (S-LSTM)", "we propose a novel word-character
#: LSTM(WC-LSTM) model" (not "Temporal Convolutional Neural Networks (TCN)" it uses)
_CLASS_ACRONYM = r"(?:Bi-?)?(?:LSTM|GRU|RNN)|[CDG]NN|TCN|GCN|GAN|VAE|CRF|HMM|PCFG|MLP"
#: "... Benchmark (BLURB)", "a conversation dataset (CarMem)", "... Network (TEN)", "the
#: Explainable multi-hop Verbal Reasoner (EVR)", "Structure-Aware Transformer (SAT)" (not a
#: classifier's: mostly a classic learner's, "Nearest Mean Classifier (NMC)"); a lower-case
#: network or model only where the paper introduces it (checked below): "we propose a reason
#: comparing network (RCN)", "We present a syntax-infused variational autoencoder (SIVAE)"
_ACRONYM_HEAD = re.compile(
    r"(?:(?P<data>[Bb]enchmark|[Dd]ataset|[Cc]orpus|[Ss]uite|Arena|[Cc]hallenge|[Tt]reebank)|"
    rf"(?P<model>Model|Network|LLM|(?=[A-Z])(?!Classifier)(?i:{_NETWORK_NOUN})|"
    rf"(?P<introduced>model|network|auto-?encoder|transformer|{_CLASS_ACRONYM})))s?"
)
#: a capitalized head noun right after the acronym: "the Span Attribute Tagging (SAT) Model"
#: (not "dialogue state tracking (DST) models"), or a singular "model" or "architecture" after a
#: Title Case long form the paper introduces (checked below): "we propose a novel Cross-modal
#: Contrastive Attention (CMCA) model", "we propose the Simple Recurrent Unit (SRU) architecture"
_ACRONYM_AFTER = re.compile(
    r"\s+(?:(?P<data>Benchmark|Dataset|Corpus)|"
    r"(?P<model>Model|Network|(?P<lower>model|architecture)))\b(?!-)"
)
#: ... or, where the paper introduces it, a Title Case long form whose model noun a short
#: phrase of its purpose or parts follows before the acronym: "we propose a Multilingual
#: Language Model with deep semantic Alignment (MLMA)", "a novel Bidirectional Generative
#: Adversarial Network for Neural Machine Translation (BGAN-NMT)", "a PErsonalized Transformer
#: for Explainable Recommendation (PETER)"
_HEAD_BEFORE_PHRASE = re.compile(r"(?:\b[A-Z][\w-]*\s+)+(?:Model|Network|Transformer)s?\s+"
                                 r"(?:with|for|of|via)\s+(?:[\w-]+\s+){1,5}\Z")
#: ... (not one the text calls a framework or a way, before or after: "a novel framework dubbed
#: as Type-aware Bias Neural Network with Attention Mechanisms (TBNNAM)", "(NAMLSS), a modelling
#: framework"; nor a task's acronym: "Pointer Networks for Chinese Spell Check (CSC) task")
_FRAMEWORK_WORD = re.compile(rf"\b(?:{_WAY_WORDS}|frameworks?)\b")
_FRAMEWORK_APPOSED = re.compile(rf",\s+an?\s+(?:[\w-]+\s+){{0,3}}?(?:{_WAY_WORDS}|frameworks?)\b"
                                r"|\s+tasks?\b")
#: ... or a noun of a way or a framework right after it, not of a part or an architecture the
#: paper may well call its model ("the ... (DRAW) neural network architecture", "(GAT) layer"):
#: "the Sufficient Dimensionality Reduction (SDR) framework", "a ... (RBAN) approach"
_ACRONYM_METHOD_AFTER = re.compile(rf"\s+({_WAY_WORDS}|frameworks?|protocols?|toolkits?|"
                                   r"metrics?|loss(?:es)?|schemes?|attacks?)\b(?!-)")
#: ... or an apposition after the acronym with a model noun as its head, where the paper
#: introduces it: "We present deep variational canonical correlation analysis (VCCA), a deep
#: multi-view learning model that", "We introduce Thurstonian Boltzmann Machines (TBM), a unified
#: architecture that" (not "Differential privacy (DP), a popular choice to train models", nor
#: "In-Context Sampling (ICS), a low-resource LLM prompting technique")
_ACRONYM_APPOSED = re.compile(
    r",\s+an?\s+(?:(?!(?:for|of|to|with|that|which|in|on|by|from|and|or|as|at)\b)[\w-]+\s+){0,6}?"
    rf"(?:{_MODEL_NOUN}|architectures?)(?![\w-])(?=\s*[,.;:)]|\s+(?:that|which|for|of|to|with|"
    r"where|based|designed|tailored|trained|built|in|on|capable|able|whose)\b)")
#: verbs with which a paper puts forward what it contributes ("we propose", "This paper
#: introduces"), without their endings; shared with ``attribution``
INTRODUCING_VERBS = r"propose|introduce|present|develop|design|devise|build|construct|create"
#: words that name what comes after them ("a framework named SaAML", "our system, entitled
#: IronyMagnet,"); shared with ``attribution``
NAMING_WORDS = r"called|named|dubbed|termed|coined|entitled"
#: the paper introducing what follows in its clause: "we propose", "We further propose", "This
#: paper introduces", "by proposing" ("we let utterance-response interaction go deep by proposing an
#: interaction-over-interaction network (IoI)")
_INTRODUCING = "|".join(v.removesuffix("e") for v in INTRODUCING_VERBS.split("|"))
_WE_INTRODUCE = re.compile(
    r"\b(?:(?:[Ww]e|[Tt]his\s+(?:paper|work|article|study))\s+"
    r"(?:(?:\w+ly|also|further|then|first|here|now)\s+)?"
    rf"(?:{INTRODUCING_VERBS})[sd]?|by\s+(?:{_INTRODUCING})ing)\b(?P<between>[^.;:()]*)$"
)
#: a phrase of capitalized words the paper puts forward, then an apposition headed by a model
#: noun (``_ACRONYM_APPOSED``; ``_MODEL_APPOSED``'s converse): "we propose BLEU Neighbors, a
#: nearest neighbors model for" (dev34),
#: "We introduce Related Memory Network, an end-to-end neural network", "we propose Tree
#: Transformer, a model that" (not "AllenNLP Interpret, a flexible framework for interpreting NLP
#: models", "Mean Teacher, a method that averages model weights"; an architecture only a neural
#: one, ``_NEURAL_BEFORE``: dev31 "a novel Siamese Deep Neural Network architecture", not dev3
#: "LLM ContextBridge, a novel hybrid architecture", an approach by its title)
_INTRODUCED_PHRASE = re.compile(rf"\b(?:{INTRODUCING_VERBS})s?\s+"
                                r"(?P<name>[A-Z][\w-]*(?:\s[A-Z][\w-]*){1,3})(?=,\s+an?\s)")
#: a plain capitalized word the paper introduces as a model: "we develop Timo, a model designed
#: to", "We introduce Lynx a multi-modal LLM" (name-shaped names are ``_NAME_HEAD``'s); led by
#: the literal "We " / "we ", which the engine finds fast (the space before "we" is checked
#: after it: led by the space, the commonest character, the literal was found at half the speed)
_INTRODUCED_WORDS = [
    re.compile(rf"{we}\s*(?:\w+ly\s+)?(?:{INTRODUCING_VERBS})[sd]?\s+"
               rf"(?P<name>[A-Z][a-z]+)(?:\s*,\s*|\s+)(?:a|an|the)\s+{_ADJ}{_HEAD}")
    for we in ("We ", "we (?<= we )")
]
#: ... or a lower-case data noun after the acronym of a Title Case name: "the Human-annotated
#: Salient Excerpts (HSE) dataset", "the Multimodal Multiparty Hindi Humor (M2H2) dataset" (not
#: "multi-hop question answering (QA) dataset", nor "Facebook Task Oriented Parsing (TOP)")
_ACRONYM_DATA_AFTER = re.compile(rf"\s+(?P<data>{DATA_NOUNS}|challenge)\b(?!-)")
#: ... or the shared task, challenge or campaign the acronym names: "The 2017 Fake News Challenge
#: Stage 1 (FNC-1) shared task", "the Nuanced Arabic Dialect Identification (NADI) shared task"
#: (not a task's acronym: "the WMT20 Quality Estimation (QE) Shared Task", see ``tasks``)
_ACRONYM_EVENT_AFTER = re.compile(
    r"\s+(?:[Ss]hared[\s-][Tt]asks?|[Cc]hallenge|[Ee]valuation\s+[Cc]ampaign)\b")
#: ... and its year after that head, which the acronym takes (R-ds-taskshort: "the
#: Discriminating between Similar Languages (DSL) Shared task 2016" is DSL 2016)
_EVENT_YEAR = re.compile(r"\s+((?:19|20)\d\d)\b(?![.,]\d)")
#: ... when the long form before it starts with the acronym's letter (not where a campaign's
#: name opens it: "the BioNLP Cancer Genetics (CG) Shared Task 2013"), after the last article
#: ("the TMU systems for the Complex Word Identification (CWI) Shared Task 2018")
_EVENT_LONG_FORM = re.compile(
    r"\b(?:the|at|for|to|in)\s+(?P<long>[A-Z](?:(?!\bthe\s)[^().;\d])*?)\s*\(\Z")
#: a shared task named by its long form and year ("the Discriminating Similar Languages Shared
#: Task 2016"), which ``_spelled_out_tasks`` reads
_LONG_TASK_YEAR = re.compile(r"(?P<long>.+?)\s+[Ss]hared[\s-][Tt]ask\s+(?P<year>(?:19|20)\d\d)")
#: ... or a campaign's task the acronym names, the campaign named after it (R-ds-taskname: the
#: gold lists the task): "the German Dialect Identification (GDI) and the Cuneiform Language
#: Identification (CLI) tasks at the VarDial Evaluation Campaign 2019" (dev20), "the
#: chemical-disease relation (CDR) task of BioCreative V" (dev14), "the Bacteria Biotope (BB)
#: task at BioNLP-OST 2019" (the campaign's name-shaped word checked below: not "(NER) tasks in
#: the Indonesian language")
_ACRONYM_SUBTASK = re.compile(
    r"(?:\s+and\s+the\s+[^().;]{3,60}\([A-Za-z][\w-]*\))?\s+(?:[Ss]ub-?)?[Tt]asks?\s+"
    r"(?:at|in|of)\s+(?:the\s+)?(?:\d\S*\s+)?(?P<campaign>[A-Za-z][\w-]*)")
#: ... or of the words after "Shared Task on" before it: "the 2020 Duolingo Shared Task on
#: Simultaneous Translation And Paraphrase for Language Education (STAPLE)", "the Third Shared
#: Task on Translation Inference across Dictionaries (TIAD-2020)" (not a task's phrase: "the WMT
#: 2020 Shared Task on Quality Estimation (QE)", nor a short capital one, mostly a task's:
#: "Shared Task on Grammatical Error Correction (GEC)", "(APE)")
_TASK_ON = re.compile(
    r"[Ss]hared\s[Tt]ask\s(?:on|for|of)\s(?:the\s)?(?P<long>[^()\n.;]{3,90}?)\s\Z")
_EDITION_END = re.compile(r"-?(?:19|20)?\d+$")
#: "dialogue state tracking (DST)": an acronym of a common phrase names a task, not a dataset
_PHRASE_WORD = re.compile(r"[a-z][a-z-]*")
#: ... and a lower-case phrase written as one hyphenated word: "Text-to-image (T2I)"
_HYPHEN_PHRASE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+){2,}")
#: ... and one in Title Case ending in a task noun: "Conversational Question Answering
#: (ConvQA)", "Entity Disambiguation (ED)" (not "... Evaluation (VLUE)", a benchmark)
#: (the task nouns that do not end in "ing")
TASK_NOUNS = (r"(?:Disambiguation|Recognition|Detection|Classification|Extraction|Translation|"
              r"Generation|Summarization|Segmentation|Resolution|Identification|Analysis|"
              r"Prediction|Comprehension|Inference|Navigation|Completion|Estimation)")
_TASK_PHRASE = re.compile(rf"(?!Understanding)[A-Z][a-z]+ing|{TASK_NOUNS}")
#: ... the same words in lower case, ending a lower-case long form: "entity linking (EL)"
_LOWER_TASK_END = re.compile(rf"[a-z]+ing|{TASK_NOUNS.lower()}")
#: shared tasks: "SemEval-2020 Task 9", "WNUT-2020 Task 2", "SemEval-2020 shared task 9", the
#: year also after a space: "SIGMORPHON 2019 Task 2", "NLP4IF 2019 Task 1" (then after a
#: name-shaped word, not "In 2019 task 2"); the first of a list: "SemEval-2020 Tasks 9 and 12";
#: the number also glued to "Task": "KNU CI System at SemEval-2018 Task4: ..."
_SHARED_TASK = re.compile(
    rf"(?P<base>[A-Z](?<![\w-].)[\w-]*?)(?P<space> )?(?:19|20)\d\d\s+{_TASK_WORD}s?\s*"
    r"\d+[A-Za-z]?\b")
#: a shared task named by its short name and year, as gold spells it (R-ds-taskname): a bare
#: generic head is dropped ("the DSL 2016 shared-task", "the WNUT 2016 NER shared task", "the
#: CoNLL 2018 Shared Task"); one capitalized after the task's own words or with its number is
#: part of the name ("WMT19 Metric Shared Task", "WMT2018 News Translation Task", "W-NUT 2020
#: Shared Task-3"); "SemEval-2020 Task 9" is ``_SHARED_TASK``'s; so is an evaluation campaign
#: by its name and year ("Overview of the EvaLatin 2020 Evaluation Campaign", "the QAst 2009
#: evaluation campaign"); the edition may be a number ("our participation (team name: scmhl5)
#: in the TRAC-2 Shared Task", "the NLP-TEA-3 shared task", "the VarDial 4 shared task") or a
#: Roman numeral ("submitted to the CogALex VI Shared Task", "the CogALex-V Shared Task"); a
#: campaign's task acronym before a plain lower-case "task" too (R-ds-taskabstract: dev3 "the
#: TAC 2011 AESOP task", dev33 "the WMT17 APE task for German-English")
_YEAR_SHARED_TASK = re.compile(
    r"(?P<name>(?P<base>[A-Z](?<![\w-].)[A-Za-z-]*[A-Za-z])"
    r"(?:[- ]?(?:19|20)?\d\d|[- ](?:[1-9]|[IVX]{1,4}))(?:"
    r"(?:\s+(?!Shared\b|Task\b)[A-Z][A-Za-z]+){1,3}\s+(?:Shared\s+)?Task(?:-\d+)?"
    r"(?![\w-]|\s+\d)|\s+(?:Shared\s+)?Task-\d+(?![\w-])|"
    r"(?:\s+(?!Shared\b|Task\b)[A-Z][A-Za-z]+){0,3}(?=\s+[Ss]hared[\s-][Tt]asks?\b)|"
    r"(?:\s+[A-Z][A-Za-z]*[A-Z][A-Za-z]*){1,2}(?=\s+task\b)|"
    r"(?=\s+(?:[Ee]valuation\s+)?[Cc]ampaign\b)))")


def _kind_of_task(text: str, match: re.Match) -> bool:
    """Whether a campaign's words before a lower-case "task" (``_YEAR_SHARED_TASK``) are a kind
    of task, no task of its own (R-ds-taskformat; dev6 "CoNLL02 NER" is CoNLL02): "the CoNLL03 NER
    task", "the TREC 10 QA task"."""
    return text.startswith(" task", match.end()) and any(
        word.lower() in _GENERIC for word in text[match.end("base"):match.end()].split())


#: ... or by its acronym, written in parentheses after its full name, and its year
#: (R-ds-taskshortyear, dev31): "the Financial Narrative Summarisation (FNS) 2020 contest" is
#: FNS 2020, "the Complex Word Identification (CWI) 2018 shared task" CWI 2018 (not a venue's
#: edition: "alongside the Conference on Machine Translation (WMT) 2020.")
_ACRONYM_YEAR_TASK = re.compile(
    r"(?<=[a-z]\s)\((?P<base>[A-Z][A-Za-z0-9-]*[A-Z0-9])\)\s(?P<year>(?:19|20)\d\d)(?=\s+"
    r"(?:[Ss]hared[\s-])?(?:[Tt]asks?|[Cc]ontests?|[Cc]hallenges?|[Cc]ompetitions?|"
    r"(?:[Ee]valuation\s+)?[Cc]ampaigns?)\b)")
#: ... whose bare head the title capitalizes is named with it (R-ds-taskname, the title's
#: spelling: "AntNLP at CoNLL 2018 Shared Task: ...", "The CogALex-V Shared Task on the ..."; not
#: a numbered or lettered task's, "SIGMORPHON 2020 Shared Task 0", "... Shared Task A", "W-NUT
#: 2016 Shared task #1"), or the abstract where the title does not name the task
#: (R-ds-taskabstract); its first word capitalized is enough (R-ds-taskmixedhead: "the CORBON
#: 2017 Shared task")
_TITLE_TASK_HEAD = re.compile(r" Shared [Tt]ask(?![\w-]|\s+#?(?:\d|[A-Z]\b))")
#: ... a title's dated task named in full, its topic capitalized up to the title's end or colon
#: (R-ds-taskname, the title's spelling: "Findings of the WMT 2019 Shared Task on Automatic
#: Post-Editing", "PROMT Systems for WMT 2020 Shared News Translation Task", "Results of the
#: WNUT2017 Shared Task on Novel and Emerging Entity Recognition"; not a topic in lower case,
#: "... Shared Task on the Corpus-Based Identification", "... Shared Task on Zero-Shot for
#: Low-Resource languages", nor a plural: "Shared Tasks in Unsupervised MT")
_TITLE_CAP = r"[A-Z][\w'\u2019-]*"
_TITLE_SHARED_TASK = re.compile(
    rf"(?P<name>(?P<base>[A-Z](?<![\w-].)[\w-]*?)(?:[- ]?['\u2019]?(?:19|20)?\d\d)\s+"
    rf"(?:Shared\s+Task\s+on\s+{_TITLE_CAP}(?:(?:,?\s+(?:and|for|of|in|&)|,)?\s+{_TITLE_CAP})*|"
    rf"Shared(?:\s+{_TITLE_CAP})+\s+Task))(?=\s*(?::|$))")
#: ... of which a task of a campaign running several tasks a year keeps its topic, which says
#: which task it is ("WMT 2019 Shared Task on Automatic Post-Editing", "SIGMORPHON 2020 Shared
#: Task on Multilingual Grapheme-to-Phoneme Conversion"); another's topic is its descriptive
#: title, left out (R-ds-taskondesc, dev34: "MEDIQA 2019 Shared Task", "CoNLL 2018 Shared Task")
_MULTITASK_CAMPAIGNS = ("WMT", "SIGMORPHON")
#: ... or the year after "shared task", the whole as written: "the NLI Shared Task 2017", "the
#: PARSEME shared task 2018 on", "the Social Media Mining for Health Applications Shared Task
#: 2020", "in AGAC track of BioNLP Open Shared Task 2019"
_HEADLINE_JOINER = re.compile(r" (?:for|of) ")
_NOT_TASK_WORD = re.compile(rf"\b(?:{_METHOD_NOUN}|{_MODEL_NOUN}|reports?|tracks?|overview|"
                            r"findings|submissions?|participation|results?)\b", re.IGNORECASE)
_SHARED_TASK_YEAR = re.compile(
    rf"(?P<name>(?P<base>[A-Z0-9](?<![\w'+.-].){_REST}(?:\s(?:[A-Z0-9]{_REST}|of|for|and)){{0,5}}?)"
    r"\s[Ss]hared[\s-][Tt]ask\s(?:19|20)\d\d)\b(?![.,]\d)")
#: ... or a capital short name right before a singular "shared task", with no year (R-ds-taskname:
#: "Arabic Dialect Identification (ADI) shared task" gives ADI): "participated in the GDI shared
#: task", "The latest CWI Shared Task released data", "our efforts at OSACT Shared Task on
#: Offensive Language Detection", "the PARSEME Shared Task 1.2" (after an article, preposition
#: or ordinal only: not a campaign's task or a year's, "the WMT'18 APE shared task", "the WMT
#: 2019 APE Shared Task", "the SemEval 2013 WSI shared task", "the WMT17 sentence-level QE shared
#: task", "the QE shared task at WMT19"; not a series, "previous SIGMORPHON shared tasks"; not a
#: venue, "the ACL Shared Task on ...", "the IWCS Shared Task on DRS Parsing"), also in the
#: possessive: "the SMASH team submission to OSACT4’s shared task on hate-speech"
_ACRONYM_SHARED_TASK = re.compile(
    r"(?:^|(?<=\s))(?:(?:the|The|a|an|An|for|at|in|to|of|on|from|with|latest|recent|first|"
    r"second|third|fourth|fifth)\s+)(?P<name>[A-Z][A-Za-z0-9]*[A-Z][A-Za-z0-9]*)"
    r"(?:['\u2019]s)?\s+[Ss]hared[\s-][Tt]ask(?![\w-])")
_SUBTASK_OF = re.compile(r"[^.()]{0,60}?[Ss]hared\s[Tt]asks?\s+of\s+the\s")
_VENUES = frozenset({"ACL", "EMNLP", "NAACL", "EACL", "AACL", "COLING", "LREC", "IJCNLP", "IWCS",
                     "IWPT"})
#: a named track of a shared task or evaluation, which is data as its task is (adjudicated, dev10
#: acl:D19-5711): "in AGAC track of BioNLP Open Shared Task 2019", "the QAST track of CLEF",
#: "The Precision Medicine Track in BioCreative VI" (the words before "track" are read by
#: ``_track_name``)
_TRACK_OF = re.compile(r"[Tt]racks?\s+(?:of|at|in)\s+(?:the\s+)?[A-Z0-9]")
#: what names no track: its kind, its language or its part ("the Closed track", "the English
#: track", "the Shallow and Deep Tracks", "the Japanese and English tracks")
_TRACK_GENERIC = LANGUAGES | {
    w.lower() for w in """
    Closed Open Shallow Deep Main Standard Constrained Unconstrained Primary Secondary Final
    First Second Third Fourth Fifth Sub All Both Each Language
    """.split()
}
#: the words of an event a track belongs to (besides a name-shaped word or a year)
_TRACK_EVENT = {"Shared", "Task", "Challenge", "Competition", "Conference", "Campaign",
                "Evaluation", "Workshop", "Forum"}
#: a word before "track" (the words of a track's name are read from the last one back)
_TRACK_WORD = re.compile(r"\S+")
#: ... which, to be part of the name, is a plain word (not "Transcripts." ending a sentence)
_TRACK_NAME_WORD = re.compile(r"[\w-]+|&")
#: the small words a track's name may hold ("Entity Discovery and Linking")
_TRACK_JOINERS = ("and", "of", "for", "&")
#: a numbered task's own name after it: "SemEval-2017 Task 6: #HashtagWars: Learning ...",
#: "Semeval task 3: EmoContext;" (a name-shaped word ending its phrase, not "Task 9: BERT based")
_TASK_TITLED = re.compile(r"[Tt](?<![\w-].)ask\s?\d+\s?[:,]\s?(?P<name>#?[A-Za-z][\w-]*)"
                          r"(?=\s*(?:[.;,:()]|$))", re.MULTILINE)
#: (both rules need a task's number; led by the rare "k", the "as" before it checked after it)
_TASK_NUMBERED = re.compile(r"k(?<=ask)s?\s*\d")
#: ... whose canonical name says "Task N" ("SemEval-2018 Task4" too)
_SHARED_TASK_WORDS = re.compile(rf"\s+{_TASK_WORD}s?(?:\s+|(?=\d))")
#: evaluation campaigns with their year glued on: "WMT20", "IWSLT'17", "DSTC2", or a space before
#: it: "DEFT 2020" (the lexicon widens "WMT" to "WMT 2014" itself; not the start of a longer name:
#: "TAC 2011 AESOP"); a translation campaign's by a hyphen too, which names its data as the others
#: do: "WMT-14 English-German", "the IWSLT-2014 machine translation data set" (not "SemEval-2018",
#: the event of the tasks named after it)
_CAMPAIGN = re.compile(rf"(?<![\w-])(?:{'|'.join(CAMPAIGNS)})"
                       rf"(?: (?:19|20)\d\d(?!\s+[A-Z]{{2}})|['\u2019]?(?:19|20)?\d\d|\d|"
                       rf"(?:(?<=WMT|WAT)|(?<=IWSLT))-(?:19|20)?\d\d)(?![\w-])"
                       rf"(?:{_LANGUAGE_PAIR})?")
_CAMPAIGN_GATE = re.compile("|".join(CAMPAIGNS))
#: ... the campaign of a name that starts with an edition of it ("WMT 2019 ...", "SemEval-2020
#: Task 7", "WMT’19")
_CAMPAIGN_BASE = re.compile(rf"({'|'.join(CAMPAIGNS)})[ '\u2019-]?(?:19|20)?\d\d(?!\d)")
#: a news translation test set by its own name (R-ds-splitlabel): "39.6% BLEU on newstest2019",
#: "newstest 2019", "NewsTest2014", with the campaign and language pair written right before
#: it ("38.3 BLEU on WMT English-French NewsTest2014": one name, as written)
_NEWSTEST = re.compile(r"[Nn]ews\s?[Tt]est\s?['\u2019]?-?(?:19|20)?\d\d(?![\w-])")
_NEWSTEST_CAMPAIGN = re.compile(
    r"(?<![\w-])(?:WMT|IWSLT|WAT)(?:[ -]?['\u2019]?(?:19|20)?\d\d)?"
    r"(?:\s+[A-Z][a-z]+[-\u2013](?:to-)?[A-Z][a-z]+)?\s+\Z")
#: the NIST machine translation evaluation by its language pair, as WMT's ("the NIST
#: Chinese-to-English and the WMT English-to-German tasks", "NIST OpenMT'12 Chinese-English";
#: not the NIST metric, which no pair follows: "BLEU and NIST scores")
_NIST_PAIR = re.compile(rf"NIST(?:\s(?:MT|OpenMT)['\u2019]?\d*)?{_LANGUAGE_PAIR}")
#: "the Omniglot dataset", "the Visual Genome dataset": a Title Case name the article and a
#: singular data noun frame (the name-shaped ones, "the PathX-256 task", are found above); a
#: preposition frames it as well as the article: "Our experiments on Enron dataset", "from the
#: news domain of Datum corpus", "97% on Brown corpus and 98% on ..." (not after a capitalized
#: word, which it ends a longer name with: "the World of Bits benchmark", "Word in Context")
_THE_NAME_DATASET = re.compile(
    r"(?<![\w-])(?P<opener>the|on|of|in|from|with|using|and)\s+"
    r"(?P<name>[A-Z][a-z]+(?:[-\s][A-Z][a-z]+)?)\s+(?:dataset|corpus|benchmark|treebank)\b"
)
#: a coined name in lower case before such a noun, the article or a preposition before it:
#: "the wikitext2 dataset", "the mATIS++ dataset", "the ssj200k treebank", "on mTVR dataset"
#: (searched back from the noun; ``_coined_lower`` asks for its capital, digit or "+")
_LOWER_NAME_BEFORE = re.compile(
    r"(?<![\w-])(?:[Tt]he|on|of|in|from|with|using|and)\s+(?P<name>[a-z][\w'+-]*)\Z")
#: (which, and ``_DATA_BEFORE_NAME``, need one of these words, or "data set" written apart)
_DATA_NOUN_WORDS = ("dataset", "corpus", "benchmark", "treebank")
#: (``_THE_NAME_DATASET`` is tried at every position, its lookbehind first: so only where one
#: of the nouns ends a word, ``_DATA_NOUN_END`` tried where the nouns are (``_DATA_NOUN_STARTS``),
#: after a capitalized word, ``_capital_word_ends``)
_DATA_NOUN_END = re.compile(rf"(?:{'|'.join(_DATA_NOUN_WORDS)})\b")
_DATA_SET_APART = re.compile(r"data\sset")
#: where the data nouns start ("corp" for "corpus" and "corpora"): their places, found once by
#: substring search (``_starts_of``), serve the rules of data nouns (tried only there, see
#: ``_finditer_at``) and their tests, which scans of the text, one for each, cost several times
#: more (scanned for, ``_DATA_BEFORE_NAME`` tried its nouns at every "b", "c", "d" and "t")
_DATA_NOUN_STARTS = ("data", "corp", "benchmark", "treebank")
#: "the AID aerial scene classification dataset", "the SPaRKy restaurant corpus", "the RuleTaker
#: synthetic question answering (QA) dataset": a name-shaped name the words of what its data
#: is part from a singular data noun (not a clause: "the CSPAN model on several benchmark data
#: sets", "the ADI shared task dataset", "the MFS and corpus concatenation methods")
_DESCRIBING_WORD = (r"(?!(?:on|in|of|for|and|or|with|to|via|from|by|as|at|into|over|than|is|are|"
                    r"was|were|be|been|this|that|these|those|its|their|our|which|who|a|an|the|"
                    r"tasks?|shared|models?|version)\b)[a-z][a-z-]*\s+")
_DESCRIBING = rf"(?:{_DESCRIBING_WORD}){{1,3}}(?:\([^()]{{1,12}}\)\s+)?"
#: (a language may describe it: "GLAFF, a large-scale versatile French lexicon extracted from",
#: "the Tashkeela Arabic diacritization benchmark"), also alone, dropped with the head
#: (R-ds-langafter: "the Sejong Korean corpus" is Sejong), unless another rule took the name
#: with it (a part of a multilingual resource, R-ds-langdesc: "the INESS Norwegian treebank")
#: (its version after the name, part of it: "the OdiEnCorp 2.0 parallel corpus", "the STEM-ECR
#: v1.0 dataset"; also in ``_ON_NAME``)
_VERSION = r"(?>\s(?:v\d+(?:\.\d+)*|\d\.\d))"
_LANGUAGE_WORD = "(?:" + "|".join(sorted(w.title() for w in LANGUAGES)) + r")\s+"
_THE_NAME_DESCRIBED = re.compile(
    rf"the(?<!\wthe)\s+(?P<name>{_CAP_WORD}{_VERSION}?)\s+"
    rf"(?:{_LANGUAGE_WORD}(?:{_DESCRIBING}|(?P<alone>))|{_DESCRIBING})"
    r"(?:dataset|corpus|benchmark|treebank)\b(?!-)"
)
#: ... and of a lexical resource, which is data (as in _TITLE_DATA and _RESOURCE_NOUN): "the WALS
#: database", "the NELL knowledge base", "the EDR dictionary", "the SIMPLE lexicon" (not a
#: database system: "the Neo4j graph database")
_THE_NAME_RESOURCE = re.compile(
    rf"the(?<!\wthe)\s+(?P<name>{_CAP_WORD})"
    r"(?!\s+(?:graph|relational|vector|document|key-value|NoSQL)\s+database)"
    rf"\s+(?:{_DESCRIBING_WORD}){{0,2}}"
    r"(?:database|lexicon|dictionary|knowledge\s+base)(?![\w-])"
)
#: (its nouns, substring tests first: a scan for the gate tries them after every space)
_RESOURCE_WORDS = ("database", "lexicon", "dictionary", "knowledge base")
_THE_RESOURCE_GATE = re.compile(rf" (?:{'|'.join(_RESOURCE_WORDS)})\b")
#: ... or the resource noun before the name: "the valency lexicon Walenty", "the electronic
#: dictionary DWDS", "the biological database SABIO-RK" (not a language: "the lexical database
#: Finnish")
_THE_RESOURCE_NAMED = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?:{_DESCRIBING_WORD}){{0,3}}(?:database|lexicon|dictionary) "
    rf"(?P<name>{_CAP_WORD})(?=[\s,.;:)])")
#: ... and so a data noun before the name: "the benchmark dataset ReDial", "our corpus
#: PorSimplesSent", "a recently released cloze-test dataset CLOTH (Xie et al., 2017)", also
#: plural after "benchmark", with no article: "We experiment on benchmark corpora SETIMES,
#: conducting", "the experiments on the benchmark datasets SE14 of laptop"
_THE_DATA_NAMED = re.compile(
    rf"(?<![\w-])(?:(?:[Tt]he|[Aa]n?|[Oo]ur)\s+(?:{_DESCRIBING_WORD}){{0,3}}"
    rf"(?:dataset|data\sset|corpus|benchmark|treebank)|benchmark\s(?:datasets|corpora)) "
    rf"(?P<name>{_CAP_WORD})(?=[\s,.;:)])")
#: (its cheap test first, a data noun and a capital after it, tried where the nouns are, see
#: ``_DATA_NOUN_STARTS``: the rule tries its determiners and words at every word start)
_DATA_NOUN_NAMED = re.compile(r"(?:datasets?|data\sset|corpus|corpora|benchmark|treebank) [A-Z]")
#: a name in apposition before what it is: "CIFAR-10H and ImageNet-16H, two large-scale
#: crowdsourced datasets", "VoxClamantis v1.0, the first large-scale corpus for", "Tashkeela (a
#: large corpus)" (the words between describe the data: no verb, preposition or model noun)
#: (also a named lexical resource, which is data as in titles, _TITLE_DATA: "Hurtlex, a
#: multilingual lexicon of words to hurt", "COLLIE-V, a deep lexical resource for verbs",
#: "Polymots, a lexical database", "SSRN, a large repository of preprints"; the noun ends its
#: phrase: not "a low resource language"; a repository holds data: not "VLibrary, a repository
#: that stores trained M2IVs")
_RESOURCE_NOUN = (r"(?:(?:lexicons?|resources?|databases?|dictionar(?:y|ies)|wordnets?)"
                  r"(?=\s*[,.;:()]|\s+(?:for|of|with|that|which|containing|in|from|and|"
                  # ... or a participle that describes how it was made: "LexFr, a corpus-based
                  # French lexical resource built by", "Tharwa, a three-way lexicon comprising"
                  r"built|extracted|based|derived|created|compiled|consisting|covering|resulting|"
                  r"designed|developed|comprising|constructed|composed|obtained|generated|"
                  r"automatically|manually|freely|publicly)\b)|"
                  r"repositor(?:y|ies)(?=\s+of\b))")
#: (its first words may be adjectives listed with commas: "MacNoise, a machine-generated,
#: conflict-induced dataset", "Mintaka, a complex, natural, and multilingual dataset")
_LISTED_WORD = r"[a-z\d][\w-]*,\s+(?:and\s+)?"
_DATA_APPOSITION = (rf"\s*(?P<det>[Aa]n?|[Tt]he|two|three|four|five|six|both)\s+"
                    rf"(?:{_LISTED_WORD}){{0,3}}(?:{_DESCRIBING_WORD}|{_LANGUAGE_WORD}){{0,4}}?"
                    rf"(?:{DATA_NOUNS}|(?:challenge|test)\s+sets?|"
                    rf"{_RESOURCE_NOUN})\b")
#: (a dash sets it off as a comma does: "RecipeNLG \u2013 a novel dataset of cooking recipes",
#: "CARE\u2014a new IE dataset", "SenTube -- a dataset of user-generated comments")
_DATA_APPOSED = re.compile(
    rf"(?P<name>{_WORD}(?:\sv\d+(?:\.\d+)*)?)(?:,|\s\(|\s?[\u2013\u2014]|\s--?\s){_DATA_APPOSITION}"
    rf"(?!-|\s+(?:are|is|were|was|have|has|{DATA_NOUNS})\b)")
#: ... and the shapes a name takes there besides ``is_name_shaped``'s: "xGQA", "hardEN", "42D",
#: "hr500k", "doc2dial" ("We introduce hr500k, a manually annotated corpus of Croatian")
_APPOSED_SHAPE = re.compile(r"[a-z]{1,5}[A-Z][\w-]*|\d+[A-Za-z][\w-]*|[a-z]+\d+[A-Za-z][\w-]*")
#: (the apposition alone, a comma or parenthesis first, is found several times faster than the
#: rule, which is tried at every word; one pattern per character, each led by its literal, which
#: the engine finds faster than a character class)
_DATA_APPOSED_GATES = [re.compile(rf"{re.escape(c)}{_DATA_APPOSITION}")
                       for c in (",", "(", "\u2013", "\u2014", "- ")]
#: ... or after it: "We design a synthetic benchmark, CommaQA, with", "the only available dataset
#: for this task, RELX-Distant (Köksal", "a corpus from the 1970s, Talbanken76, converted" (a
#: singular data noun, then nothing or a prepositional phrase; not "corpus metadata, EXAKT")
#: (a spaced dash sets the name off as a comma does: "develop a new Wikidata-based dataset -
#: WD50K.", "a novel 23 participant eye tracking dataset - MQA-RC, in which")
_SET_OFF = r"(?:\s*,|\s+[-\u2013\u2014])\s+"
_DATA_BEFORE_NAME = re.compile(
    r"(?:data(?<!\wdata)\s?set|corpus(?<!\wcorpus)|benchmark(?<!\wbenchmark)|"
    r"treebank(?<!\wtreebank))"
    r"(?:\s+(?:for|of|on|in|from|with)(?:\s+(?!(?:and|or|but|which|that)\b)[\w'-]+){1,4}?)?"
    rf"(?:{_SET_OFF}(?:(?:namely|called|named|dubbed)\s+)?"
    # (also in markdown bold, where it may have more words: "we annotate a new dataset, **MORAL
    # EVENTS**, consisting of", "we propose Decision QA benchmark, **DQA**.")
    rf"(?P<bold>\*\*)?(?P<name>{_WORD}(?(bold)(?:\s{_CAP_WORD})*))(?(bold)\*\*)"
    r"(?=\s*[,(;:]|\.(?:\s|$))|"
    # ... or a long form in Title Case, its acronym after it: "a new dataset, Codeforces
    # Multiclass-5 (CFMC5)", "a new corpus, the Story Dialogue with Gestures (SDG)", "a new
    # dataset called Commonsense Reasoning for Counterfactual Scene Imagination (CoSIm)", "a new
    # real-world scenario dataset, the BlurbGenreCollection (BGC)" (the acronym is found as its
    # alias, R-ds-acronym), the acronym ending the phrase (not "across corpus, Language ID (LID)
    # tags")
    rf"(?:{_SET_OFF}(?:(?:namely|called|named|dubbed)\s+)?|\s+(?:called|named|dubbed)\s+)"
    rf"(?:the\s+)?[\"\u201c]?(?P<long>{_CAP_WORD}(?:(?:\s(?:of|for|with|and|in|on|to))?\s{_CAP_WORD})*)"
    rf"[\"\u201d]?(?=\s\([A-Za-z][\w+.-]*[A-Z][\w+.-]*\)(?:[,.;]|\s+(?:{DATA_NOUNS}|which|that|"
    r"with|to|for|consisting|containing|featuring|comprising|specifically)\b)))")
_SPACED_DASH = re.compile(" [-\u2013\u2014] ")
#: the acronym of a long form whose head opens it: "the Corpus of Contemporary American English
#: (COCA)", "the Grammarly Corpus for Discourse Coherence (GCDC)", "the Benchmark for reliABilitY
#: and jailBreak haLlUcination Evaluation (BabyBLUE)" (in one line: a title's head is no cue)
_HEAD_FIRST_ACRONYM = re.compile(
    r"(?P<before>(?:[A-Z][\w-]*\s+){0,3})(?P<head>Benchmark|Dataset|Corpus|Treebank)\s+"
    r"(?:for|of|on|in)\s+[^()\n.;]{3,90}?\((?P<name>[A-Za-z][\w+.-]*[A-Za-z0-9])\)")
#: (the rule may start anywhere; its head, tested first, is rare)
_HEAD_FIRST_GATE = re.compile(r"(?:Benchmark|Dataset|Corpus|Treebank)\s+(?:for|of|on|in)\s")
#: ... and such a name with no acronym, the article before it: "trained on ... from the Database
#: of Icelandic Morphology", "the Corpus of Contemporary Serbian" (R-ds-acronym lists the long
#: form too where an acronym follows; a title's "A Corpus of Spoken German" describes, not names,
#: and in a title only its start names: "DIM: The Database of ...", not "Studying the Lexicon of")
_HEAD_FIRST_NOUNS = ("Corpus", "Database", "Treebank", "Lexicon", "Dictionary", "Archive")
_THE_HEAD_FIRST = re.compile(
    rf"(?<![\w-])[Tt]he\s+(?P<name>(?:{'|'.join(_HEAD_FIRST_NOUNS)})\s+of"
    rf"(?:\s+the)?(?:[ ](?:(?:of|for|and|in|on)[ ])?{_CAP_WORD})+)")
#: (its cheap test first, one of the nouns before " of": the literal "of", which the engine
#: finds fast, then the space and the nouns behind it: half the time six substring tests took,
#: and two thirds of the time " of" took, led by the space, the commonest character)
_HEAD_FIRST_OF = re.compile("of(?<= of)(?:"
                            + "|".join(f"(?<={noun} of)" for noun in _HEAD_FIRST_NOUNS) + ")")
#: "the Vietnamese treebank", "the Mongolian corpus": a language's data, not a named dataset
_LANGUAGE_LIKE = re.compile(r"(?:ese|ian|ish|ic|an|i)$")
#: ... and so is a sign language's, written in capitals: "the Greek Sign Language dataset" (a name
#: before it stays: "the BosphorusSign Turkish Sign Language corpus")
_SIGN_LANGUAGE = re.compile(r"(?:\A|\s)(?:[A-Z][a-z]+\s)?Sign\sLanguage\Z")
#: names ending in the collection they are: "the NAIST Text Corpus", "Penn Discourse
#: Treebank", "E2E NLG Challenge" (the noun is part of the name), with the release year
#: written after it: "the Webis Gmane Email Corpus 2019"; also in the plural: "On the Universal
#: Dependency Treebanks"; "Dataset" after two words or more: "This resulted in the Real World
#: Worry Dataset of 5,000 texts" (one name-shaped word before it is the name: "the DailyDialog
#: Dataset" is DailyDialog; nor is part of a longer name one: "Emotion aware Multilingual
#: Multimodal Multiparty Dataset"), nor after a known name: "the Cornell Movie Dialogs Dataset",
#: "13 languages of Universal Dependencies Treebanks"; two
#: heads are one name: "the African Language Dataset Challenge"
_COLLECTIONS = ("Corpus", "Corpora", "Treebank", "Treebanks", "Challenge", "Bank", "Dataset")
#: (the rule needs one of them written: substring tests, "Treebank" also for "Treebanks")
_COLLECTION_WORDS = tuple(word for word in _COLLECTIONS if word != "Treebanks")
_COLLECTION = re.compile(
    rf"(?P<name>[A-Z0-9](?<![\w'+.-].){_REST}(?:\s(?:[A-Z0-9]{_REST}|of|for|and)){{0,5}}?"
    rf"(?:\s(?:{'|'.join(_COLLECTIONS)})){{1,2}}(?:\s(?:19|20)\d\d\b(?![.,]\d|-))?)(?![\w-])"
)
#: instruction or training data taken from a model ("instruction data from Magicoder")
_DATA_WORD = re.compile(r"data|datasets?|corpus|corpora|instructions|examples|samples")
#: Wikipedia, a generic word otherwise (_GENERIC), as the data a method is trained, run or
#: evaluated on (R-ds-input): "the English Wikipedia corpus", "co-citations from Wikipedia
#: articles", "trained on Wikipedia", "corpora like Wikipedia" (with the language of its
#: edition); not part of another name ("Wikipedia Update Generation task", "Wikipedia tables")
_WIKIPEDIA = re.compile(r"(?:(?P<lang>[A-Z][a-z]+)\s)?Wikipedia"
                        r"(?![\w-]|\s+(?:[A-Z]|tables?\b|info-?box))")
_WIKIPEDIA_AS_DATA = re.compile(r"\s+(?:corpus|corpora|dumps?|articles|texts?|data)\b")
_ON_DATA_BEFORE = re.compile(r"(?i:train|evaluat|test|experiment|pre-?train|fine-?tun)\w*"
                             r"(?:\s+[\w-]+){0,3}?\s+on\s+(?:the\s+)?$")
_EXAMPLE_DATA_BEFORE = re.compile(r"(?:corpora|corpus|datasets?|data|resources?|sources?)\s*"
                                  r"[(,]?\s*(?:such\s+as|like|e\.g\.,?|i\.e\.,?|including)\s+$")
_EDITION_LANGUAGES = ("Greek", "French", "Dutch", "Czech", "Thai", "Basque", "Welsh", "Uyghur",
                      "Slovene", "Slovak", "Latin", "Yoruba", "Hausa", "Uzbek", "Kazakh")
#: ... unless the paper builds data of its own, which Wikipedia is then the source of
#: (R-ds-source: HoVer's claims "extracted from several Wikipedia articles"): a data noun in its
#: title or after a verb of making ("we present a simple technique for converting this
#: Wikipedia text into lexicons", "constructed a dataset of 66K multimodal documents")
_DATA_MADE = re.compile(rf"(?i:\b(?:{INTRODUCING_VERBS}|release|compile|collect)(?:s|d|ed)?\b|"
                        rf"\bnew(?:ly)?\b)[^.;]{{0,80}}?\b(?:{DATA_NOUNS}|resources?|lexicons?)\b")
_DATA_TITLE = re.compile(r"(?i:dataset|corpus|corpora|benchmark|treebank|resource|lexicon)")


def _is_language(word: str) -> bool:
    """Whether a word may name a language ("Vietnamese", "Thai", "Urdu"): a known one or one
    with a language's ending (``_LANGUAGE_LIKE``); "the Vietnamese treebank" is a language's
    data, not a named dataset."""
    return word.lower() in LANGUAGES or word in _EDITION_LANGUAGES \
        or _LANGUAGE_LIKE.search(word) is not None


def _language_start(text: str, start: int, end: int, original: str | None) -> int:
    """Where a resource built for each language (``_PER_LANGUAGE``), from ``start`` to ``end``,
    starts: at its language ("the French FrameNet"), or at the word before that naming its
    edition ("the Open Dutch Wordnet", "Simple English Wiktionary"); not at the language of the
    ``original`` alone ("the English WordNet"), unless a release follows ("English WordNet
    2019"), nor at an adjective in "-ic", which names no language there ("Automatic Propbank
    Generation", "Diachronic WordNet Versions")."""
    found = _LANGUAGE_BEFORE.search(text, max(0, start - 30), start)
    if found is None or not _spoken(found["word"]):
        return start
    edition = found["edition"]
    if edition in ("Open", "Simple") or edition and _spoken(edition):
        return found.start()
    if found["word"] == original and not any(c.isdigit() for c in text[start:end]):
        return start
    return found.start("word")


def _spoken(word: str) -> bool:
    """Whether a word names a language (``_is_language``) and is no adjective in "-ic"."""
    return _is_language(word) and (word.lower() in LANGUAGES or not word.endswith("ic"))


#: web addresses: names inside them are not mentions (the parts between dots possessive: a dot
#: follows each, so giving characters back never helps, and it cost a retry per character)
_URL = re.compile(r"(?:https?://|www\.|\b[\w-]++(?:\.[\w-]++)*\.(?:com|org|io|ai|co|net|edu)/)\S+")
_URL_GATE = re.compile(r"://|www\.|\.(?:com|org|io|ai|co|net|edu)/")
#: markdown italics around a name, which the rules read without its asterisks: "we propose
#: *BoostPFN* designed to", "tasks in the *PosteriorDB* benchmark" (each asterisk becomes a
#: space, so the offsets stay the text's; not a starred symbol, "V$^*$ Bench", nor markdown
#: bold, which the rules that meet it read as such)
_ITALICS = re.compile(
    r"(?<![\w*$^\\])\*(?=[A-Za-z])(?P<inner>[^*\n]{1,80}?)(?<=[\w.)+-])\*(?![\w*])")


def without_italics(text: str) -> str:
    """``text`` with markdown italics around names read as spaces (``_ITALICS``)."""
    return _ITALICS.sub(r" \g<inner> ", text) if "*" in text else text

#: "datasets such as X, Y and Z", "three other datasets, X, Y, and Z", "models including X":
#: one literal-led rule per head noun, so that the regex engine can scan for it quickly (the
#: lookbehind then checks that the noun starts a word: not "corpora" in "incorporating"); each
#: with its noun, a substring test that spares the scan where the noun is not written
_HEAD_LISTS = [
    (stem, re.compile(rf"{stem}(?<![A-Za-z]{'.' * len(stem)})\w*(?:\s*\([^()]{{1,30}}\))?[,:]?"
                      r"\s+(?P<cue>(?:such\s+as|including|like|e\.g\.,?|namely)\s+)?(?=[A-Z])"),
     label)
    for stem, label in (("dataset", "DATASET"), ("benchmark", "DATASET"), ("corpora", "DATASET"),
                        ("models", "MODEL"), ("LLMs", "MODEL"), ("backbones", "MODEL"))
]
_RUN = re.compile(_TITLE_RUN)
#: a list whose length the count before its plural data noun states: "two datasets,
#: Enron-Context and Reddit-Context", "two news datasets (KINNEWS and IRNEWS)", "two different
#: corpora : CID and SEMAINE"; the count agreeing with the items names each a dataset, though
#: none is known or name-shaped (not languages: "three corpora (Spanish, Chinese and Japanese)")
_COUNTED_LIST = re.compile(
    r"\b(?P<n>[Tt]wo|[Tt]hree|[Ff]our|[Ff]ive|[Ss]ix)\s+(?:[\w-]+\s+){0,3}?"
    r"(?:datasets|data\s?sets|corpora|benchmarks|treebanks)\s*(?P<open>\(|[,:])\s*"
    r"(?:(?:namely|i\.e\.|viz\.),?\s+)?(?=[A-Z])")
_COUNTS = {"two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
#: (the words its matches start with: it is tried only where they are written, see
#: ``_finditer_at``; scanned for, it tried its counts at every word start)
_COUNT_WORDS = [word for count in _COUNTS for word in (count, count.title())]
#: ... whose items are the splits of one set by their labels, not names (R-ds-splitlabel): "two
#: evaluation data sets, Test1 and Test2", "datasets B1 and B2"
_SPLIT_LABEL = re.compile(r"(?:[A-Z]|Test|Dev|Train|Valid)[-_ ]?\d{0,2}", re.IGNORECASE)
#: ... and what closes such a list: its parenthesis, or a comma or stop after a list in prose
_COUNTED_LIST_END = {"(": re.compile(r"\s*\)"), ",": re.compile(r"\s*[,.;]"),
                     ":": re.compile(r"\s*[,.;]")}
#: "a new dataset X", "a new large-scale music dataset, X", "we introduce a benchmark dataset
#: CUNIT", "create a human-to-human Chinese dialog dataset DuRecDial", "a newly constructed
#: dataset BWB"
_NEW_BEFORE = re.compile(
    rf"\b(?:new(?:ly)?|novel|(?:{INTRODUCING_VERBS}|built|release|collect|curate)\w*\s+(?:a|an))\s+"
    r"(?:(?!(?:on|in|of|the|for|and|with|to)\b)[\w-]+\s+){0,3}$", re.IGNORECASE
)
#: a gloss or citation in parentheses after a list item, not a nested one
_GLOSS = re.compile(r" \([^()\n]{1,60}\)")
_RUN_NEXT = re.compile(rf"{_LIST_SEP}(?P<w>{_TITLE_RUN})")
#: "evaluated on XQA", "trained on FineWeb-Edu": "on" + name, checked for a verb before it
#: (also opening a sentence: "Experiments on OPUS-100 (a novel ...", "Evaluated on WebQSP and
#: GraphQuestions"; and the gains and rates of results: "significant improvements on SQuAD2 and
#: NQ", "a 52.17% length-controlled win rate on AlpacaEval2 with", "improving state-of-the-art
#: accuracy on SQA from 55.1 to 67.2"; a verb of findings after it: "Experimental results on
#: TweetQA demonstrate", "Experiments on ALCE show"; a dash that opens an aside: "models trained
#: on Ru-RSTreebank – first Russian corpus annotated")
_ON_NAME = re.compile(rf"on\s+(?:the\s+)?(?P<name>{_CAP_WORD}{_VERSION}?)"
                      r"(?=\s*(?:[,.;:()]|and\b|or\b|with\b|which\b|for\s+the\b|from\s+\d|$)|"
                      r"\s[\u2013\u2014]\s|"
                      r"\s+(?:show|demonstrate|indicate|reveal|confirm|suggest|prove|verify|"
                      r"validate)s?\b)")
_ON_VERB = re.compile(
    r"[Ee]valuat\w*|[Tt]est\w*|[Ee]xperiments?|[Rr]esults?|accuracy|performances?|SOTA|"
    r"state-of-the-art|art|benchmark\w*|[Tt]rain\w*|pre-?train\w*|[Ff]ine-?tun\w*|finetun\w*|"
    r"scores?|improvements|gains?|rates?|conducted"
)
#: ... or a score of a result earlier in its clause: "improves pass@1 accuracy of Qwen2.5 32B
#: on HumanEvalFix", "the relative improvement can be as far as 8.6% on the MEDTEST14"
_SCORE_BEFORE = re.compile(r"\d(?:\.\d+\s?%?|\s?%)(?:[^.;:()]|\.\d)*\Z")
_NEXT_NAME = re.compile(r"\s+[A-Z]")
#: a plural ending after a letter: "EfficientNets", "ResNets" (not "Atlas"'s "ss")
_PLURAL = re.compile(r"[A-Za-z](?<!s)s$")
#: the size part of a sized name ("-8B" in "ProLong-8B-Instruct")
_SIZE_PART = re.compile(r"-(?:\d+x)?\d+(?:\.\d+)?[BbMm]\b")
#: the nouns a dataset's items are counted in
_DATA_ITEMS = (r"(?:pairs|sentences|images|videos|clips|examples|samples|documents|articles|"
               r"questions|utterances|dialogues|conversations|tweets|posts|reviews|records|"
               r"instances|words|faces|entries|triples)")
#: a count of data items: "22M sentence pairs", "more than 50 million English-English
#: sentential paraphrase pairs" (its number and scale; the gate is a digit and a scale)
_DATA_COUNT = re.compile(
    r"(?<![\w.])(?P<n>\d+(?:\.\d+)?)\s?(?P<scale>[KMB]|thousand|million|billion)\s+"
    rf"(?:[\w-]+\s+){{0,3}}?{_DATA_ITEMS}\b")
_DATA_COUNT_GATE = re.compile(r"\d\s?(?:[KMB]|thousand|million|billion)\s")
#: a name that opens its sentence as the subject of what it contains, counted or named as data
#: items, is data: "ENGLAWI contains 752,769 articles", "DESCGEN consists of 37K entity
#: descriptions", "ViCon comprises pairs of synonyms and antonyms" (not the parts of a model:
#: "... consists of 12 layers"); found from each verb, which most abstracts lack (tried where
#: its words are written, ``_finditer_at``: scanned for, it was tried at every "c" and "i")
_CONTAIN_WORDS = ("contains", "comprises", "consists", "includes")
_CONTAIN_VERB = re.compile(rf"(?:{'|'.join(_CONTAIN_WORDS)})\b")
_CONTAINS_SUBJECT = re.compile(rf"(?:(?<=[.;:]\s)|(?<=\n))(?P<name>{_CAP_WORD})\s+\Z")
_CONTAINED = re.compile(
    r"\s+(?:of\s+)?(?:[\w,.-]+\s+){0,4}?(?:\d[\d,.]*\s?(?:[KMB]|thousand|million|billion)?\s+"
    r"(?!(?:[\w-]+\s+)?(?:layers?|parameters?|modules?|blocks?|heads?|experts?|components?|"
    r"stages?|steps?|parts?|phases?|levels?)\b)|"
    rf"(?:{_DATA_ITEMS}|annotations)\b)")
#: a lexicon spelling's lower-case data noun is its cue, not part of the name the text gives
#: ("the GENIA corpus", "the Wall Street Journal corpus", "the Alpaca dataset" name GENIA, Wall
#: Street Journal, Alpaca, as the studied gold writes such names 101 times to 1)
_LOWER_DATA_TAIL = re.compile(r" (?:corpus|dataset|benchmark|treebank)\Z")


def _own_head(entry: Entry | None, written: str) -> bool:
    """Whether the treebank or benchmark ending a lexicon hit belongs to the name it spells, in
    any case ("the Penn treebank", "the STS benchmark" of Penn Treebank, STS Benchmark; not "the
    GENIA corpus" of GENIA), so that it stays in the name (``_NAME_DATA_HEAD``)."""
    return entry is not None and any(_cased_key(a) == _cased_key(written)
                                     and not _LOWER_DATA_TAIL.search(a) for a in entry.names)


#: pattern rules whose cue is explicit enough to outweigh an acronym's common-phrase reading
_STRONG = {"pattern:name_is_head", "pattern:head_called", "pattern:acronym", "pattern:title",
           "pattern:sized_name", "pattern:shared_task", "pattern:track",
           "pattern:task_acronym"}
#: cheap tests that let whole rules be skipped
_SIZE_GATE = re.compile(r"\d[BMbm]\b")
#: a list of names: "BoolQ, PIQA, and XQA", "MMLU and GSM8K", "(CNN/DailyMail, XSum, and
#: ClinicalTrial)" (a name joined by a slash is one item; not variants: "CIFAR-10/100")
_LIST_WORD = rf"{_WORD}(?:/(?=[A-Za-z]){_WORD})*"
_LIST_NEXT = re.compile(rf"{_LIST_SEP}(?P<w>{_LIST_WORD})")
_LIST_PREV = re.compile(rf"(?P<w>{_LIST_WORD}){_LIST_SEP}\Z")
_LIST_FIRST = re.compile(_LIST_WORD)
_LIST_PREV_GLOSSED = re.compile(rf"(?P<w>{_LIST_WORD})(?:{_GLOSS.pattern})?{_LIST_SEP}\Z")
#: "a DistilBERT-based classifier", "LLaMA-based models": the name a model is based on
_BASED = re.compile(r"-based(?=(?:\s+[\w-]+){0,2}?\s+(?:models?|classifiers?|encoders?|LLMs?|"
                    r"networks?|architectures?|baselines?)\b)")
#: a model's size written apart at the end of a run of capitalized words: "Nemotron 4 340B"
_SIZE_APART = re.compile(r"\s\d+(?:\.\d+)?[BM]\Z")
#: "Blender 90M", "UL2 20B": a name with its size written apart (not "20B tokens")
_NAME_SIZE = re.compile(
    rf"(?P<name>{_CAP_WORD})\s+\(?(?:\d+x)?\d+(?:\.\d+)?[BM]\b\)?"
    r"(?!\s*(?:tokens?|words?|images?|examples?|samples?|pairs?|documents?|sentences?|hours?|"
    r"instances?|characters?|bytes?|rows?|records?|utterances?|videos?))"
)
#: the title's leading name and what follows: "POINTS: Improving ...", "LOLA - An ..."
#: (the head after it, article or not: "LOLA - An Open-Source ... Model", "ReInceptionE:
#: Relation-Aware Inception Network"; not a verb phrase: "LoRe: Personalizing LLMs")
_TITLE = re.compile(rf"^\s*(?P<name>{_WORD}(?:\sv?\d+(?:\.\d+)+)?)\s*(?::|\s[\u2013\u2014-]\s)\s*"
                    r"(?P<rest>[^\n]*)")
_TITLE_HEAD = re.compile(
    r"^(?:(?:a|an|the)\s+|(?!(?:towards?|how|why|what|when|can|does|do|is|are)\b|[\w-]+ing\b|"
    r"[a-z]+ize\b|(?:empower|stimulate|leverage|rethink|enhance|improve|boost|make|let|"
    r"teach|align|adapt|apply|harness|infuse|extract|annotate|release)s?\b))"
    r"(?:(?:pool|series|family|suite|set|collection)\s+of\s+)?"
    r"(?P<head>(?:[\w-]+\s+){0,5}?[\w-]+?)(?:\s+(?:for|by|with|in|on|to|via|through|from|using|"
    r"of|that|and|towards?|over|across)\b|[,.:;]|$)",
    re.IGNORECASE,
)
#: (a named language resource counts as data: "Rad-SpatialNet: A Frame-based Resource for ...",
#: "NomLex-PT: A Lexicon of Portuguese Nominalizations", "CogNet: A Large-Scale Cognate
#: Database"; not "AutoQA: From Databases To QA Semantic Parsers")
_TITLE_DATA = re.compile(
    rf"^(?!from\b).*(?:{_DATA_NOUN}|resources?|lexicons?|databases?|repositor(?:y|ies))$",
    re.IGNORECASE,
)
#: (a trained system named for what it does counts too: "LaPraDoR: Unsupervised Pretrained
#: Dense Retriever")
_TITLE_MODEL = re.compile(rf"(?:{_MODEL_NOUN}|LM|{_NETWORK_NOUN})$",
                          re.IGNORECASE)
#: a data noun the head stops short of, after adjectives joined by "and" or commas or before a
#: participle ("MultiNERD: A Multilingual, Multi-Genre and Fine-Grained Dataset for ..."):
#: "MOROCO: The Moldavian and Romanian Dialectal Corpus", "CCSum: A Large-Scale and
#: High-Quality Dataset for ...", "DAICT: A Dialectal Arabic Irony Corpus Extracted from ..."
#: (not "AgentQuest: A Modular Benchmark Framework", "Align Me: A framework to generate
#: Parallel Corpus")
_TITLE_DATA_LATE = re.compile(
    r"^(?:a|an|the)\s+(?:(?!(?:for|by|with|in|on|to|via|through|from|using|of|that|towards?)\b)"
    r"[\w-]+,?\s+){0,6}?(?:dataset|data\s?set|corpus|corpora|benchmark|treebank)s?"
    r"(?=\s+(?:for|by|with|in|on|to|via|through|from|using|of|that|and|towards?|over|across|"
    r"based|[a-z]+ed)\b|"
    r"\s*[,.:;(]|\s*$)",
    re.IGNORECASE,
)
#: ... or ends the phrase of a gerund or "Towards" that opens the title, after an article, where
#: the abstract makes data (``_DATA_MADE``): "SaRoCo: Detecting Satire in a Novel Romanian Corpus
#: of News Articles", "ePiC: Employing Proverbs in Context as a Benchmark for ...", "KPWr: Towards
#: a Free Corpus of Polish", "DutchSemCor: Targeting the ideal sense-tagged corpus" (not the data
#: a method learns from: "LSTMEmbed: Learning Word and Sense Representations from a Large
#: Semantically Annotated Corpus")
_TITLE_DATA_VERBED = re.compile(
    r"(?:[A-Z][a-z]+ing|Towards?)\b[^:;]*?(?<!\sfrom)(?<!\son)(?<!\susing)(?<!\sover)"
    r"\s(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?i:corpus|dataset|data\s?set|benchmark|treebank)\b")
#: capitalized words that end in a network noun
_NETWORK_RUN = (r"(?:[A-Z][\w-]*\s){1,3}"
                r"(?:Networks?|Nets?|Transformers?|Machines?|Auto-?[Ee]ncoders?)")
#: a title opening with such words: "Fader Networks: Manipulating Images ...", "Hybrid Code
#: Networks: practical and efficient ...", "Set Transformer: A Framework ...", "The Kanerva
#: Machine: A Generative Distributed Memory"
_TITLE_NETWORK = re.compile(rf"^(?:The\s+)?(?P<name>{_NETWORK_RUN})\s*:")
#: ... or that "our" puts before a network noun that ends the name: "encode it using our
#: Convolutional Mesh Autoencoder.", "Our Attention Transformer model enjoys" (not before an
#: acronym, which names it, nor a name going on: "Our Support Vector Machine based tagger")
#: (led by the literal "ur", which the regex engine scans for at once, and not "\b[Oo]", tried at
#: every character: 1.3 us an abstract, not 12)
_OUR_NETWORK = re.compile(rf"ur(?<=\b[Oo]ur)\s+(?P<name>{_NETWORK_RUN})(?![\w-])"
                          r"(?!\s*\(|\s+[A-Z]|\s+based\b)")
#: a title's verb opening a headline: "Counting Like Transformers", "Training Quantized Nets"
_HEADLINE_VERB = r"[A-Z][a-z]+ing\s"
#: a whole title that spells out the acronym the abstract names its model by: "Neural Semantic
#: Encoders" ... "NSE is equipped with", "Quasi-Recurrent Neural Networks" ... "QRNNs", "Sum-
#: Product-Quotient Networks" ... "SPQN" (each capitalized word, or each part of a hyphened
#: one, gives a letter; not a headline opening with its verb, which names no model: "Accelerating
#: Gradient Boosting Machines" ... "AGBM")
_TITLE_SPELLED = re.compile(rf"(?:The\s+)?(?!{_HEADLINE_VERB})"
                            r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:of|in|for|with|and)\s+)?)"
                            r"{1,6}(?:Networks?|Nets?|(?:Auto-?)?[Ee]ncoders?|Transformers?|"
                            r"Machines?|Models?|Decoders?))\s*\n\n")
_INITIAL = re.compile(r"(?<![\w'-])[A-Z]")
_INITIAL_OR_PART = re.compile(r"(?<![\w'])[A-Z]")
#: (not a class of networks: "Porcupine Neural Networks", "Anytime Neural Network"; nor a
#: headline, ``_HEADLINE_VERB``)
_NOT_TITLE_NETWORK = re.compile(rf"Neural\s+Net(?:work)?s?$|^{_HEADLINE_VERB}")
#: a title's name that benchmarks what follows is a benchmark: "CodeARC: Benchmarking Reasoning
#: Capabilities of LLM Agents ...", "Flames: Benchmarking Value Alignment of LLMs in Chinese" (not
#: one verb of a method's list: "ThoughtTerminator: Benchmarking, Calibrating, and Mitigating")
_TITLE_BENCHMARKING = re.compile(r"Benchmarking\s")
#: a title's head that calls its name a way or framework, no model (GUIDELINES)
_TITLE_WAY = re.compile(rf"\b(?:{_WAY_NOUN}|frameworks?|protocols?)$", re.IGNORECASE)
#: a method noun before a name or in apposition after it (see ``_title_network``)
_WAY_BEFORE = re.compile(rf"\b(?:{_WAY_NOUN}|frameworks?)\b[^.;]*$")
_WAY_APPOSED = re.compile(rf"\s*,\s*(?:an?|the)\s+(?:[\w-]+\s+){{0,4}}?"
                          rf"(?:{_WAY_NOUN}|frameworks?)\b")
#: a single capitalized word names the data a title's head calls data ("Molweni: A Challenge
#: Multiparty Dialogues-based Machine Reading Comprehension Dataset", "Swords: A Benchmark
#: for Lexical Substitution"); not a verb or gerund ("Annotating", "Introducing")
_TITLE_WORD = re.compile(r"[A-Z][a-z]{3,}(?<!ing)")
#: a team's title at a shared task's edition, the whole title or up to its colon:
#: "FBK@SMM4H2020: RoBERTa for ...", "QCRI @ DSL 2016: ...", "CiteQA@CLSciSumm 2020" (not a team
#: at its institution: "NLP@VCU: ...", "HR@JUST Team at SemEval-2020 Task 4")
_TEAM_AT_EVENT = re.compile(r"\s*[\w.'\u2019-]+\s*@\s*(?P<name>(?P<event>[A-Z][\w-]*?)(?P<edition>"
                            r"\s?-\s?\d|[\s-]?['\u2019]?(?:19|20)?\d\d))\s*(?::|\n|$)")
#: an event that hosts shared tasks, no data itself (dev13 gold leaves out "the 2nd Workshop on
#: Noisy User-generated Text"; "the Cross Language Evaluation Forum (CLEF)")
_EVENT_WORD = r"(?:Forum|Workshop|Conference|Symposium|Meeting)s?"
#: (nor a game or environment one plays: "Argotario: Computational Argumentation Meets Serious
#: Games", "Tabouid: a Wikipedia-based word guessing game")
_TITLE_PLAY = re.compile(r"(?i:games?|environments?|tasks?)$")


#: any digit (a cheap test before rules that need a year)
_DIGIT = re.compile(r"\d")


#: a system paper's title naming the evaluation it took part in by its name and year: "PANLP at
#: MEDIQA 2019: ...", "Wipro AI Submissions to the WAT 2020", "... Systems for WNGT 2019", "IMS
#: at EmoInt-2017" (not a venue: "Shared Tasks at EMNLP 2018", "Satellite Session at RightsCon
#: 2020")
_TITLE_CAMPAIGN = re.compile(
    r"(?<!Tasks )(?<!Task )(?<!Session )(?<!Workshop )\b(?:at|to|for|in)\s+(?:the\s+)?"
    r"(?P<name>[A-Z][\w-]*?[A-Z][\w-]*?[- ]?(?:(?:19|20)\d\d|['\u2019]\d\d))"
    r"(?=\s*(?::|\n|$))"
)


@dataclass
class Name:
    """A name found in the text: character offsets, label, name to report and where from."""

    start: int
    end: int
    label: str
    written: str
    lexicon: str = ""
    source: str = "lexicon"


def is_campaign_edition(text: str) -> bool:
    """True for an evaluation campaign and its edition as the campaign rule finds it in any
    text ("SemEval 2019", "WMT20", "DEFT 2018")."""
    return _CAMPAIGN.fullmatch(text) is not None


@functools.lru_cache(maxsize=65_536)  # (asked of the same names in many rules and papers)
def is_name_shaped(word: str, strict: bool = True) -> bool:
    """True for a word shaped like a proper name (CarMem, XQA, PathX-256), not a common word.

    Not: "GPT-like" / "GPT4-Style" / "DADC-collected" (a lowercase or comparing last part),
    nor, when ``strict``, "Bradley-Terry" or "Chinese-to-English" (title-case words joined by
    hyphens name people or phrases).
    """
    if word.lower() in _GENERIC or len(word) < 2 or not word[0].isalnum():
        return False
    parts = word.split("-")
    # (a bidirectional class's "Bi-" joined back first: "Bi-LSTM-CRF" is BiLSTM and CRF)
    if all(p.lower() in _GENERIC for p in word.replace("Bi-", "Bi").split("-")):
        return False  # "LSTM-CRF", "CNN-RNN", "Bi-LSTM-CRF"
    if "to" in parts[1:-1]:
        return False  # "Text-to-SQL", "Speech-to-Text": a task
    last = parts[-1]
    if len(parts) > 1 and (last.isalpha() and last.islower() or _LIKE.match(f"-{last}")
                           or strict and all(p.istitle() and p.isalpha() or p in _JOINERS
                                             for p in parts)):
        return False
    rest = word[1:]
    has_upper = any(c.isupper() for c in rest)
    has_digit = any(c.isdigit() for c in word)
    return (word[0].isupper() and (has_upper or has_digit)) or (has_upper and "-" in word)


def _hyphened(alias: str) -> tuple[str, str]:
    """The hyphened spellings of a model name with a version after a space, which the
    tokenizer glues into one word with the family ("Claude 3.5 Sonnet" -> "Claude-3.5 Sonnet",
    "Claude-3.5-Sonnet"), so the lexicon's spaced name matches them."""
    return _SPACED_VERSION.sub("-", alias), alias.replace(" ", "-")


def _versioned_curated(entry: Entry) -> bool:
    """Whether a curated dataset's name holds its version, year or size ("ACE 2005", "WMT14"),
    whose aliases are then matched in any spelling of the joint (``_joint_spellings``); not a
    year alias of a name without one ("VOC2012" of PASCAL VOC, written "PASCAL VOC-2012"), nor
    a name mined from the corpus, as it was written there."""
    return entry.label == "DATASET" and entry.kind != MINED \
        and _VERSION_JOINT.search(entry.name) is not None


def _joint_spellings(alias: str) -> set[str]:
    """The other spellings of a known dataset's name at the joints of its letters and digits
    ("ACE2005", "ACE-2005" of ACE 2005; "WMT 14" of WMT14; "Caltech 101" of Caltech-101), which
    name the same data and score alike (GUIDELINES: spaces and hyphens are not in the key)."""
    return {_VERSION_JOINT.sub(joint, alias) for joint in ("", " ", "-")} - {alias}


#: the treebank or benchmark that ends a known name, written in any case: "Penn TreeBank", "Penn
#: treebank", "STS benchmark" name Penn Treebank and STS Benchmark (not a corpus, which the studied
#: gold leaves out of a name the text writes it after in lower case: "the ARRAU corpus", ARRAU)
_NAME_DATA_HEAD = re.compile(r"(?<=\s)(?:treebank|benchmark)\Z", re.IGNORECASE)


def _cased_key(name: str) -> str:
    """A name's scoring key with its case kept ("MUSE" and "Muse" differ), but for the treebank or
    benchmark that ends it, whose case does not make the name an ordinary phrase ("Penn TreeBank",
    "Penn treebank"), unless in lower case after a language alone ("using a French treebank")."""
    head = _NAME_DATA_HEAD.search(name)
    if head is not None and (head[0][0].isupper()
                             or name[:head.start()].strip().lower() not in LANGUAGES):
        name = name[:head.start()] + head[0].title()
    return name.translate(_NOT_IN_KEY)


def _run_is_name(run: str, strict: bool = True) -> bool:
    """A capitalized run names something if one word is name-shaped or it has >= 2 words."""
    words = run.split()
    if not words or words[-1].lower() in _GENERIC:
        return False
    return len(words) >= 2 or is_name_shaped(words[0], strict)


def _trim_run(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop leading function words ("The", "Our") from a capitalized run, and the possessive of
    an owner the names list as generic ("Google's C4 dataset", "OpenAI’s GPT-2 model")."""
    for word in text[start:end].split()[:-1]:
        if word.lower() not in _LEADING \
                and not (word[-2:] in ("'s", "\u2019s") and word[:-2].lower() in _GENERIC):
            break
        start += len(word) + 1
    return start, end


def _after_headline_words(text: str, start: int, end: int) -> tuple[int, int]:
    """Drop a headline's words up to its last capitalized function word before a name-shaped
    word ("Translation Using JAPIO Patent Corpora" -> "JAPIO Patent Corpora")."""
    words = text[start:end].split(" ")
    cut = max((i for i, w in enumerate(words[:-2]) if w[:1].isupper() and w.lower() in _LEADING
               and is_name_shaped(words[i + 1])), default=-1)
    return start + sum(len(w) + 1 for w in words[:cut + 1]), end


def _collection_named(words: list[str]) -> bool:
    """Whether the words before "Corpus" / "Treebank" name it ("NAIST Text", "Penn Discourse"):
    a single word must be shaped like a name; one is not a generic word, and none is a
    capitalized function word of a Title Case headline ("Towards A Large Scale Text Corpus")."""
    lowered = [w.lower() for w in words]
    if len(words) == 1 and not is_name_shaped(words[0]):
        return False  # "Amharic Corpus" is any corpus of Amharic
    return (any(w not in _GENERIC and w not in _LEADING for w in lowered)
            and lowered[0] not in ("towards", "toward")
            and not any(w in _LEADING for w in lowered[1:]))


#: a plain capitalized word that names the corpus or treebank after it ("the Gumar Corpus, a
#: large-scale corpus", "the Szeged Treebank", "the Turkish Treebank"), not what it is part of
#: ("the National Corpus of Polish", "the Penn Treebank tagset", "the Zipporah Corpus Filtering
#: toolkit", "the Chinese Treebank 6.0") nor a word that describes it ("the Final Corpora")
_PLAIN_COLLECTION_NOT = frozenset("""
final first second third new reference national text parallel basic international original
full main annotated training test spoken written multilingual bilingual monolingual gold silver
development evaluation sample pilot open free general modern contemporary historical old whole
entire current present same above following resulting proposed extended revised complete
""".split())
_PLAIN_COLLECTION_AFTER_NOT = re.compile(
    r"\s+(?:of|for|in|on|and)\s+[A-Z]|\s+[A-Z0-9]|-|\(|\s+(?:formats?|tagsets?|tag\s?sets?|tags|"
    r"guidelines|styles?|schemes?|annotation|toolkits?|projects?|initiatives?|software|tools?|"
    r"systems?|filtering|management|analysis|approach|conventions?|tokeni[sz]ation)\b")


def _plain_collection(text: str, start: int, end: int, words: list[str]) -> bool:
    """Whether "the" and one plain capitalized word before "Corpus" / "Treebank" name it: not a
    language's corpus ("the Amharic Corpus"; a language's Treebank is a name: "the Hindi
    Treebank"), a generic or describing word, nor the start of a longer name."""
    if len(words) != 2 or words[1] not in ("Corpus", "Treebank"):
        return False
    word = words[0]
    lowered = word.lower()
    if not (word.istitle() and word.isalpha()):
        return False
    if _is_language(word):
        if words[1] != "Treebank":
            return False
    elif lowered in _GENERIC or lowered in _LEADING or lowered in _PLAIN_COLLECTION_NOT:
        return False
    return _words_before(text, start, 1)[0].lower() == "the" \
        and not _PLAIN_COLLECTION_AFTER_NOT.match(text, end)


#: a capitalized word next in the same line
_HEADLINE_NEXT = re.compile(r" +[A-Z]")


def _subtask_of(text: str, word: str) -> bool:
    """The text makes the short name's task a subtask of a named challenge: "the Arabic Dialect
    Identification (ADI) Closed Shared Task of the DSL 2016 Challenge" (adjudicated, dev7
    acl:W16-4818 and dev13 R-ds-splitlabel: the ADI subtask of DSL 2016 is not listed)."""
    at = text.find(f"({word})")
    return at >= 0 and _SUBTASK_OF.match(text, at + len(word) + 2) is not None


def _title_collection(text: str, start: int, end: int) -> bool:
    """Whether a collection in the title is named, not a headline's words: it starts with a
    word shaped as a name ("The ELTE.DH Pilot Corpus", "Annotating the MASC Corpus with
    BabelNet"), not after "a" ("TimeBankPT: A TimeML Annotated Corpus of Portuguese", "A 500
    Million Word POS-Tagged Icelandic Corpus"), and nothing capitalized follows ("The JHU
    Parallel Corpus Filtering Systems")."""
    first = text[start:end].split()[0]
    return (first[0].isalpha() and is_name_shaped(first)
            and _words_before(text, start, 1)[0].lower() not in ("a", "an")
            and not _HEADLINE_NEXT.match(text, end))


def _track_name(text: str, end: int) -> Name | None:
    """The named track whose words end at ``end`` (before "track of"): an acronym ("AGAC") or
    two or more capitalized words ("Precision Medicine", "Entity Discovery and Linking"), with
    no leading language or kind word ("English", "Closed")."""
    after = text[end:end + 80].split()[2:10]
    if not any(w in _TRACK_EVENT or any(c.isdigit() for c in w)
               or is_name_shaped(w.strip(",.;:()")) for w in after):
        return None  # not of a named event: "Primary and Collateral Tracks in Stuttered Speech"
    base = max(0, end - 80)
    words = [(m.start(), m.group()) for m in _TRACK_WORD.finditer(text, base, end)][-7:]
    run: list[tuple[int, str]] = []
    for start, word in reversed(words):
        if (word[:1].isupper() or (word[:1].isdigit() or word in _TRACK_JOINERS) and run) \
                and _TRACK_NAME_WORD.fullmatch(word) \
                and (not run or text[start + len(word)] == " "):
            run.insert(0, (start, word))
        else:
            break
    while run and (run[0][1].lower() in _TRACK_GENERIC or run[0][1].lower() in _GENERIC
                   or run[0][1] in _TRACK_JOINERS):
        run.pop(0)
    if not run:
        return None  # ("Czech/English track", "(DBDC4) track", "the English track")
    if len(run) == 1 and not (sum(c.isupper() for c in run[0][1]) > 1
                              and is_name_shaped(run[0][1])):
        return None  # one word that is no acronym: "the Pilot track"
    return Name(run[0][0], end, "DATASET", text[run[0][0]:end], "", "pattern:track")


def _data_named(text: str, match: re.Match) -> bool:
    """Whether the word after a data noun (``_THE_DATA_NAMED``) is a coined name, not a plain
    word, a variable or a letter ("the corpus Child", "a small corpus D_T", "corpus I"), nor
    the first word of a name a data noun ends ("the benchmark NCBI disease dataset")."""
    written = match.group("name")
    return len(written) > 1 and is_name_shaped(written) and not re.search(r"[_(]", written) \
        and not _LIST_DATA_AFTER.match(text, match.end())


def _coined_lower(word: str) -> bool:
    """Whether a word in lower case is a coined name, a capital, digit or "+" after its first
    letter ("wikitext2", "mLAMA", "taraXÜ"), not a task joined by "to" ("text-to-SQL")."""
    return any(c.isupper() or c.isdigit() or c == "+" for c in word[1:]) \
        and "to" not in word.split("-")[1:-1]


def _plain_data_name(written: str) -> bool:
    """Whether Title Case words a data noun follows can name the data ("Omniglot", "Visual
    Genome"): no generic, function or collection word, nor a language's name ("the Amharic
    corpus")."""
    words = re.split(r"[-\s]", written)
    return not any(w.lower() in _GENERIC or w.lower() in _LEADING or w in _COLLECTIONS
                   for w in words) \
        and not (len(words) == 1 and _is_language(written))


def _title_campaign(text: str) -> list[Name]:
    """The evaluation campaign a system paper's title names with its year (``_TITLE_CAMPAIGN``)."""
    title_end = text.find("\n\n")
    end = title_end if title_end >= 0 else len(text)
    # (its year needs a digit: most titles have none, and the rule is tried at every position)
    match = _TITLE_CAMPAIGN.search(text, 0, end) if _DIGIT.search(text, 0, end) else None
    if match is None:
        return []
    return [Name(*match.span("name"), "DATASET", match.group("name"), "", "pattern:campaign")]


#: a title naming the shared task its report is of by the acronym of its long form, before
#: "Shared Task" (R-ds-taskname, the short name listed, dev9 and dev25 gold): "Commonsense
#: Inference in Natural Language Processing (COIN) - Shared Task Report", "Automated Extraction
#: of Socio-political Events from News (AESPEN): Workshop and Shared Task Report", "Gendered
#: Ambiguous Pronoun (GAP) Shared Task at the Gender Bias in NLP Workshop 2019"
_TITLE_TASK_ACRONYM = re.compile(r"\((?P<name>[A-Z][\w-]*[A-Z][\w-]*)\)\s*(?:[-:\u2013\u2014]\s*)?"
                                 r"(?:Workshop\s+and\s+)?Shared\s+Tasks?\b")


def _title_task_acronym(text: str) -> list[Name]:
    """The shared task a title names by its acronym (``_TITLE_TASK_ACRONYM``)."""
    title_end = max(0, text.find("\n\n"))
    match = _TITLE_TASK_ACRONYM.search(text, 0, title_end) \
        if "Shared Task" in text[:title_end] else None
    if match is None:
        return []
    return [Name(*match.span("name"), "DATASET", match.group("name"), "", "pattern:title")]


def _wikipedia(text: str) -> list[Name]:
    """Wikipedia where the text uses it as data (``_WIKIPEDIA``), unless the paper builds data of
    its own (``_DATA_MADE``)."""
    out = []
    for match in _WIKIPEDIA.finditer(text):
        before = text[max(0, match.start() - 60):match.start()]
        if _WIKIPEDIA_AS_DATA.match(text, match.end()) or _ON_DATA_BEFORE.search(before) \
                or _EXAMPLE_DATA_BEFORE.search(before):
            lang = match.group("lang")
            start = match.start() if lang and _is_language(lang) \
                else match.end() - len("Wikipedia")
            out.append(Name(start, match.end(), "DATASET", text[start:match.end()], "",
                            "pattern:wikipedia"))
    if out and (_DATA_TITLE.search(text, 0, max(0, text.find("\n\n"))) or _DATA_MADE.search(text)):
        return []
    return out


#: a language pair in codes ("RU-EN"), and what ends a list of no dataset names: a capital or
#: number continuing its last name ("AMR 2015"), or a task noun ("on AOOE, AOPE ... subtasks")
_CODE_PAIR = re.compile(rf"{_LANGUAGE_CODE}-{_LANGUAGE_CODE}")
_ON_LIST_END = re.compile(r"\s+(?:[A-Z0-9]|(?:sub-?)?tasks?\b)")


#: a shared task named by an acronym right before it (not one held at a campaign named next:
#: "the ... quality estimation (QE) shared task at WMT 2018")
_SHARED_TASK_AFTER = re.compile(r"\s+[Ss]hared[\s-][Tt]asks?\b(?!\s+at\s)")
#: the words that open the noun phrase of a long form before its acronym
_PHRASE_OPENERS = _PREPOSITIONS | {"the", "a", "an", "at"}


def _own_shared_task(text: str, paren: re.Match) -> bool:
    """Whether the acronym in ``paren``, of a task's phrase, is the short name of the shared task
    written right after it, which is data (R-ds-taskname, R-ds-taskshort: "the second German
    Dialect Identification (GDI) shared task", "the Complex Word Identification (CWI) Shared Task
    2018"), not a campaign's task, whose campaign the noun phrase names ("the WMT20 Quality
    Estimation (QE) Shared Task", "CoNLL 2003 named entity recognition (NER) shared task"), nor
    an edition whose year the acronym would not take (the year is read after a capitalized long
    form only): "the 2018 Complex Word Identification (CWI) Shared Task", "the discriminating
    between similar languages (DSL) shared task 2016"."""
    if (head := _SHARED_TASK_AFTER.match(text, paren.end())) is None:
        return False
    words = text[max(0, paren.start() - 100):paren.start()].split()
    for at in range(len(words) - 1, -1, -1):
        if words[at].lower() in _PHRASE_OPENERS:
            phrase = words[at + 1:]
            if not phrase or any(map(is_name_shaped, phrase)):
                return False
            return not any(word.isdigit() for word in phrase) and (
                phrase[0][0].isupper() or _EVENT_YEAR.match(text, head.end()) is None)
        if words[at][-1] in ".;:,()":
            return False
    return False


def _named_task(text: str, paren: re.Match) -> bool:
    """Whether the acronym in ``paren`` (four letters or more, or in mixed case) abbreviates the
    words after "Shared Task on" before it, and they are not a task's phrase (``_TASK_ON``)."""
    task = _TASK_ON.search(text, max(0, paren.start() - 120), paren.start()) \
        if "ask" in text[max(0, paren.start() - 120):paren.start()] else None
    if task is None:
        return False
    long, name = task.group("long"), _EDITION_END.sub("", paren.group("name"))
    return (len(name) > 3 or not name.isupper()) and _abbreviates(name, long) \
        and not _TASK_PHRASE.fullmatch(long.rsplit(None, 1)[-1])


def _task_head_end(text: str, base: str, end: int, title_end: int) -> int:
    """The end of a dated shared task's name ending at ``end``: past a capitalized "Shared Task"
    after it (``_TITLE_TASK_HEAD``) in the title, or in the abstract where the title does not
    name the task (R-ds-taskabstract: "trained on the German dataset from the SPMRL 2014 Shared
    Task")."""
    head = _TITLE_TASK_HEAD.match(text, end) if end < title_end or title_end > 0 \
        and base.lower() not in text[:title_end].lower() else None
    return head.end() if head is not None else end


def _data_word(word: str) -> bool:
    """Whether a capitalized plain word can name data in a list of datasets ("on MovieLens and
    Netflix datasets"): not a generic or function word, nor a language ("on Bengali and Hindi
    datasets")."""
    return word.istitle() and word.isalpha() and word.lower() not in _GENERIC \
        and word.lower() not in _LEADING and not _is_language(word)


#: generic words (``_GENERIC``) that also name data, as an item of a list of datasets: the CNN
#: news stories ("on the CNN and DailyMail datasets"), a platform's posts ("on Quora and Twitter
#: datasets"); not alone ("two Twitter datasets")
_SOURCE_WORDS = frozenset({"CNN", "Twitter", "Reddit", "Amazon", "GitHub"})


_CONJUNCTION = re.compile(r"\b(?:and|or)\b|&")
#: the joint of a pair of names: "MobileNets and ResNet"
_PAIR_JOIN = re.compile(r" (?:and|or) ")
#: a model whose embeddings or features a system takes as input, a tool there (R-model-tool):
#: "Using BioBERT Embeddings", "a pre-trained ELMo embedding with GRU units", "with BERT and
#: GloVe embeddings"
INPUT_AFTER = re.compile(r"\s*(?:[\w-]+\s+)?(?:[Ee]mbeddings?|[Ff]eatures|[Vv]ectors|"
                         r"[Rr]epresentations)\b")


def _pair_shaped(word: str) -> bool:
    """Whether the other name of a pair with one known model is shaped as a model's: a capital,
    then small letters or digits ("MobileNets", "XLM-100", "Faster-RCNN"); not capitals only, an
    acronym that may name a task, tool or feature ("TRADE", "MUSE", "N-GRAM"), nor a plural
    acronym or a combination of classes ("PALs", "LSTM+CRF")."""
    return word[0].isupper() and any(c.islower() or c.isdigit() for c in word[1:]) \
        and "+" not in word and not _PLURAL_ACRONYM.search(word)
#: a word in small letters only, no name ("datasets", "while")
_LOWER_WORD = re.compile(r"[a-z]+")
#: a figure glued to the word after it: "8.1 ROUGE-L on ASQA, 2.2ROUGE-L on topical ..."
_GLUED_FIGURE = re.compile(r"\d+\.\d")


def _on_list_mates(text: str, start: int) -> list[tuple[int, int]]:
    """The other names of a list after "on" ("on WN11 and FB13"): none unless every item is
    shaped as a name, none as a sized model or a language pair ("on PCFG, PTAG, and graph
    parsing", "on LLaMA-7B and GPT3-2B", "on FI-EN and RU-EN"), and ``_ON_LIST_END`` does not
    follow."""
    items = _list_items(text, start)
    for k in range(1, len(items)):  # the list ends at its conjunction ("on SQuAD2 and NQ,
        if _CONJUNCTION.search(text, items[k - 1][1], items[k][0]):  # establishing a new")
            items = items[:k + 1]
            break
    words = [text[s:e] for s, e in items]
    if len(items) < 2 or not all(is_name_shaped(w) and not _SIZE_PART.search(w)
                                 and not _GLUED_FIGURE.match(w)
                                 and not _CODE_PAIR.fullmatch(w) for w in words) \
            or _ON_LIST_END.match(text, items[-1][1]):
        return []
    return items[1:]


def _scored_name(word: str) -> bool:
    """Whether a word after a score's "on" may name its data: not a sized model ("over 90% ASR
    on Vicuna-7B"), a plural acronym ("26.2% recall on verb phrases, VPs") or a glued figure
    ("2.2ROUGE-L on")."""
    return word[0].isalpha() and not _SIZE_PART.search(word) \
        and not _PLURAL_ACRONYM.search(word)


def _parallel_on(text: str, last: int, start: int) -> bool:
    """Whether "on" at ``start`` repeats the "on NAME" ending at ``last`` in the same sentence:
    "results on SEARCH17 for the search personalization task, and on WN11 and FB13"."""
    return 0 <= last < start and start - last < 80 and text[:start].endswith("and ") \
        and not re.search(r"[.;]\s", text[last:start])


def _capital_word_ends(text: str, end: int) -> bool:
    r"""Whether a capitalized word and white space end at ``end``: ``[A-Z][a-z]+\s+\Z`` (as
    stripped from the end, where a scan for the regex tries it at every capital)."""
    spaced = text[:end].rstrip()
    word = spaced.rstrip(string.ascii_lowercase)
    return len(spaced) < end and len(word) < len(spaced) and "A" <= word[-1:] <= "Z"


def _starts_of(text: str, words: Iterable[str]) -> list[int]:
    """Where each of ``words`` occurs in ``text``, in order."""
    starts = []
    for word in words:
        at = text.find(word)
        while at >= 0:
            starts.append(at)
            at = text.find(word, at + 1)
    return sorted(starts)


def _finditer_at(rule: re.Pattern, text: str, starts: list[int]) -> Iterator[re.Match]:
    """What ``rule.finditer(text)`` finds, for a rule whose matches can start only at ``starts``
    (in order): the rule is matched at each start from where its last match ended."""
    end = 0
    for start in starts:
        if start >= end and (match := rule.match(text, start)) is not None:
            yield match
            end = match.end()


def _words_before(text: str, end: int, n: int) -> list[str]:
    """The last ``n`` words before ``end`` (fewer at the start; [""] when there are none)."""
    return text[max(0, end - 24 * n):end].replace(",", " ").split()[-n:] or [""]


#: a preposition opening a sentence before a name, which a comma or "the" then follows: the
#: phrase is fronted, not a name in apposition ("In GDI, the system should distinguish four
#: dialects", acl:W19-1421; not "On XQA, which is a new cross-lingual dataset")
_FRONTED = re.compile(r"(?:In|On|For|At)\s")
_SENTENCE_START = re.compile(r"(?:\A|[.!?]\s+|\n)\Z")


def _head_cues(text: str) -> Iterator[tuple[str, re.Match, re.Match]]:
    """(rule, match with the name, match with the head noun) for each head-noun cue."""
    for match in _NAME_HEAD.finditer(text):
        if match.group("is") and "which" not in match.group("is") \
                and _FRONTED.match(match.group("name")) \
                and _SENTENCE_START.search(text, max(0, match.start() - 3), match.start()):
            continue  # "In GDI, the system should distinguish": no apposition to the name
        yield ("name_is_head" if match.group("is") else "name_head"), match, match
    matches = (m for verb, rule in _CALLED_NAMES.items() if verb in text
               for m in rule.finditer(text))
    for match in matches:
        words = _words_before(text, match.start(), 2)
        head = _HEAD_WORDS.fullmatch(" ".join(words)) or _HEAD_WORDS.fullmatch(words[-1])
        if head is None and not _NAME_GOES_ON.match(text, match.end("name")):
            head = _HEAD_PHRASE.search(text, max(0, match.start() - 60), match.start())
        if head is not None:
            yield "head_called", match, head
    for match in _WE_CALL.finditer(text) if _WE_NAMING.search(text) else ():
        if _words_before(text, match.start(), 1)[0] not in _PREPOSITIONS:
            yield "head_called", match, _HEAD_WORDS.fullmatch(match.group("head"))


def _network_architecture(text: str, source: str, match: re.Match, head: re.Match) -> bool:
    """R-model-architecture: whether a named architecture is a network's, so a model: one the
    paper calls so ("a novel architecture named PeleeNet", "an architecture, called DOLCE"; not
    "a class of architectures called NARX networks") or whose words say so ("introduce
    SelectiveNet, a deep neural architecture", "the Self-Attention Network (SANet), a flexible
    and interpretable architecture"; not "ContextBridge, a novel hybrid architecture", "ANNIS, a
    search and visualization architecture")."""
    method = head.group("method") or ""
    if source == "name_head" or not method.startswith("architecture"):
        return False
    if source == "head_called":
        return method == "architecture" or _NEURAL_BEFORE.search(
            text, max(0, match.start() - 40), match.start()) is not None
    return _NEURAL_BEFORE.search(match.group("is")) is not None \
        or _NETWORK_NAMED.search(text, match.start(), match.end("name")) is not None


def _noun_before_comma(text: str, commas: tuple[re.Pattern, ...]) -> bool:
    """Whether a model or system noun is written right before a match of one of ``commas``: "our
    model, LIMO", "model - DiscoBert" (``_COMMA_CAPITAL``), "a new architecture, the Decay RNN"
    (``_COMMA_THE_CAPITAL``), as ``_MODEL_APPOSED`` and ``_MODEL_APPOSED_THE`` need."""
    for match in (m for comma in commas for m in comma.finditer(text)):
        end = match.start()
        while end and text[end - 1].isspace():
            end -= 1
        if _APPOSED_NOUN.search(text, max(0, end - 16), end):  # (the nouns' last words fit)
            return True
    return False


#: "our" before the noun an acronym follows: "our dendritic neural network (DENN) structure",
#: "our model (TABBIE)", "Our best performing model (SSiL)"; or "the proposed": "the proposed
#: Dirichlet mixture Poisson graph model (DMPGM)"
_OURS_BEFORE = re.compile(r"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:[\w-]+\s+){0,5}?[\w-]+\s*\Z")


def _ours(text: str, start: int) -> bool:
    """Whether "our" opens the phrase that ends at ``start``, with no preposition or verb of use
    between ("our model (TABBIE)", not "our systems using recurrent networks (RNs)")."""
    ours = _OURS_BEFORE.search(text, max(0, start - 80), start)
    return ours is not None and not any(w in _PREPOSITIONS or w in _NOT_INTRODUCING
                                        for w in ours.group().lower().split())


def _model_before_phrase(text: str, start: int, end: int) -> bool:
    """Whether the acronym in parentheses at ``start``-``end`` names a model the paper introduces
    by a Title Case long form whose model noun a phrase follows (``_HEAD_BEFORE_PHRASE``: "we
    propose a Multilingual Language Model with deep semantic Alignment (MLMA)"), not called a
    framework or a way, nor a task's (``_FRAMEWORK_APPOSED``)."""
    long = _HEAD_BEFORE_PHRASE.search(text, max(0, start - 120), start)
    if long is None or not _introduced(text, long.start()):
        return False
    intro = _WE_INTRODUCE.search(text, max(0, long.start() - 160), long.start())
    return not _FRAMEWORK_WORD.search(intro.group("between")) \
        and not _FRAMEWORK_APPOSED.match(text, end)


def _introduced(text: str, start: int) -> bool:
    """Whether the paper introduces what ends at ``start`` in its clause, with no preposition
    between ("we propose a novel Cross-modal Contrastive Attention", not "We introduce an
    extension of the Multinomial Logit")."""
    intro = _WE_INTRODUCE.search(text, max(0, start - 160), start)
    return intro is not None and not any(w in _PREPOSITIONS or w in _NOT_INTRODUCING
                                         for w in intro.group("between").lower().split())


#: the paper naming or putting forward what it spells out, earlier in the clause: "an extension
#: of the EV model, named the denoising essence vector (D-EV) model", "a novel class of ...
#: models called fragmentation-coagulation processes (FCPs)", "We introduce a hybrid of ..."
_NAMING_BEFORE = re.compile(rf"\b(?:{NAMING_WORDS}|we\s+call|introduce\w*|propos\w+)\b[^.;:]*\Z")
#: ... or after it, in the passive: "a Reinforced Bidirectional Attention Network (RBAN)
#: approach is proposed", "a Select-Guide-Generate (SGG) approach is proposed"
_PUT_FORWARD_AFTER = re.compile(r"(?:\s+[\w-]+)?\s+(?:is|are|was|were)\s+(?:\w+ly\s+)?"
                                r"(?:proposed|introduced|presented|developed|designed)\b")


def _put_forward(text: str, start: int, end: int, acronym: str) -> bool:
    """Whether the paper puts forward the acronym whose parenthesis spans ``start``-``end``: an
    introducing or naming verb in its clause (``_introduced``, ``_NAMING_BEFORE``,
    ``_PUT_FORWARD_AFTER``), "our" or "the proposed" before it (``_ours``), or "proposed X"
    elsewhere ("we evaluate our proposed NTN models")."""
    return _introduced(text, start) or _ours(text, start) \
        or _NAMING_BEFORE.search(text, sentence_start(text, start), start) is not None \
        or _PUT_FORWARD_AFTER.match(text, end) is not None or "proposed " + acronym in text


#: the paper's own model before the verb that names it: "Our best model, named Llammas,"
_OUR_MODEL_CALLED = re.compile(r"[Oo]ur\s+(?:[\w-]+\s+){0,2}?model,?\s+\Z")
#: what may follow a name that ends its noun phrase: a mark or a function word (not a noun the
#: acronym modifies: "the Kolmogorov-Arnold Networks (KANs) gated fusion")
_PHRASE_END = re.compile(r"\s*(?:[,.;:]|\Z)|\s+(?:which|that|to|for|as|whose|and|or|with|in|on|"
                         r"is|are|can)\b")
#: ... but not a list of capitalized words going on: "Relation Logical Reasoning and
#: Relation-aware Entity Encoding (RLEE)"
_AND_CAPITAL = re.compile(r"\s+(?:and|or|&)\s+[A-Z]")


def _coined_acronym(last: str, acronym: str) -> bool:
    """Whether an acronym after a lower-case long form the paper introduces names its model:
    "we propose a learnable dependency-based double graph (LD2G) model", "we propose in
    response an enhanced Bayesian classifier combination (EBCC) model"; not a task's model
    ("We propose an entity linking (EL) model", "a complex word identification (CWI) model")
    nor a generic class's ("a multi-channel convolutional neural network-long short-term
    memory (CNN-LSTM) model"); two or three capitals alone mostly abbreviate a common class
    ("a Gaussian process (GP) model", "a probabilistic soft logic (PSL) model")."""
    return not _LOWER_TASK_END.fullmatch(last) \
        and not all(part.lower() in _GENERIC for part in acronym.split("-")) \
        and (len(acronym) > 3 or not (acronym.isalpha() and acronym.isupper()))


def _family_introduced(text: str, paren: re.Match) -> bool:
    """Whether the paper introduces the Title Case models a plural acronym spells out ("we
    introduce Hybrid Code Networks (HCNs), which"): the long form starts with the acronym's
    letter (not "Radial Bayesian Neural Networks (BNNs)", whose acronym is the class's) and the
    acronym ends its noun phrase; not where a title opens with them in full, which is then their
    name (``_TITLE_NETWORK``: "Hybrid Code Networks: practical and efficient ...")."""
    long = _LONG_FORM_BEFORE.search(text, max(0, paren.start() - 120), paren.start() + 1)
    title = _TITLE_NETWORK.match(text)
    return long is not None and long.group("long")[0] == paren.group("name")[0] \
        and _introduced(text, paren.start()) and _PHRASE_END.match(text, paren.end()) is not None \
        and (title is None or title.group("name") != long.group("long"))


def _system_apposed(text: str, start: int, between: str) -> bool:
    """Whether a name is put in apposition to a system noun ("we introduce KidSpell, an
    English spellchecker", "MAGEAD is a morphological analyzer and generator"): not after a
    preposition ("for COVID-19, the preliminary supervised classifier", "In PreImageGAN, the
    generator"), and no preposition in between ("TePaCoC, a new testsuite for the evaluation
    of parsers")."""
    return not any(w in _PREPOSITIONS or w == "at"
                   for w in f"{_words_before(text, start, 1)[0]} {between}".lower().split())


def _lowercased(alias: str, entry: Entry, written: str) -> bool:
    """True for a one-word name with capitals written all in lower case ("quality" for
    QuALITY, "record" for ReCoRD): an ordinary word, unless listed with known names."""
    return (entry.match == "auto" and entry.label != IGNORE and alias.isalpha()
            and not alias.islower() and written.islower())


#: a name whose capitals spell an acronym inside the word (ReCoRD, QuALITY), not a compound's
#: parts (ImageNet, RoBERTa end no word in two capitals after a small letter)
_ACRONYM_INSIDE = re.compile(r"[a-z][A-Z]{2}")
#: a capitalized word right before or after a span: the span is a word of a title-case phrase
_CAPITAL_WORD_BEFORE = re.compile(r"[A-Z][a-z]+\s+$")
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]+\b")


def _title_phrase_word(text: str, start: int, end: int, alias: str) -> bool:
    """True for a name spelling an acronym inside its word written with its first capital alone
    in a run of capitalized words ("Electronic Medical Record (EMR)", "Song or Record Label"
    for ReCoRD): the ordinary word of a title-case phrase, counted only in lists of known names."""
    written = text[start:end]
    return (alias.isalpha() and _ACRONYM_INSIDE.search(alias) is not None
            and written[0].isupper() and written[1:].islower()
            and (_CAPITAL_WORD_BEFORE.search(text, max(0, start - 30), start) is not None
                 or _CAPITAL_WORD_AFTER.match(text, end) is not None))


def _name_tail(text: str, start: int, end: int) -> int:
    """Where the trailing name-shaped words of ``text[start:end]`` begin ("GPT-3 XL")."""
    words = text[start:end].split(" ")
    keep = len(words)
    while keep and is_name_shaped(words[keep - 1]):
        keep -= 1
    if keep == len(words):
        keep -= 1  # nothing name-shaped: the last word, for the shape check to reject
    return start + sum(len(w) + 1 for w in words[:keep])


def _one_label(text: str, found: list[Name], models: dict[str, str]) -> None:
    """Give a name the patterns found both as a dataset and as a model its majority label
    (ties go to DATASET: "the CIFAR-10 dataset" outweighs "CIFAR-10 models"). A size in the
    name is no vote where a cue calls it data ("We describe ParaNMT-50M, a dataset of ...",
    "video datasets, viz. Sports-1M, UCF-101 and the KITTI") or the text counts that many data
    items ("ParaZh-22M, a larger Chinese parabank that is composed of 22M sentence pairs"): a
    number in a dataset's name is its size, not a model's (guidelines, params); not for a
    family ``models`` (lexicon keys) knows, whose sized name is a model's against any data cue
    ("on Llama-7B")."""
    votes: dict[str, list[int]] = {}
    shaped: dict[str, list[Name]] = {}  # the names found by their size alone
    for name in found:
        if name.source == "pattern:sized_name":
            shaped.setdefault(normalize(name.written), []).append(name)
        elif name.source != "lexicon":
            votes.setdefault(normalize(name.written), [0, 0])[name.label == "MODEL"] += 1
    counts = _data_counts(text) if shaped and _DATA_COUNT_GATE.search(text) else set()
    for key, names in shaped.items():
        vote = votes.setdefault(key, [0, 0])
        size = _SIZE_PART.search(names[0].written)
        known = size is None or normalize(names[0].written[:size.start()]) in models
        if not known and not vote[0] and parse_number(size.group()[1:]) in counts:
            vote[0] = 1
        if known:  # "OPT-350M"; "We evaluate DistFlashAttention on Llama-7B"
            vote[1] = vote[0] + len(names)
        elif not vote[0]:
            vote[1] += len(names)
    for name in found:
        data, model = votes.get(normalize(name.written), (0, 0))
        if data and (model or name.source == "pattern:sized_name"):
            name.label = "MODEL" if model > data else "DATASET"


def _data_counts(text: str) -> set[float]:
    """The numbers of data items the text states ("22M sentence pairs", "50 million ... pairs")."""
    counts = set()
    for match in _DATA_COUNT.finditer(text):
        value = parse_number(f"{match.group('n')} {match.group('scale')}")
        if value is not None:
            counts.add(value)
    return counts


def _list_items(text: str, start: int, glossed: bool = False,
                ends: dict[int, int] | None = None) -> list[tuple[int, int]]:
    """The (start, end) of each word in the coordinated list through the word at ``start``;
    ``glossed``: an item may carry a gloss or citation in parentheses ("XOR-Retrieve
    (cross-lingual), MIRACL (monolingual) and XTREME-UP", "ISNotes (Markert et al., 2012) and
    BASHI"); ``ends``: where a found name of several words starting at an item ends ("Newsroom
    and CNN/Daily Mail")."""
    ends = ends or {}
    prev_rule = _LIST_PREV_GLOSSED if glossed else _LIST_PREV
    while text[max(0, start - 6):start].rstrip().endswith((",", " and", " or", "&")) and (
            prev := prev_rule.search(text, max(0, start - 140), start)) is not None:
        start = prev.start("w")
    first = _LIST_FIRST.match(text, start)
    if first is None:
        return []
    items = [(first.start(), max(first.end(), ends.get(first.start(), 0)))]
    while True:
        end = items[-1][1]
        if glossed and text.startswith(" (", end) and (gloss := _GLOSS.match(text, end)):
            end = gloss.end()
        if (nxt := _LIST_NEXT.match(text, end)) is None:
            break
        items.append((nxt.start("w"), max(nxt.end("w"), ends.get(nxt.start("w"), 0))))
    return [(s, e - len(text[s:e]) + len(text[s:e].rstrip(".'"))) for s, e in items]


#: a list framed as data: "on the MNIST and USPS datasets", "two benchmark datasets (OntoNotes
#: and CoNLL)", "datasets such as QuAC and DoQA", "results on KITTI, PASCAL and CUB-2011" (the
#: _ON_NAME words before "on"); the nouns of data themselves, not of tasks or challenges
_LIST_DATA_NOUN = rf"(?:{DATA_NOUNS}|test\s?sets?)"
#: an indefinite noun phrase up to a name: "a standard EL dataset" is some data of a task
_INDEFINITE_BEFORE = re.compile(r"\b(?:[Aa]n?|[Aa]ny|[Ee]ach|[Aa]nother)\s+(?:[\w-]+\s+){0,2}$")
#: the Title Case words joined by "of" or "for" that a name in apposition to a data noun
#: continues, its cue's capitalized run starting after the joiner: "we introduce Cross-lingual
#: Choice of Plausible Alternatives (XCOPA), a ... dataset", "the BDCamões Collection of
#: Portuguese Literary Documents, a new corpus" (not "Plausible Alternatives")
_JOINED_BEFORE = re.compile(rf"(?<![\w-])(?:{_CAP_WORD}\s+)+(?:of|for)\s+\Z")
#: ... its plural nouns, after the last name of a list: "the LS07 and LS14 benchmarks"
_PLURAL_DATA = re.compile(r"datasets|data\s?sets|corpora|benchmarks|treebanks|test\s?sets")
#: ... which ends a list whose last item is a plain word or an acronym, not name-shaped
#: enough for ``_NAME_HEAD``: "Experiments and analyses on Quora and Twitter datasets", "on zsRE
#: QA and NQ datasets", "on the VUA and the TOFEL datasets", "on the Susanne and Teleman corpora"
#: (the gate: one of the plural nouns written with a space before it)
_AND_LAST_PLURAL = re.compile(rf"(?P<sep> (?:and|&)\s+)(?:the\s+)?"
                              rf"(?P<last>(?=[A-Z0-9]){_LIST_WORD})\s+(?:{_PLURAL_DATA.pattern})"
                              r"\b(?!-)")
#: ... the words a list of names follows ("on the X and Y datasets", "evaluated on both X and
#: Y"; not "Who did What and CNN datasets", "domain-specific Oil and Gas corpora", a sentence's
#: start: "Training and test datasets were then reversed")
_LIST_OPENERS = _LEADING | _PREPOSITIONS | {"both", "and", "or", "at", "over", "across"}
_PLURAL_DATA_WORDS = (" datasets", " corpora", " benchmarks", " treebanks", " data sets",
                      " test sets")
_LIST_DATA_AFTER = re.compile(rf"\s+(?:[a-z][\w-]*\s+){{0,2}}?{_LIST_DATA_NOUN}\b(?!-)")
_LIST_DATA_BEFORE = re.compile(
    rf"(?:\b{_LIST_DATA_NOUN}\s*(?:[(:,\u2013\u2014-]\s*)?(?:(?:such\s+as|including|like|"
    rf"namely|e\.g\.|i\.e\.|viz\.),?\s+)?|\b(?:{_ON_VERB.pattern})(?:\s+[\w-]+){{0,4}}?\s+on\s+)"
    r"(?:the\s+|both\s+(?:the\s+)?)?$"
)
#: ... or, for models, introduced as examples: "different network architectures, such as NiN,
#: Overfeat, All-CNN and ResNet", or in brackets after the plural model noun they spell out:
#: "training large ImageNet models (InceptionV3, ResnetV1-50, ResnetV1-101 and InceptionResnetV2)"
_EXAMPLES_BEFORE = re.compile(r"(?:(?:such\s+as|including|e\.g\.,?)\s+|"
                              r"(?:models|architectures|networks)\s*\()\Z")
#: a capitalized word next to a list's end: its item is part of a longer name ("Penn
#: TreeBank and Text8", "NMNIST, DVS Gesture")
_CAPITAL_BEFORE = re.compile(r"(?<![\w-])(?P<w>[A-Z][\w-]*)\s+$")
_CAPITAL_AFTER = re.compile(r"\s+[A-Z0-9]")
#: a coined word with an inner capital after a small letter ("MaCoCu", "CoDraw", "CelebA",
#: "VerbAtlas"), which one known dataset in any list labels: "MaCoCu and ParaCrawl generally
#: have higher quality texts"; not a model's or tool's shape ("ResNet", "RoBERTa", "PyTorch")
_COINED = re.compile(r"[A-Z][A-Za-z]*[a-z][A-Z][A-Za-z]*(?:-\d+)?")
_COINED_NOT = re.compile(r"(?:(?<!Word)Nets?|GAN|BERT|BERTa|GPT|LM|LMs|Former|former|Coder|Llama|"
                         r"LLaMA|Vec|CRF|NN|Flow|Torch|Piece|Hub|AI|Mind|Tube|Lab|Mix|Net-\d+)$")
#: ... not where the list is of something else: "FrameNet and ProbBank styles", "NumberBatch
#: embeddings", "MUC7 and CoNNL scores", "tools such as NegBio and CheXpert"
_COINED_LIST_NOT_AFTER = re.compile(
    r"\s+(?:[\w-]+\s+)?(?:styles?|embeddings?|formats?|scores?|shared|tools?|toolkits?|models?|"
    r"schemes?|representations?|vectors?|metrics?|librar(?:y|ies)|platforms?|frameworks?|"
    r"editors?|APIs?|algorithms?|methods?|systems?|projects?|annotations?)\b")
_COINED_LIST_NOT_BEFORE = re.compile(
    r"\b(?:tools?|toolkits?|platforms?|algorithms?|embeddings?|metrics?|models?|editors?|software|"
    r"systems?|methods?|frameworks?|librar(?:y|ies))\b[^.;]{0,40}$")


def _coined_list(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether ``items``, with one known dataset and no frame of data, may label a coined word:
    joined by "and" / "or" ("On WebArena, SteP improves" is no list), not a list of tools,
    styles or scores, nor of what the paper presents ("We present C4 and ClusterWild!")."""
    start, end = items[0][0], items[-1][1]
    return bool(_CONJUNCTION.search(text, start, end)) \
        and not _COINED_LIST_NOT_AFTER.match(text, end) \
        and not _COINED_LIST_NOT_BEFORE.search(text, max(0, start - 80), start) \
        and not _introduced(text, start) \
        and not any(_CAMPAIGN_GATE.fullmatch(text[s:e]) for s, e in items)


def _lead_end(text: str, start: int, end: int) -> int:
    """Where a list item ends for the test of a longer name: a found name of several words at
    its first word unless that is name-shaped ("Newsroom and CNN/Daily Mail" is a list, not
    "Sequential and Permuted MNIST")."""
    first = text[start:end].split(None, 1)[0]
    return end if is_name_shaped(first) else start + len(first)


def _shape(word: str) -> str:
    """A word's shape: "5b" and "6b" share "0a" (the editions in "BioASQ 5b, 6b and 7b")."""
    return re.sub(r"[A-Z]+", "A", re.sub(r"[a-z]+", "a", re.sub(r"\d+", "0", word)))


def _data_list(text: str, items: list[tuple[int, int]]) -> bool:
    """Whether ``items`` are a list framed as a list of datasets, joined by "and" / "or" or
    three or more ("Spider, IRNet achieves" is no list), so that one known dataset in it is
    enough to label the other names."""
    start, end = items[0][0], items[-1][1]
    return (len(items) > 2 or bool(re.search(r"\s(?:and|or|&)\s", text[start:end]))) and bool(
        _LIST_DATA_AFTER.match(text, end)
        or _LIST_DATA_BEFORE.search(text, max(0, start - 60), start))


def _sized_bases(text: str, found: list[Name]) -> list[Name]:
    """The bare name of a sized model where the text also writes it alone ("ProLong-8B" ...
    "ProLong outperforms")."""
    known = {normalize(n.written) for n in found}
    out = []
    for name in found:
        sized = _SIZE_PART.search(name.written) if name.label == "MODEL" else None
        base = name.written[:sized.start()] if sized else ""
        if not any(c.isalpha() for c in base) or normalize(base) in known:
            continue
        known.add(normalize(base))
        out += [Name(start, end, "MODEL", base, name.lexicon, "pattern:sized_base")
                for start, end in whole_words(text, base)]
    return out


def _repeats(text: str, found: list[Name]) -> list[Name]:
    """The other mentions of datasets the patterns found once ("the PG19 language modeling
    benchmark" ... "13.2% lower perplexity on PG19"), so that results there can name them."""
    seen = {(n.start, n.end) for n in found}
    out = []
    pattern_data = [n for n in found if n.source.startswith("pattern:") and n.label == "DATASET"]
    for name in {n.written: n for n in pattern_data}.values():
        for start, end in whole_words(text, text[name.start:name.end]):
            if (start, end) not in seen:
                seen.add((start, end))
                out.append(Name(start, end, name.label, name.written, "", "pattern:repeat"))
    return out


#: a numbered task of a campaign, with or without its year: "SemEval-2018 Task 3", "SemEval Task
#: 3", "SMM4H 2020 Task 5"; or the campaign's year alone: "SIGMORPHON 2019"
_TASK_NUMBER = re.compile(
    r"(?P<base>[A-Za-z][\w-]*?)[- ]?(?P<year>(?:19|20)?\d\d)?(?:\s+Task\s+(?P<n>\d+))?")


def _yearless_tasks(found: list[Name]) -> None:
    """Report "SemEval Task 3" as the "SemEval-2018 Task 3" the paper also names: one form
    per task (R-model-alias), not a second dataset; and the campaign of that year named alone
    as its one task the paper names ("our submission to SIGMORPHON 2019 Task 2 ... 6th out of
    13 teams in the SIGMORPHON 2019 shared task": one dataset, SIGMORPHON 2019 Task 2)."""
    def parts(name: Name) -> tuple[str, str, str | None] | None:
        match = _TASK_NUMBER.fullmatch(name.written) if name.label == "DATASET" else None
        if match is None or not (match.group("year") or match.group("n")):
            return None
        year = match.group("year")
        return match.group("base").lower(), year[-2:] if year else "", match.group("n")

    dated: dict[tuple[str, str], str] = {}  # (base, number) -> the dated task
    by_year: dict[tuple[str, str], dict[str, str]] = {}  # (base, year) -> its tasks, by form
    for name in found:
        split = parts(name)
        if split and split[1] and split[2]:
            dated.setdefault((split[0], split[2]), name.written)
            by_year.setdefault(split[:2], {}).setdefault(normalize(name.written), name.written)
    for name in found if dated else ():
        split = parts(name)
        if split is None:
            continue
        base, year, number = split
        if number and not year:
            name.written = dated.get((base, number), name.written)
        elif not number and len(tasks := by_year.get((base, year), {})) == 1:
            name.written = next(iter(tasks.values()))


#: the head a dataset's name may end with, which its other mentions may leave out
_MATE_HEAD = re.compile(r" (?:Test|Corpus|Treebank|Dataset)\Z")
#: what ends a title's leading name: "SMASH Corpus: A ...", "The REPERE Corpus : a ...", "The
#: ASK Corpus - a ...", "The ILMT-s2s Corpus \u2015 A ..."
_TITLE_NAME_END = re.compile(r"\s*(?::|\s[\u2013\u2014\u2015-]\s)")


def _headed_mates(text: str, found: list[Name], known: dict[str, Entry]) -> None:
    """A benchmark named a "Test" in one mention is that test in the others ("Story Cloze Test"
    ... "the Story Cloze test"): one name, as the paper writes it with its head; so is a corpus
    ("SMASH Corpus: A ..." ... "the SMASH corpus", dev20; the studied gold never lists both
    forms). The head is the name's where the abstract or the title's leading name writes it
    (R-ds-titlename); where only a title's Title Case words do and the abstract writes it in
    lower case, the name is the one without it ("Identifying Incorrect Labels in the CoNLL-2003
    Corpus" ... "The CoNLL-2003 corpus": CoNLL-2003, R-ds-lowerhead, R-ds-titlecaseonly). A name
    the curated lexicon knows without the head does not take it ("Universal Dependencies" ...
    "the first Universal Dependencies Treebank for a South Caucasian language" names one of its
    treebanks), and mates are spelled alike ("MASRI-HEADSET" is not "MASRI HEADSET Corpus")."""
    title_end = text.find("\n\n")
    bare = {_mate_key(n.written) for n in found if n.label == "DATASET"}
    named: dict[str, tuple[int, str]] = {}  # a name's words before the head -> (rank, one name)
    for n in found:
        head = _MATE_HEAD.search(text, n.start, n.end) if n.label == "DATASET" else None
        if head is None or (base := _mate_key(text[n.start:head.start()])) not in bare:
            continue
        entry = known.get(normalize(base))
        curated = entry is not None and entry.kind != MINED and entry.label == "DATASET" \
            and known.get(normalize(n.written)) is not entry
        written = text[n.start:head.start()]
        if not curated and (head.group() == " Test" or n.end > title_end
                            or text[:n.start] in ("", "The ")
                            and _TITLE_NAME_END.match(text, n.end)):
            one = 0, n.written  # the name is written with its head
        elif head.group() != " Test" and re.search(
                rf"\b{re.escape(written)}{head.group().lower()}\b", text[max(title_end, 0):]):
            one = 1, written  # only a title's Title Case writes the head
        elif not curated:
            one = 2, n.written  # (nothing else writes the name with or without its head)
        else:
            continue
        named[base] = min(named.get(base, one), one)
    for name in found if named else ():
        head = _MATE_HEAD.search(name.written) if name.label == "DATASET" else None
        key = _mate_key(name.written[:head.start()] if head else name.written)
        if name.label == "DATASET" and (one := named.get(key)):
            name.written = one[1]


def _mate_key(name: str) -> str:
    """A name's words before its head as its mates spell it ("C IRDO" is a line-broken CIRDO;
    "MASRI-HEADSET" is not "MASRI HEADSET")."""
    return name.replace(" ", "").lower()


#: a shared task's or campaign's edition: its name's first word and year, in either order and
#: spelling ("WMT19", "WMT 2019", "2019 MEDIQA", "CL-SciSumm Shared Task 2020", "WMT'17"), and
#: its task's number ("SemEval-2020 Task 9")
_EDITION_PARTS = re.compile(
    r"(?:(?P<before>(?:19|20)\d\d)\s+)?(?P<base>[A-Za-z][A-Za-z-]*[A-Za-z])"
    r"(?:[- ]?['\u2019]?(?P<glued>(?:19|20)?\d\d)(?!\d))?(?P<rest>.*)")
_EDITION_YEAR = re.compile(r"(?<!\d)(?:19|20)(\d\d)(?!\d)")
_EDITION_TASK = re.compile(r"\b[Tt]ask\s*(\d{1,2})(?!\d)")


def _edition(written: str) -> tuple[str, str, str | None] | None:
    """(first word, two-digit year, task number) of a dated name, None for an undated one."""
    match = _EDITION_PARTS.fullmatch(written)
    if match is None:
        return None
    year = match.group("before") or match.group("glued")
    if year is None and (later := _EDITION_YEAR.search(match.group("rest"))) is not None:
        year = later.group(1)
    if year is None:
        return None
    task = _EDITION_TASK.search(match.group("rest"))
    return match.group("base").lower(), year[-2:], task.group(1) if task else None


def _title_tasks(text: str, found: list[Name]) -> None:
    """R-ds-taskname: a shared task or campaign the title names with its year is named in the
    title's spelling in every mention: "... Systems for WMT 2019" then "(WMT19)" or "the WMT
    2019 German-English news translation task"; "NLP-PINGAN-TECH @ CL-SciSumm 2020" then
    "CL-SciSumm Shared Task 2020"; "UU_TAILS at MEDIQA 2019" then "the 2019 MEDIQA challenge"
    (one dataset, not one per spelling; not another task of the same year: "SemEval-2020 Task
    12" beside the title's "SemEval-2020 Task 9", nor the campaign's numbered tasks where the
    title names none: "SMM4H 2019 Task 2" and "Task 3" in "... at SMM4H 2019")."""
    title_end = text.find("\n\n")
    if title_end < 0:
        return
    titled: dict[tuple[str, str], list[tuple[str | None, str]]] = {}
    # (a task the title names in full, "the WMT 2019 Shared Task on Automatic Post-Editing",
    # or with its head, "at CoNLL 2018 Shared Task:", is its spelling, not the "WMT 2019" or
    # "CoNLL 2018" inside it)
    full = [n for n in found if n.label == "DATASET" and n.end <= title_end
            and _TITLE_SHARED_TASK.fullmatch(n.written)]
    headed = {(n.start, n.written) for n in found
              if n.label == "DATASET" and n.end <= title_end and n.written.endswith(" Shared Task")}
    for name in found:
        if name.label == "DATASET" and name.end <= title_end \
                and not any(f.start <= name.start and name.end < f.end for f in full) \
                and (name.start, f"{name.written} Shared Task") not in headed \
                and normalize(text[name.start:name.end]) == normalize(name.written) \
                and (parts := _edition(name.written)) is not None:  # (as the title writes it)
            titled.setdefault(parts[:2], []).append((parts[2], name.written))
    for name in found if titled else ():
        if name.label != "DATASET" or name.end <= title_end \
                or (parts := _edition(name.written)) is None:
            continue
        same = {w for task, w in titled.get(parts[:2], ()) if task == parts[2] or task
                and parts[2] is None}
        if len(same) == 1:  # (not where the title writes it twice: "WMT2018" inside "WMT2018
            # News Translation Task", whose head gold keeps in some parts and drops in others)
            name.written = same.pop()
    # (so is one the title names with its head and the text without: "CogALex-VI Shared Task:
    # ..." then "the CogALex-VI shared task", with no year)
    bare = {normalize(written.removesuffix(" Shared Task")): written for _, written in headed}
    for name in found if bare else ():
        if name.label == "DATASET" and name.end > title_end \
                and (written := bare.get(normalize(name.written))) is not None:
            name.written = written


#: one word and maybe its edition: "PTB", "CoNLL-2005", "ACE 2005" (not "TIGER Treebank", a
#: collection named with its head)
_ACRONYM_EDITION = re.compile(r"\S+(?: (?:19|20)?\d\d)?")


def _campaigns_dated(found: list[Name]) -> list[Name]:
    """An evaluation campaign named alone ("the WMT task on MT Automatic Post-Editing") where the
    paper names an edition of it is that edition when it names one ("WMT 2019 Shared Task on
    Automatic Post-Editing"), and no dataset of its own when it names several ("WMT14
    English-German", "WMT16 Romanian-English"): the studied gold never lists a bare campaign
    beside its edition."""
    editions: dict[str, set[str]] = {}  # the campaign -> its editions' spellings
    for name in found:
        base = _CAMPAIGN_BASE.match(name.written) if name.label == "DATASET" else None
        if base is not None:
            editions.setdefault(base.group(1), set()).add(name.written)
    kept = []
    for name in found:
        dated = editions.get(name.written) if name.label == "DATASET" else None
        if dated is not None and len(dated) == 1:
            name.written = next(iter(dated))
        if dated is None or len(dated) == 1:
            kept.append(name)
    return kept


def _acronym_shaped(word: str) -> bool:
    """True for a word mostly in capitals, as an acronym is (PTB, XQuAD, CoNLL-2005, IMDb), not
    a word in title case (Gigaword, Wikipedia, FrameNet)."""
    letters = [c for c in word if c.isalpha()]
    capitals = sum(c.isupper() for c in letters)
    return capitals >= 2 and 2 * capitals >= len(letters)


def _spelled_out_tasks(found: list[Name]) -> None:
    """A shared task named by its long form and year ("the Discriminating Similar Languages
    Shared Task 2016", a title's) is named by the short name and year the text gives it, its
    acronym the long form's initials ("Discriminating between Similar Languages (DSL) Shared
    task 2016": DSL 2016; R-ds-taskshort: the descriptive title is not listed)."""
    short = {n.written for n in found if n.source == "pattern:acronym_event" and " " in n.written}
    for name in found if short else ():
        long = _LONG_TASK_YEAR.fullmatch(name.written) if name.label == "DATASET" else None
        if long is not None:
            initials = "".join(w[0] for w in long["long"].split() if w[0].isupper())
            if f"{initials} {long['year']}" in short:
                name.written = f"{initials} {long['year']}"


def _language_dropped(text: str, found: list[Name], known: dict[str, Entry]) -> None:
    """A dataset named by an acronym after the language of its part is named by the acronym
    alone (gold: "the English PTB dataset" is PTB, "a version of the English BBQ dataset"
    BBQ), when the acronym names a dataset the lexicons know or the text names as one alone
    ("the MLQA and XQuAD benchmarks ... Spanish MLQA"); not a name of its own in title case
    ("Chinese Gigaword", "English Wikipedia", "Korean FrameNet"), nor an acronym that names no
    data ("Chinese GEC", a task's); so is a name an evaluation campaign opens ("the English TAC
    KBP 2015 TEDL dataset", "English CoNLL-09"); and so is a resource after the language it
    was made in, where a lexicon spelling or a mined name holds both ("the benchmark English
    Penn treebank", "the English Switchboard test set", R-ds-langdesc)."""
    alone = {normalize(n.written) for n in found if n.label == "DATASET"}
    for name in found:
        language, _, rest = name.written.partition(" ")
        if name.label != "DATASET" or language.lower() not in LANGUAGES:
            continue
        entry = known.get(normalize(rest))
        original = entry is not None and _PER_LANGUAGE.get(entry.name) == language
        campaign = _CAMPAIGN_BASE.match(rest) is not None or rest.startswith(
            tuple(f"{c} " for c in CAMPAIGNS))
        if not (campaign or original) \
                and not (_ACRONYM_EDITION.fullmatch(rest) and _acronym_shaped(rest)):
            continue
        if original:  # (its span keeps the language, so no shorter read wins: "English Penn")
            name.written = rest
        elif campaign or entry is not None and entry.label == "DATASET" \
                or normalize(rest) in alone:
            name.start, name.written = name.end - len(rest), rest


#: the year of an edition written before the name it dates, after "the" ("on the 2014 TAC-KBP
#: Slot Filling challenge", "the 2013 Genia Event Extraction dataset", "for the 2019 CLPsych
#: Shared Task"; not "the 2006 and 2007 TREC Genomics track", "(Chelba et al., 2014 Wikitext-103")
_YEAR_BEFORE = re.compile(r"[Tt]he\s(?P<year>(?:19|20)\d\d)\s\Z")
#: ... when a shared task's or data's head noun follows the name
_DATED_HEAD = re.compile(rf"\s+(?:[Ss]hared[\s-][Tt]asks?|[Cc]hallenge|[Cc]ompetition|[Tt]asks?|"
                         rf"[Ee]valuation|[Cc]ampaign|{DATA_NOUNS})\b")


def _years_before(text: str, found: list[Name]) -> None:
    """A dataset or shared task with its edition's year written before it is named with the
    year, as written ("2014 TAC-KBP Slot Filling"), in every mention of that name when the
    paper writes one year for it; so is a shared task with the year after ("PARSEME shared
    task 2018" for a "PARSEME" mention)."""
    dated: dict[str, set[str]] = {}  # the name's key -> the dated names
    for name in found:
        if name.label != "DATASET":
            continue
        after = _SHARED_TASK_YEAR.fullmatch(name.written) if name.source != "lexicon" else None
        if after is not None:
            dated.setdefault(normalize(after.group("base")), set()).add(name.written)
            continue
        year = _YEAR_BEFORE.search(text, max(0, name.start - 9), name.start) \
            if text[name.start - 1:name.start] == " " else None
        if year is not None and _DATED_HEAD.match(text, name.end):
            dated.setdefault(normalize(name.written), set()).add(
                f"{year.group('year')} {name.written}")
            name.start, name.written = year.start("year"), f"{year.group('year')} {name.written}"
    for name in found if dated else ():
        years = dated.get(normalize(name.written), set())
        if len(years) == 1:
            name.written = next(iter(years))


def singular(text: str, written: str) -> str:
    """A name written in the plural as the singular the text also writes, alone or with a
    variant: "called EfficientNets" is EfficientNet where "EfficientNet: Rethinking ..." or
    "our EfficientNet-B7" is written (R-model-plural); a name written only in the plural
    stays ("MobileNets"), as does any other name, and so does a family written in the singular
    only with a member's letter: "three Latent Meaning Models (LMMs), named LMM-A, LMM-S and
    LMM-M", or only in a compound modifier: "Generative Annotation Assistants (GAAs) ... using
    GAA-assisted training data" (R-model-plural's GAAs)."""
    if _PLURAL.search(written) \
            and re.search(rf"(?<![\w-]){re.escape(written[:-1])}(?!\w|-[a-z]|-[A-Z](?![\w-]))",
                          text):
        return written[:-1]
    return written


def _singular_plurals(text: str, found: list[Name]) -> None:
    """Report a model written in the plural as the singular the text also writes
    (``singular``)."""
    for name in found:
        if name.label == "MODEL":
            name.written = singular(text, name.written)


def _attached(text: str, i: int) -> bool:
    """True when ``text[i]`` continues a word (a letter, digit, '_' or '-')."""
    return 0 <= i < len(text) and (text[i].isalnum() or text[i] in "_-")


def whole_words(text: str, name: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    r"""(start, end) of each mention of ``name`` as a whole word (no letter, digit, "_" or "-"
    on either side), from ``pos`` on, left to right without overlap: what ``re.finditer`` of
    ``(?<![\w-])NAME(?![\w-])`` finds, without compiling a pattern per name (a name's pattern
    is rarely in ``re``'s cache: compiling it cost more than the rest of attribution)."""
    start = text.find(name, pos)
    while start >= 0:
        end = start + len(name)
        if not _attached(text, start - 1) and not _attached(text, end):
            yield start, end
            start = text.find(name, end)
        else:
            start = text.find(name, start + 1)


def _relabel_data_sources(text: str, found: list[Name]) -> None:
    """Models named as a source of data ("instruction data from Magicoder and X") are datasets
    in that paper, in every mention."""
    data = set()
    for name in found:
        words = _words_before(text, name.start, 3)
        if words[-1] == "the":
            words = words[:-1]
        if name.label == "MODEL" and words[-1] in ("from", "of") and len(words) > 1 \
                and _DATA_WORD.fullmatch(words[-2]):
            data |= {normalize(text[s:e]) for s, e in _list_items(text, name.start)}
    for name in found:
        if normalize(name.written) in data:
            name.label = "DATASET"


#: R-ds-labelset: a name used as an annotation scheme, not as data: "a treebank of Hindi-English
#: code-switching tweets under Universal Dependencies scheme", "text measures extracted from
#: Universal Dependencies annotation", "according to the PDTB 3 sense taxonomy", "in CoNLL
#: format", "following the Penn Discourse TreeBank framework", "in the FrameNet paradigm",
#: "Penn Discourse Treebank (PDTB)-style annotation" (its version, its acronym or a citation may
#: come first; not "the UD treebanks", nor annotated data: "the ACE annotation dataset",
#: "existing i2b2 annotations", "the TimeBank 1.2 annotation project", nor Winograd schemas,
#: which are data: "these Winogender schemas")
_AS_SCHEME = re.compile(
    r"\)?(?:\s+v?\d+(?:\.\d+)*)?(?:\s*\([^()]{1,30}\)){0,2}(?:-styled?|\s+(?:(?P<kind>annotation|"
    r"sense|dependency|syntactic|tagging|labell?ing|discourse)\s+)?(?:schemes?|taxonom(?:y|ies)|"
    r"formalisms?|guidelines|conventions|formats?|tag\s?sets?|styles?|paradigms?|"
    r"(?P<framework>frameworks?)|"
    r"annotation(?![\w-]|\s+(?:data|datasets?|corpus|corpora|files?|projects?|efforts?)\b)))\b")
#: ... a bare "framework" only in a sentence about annotating or labelling: "annotating a new
#: dataset of 500 tweets within the Universal Dependencies 2.0 framework" (not the software or
#: resource a work is built in: "experiments using the TextWorld framework", "its architecture
#: is based on the EuroWordNet (EWN) framework", "shallow discourse parsing in the Penn
#: Discourse Treebank (PDTB) framework")
_ANNOTATING = re.compile(r"annotat|labell?(?:ing|ed)")
#: ... or written after one: "annotated with discourse relations in the style of the Penn
#: Discourse TreeBank", "the annotation framework of the Penn Discourse TreeBank" (not the
#: idiom of a project: "compiled within the framework of the Czech National Corpus")
_SCHEME_BEFORE = re.compile(r"(?:(?:annotation\s+)?(?:styles?|schemes?|paradigms?)|"
                            r"annotation\s+frameworks?)\s+of\s+(?:the\s+)?\Z")
#: (a substring of every noun they end in: the names are checked only where one is written)
_SCHEME_WORDS = ("annotation", "scheme", "taxonom", "formalism", "guideline",
                 "convention", "format", "tagset", "tag set", "style", "paradigm", "framework")
#: ... and a name a text is parsed into, the representation of the parser's output: "the CoNLL
#: 2018 shared task on Multilingual Parsing from Raw Text to Universal Dependencies" (dev30: the
#: task's descriptive title, R-ds-taskname), "Parsing Tweets into Universal Dependencies",
#: "the IWPT 2020 Shared Task on Parsing into Enhanced Universal Dependencies" (a few words
#: between, in one line; not a knowledge base a semantic parser queries, "semantic parsing of
#: natural language to Freebase"; searched back from the mention, where "parsing" or "parse" is
#: written)
_PARSED_INTO = re.compile(r"(?<![Ss]emantic )\b[Pp]ars(?:ing|es?)(?: [\w-]+){0,4}? (?:to|into) "
                          r"(?:the )?(?:[Ee]nhanced )?\Z")


def _as_scheme(text: str, start: int, end: int) -> bool:
    """Whether the mention at ``start``:``end`` is written as an annotation scheme, after one
    of its nouns (``_AS_SCHEME``, a bare framework in a sentence about annotating) or before
    one (``_SCHEME_BEFORE``)."""
    after = _AS_SCHEME.match(text, end)
    if after is not None and after.group("framework") and not after.group("kind"):
        sentence = text[max(0, start - 150):start]
        after = _ANNOTATING.search(sentence, sentence.rfind(". ") + 1)
    return after is not None or _SCHEME_BEFORE.search(text, max(0, start - 40), start) is not None


def _schemes_only(text: str, found: list[Name]) -> list[Name]:
    """``found`` without the datasets every mention of which names an annotation scheme
    (``_as_scheme``, ``_PARSED_INTO``): the paper uses the scheme, not the data. A long form and
    the acronym written after it in brackets go together (R-ds-acronym): "Penn Discourse Treebank
    (PDTB)-style annotation ... annotated PDTB labels" keeps both."""
    scheme = any(word in text for word in _SCHEME_WORDS)
    parsed = "arsing" in text or "arse" in text
    if not (scheme or parsed):
        return found
    schemes: dict[str, bool] = {}
    for name in found:
        if name.label != "DATASET" or name.written in schemes:
            continue
        mentions = list(whole_words(text, name.written)) or [(name.start, name.end)]
        schemes[name.written] = all(
            scheme and _as_scheme(text, s, e)
            or parsed and _PARSED_INTO.search(text, max(0, s - 60), s) for s, e in mentions)
    for name in found:
        paren = _PAIR_PAREN.match(text, name.end)
        acronym = paren["inner"] if paren is not None else None
        if acronym in schemes and name.written in schemes:
            schemes[name.written] = schemes[acronym] = schemes[name.written] and schemes[acronym]
    return [n for n in found if not (n.label == "DATASET" and schemes.get(n.written))]


#: what a paper calls the system it puts forward (R-model-named; not data: "a new dataset",
#: nor a "semantic network" resource)
_SYSTEM_HEAD = (r"(?:algorithms?|methods?|frameworks?|approach(?:es)?|techniques?|models?|LLMs?|"
                r"architectures?|systems?|procedures?|strateg(?:y|ies)|tools?|toolkits?|solvers?|"
                r"estimators?|pipelines?)")
#: what may follow the system noun that ends an apposition: punctuation, a relative or a
#: preposition (not another noun: "LAiW, the Chinese legal LLM benchmark")
_HEAD_END = (r"(?=\s*[,.;:()]|\s+(?:that|which|for|to|with|in|on|of|based|designed|built|"
             r"trained|using|by|and|where|whose|developed)\b|\s*$)")
#: a system noun in apposition right after a name: "We present SICK, a framework that uses",
#: "WAT-SL 2.0, an open-source web-based annotation tool" (no data noun before it: not "X, a
#: new dataset and a model", nor "X, a suite of ... models", a suite being data elsewhere)
_SYSTEM_APPOSED = re.compile(
    rf",\s+(?:an?|the)\s+(?:(?!(?i:{_DATA_NOUN}|resources?|lexicons?|databases?|formalisms?)\b)"
    rf"[\w-]+\s+){{0,6}}?(?P<head>{_SYSTEM_HEAD}){_HEAD_END}")
#: an introducing verb right before the name: "We present X", "this paper presents the toolkit
#: X", "by developing X"
_INTRODUCING_BEFORE = re.compile(
    rf"\b(?:{INTRODUCING_VERBS}|describe|release)(?:s|d|ed|ing)?\s+(?:(?:the|a|an|our)\s+)?"
    r"(?:[\w-]+\s+){0,2}?$", re.IGNORECASE)
#: a system noun naming what follows: "an encoder-decoder model called PG-GSQL", "a sampling
#: algorithm, called PAWS", "The resulting model, named Spider", "Our system, GAIA,", "our
#: method, SeBe-VQA,", "We propose an algorithm, DART, that", "We introduce a human-machine
#: collaborative framework, HMCEval, that" (up to three lowercase modifiers before the noun)
_SYSTEM_BEFORE = re.compile(
    rf"\b(?P<head>{_SYSTEM_HEAD}),?\s+(?:which\s+)?(?:we\s+)?(?:call|{NAMING_WORDS})\s+$|"
    rf"\b(?:[Oo]ur|[Tt]he\s+proposed)\s+(?:[\w-]+\s+)?(?P<our>{_SYSTEM_HEAD}),\s+$|"
    rf"\b(?:{INTRODUCING_VERBS})s?\s+(?:an?|the)\s+(?:[a-z][\w-]*\s+){{0,3}}?(?P<an>{_SYSTEM_HEAD}),\s+$")
#: the naming words of ``_SYSTEM_BEFORE``
_NAMING_WORDS = re.compile(rf"call|{NAMING_WORDS}")
#: a capitalized word after a name: the name starts a longer one
_LONGER_NAME = re.compile(r"\s+[A-Z]")
#: a data noun after a name
_DATA_AFTER = re.compile(rf"\s+(?i:{_DATA_NOUN})\b")
#: the heads that make the system a model (the rest are methods, tools or frameworks)
_MODEL_HEAD = re.compile(r"(?i:models?|LLMs?)")


#: the Title Case long form of an acronym the paper introduces, right before its parenthesis:
#: "we propose a Science Toolkit for Ancient China (STAC)" (its system noun is checked after)
_INTRODUCED_LONG_FORM = re.compile(
    rf"\b(?:{INTRODUCING_VERBS})(?:s|d|ed|ing)?\s+(?:an?|the|our)\s+(?:new\s+|novel\s+)?"
    r"(?P<long>[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|in|the|to|with)\s+)?[A-Z][\w-]*){1,7})\s*\Z")
_SYSTEM_WORD = re.compile(rf"\b(?P<head>(?i:{_SYSTEM_HEAD}))\b")


def _system_long_form(text: str, paren: int, acronym: str) -> re.Match | None:
    """The system noun of the long form the paper introduces ``acronym`` (in the parenthesis
    at ``paren``) by: "we propose a Science Toolkit for Ancient China (STAC)" -> "Toolkit"."""
    long = _INTRODUCED_LONG_FORM.search(text[max(0, paren - 100):paren])
    if long is None or not _abbreviates(acronym, long.group("long")):
        return None
    return _SYSTEM_WORD.search(long.group("long"))


def _introduced_systems(text: str, found: list[Name]) -> list[Name]:
    """A name the text labels as data (a lexicon dataset's name, "MLS", "DART", "GAIA", or one
    in a list of datasets) that the paper puts forward as its own system ("We propose
    Multi-level Summarizer (MLS), a supervised method", "Our system, GAIA, enables", "an
    encoder-decoder model called PG-GSQL") names that system in that paper, in every mention
    (R-model-named): not a dataset; a model where the text calls it one (guidelines: "a name is
    a model when the text uses it as the model"), else the name of a method or tool."""
    systems: dict[str, bool] = {}
    seen = set()
    for name in found:
        if name.label != "DATASET" or name.written in seen:
            continue
        seen.add(name.written)
        mentions = list(whole_words(text, name.written))
        for start, end in mentions:
            if _LONGER_NAME.match(text, end):
                continue  # "called WordNet Management System (WNMS)": a longer name's start
            # (each cue needs a comma or a naming word: the regexes are tried only then)
            window = text[max(0, start - 60):start]
            before = _SYSTEM_BEFORE.search(window) \
                if window.endswith(", ") or _NAMING_WORDS.search(window) else None
            apposed = _SYSTEM_APPOSED.match(text, end) if text.startswith(",", end) \
                and _INTRODUCING_BEFORE.search(window) else None
            cue = before or apposed
            if cue is None and text[start - 1:start] == "(" and text[end:end + 1] == ")":
                cue = _system_long_form(text, start - 1, name.written)
            # (not a name also written as data: "We collect the CoDraw dataset")
            if cue is not None and not any(_DATA_AFTER.match(text, e) for _, e in mentions):
                head = next(h for h in cue.groups() if h)
                systems[normalize(name.written)] = bool(_MODEL_HEAD.fullmatch(head))
                break
    if not systems:
        return found
    out = []
    for name in found:
        key = normalize(name.written)
        if name.label == "DATASET" and key in systems:
            if not systems[key]:
                continue
            name.label = "MODEL"
        out.append(name)
    return out


#: what names software: "OpusTools, a package for downloading ...", "the EMPAC toolkit", "the
#: TextPro suite of NLP tools", "CAMeL Tools, a collection of open-source tools"
_TOOL_NOUN = (r"(?:tool(?:kit)?s?|packages?|librar(?:y|ies)|platforms?|toolbox(?:es)?|software|"
              r"(?:suite|collection|set)\s+of\s+(?:[\w-]+\s+){0,2}tools)")
#: a tool noun right after a name, or ending an apposition after it: "the CDG Lab, a
#: grammar-based dependency treebank development tool, an annotator ..." (data nouns may
#: modify it: "SuperCAT, a corpus analysis toolkit"; not a list: "X, a dataset and a tool")
_TOOL_AFTER = re.compile(
    rf"\s+{_TOOL_NOUN}\b|,\s+(?:an?|the)\s+(?:(?!(?:and|or)\b)[\w-]+\s+){{0,5}}?{_TOOL_NOUN}"
    r"(?=\s*[,.;:()]|\s+(?:that|which|for|to|with|in|on|of|based|designed|built|developed|"
    r"oriented|written|implemented)\b)")


def _tools(text: str, found: list[Name]) -> list[Name]:
    """Without the datasets found by their shape (not the lexicon's) that the text calls software
    in one mention: a tool, toolkit, package, library or platform is no dataset (guidelines:
    named datasets, corpora, benchmarks); lexicon datasets stay ("the NLTK WordNet interface",
    "the SentEval toolkit")."""
    shaped = {n.written for n in found if n.label == "DATASET" and n.source != "lexicon"}
    tools = {written for written in shaped  # each name once: a name may have many mentions
             if any(_TOOL_AFTER.match(text, end) for _, end in whole_words(text, written))}
    return [n for n in found if not (n.label == "DATASET" and n.written in tools)] if tools \
        else found


#: a dataset name ending in its version or year: "VisDial v1.0", "TREC-DL 2019", "CoNLL-2008",
#: in its language pair: "IWSLT German-English", "WMT19 En-De", or in a shared task's number:
#: "SMM4H Task 1", "SemEval-2020 Task 9"
_VERSIONED = re.compile(
    r"(?P<base>.*\S)(?P<sep>[ -])(?P<version>v\d+(?:\.\d+)?|\d\.\d|(?:19|20)\d\d|"
    rf"(?:{_PAIR_WORDS})\Z|(?<=Task )\d{{1,2}}[A-Za-z]?)")
#: the versions coordinated after it: "v1.0 and v0.9", "2019&2020", ", 2002 and 2004" (of the
#: same shape, so that no score follows: "MultiWOZ 2.0 and 54.86"), the language pairs: "IWSLT
#: German-English and English-Vietnamese", the task numbers: "SMM4H Task 1, 2, and 4",
#: "SemEval-2020 Tasks 9 and 12" (each task is a dataset, as "SemEval-2020 Task 12")
_VERSION_SHAPES = {"v": r"v\d+(?:\.\d+)?", ".": r"\d\.\d", "year": r"(?:19|20)\d\d",
                   "pair": rf"(?:{_PAIR_WORDS})\b(?!-)", "task": r"\d{1,2}[A-Za-z]?"}
_VERSION_NEXT = {key: re.compile(rf"(?:\s*(?:,|&|/|\band\b)\s*)+(?P<v>{shape})"
                                 r"(?!\w|\.\d|\s*(?:%|points?\b))")
                 for key, shape in _VERSION_SHAPES.items()}
#: ... a list of task numbers ends in "and N" (not "SemEval-2019 Task 6, 12 teams took part")
_TASK_LIST = re.compile(
    r"(?:\s*,\s*\d{1,2}[A-Za-z]?)*,?\s*(?:\band\b|&)\s*\d{1,2}[A-Za-z]?(?![\w.])")
#: ... and a known dataset's number after a slash, where the name with it is known too:
#: "CIFAR-10/100" -> also CIFAR-100
_NUMBERED = re.compile(r"(?P<base>.*[A-Za-z])(?P<sep>-?)(?P<version>\d+)")
_VERSION_NEXT["number"] = re.compile(r"/(?P<v>\d+)(?![\w/.])")


#: a dataset name glued to the next sentence or a footnote mark by a missing space (a PDF
#: artefact): "results on ERE.Additionally, we ...", "on GLUE.1 Our code", "FigureQA.We" (not
#: a dotted name: "DerivBase.Ru", "DiaBiz.Kom", "WN.Br")
_GLUED_TAIL = re.compile(r"(?<=[A-Za-z])\.(?P<tail>[A-Z][a-z]+|\d{1,2})\Z")
_SENTENCE_OPENERS = {"however", "moreover", "furthermore", "therefore", "thus", "then", "here",
                     "it", "experiments", "results"}


#: what a team's paper takes part in: "for the EmotionX challenge", "on “EmotionX” shared task"
_TEAM_EVENT = re.compile(r"(?i:challenge|shared[\s-]task|competition)\b")


#: a team's system named by its title's first word, before "at" or "@" and the event:
#: "INF-HatEval at SemEval-2019 Task 5: ...", "Spider-Jerusalem at SemEval-2019 Task 4: ...",
#: "ITNLP-ARC at SemEval-2018 Task 12" (a lexicon name widened, or a name's shape, is no dataset
#: there; not "The MuCoW Test Suite at WMT 2019", a dataset's longer name)
_TEAM_AT = re.compile(r"\s*(?P<team>[^\s:]+)\s+(?:at|@)\s+[^\n]*?[A-Z]")


def _team_systems(text: str, found: list[Name]) -> list[Name]:
    """Without a team's system that a title names: by its first word before "at" and the event
    (``_TEAM_AT``), or after the event ("EmotionX-DLC: Self-Attentive BiLSTM for ...", the DLC
    team at the EmotionX challenge): a known dataset widened by a suffix that only the title
    writes, before its colon, where the abstract names the bare dataset as a challenge, shared
    task or competition the paper takes part in."""
    if (at := _TEAM_AT.match(text)) is not None:
        found = [n for n in found if n.label != "DATASET" or (n.start, n.end) != at.span("team")]
    title_end = text.find("\n\n")
    if title_end < 0 or ":" not in text:
        return found
    team = [n for n in found if n.source == "lexicon" and n.end < title_end
            and text[n.end] == ":" and n.written not in text[title_end:]
            and "-" in n.written and " " not in n.written  # (not "MADAR Shared Task 1:")
            and normalize(n.written) != normalize(n.lexicon)]
    if not team:
        return found
    events = {normalize(word.strip("\"'“”‘’")) for m in _TEAM_EVENT.finditer(text, title_end)
              for word in _words_before(text, m.start(), 2)}  # ("the EmotionX 2018 challenge")
    return [n for n in found if not any(n is t and normalize(n.lexicon) in events for t in team)]


def _unglue(found: list[Name]) -> None:
    """Cut the glued start of the next sentence or a footnote mark off dataset names."""
    for name in found:
        glued = _GLUED_TAIL.search(name.written) \
            if name.label == "DATASET" and "." in name.written else None
        tail = glued.group("tail").lower() if glued is not None else ""
        if tail.isdigit() or tail.endswith("ly") or tail in _LEADING \
                or tail in _PREPOSITIONS or tail in _SENTENCE_OPENERS:
            name.end -= len(name.written) - glued.start()
            name.written = name.written[:glued.start()]


#: what joins coordinated editions of a campaign: "WMT\u201914 and WMT\u201915", "WMT17, WMT18"
_EDITION_JOINER = re.compile(r"\s*(?:,\s*(?:and\s+)?|\s(?:and|&)\s|&)\s*")


def _paired_editions(text: str, found: list[Name]) -> None:
    """Bare editions of a campaign coordinated before one written with its language pair share
    that pair (R-ds-coordname, dev33 acl:D17-139: "on both WMT\u201914 and WMT\u201915
    English\u2192German" names WMT\u201914 English\u2192German too)."""
    data = sorted((n for n in found if n.label == "DATASET"), key=lambda n: n.start)
    for index, name in enumerate(data):
        pair = _PAIR.search(name.written) if is_campaign_edition(name.written) else None
        if pair is None:
            continue
        after = name
        for prev in reversed(data[:index]):
            if not (is_campaign_edition(prev.written) and _PAIR.search(prev.written) is None
                    and _EDITION_JOINER.fullmatch(text, prev.end, after.start)):
                break
            prev.written = f"{prev.written} {pair.group()}"
            after = prev


def _version_mates(text: str, found: list[Name], known: dict) -> list[Name]:
    """The other versions written after a versioned dataset name, each a name of its own
    ("VisDial v1.0 and v0.9" -> also VisDial v0.9, "TREC-DL 2019&2020" -> also TREC-DL 2020,
    "WMT14 English-German and English-French" -> also WMT14 English-French, "CIFAR-10/100" ->
    also CIFAR-100 where ``known``, the lexicon's keys, has it)."""
    out = []
    for name in found:
        versioned = _VERSIONED.fullmatch(name.written) if name.label == "DATASET" else None
        numbered = _NUMBERED.fullmatch(name.written) \
            if name.label == "DATASET" and versioned is None and name.lexicon else None
        versioned = versioned or numbered
        if versioned is None:
            continue
        version = versioned.group("version")
        shape = ("number" if numbered else "v" if version[0] == "v" else
                 "pair" if version[0].isupper() else "." if "." in version else
                 "task" if versioned.group("base").endswith("Task") else "year")
        end, stop = name.end, len(text)
        if shape == "task":
            if (tail := _TASK_LIST.match(text, end)) is None:
                continue
            stop = tail.end()
        while (nxt := _VERSION_NEXT[shape].match(text, end, stop)) is not None:
            end = nxt.end()
            written = f"{versioned.group('base')}{versioned.group('sep')}{nxt.group('v')}"
            if numbered and normalize(written) not in known:
                break
            out.append(Name(nxt.start("v"), end, "DATASET", written, name.lexicon,
                            "pattern:version_mate"))
    return out


#: a parenthesis right after a dataset name, after a possessive too: "British National Corpus’
#: (BNC)", "HoVer (HOppy VERification)"
_PAIR_PAREN = re.compile(r"(?:['\u2019]s?)?\s*\((?:(?:also\s+)?(?:known\s+as|henceforth|hereafter|"
                         r"abbreviated\s+as|called|named)\s+)?(?P<inner>[^()]{2,80})\)")
#: ... holding the acronym of the name of several words before it
_PAIR_ACRONYM = re.compile(r"[A-Za-z][\w+.-]*[A-Z][\w+.-]*")
#: (unless the name is a scheme there, not data: "the Universal Dependencies (UD) (Nivre et al.,
#: 2016) guidelines", "the Penn Treebank (PTB) framework")
_SCHEME_AFTER = re.compile(
    rf"(?:\s*\([^()]*\))*\s+(?i:annotations?|guidelines|formalisms?|projects?|initiative|"
    rf"{_METHOD_NOUN})\b")


def _past_gloss(text: str, end: int, label: str) -> int:
    """Where a listed dataset's gloss in parentheses ends, or ``end`` without one: "two different
    benchmark datasets: BioRelEx (binding interaction detection) and ADE (...)" (not a model's:
    "models such as Long Short-Term Memory (LSTM) and Gated Recurrent Unit" lists classes)."""
    gloss = _GLOSS.match(text, end) if label == "DATASET" else None
    return gloss.end() if gloss is not None else end


def _abbreviates(short: str, long: str) -> bool:
    """Whether ``short`` is an acronym of ``long`` (Schwartz and Hearst's test): its letters and
    digits are found in order from the end of ``long``, the first at the start of ``long``
    ("HoVer" of "HOppy VERification", "BNC" of "British National Corpus")."""
    chars = [c for c in short.lower() if c.isalnum()]
    long = long.lower()
    if len(chars) < 2 or len(chars) >= len(long) or chars[0] != long[0]:
        return False
    at = len(long)
    for i in range(len(chars) - 1, -1, -1):
        at = long.rfind(chars[i], 0, at)
        while i == 0 and at > 0 and long[at - 1].isalnum():
            at = long.rfind(chars[i], 0, at)  # the first letter begins a word
        if at < 0:
            return False
    return at == 0


#: the Title Case long form with its data head right before a known acronym's parenthesis:
#: "the Stanford Question Answering Dataset (SQuAD)", or with the data noun after the
#: parenthesis: "on the challenging Multi-Genre NLI (MultiNLI) dataset" (checked below)
_LONG_FORM_BEFORE = re.compile(
    r"(?P<long>(?:[A-Z][\w-]*\s+(?:(?:of|for|and|on|in|the)\s+)?){0,5}"
    r"(?:(?P<head>Dataset|Benchmark|Corpus|Treebank)|[A-Z][\w-]*))\s*\(\Z")


#: ... and the Title Case long form in the parenthesis after a dataset's acronym (R-ds-acronym
#: in reverse order) where it names data by its head: "Europarl (European Parliament
#: Proceedings)", "ACSD (Academia Sinica Diverse MWP Dataset)", "MBBQ (Multilingual Bias
#: Benchmark for Question-answering)" (not a spelled-out description: "FIND (Function
#: INterpretation and Description), a benchmark suite", seed-080)
#: ... and before a dataset's acronym the cues found, where a singular data noun follows its
#: parenthesis: "the Google-IISc Distant Supervision (GDS) dataset" (R-ds-acronym: both forms are
#: listed; a plural names a task's data: "widely used Semantic Textual Similarity (STS)
#: benchmarks", "current Math Word Problem (MWP) benchmarks")
_DATA_AFTER_PAREN = re.compile(r"\)\s+(?:dataset|data\s?set|corpus|benchmark|treebank)\b(?!-)")
#: (not a long form written partly in lower case, a description, R-ds-acronymlower: dev4 lists
#: "Human-annotated Salient Excerpts (HSE)" as HSE alone; nor a task's: "the first Thai Nested
#: Named Entity Recognition (N-NER) dataset"; nor one of one or two words, mostly a term or a
#: scheme: "A highly accurate Named Entity (NE) corpus", "a Universal Dependency (UD) treebank",
#: "user-generated Algerian (ALG) dataset")
_LOWER_PART = re.compile(r"-[a-z]")
_PAIR_LONG = re.compile(r"[A-Z][\w-]*(?:\s+(?:(?:of|for|and|on|in|the|to|with)\s+)?[A-Z][\w-]*)+")
_PAIR_LONG_HEAD = re.compile(r"\b(?:Datasets?|Data\sSets?|Corpus|Corpora|Treebanks?|Benchmarks?|"
                             r"Collections?|Databases?|Proceedings|Documents|Archives?)\b")


#: a word glued after a parenthesis, a lost space: "(EuroWordNet).This paper"
_GLUED_AFTER = re.compile(r"[.,;:]?[A-Za-z]")


def _named_in_paren(text: str, paren: re.Match) -> bool:
    """Whether the capitalized word in parentheses after "model" is the model's name, not the
    acronym of the words before: "the best off-the-shelf model (Bootleg)", "Our reinforcement
    learning model (Polite-RL)" (not "a novel end-to-end hierarchy-aware global model (HiAGM)",
    whose letters the words spell, nor a common word: "(Others)", nor an acronym whose long
    form is not written there: "an unfaithful decoding model (UMLI)", nor a language pair: "a
    bilingual baseline model (English-French)")."""
    name = paren.group("name")
    words = _words_before(text, paren.start(), 8)
    return text[paren.start() - 1:paren.start()] == " " \
        and not _GLUED_AFTER.match(text, paren.end()) and name[0].isupper() \
        and not (name.isalpha() and name.isupper()) and not _PAIR.fullmatch(name) \
        and name.lower() not in _GENERIC and name.lower() not in _LEADING \
        and not any(_abbreviates(name, " ".join(words[-k:])) for k in range(1, len(words) + 1))


def _acronym_pairs(text: str, found: list[Name]) -> list[Name]:
    """A dataset written as "Full Name (ACRONYM)" in both forms (R-ds-acronym): the acronym after
    a dataset name of several words is a dataset too ("Universal Dependencies (UD) dataset",
    "British National Corpus’ (BNC)"; not "CommonCrawl (CC)", a nickname of one word); after a
    lexicon name only with a data noun in or after it, as many are schemes too ("Universal
    Dependencies (UD) is a project")."""
    out, known = [], {(n.start, n.end) for n in found if n.source == "lexicon"}
    for name in found:
        if name.label == "DATASET" and " " not in name.written \
                and text.startswith(" (", name.end):
            after = _PAIR_PAREN.match(text, name.end)
            inner = after.group("inner") if after is not None else ""
            if _PAIR_LONG.fullmatch(inner) and (_abbreviates(name.written, inner)
                                                and _PAIR_LONG_HEAD.search(inner)
                                                or _pair_long_named(text, name, after)):
                out.append(Name(*after.span("inner"), "DATASET", inner, "",
                                "pattern:acronym_pair"))
        headed = []
        if name.label == "DATASET" and " " not in name.written \
                and text[name.start - 1:name.start] == "(" and text[name.end:name.end + 1] == ")" \
                and not ((name.start, name.end) in known and _long_form_before(text, name)):
            headed = _headed_long_form(text, name)
            out += headed
        paren = _PAIR_PAREN.match(text, name.end) \
            if name.label == "DATASET" and " " in name.written else None
        if paren is None and (name.start, name.end) in known:
            out += _long_form_before(text, name)
        elif paren is None and _DATA_AFTER_PAREN.match(text, name.end) and not headed:
            out += [n for n in _long_form_before(text, name) if len(n.written.split()) > 2
                    and not _LOWER_PART.search(n.written)
                    and not _TASK_PHRASE.fullmatch(n.written.rsplit(None, 1)[-1])]
        if paren is None:
            continue
        inner = paren.group("inner")
        if (name.start, name.end) in known and not _LIST_DATA_AFTER.match(text, paren.end()) \
                and not re.fullmatch(_LIST_DATA_NOUN, name.written.rsplit(None, 1)[-1].lower()):
            continue  # a known name is data with a data noun: "... (UD) treebanks", "... Corpus"
        if _PAIR_ACRONYM.fullmatch(inner) and _abbreviates(inner, name.written) \
                and not _TASK_PHRASE.fullmatch(name.written.rsplit(None, 1)[-1]) \
                and not _SCHEME_AFTER.match(text, paren.end()):
            out.append(Name(*paren.span("inner"), "DATASET", inner, "", "pattern:acronym_pair"))
    return out


#: ... or with no data head, where the acronym is one the paper puts forward as data and the
#: long form spells each of its capitals ("We introduce CoDA21 (Context Definition Alignment), a
#: challenging benchmark", "HoVer (HOppy VERification), a dataset"); not a task's, an event's or a
#: system's or a body's long form ("the CGED (Chinese Grammatical Error Diagnosis) task", "WAT
#: (Workshop on Asian Translation)", "SCAN (Symbol-Concept Association Network)", "NBA (National
#: Basketball Association)"), nor a coordination of what the data is for, the tasks it tests: "FIND
#: (Function INterpretation and Description), a benchmark suite" (seed-080 lists FIND alone),
#: "FEVER (Fact Extraction and VERification)"
_PAIR_LONG_NOT = re.compile(rf"\b{_EVENT_WORD}\b|(?:{_TASK_PHRASE.pattern}|Tasks?|Challenge|"
                            rf"Networks?|Models?|Systems?|Framework|Method|Algorithm|"
                            rf"Association|Academy|Institute|University|Society|Agency)$")
_PAIR_LONG_TAIL = re.compile(r"\s(?:for|of|on|in|with|to)\s.*")
_PAIR_TASK_AFTER = re.compile(r"\s+(?:(?:shared\s+)?tasks?|challenge|competition|track)\b",
                              re.IGNORECASE)


def _pair_long_named(text: str, name: Name, paren: re.Match) -> bool:
    """Whether a long form without a data head after a dataset's acronym names that dataset
    (``_PAIR_LONG_NOT``): the acronym found by a cue, not the lexicon, abbreviates it (a year
    or version after it aside: "CoDA21") and its capitals are the long form's, in order."""
    long = paren.group("inner")
    capitals = iter(c for c in long if c.isupper())  # (consumed in order)
    return name.source.startswith("pattern:") and _abbreviates(name.written.rstrip("0123456789"),
                                                               long) \
        and sum(c.isupper() for c in name.written) >= 2 and " and " not in long \
        and all(c in capitals for c in name.written if c.isupper()) \
        and not _PAIR_LONG_NOT.search(_PAIR_LONG_TAIL.sub("", long)) \
        and not _PAIR_TASK_AFTER.match(text, paren.end())


def _long_form_before(text: str, name: Name) -> list[Name]:
    """The long form before a known dataset's acronym in parentheses, from the word its first
    letter starts ("the Stanford Question Answering Dataset (SQuAD)", "the Multi-Genre NLI
    (MultiNLI) dataset")."""
    before = _LONG_FORM_BEFORE.search(text, max(0, name.start - 120), name.start) \
        if name.label == "DATASET" and text[name.end:name.end + 1] == ")" else None
    if before is None:
        return []
    long = before.group("long")
    if not before.group("head") and not _LIST_DATA_AFTER.match(text, name.end + 1):
        at = _spelled_out(name.written, long)
        return [Name(before.start("long") + at, before.end("long"), "DATASET", long[at:], "",
                     "pattern:acronym_pair")] if at >= 0 else []
    for word in re.finditer(r"\S+", long):
        if _abbreviates(name.written, long[word.start():]):
            start = before.start("long") + word.start()
            return [Name(start, before.end("long"), "DATASET", long[word.start():], "",
                         "pattern:acronym_pair")]
    return []


#: R-ds-acronym, the long form of an acronym a context rule found, its data head anywhere in it:
#: "the Corpus of Contemporary American English (COCA)", "The French Learners Audio Corpus of
#: German Speech (FLACGS)", "the Lexicon of Czech Discourse Connectives (CzeDLex)" (Title Case
#: words of one line up to the parenthesis, from the word the acronym's first letter starts, at
#: most as many words as Schwartz and Hearst's long forms; a collection of
#: text or words, not a benchmark: gold leaves "Benchmark of Linguistic Minimal Pairs (BLiMP)"
#: out in dev2, "Writing Quality Benchmark (WQ)" in dev3)
_HEADED_LONG_FORM = re.compile(
    r"(?P<long>[A-Z][\w-]*(?: +(?:(?:of|for|and|on|in|the) +)?[A-Z][\w-]*){1,8}) *\(\Z")
_LONG_FORM_HEAD = re.compile(r"\b(?:Corpus|Corpora|Treebanks?|Lexicon|Bank)\b")


#: the last word of a long form that names a process or a system, not data: "Chinese Grammatical
#: Error Diagnosis (CGED)", "Building Educational Applications (BEA)", a system's (UMLS's
#: "Unified Medical Language System" is data all the same, dev19 gold: a lexicon synonym); nor
#: an event (_EVENT_WORD): "the Cross Language Evaluation Forum (CLEF)"
_NOT_DATA_LAST = re.compile(rf"[A-Z][a-z]*(?:ions?|sis|ing)|Systems?|{_EVENT_WORD}")


def _spelled_out(acronym: str, long: str) -> int:
    """Where the last words of ``long`` start whose initials spell a known dataset's capitals-only
    ``acronym``, one word a letter, with no data head: "Street View House Numbers (SVHN)", "the
    Wall Street Journal (WSJ)", a small joining word's letter too: "Choice of Plausible
    Alternatives (COPA)" (not a task's name: ``_NOT_DATA_LAST``); -1 when they do not."""
    words = list(re.finditer(r"\S+", long))[-len(acronym):]
    if len(acronym) < 2 or not acronym.isalpha() or not acronym.isupper() \
            or len(words) != len(acronym) or words[0].group()[0] != acronym[0] \
            or any(w.group()[0] != c and (w.group() not in _JOINERS or w.group()[0].upper() != c)
                   for w, c in zip(words, acronym, strict=True)) \
            or _NOT_DATA_LAST.fullmatch(words[-1].group()):
        return -1
    return words[0].start()


def _initials(short: str, long: str) -> bool:
    """Whether the capitals of ``short`` are, in order, initials of the words of ``long``, the
    first of the first word ("COCA": Corpus Of Contemporary American English), where the
    letter test of ``_abbreviates`` takes a later letter ("a" of "American")."""
    capitals = [c for c in short if c.isupper()]
    initials = [w[0].upper() for w in long.split()]
    if len(capitals) < 2 or not initials or capitals[0] != initials[0]:
        return False
    at = 1
    for c in capitals[1:]:
        while at < len(initials) and initials[at] != c:
            at += 1
        if at == len(initials):
            return False
        at += 1
    return True


def _headed_long_form(text: str, name: Name) -> list[Name]:
    """The long form with a data head before a found dataset's acronym (``_HEADED_LONG_FORM``)."""
    before = _HEADED_LONG_FORM.search(text, max(0, name.start - 150), name.start)
    if before is None or _ACRONYM_EVENT_AFTER.match(text, name.end + 1):
        return []  # (not a shared task's title: "the Building and Using Comparable Corpora
        # (BUCC) shared task")
    long = before.group("long")
    most = min(len(name.written) + 5, 2 * len(name.written))  # words (Schwartz and Hearst)
    words = list(re.finditer(r"\S+", long))
    for i, word in enumerate(words):
        if len(words) - i <= most and word.group()[0].isupper() and (
                _abbreviates(name.written, long[word.start():])
                or _initials(name.written, long[word.start():])):
            if not _LONG_FORM_HEAD.search(long, word.start()):
                return []
            start = before.start("long") + word.start()
            return [Name(start, before.end("long"), "DATASET", long[word.start():], "",
                         "pattern:acronym_pair")]
    return []


#: the rest of a spelled-out name up to its acronym: " Pretraining Approach ("
#: (a word is taken whole, atomic: "-" both ends a word and parts words, so "BERT on
#: Q-A-B-...-V." with no "(" was tried in exponentially many splits, 1.5 s for 70 chars)
_LONG_FORM_TAIL = re.compile(r"(?:[\s-]+(?:(?>[A-Z][\w-]*)|of|for|from|and|the|to|with|on|in))*"
                             r"\s*\(")
_NOT_IN_TAIL = re.compile(r"[^\s\w-]")


def _first_stops(text: str, ends: Iterable[int]) -> dict[int, int]:
    """Where the first character that is no word, space or hyphen lies at or after each of
    ``ends`` (the text's length where none does), searched once for all the ends before it (not
    once per end: each name of "BERT-" x6000 scanned to the text's end)."""
    stops: dict[int, int] = {}
    stop = -1
    for end in sorted(ends):
        if end > stop:
            found = _NOT_IN_TAIL.search(text, end)
            stop = found.start() if found is not None else len(text)
        stops[end] = stop
    return stops


def _outside_long_forms(text: str, found: list[Name]) -> list[Name]:
    """Drop names inside the spelled-out form of another name's acronym: BERT in "Robustly
    Optimized BERT Pretraining Approach (RoBERTa)" is not a mention of BERT."""
    # (not an acronym a dataset name itself is spelled out by: "The Natural Questions (NQ)",
    # nor the long form itself: "The French Learners Audio Corpus of German Speech (FLACGS)")
    by_start = {n.start: n for n in found if n.source != "pattern:acronym_pair"}
    stops = _first_stops(text, {n.end for n in found})
    out = []
    for name in found:
        # (the tail holds only words, spaces and hyphens: it is tried only where the first other
        # character after a name is its "(")
        stop = stops[name.end]
        tail = _LONG_FORM_TAIL.match(text, name.end) if text[stop:stop + 1] == "(" else None
        acronym = by_start.get(tail.end()) if tail else None
        if acronym is not None and name.source != "pattern:acronym_pair" \
                and (before := _words_before(text, name.start, 1)[-1])[:1].isupper() \
                and before[-1:].isalnum() \
                and not normalize(acronym.written).startswith(normalize(name.written)):
            continue
        out.append(name)
    return out


def _redefined_acronyms(text: str, found: list[Name], known: dict[str, Entry]) -> list[Name]:
    """Drop a lexicon's acronym the paper spells out as something else, with every mention of
    it: "a phonetic decision tree (PDT)" is not the Prague Dependency Treebank, "Binary Neighbor
    Compression (BNC)" not the British National Corpus. The words before the bracket spell the
    acronym, and share no word with the entry's own long form."""
    redefined = set()
    for name in found:
        acronym = name.written
        if name.source != "lexicon" or not (acronym.isalpha() and acronym.isupper()) \
                or text[name.start - 1:name.start] != "(" or text[name.end:name.end + 1] != ")":
            continue
        words = _words_before(text, name.start - 1, len(acronym))
        entry = known.get(normalize(acronym))
        if entry is None or not _spells(words, acronym):
            continue
        said = {w.lower() for w in words}
        longs = [long.lower().split() for long in entry.names if _spells(long.split(), acronym)]
        if longs and not any(said.intersection(long) for long in longs):
            redefined.add(acronym)
    return [n for n in found if not (n.source == "lexicon" and n.written in redefined)]


def _spells(words: list[str], acronym: str) -> bool:
    """Whether ``words`` spell ``acronym`` by their initials, one word a letter, in any case."""
    return len(words) == len(acronym) and "".join(w[:1] for w in words).upper() == acronym


#: an acronym in parentheses right after a name
_GENERIC_PAREN = re.compile(r"\s*\(\s*([\w-]+)\s*\)")


def _generic_long_forms(text: str, found: list[Name]) -> list[Name]:
    """Drop a pattern's model name spelled out before a generic acronym in parentheses, and its
    repeats: the class the acronym names ("Latent Dirichlet Allocation (LDA)", "Convolutional
    Neural Networks (CNNs)"), or a fragment of it ("Block-Model" of "The Stochastic Block-Model
    (SBM)")."""
    generic = {normalize(n.written) for n in found if n.label == "MODEL" and n.source != "lexicon"
               and (paren := _GENERIC_PAREN.match(text, n.end)) is not None
               and paren.group(1).lower() in _GENERIC}
    return [n for n in found if not (n.label == "MODEL" and n.source != "lexicon"
                                     and normalize(n.written) in generic)]


#: sources whose cue already says the paper puts the name forward (its title, its introducing
#: verb, a naming verb, "our model X"): their names are kept by ``_lower_long_forms``
_PUT_FORWARD_SOURCES = {"pattern:title", "pattern:acronym", "pattern:head_called",
                        "pattern:our_model"}
#: a capital or digit inside a word: the long form is not all lower case ("Gaussian process")
_CAPITAL_INSIDE = re.compile(r"(?<!\A)[A-Z0-9]|\s[A-Z]")


def _written_lower(text: str, long: str) -> bool:
    """Whether the text writes ``long`` in lower case but for its first letter, before its
    acronym or elsewhere: a class, whatever its first capital ("a Siamese convolutional neural
    network (S-CNN)"; "modern Encoder-Decoder (ED) architectures ... Encoder-decoder models do
    generalize", "Multilayer Neural Networks (MNNs)" under the title's "multilayer neural
    networks")."""
    return any(m.group()[1:].islower() for m in re.finditer(rf"\b{re.escape(long)}\b", text,
                                                             re.IGNORECASE))


def _lower_long_forms(text: str, found: list[Name]) -> list[Name]:
    """Drop a pattern's acronym model the text spells out in lower case (``_written_lower``) and
    does not put forward, with its repeats: a class, task or method coined in passing
    (R-model-archclass: "a word-averaging (WA) model"; "Recurrent networks of spiking neurons
    (RSNNs) ... RSNN models", "partial least squares path modeling (PLS-PM) ... Our PLS-PM
    models", "knowledge bases (KBs)"); not a name the paper introduces ("we propose a reason
    comparing network (RCN)", "named the denoising essence vector (D-EV) model") or calls its
    own ("our proposed NTN models"), nor one its title gives."""
    kept = {n.written for n in found if n.source in _PUT_FORWARD_SOURCES or n.source == "lexicon"}
    lower = set()
    for written in {n.written for n in found if n.label == "MODEL" and n.written not in kept}:
        acronym = written[:-1] if _PLURAL_ACRONYM.search(written) else written
        if not acronym[:1].isupper() or sum(c.isupper() for c in acronym) < 2 or " " in acronym:
            continue
        paren = text.find(f"({acronym})")
        paren = paren if paren >= 0 else text.find(f"({acronym}s)")
        if paren < 0:
            continue
        words = _words_before(text, paren, 2 * len(acronym))
        long = next((" ".join(words[-k:]) for k in range(1, len(words) + 1)
                     if _abbreviates(acronym, " ".join(words[-k:]))), None)
        if long is None:
            continue
        start = text.rfind(long.split()[0], 0, paren)
        if (_CAPITAL_INSIDE.search(long) or long[0].isupper()
                and not _SENTENCE_START.search(text, max(0, start - 3), start)) \
                and not _written_lower(text, long):
            continue  # a name's capitals: "Gated Recurrent Units (GRU)" (not the sentence's)
        if not _put_forward(text, paren, text.find(")", paren) + 1, acronym):
            lower.add(written)
    return [n for n in found if not (n.label == "MODEL" and n.written in lower)]


#: the lexicon kind of released word embeddings (GloVe, word2vec, fastText): models where the
#: text evaluates or compares them, tools otherwise (R-model-embedobjective, R-model-tool)
EMBEDDING = "embedding"
#: the lexicon kind of a toolkit named like the models it ships (Flair: "ELMo, BERT and Flair",
#: "Flair embeddings"): a model except in a paper that calls it a framework, library or toolkit
#: (GUIDELINES: no model where the text calls it a framework; R-model-tool): "We present FLAIR,
#: an NLP framework", "using the open-source framework FLAIR", "Flair is the main NLP library"
TOOLKIT = "toolkit"
_TOOLKIT_NOUN = r"(?:framework|librar(?:y|ies)|toolkit)"
_TOOLKIT_BEFORE = re.compile(rf"\b{_TOOLKIT_NOUN}\s+(?:(?:called|named)\s+)?\**\Z", re.IGNORECASE)
_TOOLKIT_AFTER = re.compile(rf"\**(?:\s*[,:]|\s+is)\s+(?:an?|the)\s+(?:[\w-]+\s+){{0,3}}"
                            rf"{_TOOLKIT_NOUN}\b", re.IGNORECASE)


def _called_toolkit(text: str, name: str) -> bool:
    """Whether the text calls ``name`` a framework, library or toolkit at one of its mentions."""
    return any(_TOOLKIT_BEFORE.search(text, max(0, start - 40), start)
               or _TOOLKIT_AFTER.match(text, end) for start, end in whole_words(text, name))


#: the lexicon kind of lexical and knowledge resources (WordNet, UMLS, Wikidata): data a paper
#: builds or draws on, which its results are on only where a sentence says so (results.py)
RESOURCE = "resource"
#: the lexicon kind of a benchmark named by the task it poses (VQA, of visual question
#: answering): data only where the text writes it as data, not where it names the task ("VQA
#: models", "Visual Question Answering (VQA) is a challenging task", dev8, dev16, dev23)
TASK_NAMED = "task-named"
#: written as data: "on the VQA dataset", "the standard VQA dataset" (not "a new VQA dataset",
#: a dataset of the task), or listed with other names: "(i.e., VQA and GQA)", "COCO-QA and
#: VQA", "two QA datasets, VQA and SQuAD", "the Outside Knowledge-VQA (OK-VQA) and VQA datasets"
_TASK_DATA_AFTER = re.compile(r"\s+(?:dataset|benchmark|corpus|challenge)\b")
_TASK_DATA_THE = re.compile(r"\b[Tt]he\s+(?:[\w-]+\s+)?\Z")
_TASK_LISTED_AFTER = re.compile(r",?\s+(?:and|or)\s+[A-Z]|,\s+[A-Z]")
_TASK_LISTED_BEFORE = re.compile(r"[A-Z][\w-]*\)?(?:,\s+|,?\s+(?:and|or)\s+)\Z")


def _task_named_data(text: str, start: int, end: int) -> bool:
    """Whether a benchmark named by its task (``TASK_NAMED``) is written as data there."""
    return _TASK_DATA_AFTER.match(text, end) is not None \
        and _TASK_DATA_THE.search(text, max(0, start - 30), start) is not None \
        or _TASK_LISTED_AFTER.match(text, end) is not None \
        or _TASK_LISTED_BEFORE.search(text, max(0, start - 40), start) is not None


#: a comparison in the sentence: "our model outperforms GloVe by more than 7%", "Comparing
#: word2vec and GloVe for ...", "show their advantage over baseline non-contextual FastText
#: embeddings", "Word2Vec vs LSA"
_EMBEDDING_COMPARED = re.compile(
    r"\b(?:[Cc]ompar(?:e[sd]?|ing|isons?|able|atively)|[Oo]utperform\w*|than|[Vv]ersus|vs\b|"
    r"against|beats?|baselines?)\b")
#: the embedding as the system's input right before it: "using pre-trained GloVe", "initialized
#: with 300-dimensional word2vec"
_EMBEDDING_INPUT_BEFORE = re.compile(
    r"\b(?:using|uses?|used|with|from|initiali[sz]ed|initiali[sz]ing|based\s+on|via|"
    r"employ(?:s|ed|ing)?|leverag\w+|exploit\w*|incorporat\w+|combin\w+|feed\w*|fed|"
    r"concatenat\w+|adding|added)\s+(?:(?:the|a|an|pre-?trained|static|off-the-shelf|standard|"
    r"popular|traditional|classic(?:al)?|existing|domain-specific|in-domain|[\w-]+-dimensional|"
    r"\d+-?d(?:im)?|both|and|or|,)\s*){0,4}$")
#: ... or right after it: "GloVe as word embeddings", "GloVe features"
_EMBEDDING_INPUT_AFTER = re.compile(r"\s+(?:as\s+(?:(?:word|input)\s+)?(?:embeddings?|features|"
                                    r"inputs?)|features|vectors\s+as)\b")


def _embedding_compared(text: str, start: int, end: int) -> bool:
    """Whether the sentence of a word-embedding name compares or evaluates it (then it is a
    model), not where the name is the system's input: "comparable performance of One-hot
    embedding and pre-trained FastText embedding" but not "an embedding layer initialized with
    vectors from Glove word embedding"; fastText's classifier is a model wherever it is named."""
    if text.startswith(" classifier", end):
        return True  # "an F1-score of 87.22% using FastText classifier"
    sent_start = sentence_start(text, start)
    sent_end = text.find(". ", end)
    if not _EMBEDDING_COMPARED.search(text, sent_start, sent_end if sent_end >= 0 else len(text)):
        return False
    return not _EMBEDDING_INPUT_BEFORE.search(text, max(sent_start, start - 80), start) \
        and not _EMBEDDING_INPUT_AFTER.match(text, end)


#: a lower-case word after a listed item that goes on with its phrase (not a joiner of the
#: list): "such as Latent Dirichlet allocation", "Gaussian mixtures"
_PHRASE_GOES_ON = re.compile(r" (?!(?:and|or|etc|as|in|on|to|for|with|at)\b)[a-z]")


def _class_item(text: str, start: int, end: int) -> bool:
    """Whether an item listed after "models" is a model class, not a model's name: made of the
    words of generic classes only ("simpler models, including Logistic Regression, Naive Bayes,
    Support Vector Machine"), or plain capitalized words that a lower-case word goes on from, the
    start of a class's name ("topic models such as Latent Dirichlet allocation", "generative
    models such as Gaussian mixtures", "models such as Bidirectional Encoder Representations
    from Transformers")."""
    words = text[start:end].split()
    return all(w.lower() in GENERIC_WORDS for w in words) \
        or all(w.istitle() and w.isalpha() for w in words) \
        and _PHRASE_GOES_ON.match(text, end) is not None


class NameFinder(BatchedComponent):
    """Pipeline component adding DATASET and MODEL candidates to ``doc.spans[CANDIDATES]``."""

    def __init__(self, nlp: Language, lexicon_paths: Iterable[str] = (),
                 use_patterns: bool = True, default_lexicons: bool = True,
                 mined_lexicons: bool = True, name: str = "litkit_names_v1") -> None:
        super().__init__(name)
        self.table: dict[str, Entry] = load_lexicons(list(lexicon_paths), default_lexicons,
                                                     mined_lexicons)
        self.use_patterns = use_patterns
        # one case-insensitive matcher; the case rules are checked on each hit
        self.matcher = PhraseMatcher(nlp.vocab, attr="LOWER")
        lowered = {alias.lower() for alias in self.table}
        for alias in self.table:
            patterns = [nlp.make_doc(alias)]
            if len(patterns[0]) > 1 and not any(c.isspace() for c in alias):
                # spaCy splits "GSM8K" alone but not in "GSM8K/MATH": match the whole word too
                patterns.append(Doc(nlp.vocab, words=[alias]))
            if "'" in alias:  # "Children’s Book Test": the curly apostrophe, as often written
                patterns.append(nlp.make_doc(alias.replace("'", "\u2019")))
            if self.table[alias].label == "MODEL" and _SPACED_VERSION.search(alias):
                patterns += [nlp.make_doc(spelling) for spelling in _hyphened(alias)]
            elif _versioned_curated(self.table[alias]):
                patterns += [nlp.make_doc(spelling) for spelling in _joint_spellings(alias)
                             if spelling.lower() not in lowered]
            self.matcher.add(alias, patterns)
        self.exact = {a for a, e in self.table.items()
                      if e.label != IGNORE and case_sensitive(a, e.match)}
        self.lexicon_keys = {normalize(a): e for a, e in self.table.items()}
        self.known = spellings(self.table.values())  # label -> {key: canonical spelling}

    def __call__(self, doc: Doc) -> Doc:
        by_span = {}
        models = self.known.get("MODEL", {})
        for name in self.find(doc):
            identity = model_identity(name.written, models) if name.label == "MODEL" else None
            if identity is not None and not name.lexicon \
                    and normalize(identity.family) in models:
                name.lexicon = identity.family  # "Llama2-70B" found by its shape is a Llama 2
            span = doc.char_span(name.start, name.end, label=name.label, kb_id=name.lexicon,
                                 alignment_mode="expand")
            if span is not None and len(span):
                by_span.setdefault((span.start, span.end, name.label), (span, name, identity))
        kept = filter_spans([span for span, *_ in by_span.values()])
        for span in kept:
            _, name, identity = by_span[span.start, span.end, span.label_]
            if identity is not None:
                set_span_values(span, source=name.source, model=name.written,
                                canonical=identity.canonical, family=identity.family,
                                size=identity.size, variant=identity.variant)
            else:
                entry = self.lexicon_keys.get(normalize(name.lexicon or name.written))
                written = _LOWER_DATA_TAIL.sub("", name.written) \
                    if name.source == "lexicon" and not _own_head(entry, name.written) \
                    else name.written
                set_span_values(span, source=name.source, dataset=written,
                                canonical=dataset_identity(name.written,
                                                           self.known.get("DATASET", {})),
                                metric=entry.metric if entry is not None else None,
                                lexicon_kind=entry.kind if entry is not None else None)
        if CANDIDATES in doc.spans:
            doc.spans[CANDIDATES].extend(kept)
        else:
            doc.spans[CANDIDATES] = kept
        return doc

    # ------------------------------------------------------------ finding
    def find(self, doc: Doc) -> list[Name]:
        """Every DATASET/MODEL name in ``doc``, overlapping ones included."""
        text = without_italics(doc_text(doc))
        found, weak, blocked = self._lexicon(doc, text)
        if "/" in text and _URL_GATE.search(text):  # "https://", "huggingface.co/datasets/..."
            blocked += [m.span() for m in _URL.finditer(text)]
        if self.use_patterns:
            patterns, methods, tasks = self._patterns(text)
            # (a family's variant only called a way of building a model is one: see _WAY_NOUN;
            # so is the system a paper puts forward as a method or framework and then calls
            # "our model": "We introduce MaRGE, a Masked ROUGE Regression framework ... our model
            # achieves state-of-the-art performance", or says is trained, _TRAINED_SUBJECT)
            said = {normalize(n.written) for n in patterns if n.source == "pattern:method_model"} \
                if "ur model" in text and _OUR_MODEL_SAID.search(text) else set()
            said |= {normalize(n.written) for n in patterns if n.source == "pattern:trained"}
            found += [n for n in patterns if (normalize(n.written) not in methods
                                              and n.source != "pattern:method_model"
                                              or normalize(n.written) in said
                                              or n.source == "pattern:family_suffix"
                                              and methods[normalize(n.written)])
                      and (n.source in _STRONG or normalize(n.written) not in tasks)]
            if not found:  # (every step below refines or adds to the names found)
                return []
            found += self._lists(text, found, weak)
            found += _sized_bases(text, found)
            # (a pattern's name repeated first: the title's "MBBQ: ..." is spelled out later, in
            # "MBBQ (Multilingual Bias Benchmark for Question-answering)"; then the long forms')
            found += _repeats(text, found)
            found += [n for n in _acronym_pairs(text, found)
                      if not self._other_label(n.written, "DATASET")]
            found += _repeats(text, found)
            _one_label(text, found, self.known.get("MODEL", {}))
            _yearless_tasks(found)
            _years_before(text, found)
            _title_tasks(text, found)
            _spelled_out_tasks(found)
            _language_dropped(text, found, self.lexicon_keys)
            found = _campaigns_dated(found)
            _headed_mates(text, found, self.lexicon_keys)
            _singular_plurals(text, found)
            _relabel_data_sources(text, found)
            found = _schemes_only(text, found)
            found = _introduced_systems(text, found)
            found = _tools(text, found)
            found = _outside_long_forms(text, found)
            found = _redefined_acronyms(text, found, self.lexicon_keys)
            found = _generic_long_forms(text, found)
            found = _lower_long_forms(text, found)
        found = [n for n in found
                 if not any(s < n.end and n.start < e for s, e in blocked)]
        found += self._slash_variants(text, found)
        _unglue(found)
        _paired_editions(text, found)
        found += _version_mates(text, found, self.lexicon_keys)
        found = _team_systems(text, found)
        kept: dict[tuple[int, int, str], Name] = {}
        for name in found:  # (the later of two finds of a span wins, as the more specific)
            key = name.start, name.end, name.label
            if (same := kept.get(key)) is not None and same.lexicon and not name.lexicon:
                name.lexicon = same.lexicon  # the lexicon entry (its usual metric) is kept
            kept[key] = name
        return list(kept.values())

    def _lexicon(self, doc: Doc, text: str) -> tuple[list[Name], dict, list[tuple[int, int]]]:
        """Lexicon hits widened to the written variant; hits in the wrong case ("arc" for ARC,
        "record" for ReCoRD), which count only in lists of known names; IGNORE spans."""
        strings = doc.vocab.strings
        found, weak, blocked = [], {}, []
        for match_id, start, end in self.matcher(doc):
            alias = strings[match_id]
            entry = self.table[alias]
            s, e = doc[start].idx, doc[end - 1].idx + len(doc[end - 1])
            if entry.label == IGNORE:
                blocked.append((s, e))
            elif alias in self.exact and _cased_key(text[s:e]) != _cased_key(alias) \
                    or _lowercased(alias, entry, text[s:e]) \
                    or entry.match == "auto" and _title_phrase_word(text, s, e, alias):
                weak[s, e] = entry
            elif entry.kind == EMBEDDING and not _embedding_compared(text, s, e):
                continue  # an embedding used as input is a tool (R-model-tool)
            elif entry.kind == TOOLKIT and _called_toolkit(text, text[s:e]):
                continue  # a toolkit the paper calls one is no model
            elif (name := self._widen(text, s, e, entry)) is not None \
                    and not (entry.kind == TASK_NAMED and name.written == entry.name
                             and not _task_named_data(text, s, e)):
                found.append(name)
        return found + self._glued_versions(text), weak, blocked

    def _glued_versions(self, text: str) -> list[Name]:
        """Known datasets with a version glued on in one word ("MultiWOZ-2.0", "CTB7"), which
        name that version (not a campaign's year alone: "at SemEval-2020" is no dataset; nor a
        project's name, R-ds-project: "the DanNet2 project financed by")."""
        found = []
        glued = (window for window in number_windows(text) if _GLUED_DIGIT.search(text, *window))
        for lo, hi in glued:
            for match in _GLUED_VERSION.finditer(text, lo, hi):
                entry = self.table.get(match["base"])
                if entry is not None and entry.label == "DATASET" \
                        and not entry.name.startswith(CAMPAIGNS) and match[0] not in self.table:
                    found.append(Name(match.start(), match.end(), "DATASET", match[0],
                                      entry.name, "lexicon"))
        projects = {n.written for n in found if _PROJECT_AFTER.match(text, n.end)}
        return [n for n in found if n.written not in projects]

    def _widen(self, text: str, start: int, end: int, entry: Entry) -> Name | None:
        """The lexicon hit with attached prefixes and variant suffixes; None for "BERT-like"."""
        if _LIKE.match(text, end):
            return None
        if end < len(text) and (text[end].isalnum() or text[end] == "_"):
            return None  # only part of a longer word
        suffix = _MODEL_SUFFIX if entry.label == "MODEL" else _DATA_SUFFIX
        end = suffix.match(text, end).end()
        size = _SPACED_SIZE.match(text, end) if entry.label == "MODEL" else None
        if size is not None and self.lexicon_keys.get(normalize(text[start:size.end()])) is entry:
            end = size.end()  # "the BERT base model": the lexicon's BERT-base
        if entry.name.startswith(CAMPAIGNS):
            end = _CAMPAIGN_PAIR.match(text, end).end()
        prefix = _PREFIX.search(text, max(0, start - 40), start) if text[start - 1:start] == "-" \
            else None
        if prefix is not None:
            start = prefix.start()
        elif entry.name in _PER_LANGUAGE:
            start = _language_start(text, start, end, _PER_LANGUAGE[entry.name])
        written = _SHARED_TASK_WORDS.sub(" Task ", text[start:end])
        return Name(start, end, entry.label, written, entry.name, "lexicon")

    def _patterns(self, text: str) -> tuple[list[Name], dict[str, bool], set[str]]:
        """Names the lexicon lacks (from their shape and cue words), the names of methods (True
        for those only called a way of building a model: ``_WAY_NOUN``), and acronyms of common
        phrases ("dialogue state tracking (DST)"), which name tasks."""
        found: list[Name] = []
        methods: dict[str, bool] = {}
        # most abstracts write no "7B"; a match lies where the digit windows are
        windows = number_windows(text)
        sizes = occurs(_SIZE_GATE, text, windows)
        # a name said to be trained (first: a name another rule finds keeps that rule's source,
        # the later find winning)
        trained = []
        for verb in _TRAIN_VERB.finditer(text):
            pre = text.endswith(("pre", "pre-"), 0, verb.start())  # "pre-trained", "pretrain"
            if verb.group().endswith("ed"):
                trained.append((_TRAINED_SUBJECT.search(text, max(0, verb.start() - 60),
                                                        verb.start()), pre))
            if _WE_BEFORE.search(text, max(0, verb.start() - 30), verb.start()):
                trained.append((_TRAIN_OBJECT.match(text, verb.end()), pre))
        for match, pre in trained:
            if match is None:
                continue
            word = match.group("name")
            if is_name_shaped(word) and not _PLURAL_ACRONYM.search(word) \
                    and not self._known_model(word) and not self._other_label(word, "MODEL") \
                    and (pre or not _called_otherwise(text, word, {"way", "system"})):
                # (what the text calls a method or a system is what trains a model or holds one,
                # no model itself: "a novel method, LEOPARD, ... LEOPARD is trained with the
                # ... transformer architecture"; what it pre-trains is a pretrained model,
                # whatever it called it: "a new pre-training approach, StructuralLM, ... we
                # pre-train StructuralLM", as MASS in dev24 `icml2019:3802`; and a framework it
                # trains is its model, R-model-laternamed)
                found.append(Name(*match.span("name"), "MODEL", word, "", "pattern:trained"))
        for match in _SIZED.finditer(text) if sizes else ():
            found.append(Name(match.start(), match.end(), "MODEL", match.group(), "",
                              "pattern:sized_name"))
        for match in _FAMILY_SUFFIX.finditer(text):
            start = match.start()
            while start and text[start - 1].isalnum():
                start -= 1
            word = text[start:match.end()]
            attached = start and text[start - 1] in "-_"
            if start < match.start() and word[0].isupper() and not attached \
                    and word.lower() not in _GENERIC and not word.startswith("Transformer"):
                found.append(Name(start, match.end(), "MODEL", word, "", "pattern:family_suffix"))
        bench = "Bench" in text  # (and so "Benchmark", asked for below)
        benches = _BENCH_SUFFIX.finditer(text) if bench or "Eval" in text else ()
        for match in benches:  # "PRMBench", "EvoEval", "MT-Bench"
            if is_name_shaped(match.group()) and not self._other_label(match.group(), "DATASET") \
                    and not match.group().startswith(CAMPAIGNS):  # "SemEval-2020" is a campaign
                found.append(Name(*match.span(), "DATASET", match.group(), "",
                                  "pattern:bench_suffix"))
        for match in _BASED.finditer(text):
            start = match.start()
            while start and (text[start - 1].isalnum() or text[start - 1] in ".-"):
                start -= 1
            word = text[start:match.start()].lstrip(".-")
            if is_name_shaped(word) and not word.isupper():
                found.append(Name(match.start() - len(word), match.start(), "MODEL", word, "",
                                  "pattern:name_based"))
        for match in _NAME_SIZE.finditer(text) if sizes else ():
            word = match.group("name")
            if word in CAMPAIGNS:
                continue  # "BioASQ 5B" is a task's label, not a model's size
            if is_name_shaped(word) or word.istitle() and word.isalpha() \
                    and word.lower() not in _GENERIC and word.lower() not in _LEADING \
                    and not text[:match.start()].rstrip().endswith((".", "\n")):
                found.append(Name(match.start(), match.end("name"), "MODEL", word, "",
                                  "pattern:name_size"))
        for source, match, head in _head_cues(text):
            start, end = match.span("name")
            if source != "head_called" and _NEXT_NAME.match(text, match.end()):
                continue  # "the VLN dataset Touchdown": the name is the one after
            paren = match.group("paren") or ""
            data = head.group("data")
            of_models = source != "head_called" and data in ("suite", "collection") \
                and _OF_MODELS.match(text, head.end()) is not None
            if of_models:
                data = None
            if not data and (match.groupdict().get("task") or match.groupdict().get("bold")):
                continue  # "a NE recognition model" names a task's model, not a model
            if data and data.startswith("challenge") and _HARD_BEFORE.search(
                    text, max(0, head.start("data") - 20), head.start("data")):
                continue  # "Slot Filling (SF) is a significant challenge in ...": a difficulty
            if data and data.startswith(("task", "Task")):
                # "the PathX-256 task" names data; "NLI tasks", "VLN is a task", "the Named
                # Entity Recognition task" do not
                word = text[start:end]
                if source != "name_is_head" and " " not in word \
                        and not (word.isalpha() and word.isupper()):
                    found += self._cue_name(text, start, end, "DATASET", "pattern:task")
            elif data and not (source == "name_head" and text[start:end].isalpha()
                               and text[start:end].isupper() and (
                                   data[-1] in "sa" and data != "corpus"
                                   or _INDEFINITE_BEFORE.search(text, max(0, start - 40), start))):
                # "the G-TUNA corpus", "the THYME corpus", not "RTE datasets" nor "a given GEC
                # corpus", "a standard EL dataset" (data for a task)
                if source == "name_is_head" and (joined := _JOINED_BEFORE.search(
                        text, max(0, start - 80), start)) is not None:
                    start = joined.start()
                named = self._cue_name(text, start, end, "DATASET", f"pattern:{source}")
                word = text[start:end]
                if not named and source == "head_called" and _TITLE_WORD.fullmatch(word) \
                        and word.lower() not in _GENERIC and not _TITLE_PLAY.search(data) \
                        and not self._other_label(word, "DATASET"):
                    # a single word too: "a new dataset named Konv", "a benchmark named Cskills"
                    # (as a title's head names one, _TITLE_WORD; not "a television game called
                    # Password")
                    named = [Name(start, end, "DATASET", word, "", "pattern:head_called")]
                if named and source == "name_head" and _PLURAL_DATA.fullmatch(data):
                    named += self._plural_head_mates(text, start)
                found += named
            if data:
                continue
            # what a verb calls a model is its whole name where no acronym names it instead and
            # the name ends its phrase ("a novel model called Classless Association.", "a model
            # called Interpretable Reasoning Network that"; not "a model named Prototype Editing
            # based Summary Generator (PESG)")
            whole = start if source == "head_called" and not paren \
                and _PHRASE_END.match(text, end) and not _AND_CAPITAL.match(text, end) else None
            start = _name_tail(text, start, end)  # "the GPT-3 XL model", "large GPT models"
            if head.group("system") and (source == "name_head" or not _system_apposed(
                    text, start, match.groupdict().get("is") or "")):
                continue  # "a cross-lingual AMR parser": a parser of what the name names
            if head.group("model") or of_models \
                    or _network_architecture(text, source, match, head):
                named = self._cue_name(text, start if whole is None else whole, end, "MODEL",
                                       f"pattern:{source}")
                if not named and whole is not None:
                    named = self._called_word(text, start, end, match, head)
                found += named
                if " " not in paren and is_name_shaped(paren):
                    # "Neural wikipedia Quality Monitor (NwQM), a novel deep learning model":
                    # the acronym names it too
                    found += self._cue_name(text, *match.span("paren"), "MODEL",
                                            f"pattern:{source}")
            elif head.group("method"):
                way = _WAY.fullmatch(head.group("method")) is not None
                for key in {normalize(w) for w in (text[start:end], paren) if is_name_shaped(w)}:
                    methods[key] = methods.get(key, True) and way
                if source != "name_head" and _FRAME.fullmatch(head.group("method")):
                    # kept where the paper says "our model" (see find)
                    found += self._cue_name(text, start, end, "MODEL", "pattern:method_model")
        for match in _FRAMEWORK_VERB.finditer(text) if "framework" in text else ():
            # (called a framework by its verb, as by a head noun above: no model, dev6
            # R-model-architecture)
            name = _NAME_ENDS.search(text, max(0, match.start() - 60), match.start())
            if name is not None and is_name_shaped(name.group("name")):
                methods[normalize(name.group("name"))] = False
        plural = " and" in text and any(word in text for word in _PLURAL_DATA_WORDS)
        for match in _AND_LAST_PLURAL.finditer(text) if plural else ():
            found += self._plural_list(text, match)
        frames = _FRAME_NAMED.finditer(text) if "framework " in text \
            or "architecture " in text else ()
        for match in frames:  # (only where the paper introduces it: "we propose a ... framework")
            if _introduced(text, match.start()):
                found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:method_model")
        for match in _OUR_MODEL.finditer(text):
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:our_model")
        for match in _A_MODEL_NAMED.finditer(text) if "model " in text else ():
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:a_model_named")
        for match in _OUR_NETWORK.finditer(text):
            if not _NOT_TITLE_NETWORK.search(match.group("name")):  # "our Neural Networks"
                found.append(Name(*match.span("name"), "MODEL", match.group("name"), "",
                                  "pattern:our_model"))
        spelled = ") model" in text or ") network" in text
        for match in _NAME_SPELLED_MODEL.finditer(text) if spelled else ():
            if " " in match.group("long"):  # a spelled-out form, not an acronym: "FM (RaFM) model"
                found += self._cue_name(text, *match.span("name"), "MODEL",
                                        "pattern:name_spelled")
        for match in (m for rule in _INTRODUCED_WORDS for m in rule.finditer(text)):
            word = match.group("name")
            if match.group("model") and not match.group("system") \
                    and word.lower() not in _GENERIC and word.lower() not in _LEADING \
                    and not self._other_label(word, "MODEL"):
                found.append(Name(*match.span("name"), "MODEL", word, "",
                                  "pattern:introduced_word"))
        apposed = _noun_before_comma(text, _COMMA_CAPITAL)
        apposed_the = ", the " in text and _noun_before_comma(text, _COMMA_THE_CAPITAL)
        for match in chain(_MODEL_APPOSED.finditer(text) if apposed else (),
                           _MODEL_APPOSED_THE.finditer(text) if apposed_the else ()):
            found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:model_apposed")
        for match in _INTRODUCED_PHRASE.finditer(text) if ", a" in text else ():
            appositive = _ACRONYM_APPOSED.match(text, match.end())
            if appositive and (not appositive.group().endswith(("architecture", "architectures"))
                               or _NEURAL_BEFORE.search(appositive.group())):
                found += self._cue_name(text, *match.span("name"), "MODEL",
                                        "pattern:model_apposed")
        series = any(word in text for word in ("series", "family", "suite", "collection"))
        for match in _SERIES_OF.finditer(text) if series else ():
            word = match.group("name")
            if word.lower() not in _GENERIC and not self._other_label(word, "MODEL"):
                found.append(Name(*match.span("name"), "MODEL", word, "", "pattern:series_of"))
        title_end = text.find("\n\n")
        for stem, rule, label in _HEAD_LISTS:
            for match in rule.finditer(text) if stem in text else ():
                if match.start() < title_end:
                    continue  # a title's capitals mark no names: "with LLMs: Challenges and"
                cue = bool(match.group("cue"))
                if not cue and _NEW_BEFORE.search(text, max(0, match.start() - 60), match.start()):
                    # "a new dataset StackEx": the one name-shaped name after it
                    first = _RUN.match(text, match.end())
                    found += self._cue_name(text, *first.span(), label, "pattern:new_head")
                else:
                    found += self._head_list(text, match.end(), label, cue)
        counted = _finditer_at(_COUNTED_LIST, text, _starts_of(text, _COUNT_WORDS)) \
            if plural else ()
        for match in counted:
            spans = {(n.start, n.end) for n in found}  # (a name found otherwise keeps its source)
            found += [n for n in self._counted_list(text, match) if (n.start, n.end) not in spans]
        tasks = set()
        for match in _PAREN_ACRONYM.finditer(text):
            way = _ACRONYM_METHOD_AFTER.match(text, match.end())
            if way is not None and not _put_forward(text, match.start(), match.end(),
                                                    match.group("name")):
                # "the Sufficient Dimensionality Reduction (SDR) framework": a method, as after
                # a name (``_NAME_HEAD``, "the ProX framework"); the paper's own is left to the
                # rules below ("we propose a ... (DCN) approach")
                key = normalize(match.group("name"))
                methods[key] = methods.get(key, True) and _WAY.fullmatch(way.group(1)) is not None
                continue
            words = _words_before(text, match.start(), 2)
            # "... Reconstruction for LLMs (AMLQ)": a noun after a preposition is not the head
            head = None if words[0] in _PREPOSITIONS else _ACRONYM_HEAD.fullmatch(words[-1])
            if head is not None and head.group("introduced") \
                    and not _introduced(text, match.start()) \
                    and not _ours(text, match.start()):
                head = None  # "... using a recurrent neural network (RNN)": not the paper's
            if _PLURAL_ACRONYM.search(match.group("name")) \
                    and (head is None or not head.group("introduced")
                         and not _family_introduced(text, match)):
                continue  # a plural acronym names a class ("(LLMs)"), unless the paper introduces
                # it: "We propose structured generative adversarial networks (SGANs)", "we
                # propose three Latent Meaning Models (LMMs), named LMM-A, LMM-S and LMM-M"
            if head is None and words[0] == "language" and words[-1] == "model":
                head = _ACRONYM_HEAD.fullmatch("Model")  # "a ... language model (BERT)"
            head = head or _ACRONYM_AFTER.match(text, match.end())  # "... (SAT) Model"
            if head is None and _model_before_phrase(text, match.start(), match.end()):
                head = _ACRONYM_HEAD.fullmatch("Model")  # "a ... Model with ... (MLMA)"
            if head is not None and head.groupdict().get("lower") and not (
                    _introduced(text, match.start())
                    and (all(w[:1].isupper() for w in words)
                         or head.group("lower") == "model"  # (an architecture Title Case only)
                         and _coined_acronym(words[-1], match.group("name")))):
                # "the popular Latent Dirichlet Allocation (LDA) model", "an extension of the
                # Multinomial Logit (MNL) model": a model the paper uses or extends
                head = None
            if head is None and self._names_data(text, match.start()):
                head = _ACRONYM_DATA_AFTER.match(text, match.end())  # "... (HSE) dataset"
            if head is not None:
                label = "DATASET" if head.group("data") else "MODEL"
                # (an acronym the paper puts forward may be coined in lower case: "we propose a
                # multi-difference and tag (mDiTag) model", "the proposed scaled Cayley
                # orthogonal recurrent neural network (scoRNN)"; not a class's: "a deep
                # bidirectional language model (biLM)")
                coined = _put_forward(text, match.start(), match.end(), match.group("name"))
                found += self._cue_name(text, *match.span("name"), label, "pattern:acronym",
                                        coined=coined)
            elif _ACRONYM_APPOSED.match(text, match.end()) and _introduced(text, match.start()) \
                    and not is_name_shaped(words[-1]):  # (not "MoA (Mixture-of-Adapters), a")
                # (which the paper introduces, so it may be coined in lower case: "We introduce
                # supervised latent Dirichlet allocation (sLDA), a statistical model of")
                found += self._cue_name(text, *match.span("name"), "MODEL", "pattern:acronym",
                                        coined=True)
            elif words[-1] == "model" and _named_in_paren(text, match) \
                    and not self._known_model(match.group("name")):
                found.append(Name(*match.span("name"), "MODEL", match.group("name"), "",
                                  "pattern:noun_paren"))
            elif (task := _ACRONYM_SUBTASK.match(text, match.end())) is not None \
                    and is_name_shaped(task.group("campaign")):
                found += self._cue_name(text, *match.span("name"), "DATASET",
                                        "pattern:acronym_event")
            elif (_HYPHEN_PHRASE.fullmatch(words[-1]) or len(words) == 2 and match.group(
                    "name").isalpha() and (
                    _PHRASE_WORD.fullmatch(words[1]) and _PHRASE_WORD.fullmatch(words[0].lower())
                    or _TASK_PHRASE.fullmatch(words[1]) and words[0].isalpha())) \
                    and not _own_shared_task(text, match):
                tasks.add(normalize(match.group("name")))
            elif (event := _ACRONYM_EVENT_AFTER.match(text, match.end())) is not None \
                    or _named_task(text, match):
                # "(FNC-1) shared task", "the Duolingo Shared Task on ... (STAPLE)"
                events = self._cue_name(text, *match.span("name"), "DATASET",
                                        "pattern:acronym_event")
                year = _EVENT_YEAR.match(text, event.end()) if event is not None else None
                long = _EVENT_LONG_FORM.search(text, max(0, match.start("name") - 120),
                                               match.start("name")) if year else None
                year = year if long is not None and long["long"][0] == match["name"][0] else None
                for name in events if year is not None else ():
                    name.written = f"{name.written} {year.group(1)}"
                found += events
        # (the regexes run only where one of their words occurs: a plain alternation of the
        # words finds that several times faster than the rule itself)
        # (a campaign's name comes with its year: it is in the windows around digits)
        campaigns = _CAMPAIGN.finditer(text) if occurs(_CAMPAIGN_GATE, text, windows) else ()
        for match in campaigns:
            found.append(Name(match.start(), match.end(), "DATASET", match.group(), "",
                              "pattern:campaign"))
        for match in _NIST_PAIR.finditer(text) if "NIST" in text else ():
            found.append(Name(*match.span(), "DATASET", match.group(), "", "pattern:campaign"))
        # (the digits first, here and for the title's campaign: most texts have none)
        for match in _NEWSTEST.finditer(text) if windows and "ews" in text else ():
            start = match.start()
            if (campaign := _NEWSTEST_CAMPAIGN.search(text, max(0, start - 40), start)):
                start = campaign.start()
            found.append(Name(start, match.end(), "DATASET", text[start:match.end()], "",
                              "pattern:newstest"))
        # (both rules of data nouns need one of these words, or "data set" written apart)
        data_words = any(word in text for word in _DATA_NOUN_WORDS)
        data_starts = _starts_of(text, _DATA_NOUN_STARTS) if data_words else []
        nouns = [p for p in data_starts if _DATA_NOUN_END.match(text, p)]
        spaced = [p - 1 for p in nouns if text[p - 1:p] == " "]  # " dataset", " corpus", ...
        framed = bool(spaced)
        frames = _THE_NAME_DATASET.finditer(text) \
            if framed and any(_capital_word_ends(text, p) for p in nouns) else ()
        for match in frames:  # "the Omniglot dataset"
            written = match.group("name")
            if match.group("opener") != "the" \
                    and _CAPITAL_BEFORE.search(text, max(0, match.start() - 30), match.start()):
                continue
            # (a treebank's noun is part of its name, written in lower case: "Penn treebank" is
            # the lexicon's Penn Treebank, not "Penn"; other heads are dropped: "Genia corpus";
            # a language's is its data: "on Arabic treebank")
            whole = text[match.start("name"):match.end()]
            known = self.lexicon_keys.get(normalize(whole)) if whole.endswith("treebank") \
                and not _is_language(written.split()[0]) else None
            if known is not None and known.label == "DATASET":
                found.append(Name(match.start("name"), match.end(), "DATASET", whole, known.name,
                                  "pattern:the_name"))
            elif _plain_data_name(written) and not self._other_label(written, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", written, "", "pattern:the_name"))
        taken = {n.start for n in found}  # (a name found otherwise keeps its source)
        for space in spaced:  # "the wikitext2 dataset"
            match = _LOWER_NAME_BEFORE.search(text, max(0, space - 40), space)
            if match is not None and match.start("name") not in taken \
                    and _coined_lower(match.group("name")) \
                    and not self._other_label(match.group("name"), "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:the_name"))
        described = _THE_NAME_DESCRIBED.finditer(text) if framed else ()
        if any(word in text for word in _RESOURCE_WORDS) and _THE_RESOURCE_GATE.search(text):
            described = chain(described, _THE_NAME_RESOURCE.finditer(text),
                              _THE_RESOURCE_NAMED.finditer(text))
        for match in described:  # "the SPaRKy restaurant corpus", "the WALS database"
            written = match.group("name")
            # (a plain word too before the words of its data: "the Enron email corpus"; not a
            # language: "the Slovene reference speech corpus", nor a known name's first word:
            # "the Stanford natural language inference dataset")
            plain = match.re is not _THE_NAME_RESOURCE and written.isalpha() \
                and _plain_data_name(written) \
                and not any(normalize(text[match.start("name"):end]) in self.lexicon_keys
                            for end in (match.end(), text.rfind(" ", 0, match.end())))
            if (is_name_shaped(written) or plain) and not _NEXT_NAME.match(text, match.end()) \
                    and not (match.re is _THE_NAME_DESCRIBED and match.group("alone") is not None
                             and match.start("name") in taken) \
                    and not self._other_label(written, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", written, "", "pattern:the_name"))
        after_noun = _THE_DATA_NAMED.finditer(text) \
            if framed and any(_DATA_NOUN_NAMED.match(text, p) for p in data_starts) else ()
        for match in after_noun:  # "the dataset ReDial"
            written = match.group("name")
            if _data_named(text, match) and not _NEXT_NAME.match(text, match.end()) \
                    and normalize(written) not in self.lexicon_keys \
                    and not self._other_label(written, "DATASET"):
                # (first: another rule's find of the same span is kept, the later find winning)
                found.insert(0, Name(*match.span("name"), "DATASET", written, "",
                                     "pattern:data_named"))
        apposed = _DATA_APPOSED.finditer(text) \
            if any(gate.search(text) for gate in _DATA_APPOSED_GATES) else ()
        for match in apposed:  # "CIFAR-10H and ImageNet-16H, two large-scale ... datasets"
            named = self._apposed_name(text, *match.span("name"))
            start = match.start("name")
            while named and match.group("det")[-1] in "osreh" and (
                    prev := _LIST_PREV.search(text, max(0, start - 40), start)) is not None:
                start = prev.start("w")  # the names listed before a plural apposition
                mate = self._apposed_name(text, start, prev.end("w"))
                if not mate:
                    break
                named += mate
            found += named
        data_noun = data_words or _DATA_SET_APART.search(text)
        if data_noun and not data_words:  # ("data set" apart)
            data_starts = _starts_of(text, _DATA_NOUN_STARTS)
        befores = _finditer_at(_DATA_BEFORE_NAME, text, data_starts) \
            if data_noun and (", " in text or _SPACED_DASH.search(text)) else ()
        for match in befores:
            group = "name" if match.group("name") else "long"
            found += self._cue_name(text, *match.span(group), "DATASET", "pattern:data_apposed")
        collection = any(word in text for word in _COLLECTION_WORDS)
        heads = collection or bench and "Benchmark" in text  # ("Dataset" is a collection word)
        for match in _HEAD_FIRST_ACRONYM.finditer(text) if heads and \
                _HEAD_FIRST_GATE.search(text) else ():
            found += self._head_first_acronym(text, match)
        head_first = _HEAD_FIRST_OF.search(text) is not None
        for match in _THE_HEAD_FIRST.finditer(text) if head_first else ():
            if match.start() > text.find("\n\n") or not text[:match.start()].rstrip(": "):
                found.append(Name(*match.span("name"), "DATASET", match.group("name"), "",
                                  "pattern:head_first"))
                paren = _PAIR_PAREN.match(text, match.end())  # its acronym: "... (CzeDLex)"
                if paren is not None and _PAIR_ACRONYM.fullmatch(paren.group("inner")):
                    found.append(Name(*paren.span("inner"), "DATASET", paren.group("inner"), "",
                                      "pattern:acronym_pair"))
        collections = _COLLECTION.finditer(text) if collection else ()
        for match in collections:
            start, end = _after_headline_words(text, *_trim_run(text, *match.span("name")))
            written = text[start:end]
            words = written.split()
            head = -2 if words[-1].isdigit() else -1
            if (words[head] != "Dataset" or len(words[:head]) > 1
                    and _words_before(text, start, 1)[0].lower() in ("", *_LEADING)) \
                    and not (words[head] in ("Dataset", "Treebanks")
                             and normalize(" ".join(words[:head])) in self.lexicon_keys) \
                    and (_collection_named(words[:head])
                         or _plain_collection(text, start, end, words)) and (
                    "\n\n" not in text[end:] or _title_collection(text, start, end)) \
                    and not self._other_label(written, "DATASET"):
                found.append(Name(start, end, "DATASET", written, "", "pattern:collection"))
        numbered = bool(windows) and _TASK_NUMBERED.search(text) is not None  # (a digit)
        for match in _SHARED_TASK.finditer(text) if numbered else ():
            if match.group("space") and not is_name_shaped(match.group("base")):
                continue
            written = _SHARED_TASK_WORDS.sub(" Task ", match.group())
            found.append(Name(*match.span(), "DATASET", written, "", "pattern:shared_task"))
        # (the rules of shared tasks need "shared" or "Shared", tested once; a name of the
        # first ends in "Task", comes before a "shared task" or an "evaluation campaign")
        shared = "hared" in text
        year_shared = "Task" in text or shared or "ampaign" in text or " task" in text
        title_end = text.find("\n\n")
        for match in _YEAR_SHARED_TASK.finditer(text) if year_shared else ():
            if _kind_of_task(text, match):
                continue
            if is_name_shaped(match.group("base")):
                start = match.start("name")
                end = _task_head_end(text, match.group("base"), match.end("name"), title_end)
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        dated = ") 20" in text or ") 19" in text
        for match in _ACRONYM_YEAR_TASK.finditer(text) if dated else ():
            end = _task_head_end(text, match.group("base"), match.end(), title_end)
            found.append(Name(*match.span("base"), "DATASET",
                              f"{match.group('base')} {text[match.start('year'):end]}", "",
                              "pattern:shared_task"))
        for match in _TITLE_SHARED_TASK.finditer(text, 0, title_end) \
                if "Shared" in text[:max(0, title_end)] else ():
            if is_name_shaped(match.group("base")):
                start, end = match.span("name")
                if match.group("base") not in _MULTITASK_CAMPAIGNS \
                        and (on := text.find(" Shared Task on ", start, end)) >= 0:
                    end = on + len(" Shared Task")
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        for match in _SHARED_TASK_YEAR.finditer(text) if shared else ():
            start, end = _trim_run(text, *match.span("name"))
            # (a headline's words up to "for" / "of" are not the task's: "ISLab System for SMM4H
            # Shared Task 2020", "the Shallow Track of Surface Realization Shared Task 2018")
            for joiner in _HEADLINE_JOINER.finditer(text, start, match.end("base")):
                if _NOT_TASK_WORD.search(text, start, joiner.start()):
                    start = joiner.end()
            if start < match.end("base"):  # not only "The"
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:shared_task"))
        for match in _ACRONYM_SHARED_TASK.finditer(text) if shared else ():
            word = match.group("name")
            at = text[match.end():match.end() + 16]  # (not "the QE shared task at WMT19")
            if is_name_shaped(word) and word not in _VENUES and not (
                    at.startswith(" at ") and _CAMPAIGN_GATE.search(at)) \
                    and not _subtask_of(text, word) \
                    and (normalize(word) in tasks or not any(
                        n.start == match.start("name") and n.source == "pattern:name_head"
                        for n in found)):  # (a find of that rule it keeps stays its own)
                # (in the title, with the head it capitalizes, R-ds-taskshort: "QC-GO Submission
                # for MADAR Shared Task: ..." is "MADAR Shared Task"; the abstract's mentions
                # are the same task)
                start, end = match.span("name")
                end = _task_head_end(text, word, end, title_end) if end < title_end else end
                found.append(Name(start, end, "DATASET", text[start:end], "",
                                  "pattern:task_acronym"))
        for match in _TRACK_OF.finditer(text) if "rack" in text else ():
            end = len(text[:match.start()].rstrip())
            if end < match.start() and (name := _track_name(text, end)) is not None:
                found.append(name)
        for match in _TASK_TITLED.finditer(text) if numbered else ():
            word = match.group("name")
            if "\n\n" in text[match.end():] and " at " in text[:match.start()]:
                continue  # "Nova-Wang at SemEval-2020 Task 12: OffensEmblert: ...": the system
            if is_name_shaped(word.lstrip("#")) and not self._other_label(word, "DATASET"):
                found.append(Name(*match.span("name"), "DATASET", word, "", "pattern:task_name"))
        last = -1  # where the last "on NAME" the cue took ends
        for match in _ON_NAME.finditer(text):
            words = _words_before(text, match.start(), 3)
            if match.start() and text[match.start() - 1].isspace() and (
                    words[-1][-1:] in "0123456789%)" and words[-1]
                    or any(_ON_VERB.fullmatch(w) for w in words)
                    or _parallel_on(text, last, match.start())
                    or _SCORE_BEFORE.search(text, max(0, match.start() - 60), match.start())
                    and _scored_name(match.group("name"))) \
                    and not is_metric(match.group("name")):  # "improvements on ROUGE for"
                named = self._cue_name(text, *match.span("name"), "DATASET", "pattern:on_name")
                if named:  # and the names listed with it: "on WN11 and FB13 for the ..."
                    last = match.end()
                    for s, e in _on_list_mates(text, match.start("name")):
                        named += self._cue_name(text, s, e, "DATASET", "pattern:on_name")
                found += named
        found += _wikipedia(text) if "Wikipedia" in text else []
        found += self._title(text) + self._title_network(text)
        found[:0] = self._title_spelled(text)  # (first: another rule's find keeps its source)
        if (team := _TEAM_AT_EVENT.match(text)) is not None and not any(
                normalize(team.group("event")) in normalize(n.written)
                and team.group("edition")[-1] in n.written for n in found) and not re.search(
                rf"\b{_EVENT_WORD}\b[^.()]*\(\s*{re.escape(team.group('name'))}\s*\)", text):
            # (unless the text names the edition otherwise: "the PARSEME shared task 2020", or
            # spells it out as a workshop: "the 3rd Workshop on Neural Generation and
            # Translation (WNGT 2019)", whose shared task is the data)
            found.append(Name(*team.span("name"), "DATASET", team.group("name"), "",
                              "pattern:title"))
        found += (_title_campaign(text) if windows else []) + _title_task_acronym(text)
        found += self._contained(text, found)
        return found, methods, tasks

    def _contained(self, text: str, found: list[Name]) -> list[Name]:
        """Data named by what it contains (``_CONTAIN_VERB``), where no other rule and no lexicon
        entry finds the name (those keep their source)."""
        out = []
        known = {normalize(n.written) for n in found}
        for verb in _finditer_at(_CONTAIN_VERB, text, _starts_of(text, _CONTAIN_WORDS)):
            subject = _CONTAINS_SUBJECT.search(text, max(0, verb.start() - 40), verb.start())
            word = subject.group("name") if subject is not None else ""
            if (is_name_shaped(word) or _APPOSED_SHAPE.fullmatch(word)) \
                    and word.lower() not in _GENERIC and _CONTAINED.match(text, verb.end()) \
                    and normalize(word) not in known and normalize(word) not in self.lexicon_keys \
                    and not self._known_model(word):
                out.append(Name(*subject.span("name"), "DATASET", word, "", "pattern:contains"))
        return out

    def _head_first_acronym(self, text: str, match: re.Match) -> list[Name]:
        """The acronym after "Corpus of ..." if it is one (two capitals) of a Title Case long
        form that ends in no language ("Corpus for French Sign Language (LSF)") and whose
        initial is among its own first words' ("National Corpus of Polish (NKJP)")."""
        name = match.group("name")
        long_words = text[match.end("head"):match.start("name") - 1].split()
        if sum(c.isupper() for c in name) < 2 or long_words[-1] in ("Language", "Languages") \
                or any(w[:1].islower() and w not in _JOINERS and w != "with" for w in long_words):
            return []
        firsts = [w for w in match.group("before").split() if w.lower() not in _LEADING]
        if name[0].lower() not in {w[0].lower() for w in [*firsts, match.group("head")]}:
            return []
        return self._cue_name(text, *match.span("name"), "DATASET", "pattern:acronym")

    def _plural_head_mates(self, text: str, start: int) -> list[Name]:
        """The names listed before the name at ``start`` that a plural data noun follows: "the
        LS07 and LS14 benchmarks", "IHDP, ACIC-2016, and Twins benchmarks" (those shaped as
        names, and not the end of a longer one: "Penn TreeBank and Text8 datasets")."""
        items = _list_items(text, start)[:-1]
        if items and _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0]):
            items = items[1:]
        return [name for s, e in items
                for name in self._cue_name(text, s, e, "DATASET", "pattern:name_head")]

    def _plural_list(self, text: str, match: re.Match) -> list[Name]:
        """The items of the list a plural data noun ends (``_AND_LAST_PLURAL``): name-shaped
        ones and plain capitalized words; none where an item is a language or a language pair
        ("on the English and Chinese datasets", "on En-De and En-Fr datasets", "on
        English-to-Finnish and English-to-German datasets") or generic ("on the NER and POS
        datasets")."""
        prev = _LIST_PREV.search(text, max(0, match.start() - 60), match.end("sep"))
        if prev is None:
            return []
        items = _list_items(text, prev.start("w"))
        if items[-1][0] != match.start("last"):
            items.append(match.span("last"))
        before = _words_before(text, items[0][0], 1)[0]
        longer = _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0]) \
            or _APPOSED_SHAPE.fullmatch(before)
        if longer:  # the end of a longer name: "the MNIST, NMNIST, DVS Gesture, and TIDIGITS
            items = items[1:]  # datasets", "the SemEval ABSA Restaurant and Laptop datasets",
            # "on zsRE QA and NQ datasets"
        elif before.lower() not in _LIST_OPENERS:
            return []
        out = []
        for s, e in items:
            word = text[s:e]
            if any(_is_language(part)
                   or _CODE_PAIR.fullmatch(word) for part in word.split("-")):
                return []
            if _data_word(word) or word in _SOURCE_WORDS and len(items) > 1:
                if not longer and not self._other_label(word, "DATASET"):
                    out.append(Name(s, e, "DATASET", word, "", "pattern:plural_list"))
            elif is_name_shaped(word):
                out += self._cue_name(text, s, e, "DATASET", "pattern:plural_list")
        return out

    def _apposed_name(self, text: str, start: int, end: int) -> list[Name]:
        """The name before a data apposition: name-shaped, "xGQA"/"42D", or a capitalized word
        inside its sentence and not the end of a longer name ("on Spider, a ... benchmark", not
        "However, the dataset", "Global Voices, a ... dataset")."""
        written = text[start:end]
        before = text[:start].rstrip()
        if " " in written and (cap := _CAPITAL_BEFORE.search(text, max(0, start - 30), start)) \
                and cap.group("w").lower() not in _LEADING:
            return []  # the end of a longer name: "the Predicate Matrix v1.1, a new resource"
        if _APPOSED_SHAPE.fullmatch(written) or written.istitle() and written.isalpha() \
                and before and before[-1] not in ".:;!?" and written.lower() not in _LEADING \
                and not _is_language(written) \
                and not _CAPITAL_BEFORE.search(text, max(0, start - 30), start):
            if written.lower() in _GENERIC or self._other_label(written, "DATASET"):
                return []
            return [Name(start, end, "DATASET", written, "", "pattern:data_apposed")]
        return self._cue_name(text, start, end, "DATASET", "pattern:data_apposed")

    def _names_data(self, text: str, paren: int) -> bool:
        """Whether the words before an acronym's parenthesis are the Title Case name of data
        ("Human-annotated Salient Excerpts (HSE)"), not a task ("Reading Comprehension (RC)"),
        a language ("Dialectal Arabic (DA)", "French Sign Language (LSF)") or a name the
        lexicon knows, which is then the name reported ("Natural Questions (NQ)")."""
        words = _words_before(text, paren, 4)
        last = words[-1]
        return (all(w[:1].isupper() for w in words[-2:]) and len(words) > 1
                and not _TASK_PHRASE.fullmatch(last)
                and last.lower() not in _GENERIC and last not in ("Language", "Languages")
                and not any(normalize(" ".join(words[i:])) in self.lexicon_keys
                            for i in range(len(words))))

    def _head_list(self, text: str, start: int, label: str, cue: bool) -> list[Name]:
        """The names listed after a head noun: two or more, or one after "such as"; a model's
        size written apart after it is not part of its name ("LLMs such as Nemotron 4 340B and
        Llama 3.1 405B" list Nemotron 4 and Llama 3.1, as the guidelines' "UL2 20B")."""
        first = _RUN.match(text, start)
        items = [first.span()]
        while (nxt := _RUN_NEXT.match(text, _past_gloss(text, items[-1][1], label))) is not None:
            items.append(nxt.span("w"))
        if len(items) < 2 and not cue:
            return []
        out = []
        for s, e in items:
            if label == "MODEL" and (size := _SIZE_APART.search(text, s, e)) is not None:
                e = size.start()
            word = text[s:e]
            if label == "MODEL" and _class_item(text, s, e):
                continue
            if " " not in word and word.istitle() and word.isalpha():
                if word.lower() in _GENERIC:
                    continue
                if not self._other_label(word, label):
                    out.append(Name(s, e, label, word, "", "pattern:head_list"))
            else:
                out += self._cue_name(text, s, e, label, "pattern:head_list")
        return out

    def _counted_list(self, text: str, match: re.Match) -> list[Name]:
        """The names of a counted list (``_COUNTED_LIST``) when there are as many as its count,
        but for languages, language pairs, split labels and names the lexicon finds (as it
        spells them)."""
        items = [_RUN.match(text, match.end()).span()]
        while (nxt := _RUN_NEXT.match(text, _past_gloss(text, items[-1][1], "DATASET"))):
            items.append(nxt.span("w"))
        if len(items) != _COUNTS[match.group("n").lower()] \
                or not _COUNTED_LIST_END[match.group("open")].match(text, items[-1][1]):
            return []
        out = []
        for s, e in items:
            start, end = _trim_run(text, s, e)
            written = text[start:end]
            if written.lower() not in LANGUAGES and written.lower() not in _GENERIC \
                    and not _PAIR.fullmatch(written) and not _SPLIT_LABEL.fullmatch(written) \
                    and normalize(written) not in self.lexicon_keys:
                out.append(Name(start, end, "DATASET", written, "", "pattern:counted_list"))
        return out

    def _called_word(self, text: str, start: int, end: int, match: re.Match,
                     head: re.Match) -> list[Name]:
        """A single title-case word a naming verb gives an architecture or the paper's model,
        where it ends the phrase: "a novel architecture named Mac.", "Our model, named Refuel,
        achieves" (as "a new dataset named Konv" for data); after a bare "model" only where it
        is the paper's, not "an analytical performance model called Paleo"."""
        word = text[start:end]
        if not (word.istitle() and word.isalpha()) or word.lower() in _GENERIC \
                or self._other_label(word, "MODEL"):
            return []
        if (head.group("model") or "").startswith("model") \
                and not _OUR_MODEL_CALLED.search(text, max(0, match.start() - 40), match.start()):
            return []
        return [Name(start, end, "MODEL", word, "", "pattern:head_called")]

    def _cue_name(self, text: str, start: int, end: int, label: str, source: str,
                  coined: bool = False) -> list[Name]:
        """The name a cue points at, if it is shaped like a name and not known as another label;
        ``coined`` admits the shapes of a name coined in lower case (``_APPOSED_SHAPE``)."""
        start, end = _trim_run(text, start, end)
        written = text[start:end].rstrip(".")
        if label == "DATASET" and (sign := _SIGN_LANGUAGE.search(written)) is not None:
            written = written[:sign.start()]  # a language: "the Flemish Sign Language corpus"
        shaped = coined and _APPOSED_SHAPE.fullmatch(written) is not None \
            or _run_is_name(written, source not in _STRONG)
        if not shaped or self._other_label(written, label):
            return []
        if " " in written and source != "pattern:title" and "\n\n" in text[start:] \
                and not any(is_name_shaped(w) for w in written.split()):
            return []  # Title Case runs in the title are headline words, not names
        return [Name(start, start + len(written), label, written, "", source)]

    def _known_model(self, written: str) -> bool:
        """Whether the lexicon knows ``written`` or its family as a model (then found by it)."""
        models = self.known.get("MODEL", {})
        identity = model_identity(written, models)
        return normalize(written) in self.lexicon_keys \
            or identity is not None and normalize(identity.family) in models

    def _other_label(self, written: str, label: str) -> bool:
        """True when the lexicon knows ``written`` under another label, in its case where the
        name must have it ("the MUSE dataset" is not the text-to-image model Muse)."""
        key = normalize(written)
        entry = self.lexicon_keys.get(key)
        if entry is None or entry.label == label:
            return False
        same = [a for a in entry.names if normalize(a) == key]
        return not all(a in self.exact and _cased_key(a) != _cased_key(written) for a in same)

    def _title(self, text: str) -> list[Name]:
        """The name a title opens with ("LOLA - An Open-Source ... Model"), by its head noun."""
        match = _TITLE.match(text)
        if match is None:
            return []
        # (a coined name may open in lower case: "hULMonA: The Universal Language Model in
        # Arabic", "tBERT: Topic Models and BERT ...", "emrQA: A Large Corpus for ...")
        shaped = is_name_shaped(match.group("name")) \
            or _APPOSED_SHAPE.fullmatch(match.group("name")) is not None
        if not shaped and not _TITLE_WORD.fullmatch(match.group("name")):
            return []
        head = _TITLE_HEAD.match(match.group("rest"))
        words = head.group("head") if head is not None else ""
        label = ("DATASET" if _TITLE_DATA.search(words) else
                 "MODEL" if _TITLE_MODEL.search(words) else None)
        if label is None and (_TITLE_DATA_LATE.match(match.group("rest"))
                              or _TITLE_BENCHMARKING.match(match.group("rest"))
                              or _TITLE_DATA_VERBED.match(match.group("rest"))
                              and _DATA_MADE.search(text, match.end()) is not None):
            label = "DATASET"
        if label is None or not shaped and (label != "DATASET" or _TITLE_PLAY.search(words)):
            return []
        return [Name(match.start("name"), match.end("name"), label, match.group("name"), "",
                     "pattern:title")]

    def _title_spelled(self, text: str) -> list[Name]:
        """The acronym a whole title spells out (``_TITLE_SPELLED``), where the abstract writes
        it: the paper's model, by its short name (not a class's: "1-norm Support Vector
        Machines" ... "SVM"; nor one the text calls a method, framework or system: "a ...
        classification method named sparse additive machine (SAM)", R-model-titlename)."""
        match = _TITLE_SPELLED.match(text)
        if match is None:
            return []
        long = match.group("long")
        for initial in (_INITIAL, _INITIAL_OR_PART):
            acronym = "".join(initial.findall(long))
            # (its first mention after the title, in the plural too: "QRNNs"; by ``whole_words``,
            # as a pattern compiled for each title cost more than the rest of this rule)
            mentions = [span for form in (acronym, f"{acronym}s")
                        for span in whole_words(text, form, match.end())]
            if len(acronym) > 1 and mentions and acronym.lower() not in _GENERIC \
                    and not self._other_label(acronym, "MODEL"):
                start, end = min(mentions)
                if not _called_otherwise(text, text[start:end], {"way", "framework", "system"}):
                    return [Name(start, end, "MODEL", text[start:end], "", "pattern:title")]
        return []

    def _title_network(self, text: str) -> list[Name]:
        """The network a title opens with (``_TITLE_NETWORK``) where the abstract uses it as
        the paper's model (R-model-title): it writes the name or says "our model", and names
        it by no acronym, which is then its name ("Text-Adaptive Generative Adversarial
        Networks: ..." with "(TAGAN)"); not a network of data ("Sign Linguistics Corpora
        Network")."""
        match = _TITLE_NETWORK.match(text)
        if match is None or _NOT_TITLE_NETWORK.search(match.group("name")):
            return []
        name, abstract = match.group("name"), text[match.end():]
        # (the abstract may write it in lower case: "Parseval Networks: ..." / "We introduce
        # Parseval networks, a form of deep neural networks")
        written = rf"(?i:{re.escape(name)})"
        if _DATA_WORD.search(name.lower()) or re.search(rf"{written}\s*\([^()]*[^s)]\)",
                                                        abstract):
            return []
        head = _TITLE_HEAD.match(abstract.split("\n", 1)[0].strip())
        if head is not None and _TITLE_DATA.search(head.group("head")):
            return []  # a challenge or data set: "PuzzLing Machines: A Challenge on ..."
        mention = re.compile(written).search(text, match.end())
        first = mention.start() if mention is not None else -1
        if mention is not None and mention.group() != name and head is not None \
                and _TITLE_WAY.search(head.group("head")):
            return []  # a class written in lower case that the title calls a framework: "Latent
            # Topic Networks: A Versatile Probabilistic Programming Framework for Topic Models"
        if not (_OUR_MODEL_SAID.search(abstract) or first > 0 and _introduced(text, first)
                and not _WAY_BEFORE.search(text, max(0, first - 60), first)
                and not _WAY_APPOSED.match(text, first + len(name))):
            return []  # (not "we propose a method, called Label Embedding Network", "We present
            # ReadOnce Transformers, an approach to")
        return [Name(*match.span("name"), "MODEL", name, "", "pattern:title")]

    def _lists(self, text: str, found: list[Name], weak: dict) -> list[Name]:
        """Unknown names listed together with known ones take their label ("on BoolQ and XQA");
        ``weak`` holds the lexicon names written in the wrong case, by (start, end)."""
        # by start: a list item may stop short of the widened name ("ERNIE" of "ERNIE 1.0")
        known = {n.start: n.label for n in found if n.source == "lexicon"}
        if not known:
            return []
        ends = {n.start: n.end for n in found if n.source == "lexicon"}
        out, seen = [], set()
        for start in sorted(known):
            if start in seen:
                continue  # already in an earlier list
            items = _list_items(text, start, glossed=True, ends=ends)
            seen.update(s for s, _ in items)
            while items and items[0][0] not in known and _LOWER_WORD.fullmatch(text, *items[0]):
                items = items[1:]  # a noun the names are apposed to: "datasets, Pubmed and arXiv,"
            if len(items) < 2:
                continue
            labels = {known[s] for s, _ in items if s in known}
            if len(labels) != 1:
                continue
            label = labels.pop()
            # one known name is enough in a list framed as data, for names shaped as such
            # ("on ImageNet-1K and compare KIND with ...": "compare" is no name)
            single = sum(s in known for s, _ in items) < 2
            framed = label == "DATASET" and _data_list(text, items)
            examples = label == "MODEL" and _EXAMPLES_BEFORE.search(
                text, max(0, items[0][0] - 12), items[0][0]) is not None
            # (or, for models, a pair joined by "and" / "or" that no way noun follows, its other
            # name in a model's shape, ``_pair_shaped``: "on MobileNets and ResNet", "using YOLOv3
            # and Faster-RCNN"; not "BERT and PageRank methods", "Moses and OpenNMT toolkits",
            # nor a pair whose embeddings are the system's input: "with BERT and GloVe embeddings")
            paired = single and not examples and label == "MODEL" and len(items) == 2 \
                and _PAIR_JOIN.fullmatch(text, items[0][1], items[1][0]) is not None \
                and not _ACRONYM_METHOD_AFTER.match(text, items[1][1]) \
                and not INPUT_AFTER.match(text, items[1][1])
            coined = single and not (framed or examples or paired)
            if coined and (label != "DATASET" or not _coined_list(text, items)):
                continue
            # (plain words only where no item is part of a longer name: not "Sequential and
            # Permuted MNIST", "ViGGO, and Cleaned E2E", "Stories Cloze", "ACL 14 Twitter")
            plain = framed and not any(_CAPITAL_AFTER.match(text, _lead_end(text, s, e))
                                       or _CAPITAL_BEFORE.search(text, max(0, s - 30), s)
                                       for s, e in items)
            editions = {_shape(text[s:e].split()[-1]) for s, e in items
                        if s in known and " " in text[s:e]}
            before = _CAPITAL_BEFORE.search(text, max(0, items[0][0] - 30), items[0][0])
            if single and before and before.group("w").lower() not in _LEADING:
                items = items[1:]
            if _CAPITAL_AFTER.match(text, items[-1][1]):
                items = items[:-1]
            for s, e in items:
                word = text[s:e]
                entry = weak.get((s, e))
                # (nor a word a line break cut at its hyphen: "BERT-Base and BERT- Large")
                if s in known or word in ("and", "or") or text.startswith("-", e) \
                        or _DIGIT.search(word) and _shape(word) in editions or coined and not (
                        _COINED.fullmatch(word) and not _COINED_NOT.search(word)) \
                        or paired and not _pair_shaped(word):
                    continue
                if entry is not None and entry.label == label and not single:
                    out.append(Name(s, e, label, word, entry.name, "pattern:list_lexicon"))
                # (a dataset also in the shapes an apposition takes: "BillSum, arXiv, and
                # PubMed", "MNIST and 20NEWS"; and, in a list framed as data, as hyphenated
                # Title Case words: "datasets such as TREC, Ag-News and Chnsenticorp")
                elif (is_name_shaped(word, strict=not framed) or plain and _data_word(word)
                      or label == "DATASET" and _APPOSED_SHAPE.fullmatch(word)) \
                        and not self._other_label(word, label):  # "CIFAR-100 (91.7%), Flower"
                    out.append(Name(s, e, label, word, "", "pattern:list"))
        return out

    def _slash_variants(self, text: str, found: list[Name]) -> list[Name]:
        """ "DeiT-Ti/S/B" -> also DeiT-S and DeiT-B, each on its own letters; "Llama-3.1-8B
        and 70B Instruct models" -> also Llama-3.1-70B, on its size (R-model-coordsize)."""
        out = []
        for name in found:
            if name.label != "MODEL" or "-" not in name.written:
                continue
            if (sized := GLUED_SIZE.fullmatch(name.written)) is not None:
                end = name.end
                while (mate := _SIZE_MATE.match(text, end)) is not None:
                    out.append(Name(*mate.span("size"), "MODEL", sized["family"] + mate["size"],
                                    name.lexicon, "pattern:size_mate"))
                    end = mate.end()
            variants = _SLASH_VARIANTS.match(text, name.end)
            if variants is None:
                continue
            base = name.written.rsplit("-", 1)[0]
            for one in _SLASH_ONE.finditer(text, name.end, variants.end()):
                out.append(Name(one.start(1), one.end(1), "MODEL", f"{base}-{one.group(1)}",
                                name.lexicon, "pattern:slash_variant"))
        return out


@Language.factory(
    "litkit_names_v1",
    default_config={"lexicon_paths": [], "use_patterns": True, "default_lexicons": True,
                    "mined_lexicons": True},
)
def make_names(nlp: Language, name: str, lexicon_paths: list[str], use_patterns: bool,
               default_lexicons: bool, mined_lexicons: bool = True) -> NameFinder:
    """spaCy factory: DATASET and MODEL names from the lexicons plus name patterns.

    ``lexicon_paths`` are the user's lexicon files, merged after litkit's own (which
    ``default_lexicons=False`` leaves out; ``mined_lexicons=False`` leaves out only the
    shipped names mined from a corpus, as ``litkit mine`` does).
    """
    return NameFinder(nlp, lexicon_paths, use_patterns, default_lexicons, mined_lexicons, name)


__all__ = ["NameFinder", "is_name_shaped", "make_names", "normalize"]
