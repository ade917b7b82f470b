"""The shapes of a name as written: word patterns, generic words and head nouns, size,
version, suffix and language patterns, ``is_name_shaped``, ``Name`` and small text helpers.

The bottom of the name rules (names.py and its helper modules): every other one reads these.
"""

from __future__ import annotations

import functools
import re
import string
from collections.abc import Iterable, Iterator
from dataclasses import dataclass

from litkit.extract.lexicon import _NOT_IN_KEY, IGNORE, MINED, Entry
from litkit.extract.patterns import CAMPAIGNS

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
    VAE VAEs AE HMM HSMM GMM GMMs EBM EBMs DGM DGMs CRF CRFs SVM SVMs KNN kNN DNN DNNs
    NN NNs ReLU MRF MRFs MDP MDPs POMDP POMDPs DAG DAGs SBM SCM IBP RBF PCFG PCFGs LDA PCA ICA NMF
    ODE ODEs PDE PDEs GEC VLSI ConvNet ConvNets
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
#: head nouns that make a name a dataset / a model / neither ("test dataset" as "test set": "on
#: the WMT 2020 English-German APE test dataset", "on Friends test dataset")
_DATA_NOUN = (r"(?:benchmarks?|datasets?|tasks?|data\s?sets?|corpus|corpora|suites?|"
              r"test\s?(?:data)?sets?|testbeds?|challenges?|treebanks?|leaderboards?|collections?|"
              r"environments?|"
              r"shared\s+tasks?|evaluation\s+sets?|games?)")
_MODEL_NOUN = (r"(?:models?|LLMs?|language\s+models?|foundation\s+models?|checkpoints?|"
               r"encoders?|networks?)")
#: a trained system named for what it does
_TOOL_SYSTEM_NOUN = (r"(?:parser|tagger|classifier|retriever|re-?ranker|recogni[sz]er|detector|"
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
    # a version or release tag after a space: "ERNIE 2.0", "Llama 3.1", "DeepSeek R1", also
    # a lower-case "v" as a capital one ("LLaMA v2" as "DeepSeek V3") (not a score: "BERT 1.2
    # points higher")
    r"\s(?:[1-9]\.\d|[A-EG-Z][1-9]|v\d+(?:\.\d+)?)\b(?![.,/]\d|\s*(?:%|[xX\u00d7]|points?\b|pp\b|times\b|"
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
#: German translation dataset", or an arrow, one way or both: "WMT 2016 English→Romanian",
#: "IWSLT’15 English → Vietnamese", "WMT’21 German ↔ English", "WMT14 En ↔ De")
_ARROW = r"\s?[\u2192\u2194]\s?"
_PAIR_JOINER = rf"(?:[-\u2013](?:to-)?|\sto\s|{_ARROW})"
_PAIR_WORDS = (rf"English{_PAIR_JOINER}[A-Z][a-z]+|[A-Z][a-z]+{_PAIR_JOINER}English|"
               rf"{_LANGUAGE_CODE}(?:[-\u2013]|{_ARROW}){_LANGUAGE_CODE}")
_LANGUAGE_PAIR = rf"\s(?:{_PAIR_WORDS})\b(?!-)"
_PAIR = re.compile(_PAIR_WORDS)
_CAMPAIGN_PAIR = re.compile(rf"(?:{_LANGUAGE_PAIR})?")
#: ... and after another dataset where the pairs (one or a list) end in a data head, each pair
#: a part of its own (R-ds-coordname, R-ds-partdescriptor's language-pair clause): "the MuST-C
#: English-German, English-French and English-Spanish language pairs", "MuST-C English-Spanish
#: and English-German spoken language translation datasets" (not a task's: "the SentiMix
#: Hindi-English subtask")
_DATA_PAIR = re.compile(
    rf"{_LANGUAGE_PAIR}(?=(?:\s*(?:,|\band\b)\s*(?:{_PAIR_WORDS})\b)*\s+"
    r"(?:language\s+pairs?|(?:[a-z]+\s+){0,3}(?:datasets?|data\s?sets?|corpus|corpora)\b))")
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
#: "SQuAD1.1", "DMLab-30", or a dataset's size in thousands, "the jointly trained bAbI-10k"
#: (not after a team's "@", which ``_team_systems`` reads: "MLU@CL-SciSumm20"; nor a part of a
#: longer number: "Pythia-6" in "Pythia-6.9B")
_GLUED_VERSION = re.compile(r"(?<![\w@-])(?P<base>[A-Za-z][A-Za-z-]*?[A-Za-z])-?v?\d+(?:\.\d+)*"
                            r"(?P<count>[kK])?(?![\w-]|\.\d)")
#: a "+" glued after a known dataset, one token that the matcher misses, which names the
#: dataset's extended variant as written (GUIDELINES: variants stay as written): "65% of bAbI+,
#: a corpus we created by ... adding ... to bAbI", "ECB+", "MBPP+" (not a "+" joining two
#: names: "SQuAD+NewsQA")
_PLUS_VARIANT = re.compile(r"(?<![\w@+.-])(?P<base>[A-Za-z][\w.-]*?[A-Za-z0-9])\+(?![\w+])")
#: ... which holds a digit written right after a letter or a letter and a hyphen: a cheap test
#: that two windows around digits in three fail ("in 2019", "95.3%"), sparing the rule there
_GLUED_DIGIT = re.compile(r"\d(?:(?<=[A-Za-z]\d)|(?<=[A-Za-z]-\d))")
#: ... and a one-digit index glued to a name of letters: "OPT1", a set's member beside "OPT2"
_ONE_DIGIT_INDEX = re.compile(r"(?P<base>[A-Za-z]+)\d")
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
#: (a plural acronym names a class: "(LLMs)", "(GANs)")
_PLURAL_ACRONYM = re.compile(r"[A-Z]s$")
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
#: "the Vietnamese treebank", "the Mongolian corpus": a language's data, not a named dataset
_LANGUAGE_LIKE = re.compile(r"(?:ese|ian|ish|ic|an|i)$")
_EDITION_LANGUAGES = ("Greek", "French", "Dutch", "Czech", "Thai", "Basque", "Welsh", "Uyghur",
                      "Slovene", "Slovak", "Latin", "Yoruba", "Hausa", "Uzbek", "Kazakh")


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
#: a plural ending after a letter: "EfficientNets", "ResNets" (not "Atlas"'s "ss")
_PLURAL = re.compile(r"[A-Za-z](?<!s)s$")


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


def _hyphened_data(entry: Entry, alias: str) -> str | None:
    """A curated dataset's name of several words written with hyphens for its spaces ("One
    Billion Word" as "One-Billion-Word", "Penn Treebank" as "Penn-Treebank"), the same name under
    the scoring key (GUIDELINES: spaces and hyphens are not in it); None for other names: one
    with a word in capitals, whose hyphened form is a name of its own, often of a campaign or a
    code system the text names apart ("TAC-KBP", "SNOMED-CT"), and a name mined from the
    corpus, matched only as it was written there."""
    words = alias.split()
    return "-".join(words) if entry.label == "DATASET" and entry.kind != MINED \
        and len(words) > 1 and not any(word.isupper() for word in words) else None


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
