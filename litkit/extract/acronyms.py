"""Acronyms and their long forms: "Long Form (LF)" pairs, what the words around a
parenthesized acronym say it names, long forms spelled out, redefined or generic acronyms.

Separate: the acronym rules are many and read only each other and the cues below them.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from litkit.extract.data_cues import _GLOSS, _LIST_DATA_AFTER, _LIST_DATA_NOUN
from litkit.extract.identity import normalize
from litkit.extract.lexicon import Entry
from litkit.extract.name_cues import (
    _EVENT_WORD,
    _NETWORK_NOUN,
    _SENTENCE_START,
    _TITLE_NETWORK,
    _introduced,
    _put_forward,
)
from litkit.extract.name_shapes import (
    _GENERIC,
    _JOINERS,
    _LEADING,
    _METHOD_NOUN,
    _MODEL_NOUN,
    _PAIR,
    _PLURAL_ACRONYM,
    _WAY_WORDS,
    DATA_NOUNS,
    Name,
    _words_before,
)

#: quote marks around a long form, stripped from its words: "we name ‘metaphorical polysemy
#: detection’ (MPD)" spells a task out as "metaphorical polysemy detection (MPD)" does
_QUOTES = "'\"\u2018\u2019\u201c\u201d"
#: an acronym in parentheses; what is written before it says what it names (see below)
_PAREN_ACRONYM = re.compile(r"\((?:referred\s+to\s+as\s+|called\s+)?"
                            r"(?P<name>[A-Za-z][\w+.-]*[A-Za-z][\w+.-]*)\)")
#: a model class's acronym (``_GENERIC``) that ends the long form of a model the paper
#: introduces: "We introduce Segment Pooling LSTM (S-LSTM)", "we propose a novel word-character
#: LSTM(WC-LSTM) model" (not "Temporal Convolutional Neural Networks (TCN)" it uses)
_CLASS_ACRONYM = r"(?:Bi-?)?(?:LSTM|GRU|RNN)|[CDG]NN|TCN|GCN|GAN|VAE|CRF|HMM|PCFG|MLP"
#: "... Benchmark (BLURB)", "a conversation dataset (CarMem)", "... Network (TEN)", "the
#: Explainable multi-hop Verbal Reasoner (EVR)", "Structure-Aware Transformer (SAT)" (not a
#: classifier's: mostly a classic learner's, "Nearest Mean Classifier (NMC)"); a lower-case
#: network or model only where the paper introduces it (checked below): "we propose a reason
#: comparing network (RCN)", "We present a syntax-infused variational autoencoder (SIVAE)", and
#: an agent in any case ("We propose a novel Hybrid Retrieval-Generation Reinforced Agent
#: (HRGR-Agent)")
_ACRONYM_HEAD = re.compile(
    r"(?:(?P<data>[Bb]enchmark|[Dd]ataset|[Cc]orpus|[Ss]uite|Arena|[Cc]hallenge|[Tt]reebank)|"
    rf"(?P<model>Model|Network|LLM|(?=[A-Z])(?!Classifier)(?i:{_NETWORK_NOUN})|"
    rf"(?P<introduced>model|network|auto-?encoder|transformer|[Aa]gent|{_CLASS_ACRONYM})))s?"
)
#: a recurrent unit, the cell a recurrent network is built of, which a paper introduces as its
#: architecture as it would a network (R-model-architecture: SRU): "We introduce the Pyramidal
#: Recurrent Unit (PRU)", "called the horizontal gated recurrent unit (hGRU)" (not other units:
#: "the activation function Displaced Rectifier Linear Unit (DReLU)")
_RECURRENT_UNIT = re.compile(r"[Rr]ecurrent\s+[Uu]nits?")
#: a capitalized head noun right after the acronym: "the Span Attribute Tagging (SAT) Model"
#: (not "dialogue state tracking (DST) models"), or a singular "model" or "architecture" after a
#: Title Case long form the paper introduces (checked below): "we propose a novel Cross-modal
#: Contrastive Attention (CMCA) model", "we propose the Simple Recurrent Unit (SRU) architecture"
_ACRONYM_AFTER = re.compile(
    r"\s+(?:(?P<data>Benchmark|Dataset|Corpus)|"
    r"(?P<model>Model|Network|(?P<lower>model|architecture)))\b(?!-)"
)
#: ... or a noun of a way or a framework right after it, not of a part or an architecture the
#: paper may well call its model ("the ... (DRAW) neural network architecture", "(GAT) layer"):
#: "the Sufficient Dimensionality Reduction (SDR) framework", "a ... (RBAN) approach"
_ACRONYM_METHOD_AFTER = re.compile(rf"\s+({_WAY_WORDS}|frameworks?|protocols?|toolkits?|"
                                   r"metrics?|loss(?:es)?|schemes?|attacks?)\b(?!-)")
#: ... or an apposition after the acronym with a model noun as its head, where the paper
#: introduces it: "We present deep variational canonical correlation analysis (VCCA), a deep
#: multi-view learning model that", "We introduce Thurstonian Boltzmann Machines (TBM), a unified
#: architecture that", also past a task's acronym among its words: "dynamic chunk reader (DCR), an
#: end-to-end neural reading comprehension (RC) model that" (dev37 iclr2017:r1te3Fqel) (not
#: "Differential privacy (DP), a popular choice to train models", nor "In-Context Sampling (ICS),
#: a low-resource LLM prompting technique")
_ACRONYM_APPOSED = re.compile(
    r",\s+an?\s+(?:(?!(?:for|of|to|with|that|which|in|on|by|from|and|or|as|at)\b)[\w-]+\s+"
    r"(?:\([A-Z][\w-]*\)\s+)?){0,6}?"
    rf"(?:{_MODEL_NOUN}|architectures?)(?![\w-])(?=\s*[,.;:)]|\s+(?:that|which|for|of|to|with|"
    r"where|based|designed|tailored|trained|built|in|on|capable|able|whose)\b)")
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
#: ... and a lower-case phrase written as one hyphenated word: "Text-to-image (T2I)", a
#: gerund too: "Code-switching (CS), the practice of alternating between two or more languages"
#: (dev38 acl:W18-3211: "the CS corpus that we collected" is no named dataset)
_HYPHEN_PHRASE = re.compile(r"[A-Za-z][a-z]+(?:-[a-z]+){2,}|[A-Za-z][a-z]+-[a-z]+ing")
#: ... and one in Title Case ending in a task noun: "Conversational Question Answering
#: (ConvQA)", "Entity Disambiguation (ED)" (not "... Evaluation (VLUE)", a benchmark)
#: (the task nouns that do not end in "ing")
TASK_NOUNS = (r"(?:Disambiguation|Recognition|Detection|Classification|Extraction|Translation|"
              r"Generation|Summarization|Segmentation|Resolution|Identification|Analysis|"
              r"Prediction|Comprehension|Inference|Navigation|Completion|Estimation)")
_TASK_PHRASE = re.compile(rf"(?!Understanding)[A-Z][a-z]+ing|{TASK_NOUNS}")
#: ... the same words in lower case, ending a lower-case long form: "entity linking (EL)"
_LOWER_TASK_END = re.compile(rf"[a-z]+ing|{TASK_NOUNS.lower()}")


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


#: a new dataset named in parentheses after a phrase of what it holds: "a new corpus of
#: real-world texts (GCDC)", "a new four-way multilingual dataset of parallel cloze test examples
#: (MozArt)" (not the acronym of the words right before it, a task's or a language's: "a novel
#: dataset for Reading Comprehension (RC)", "a new 3D motion capture dataset of Czech Sign
#: Language (CSE)")
_NEW_DATA_OF = re.compile(r"\b[Aa]n?\s+(?:new|novel)\s+(?:[\w-]+\s+){0,4}?"
                          r"(?:dataset|corpus|treebank|benchmark)\s+(?:of|for|with|from|on|"
                          r"containing)\s+(?:[\w-]+\s+){1,8}?\($")


def _new_data_named(text: str, paren: re.Match) -> bool:
    """Whether the name in ``paren`` closes a phrase putting forward a new dataset and what it
    holds (``_NEW_DATA_OF``), and abbreviates none of the words before it."""
    if not _NEW_DATA_OF.search(text, max(0, paren.start() - 160), paren.start() + 1):
        return False
    words = _words_before(text, paren.start(), 8)
    return not any(_abbreviates(paren.group("name"), " ".join(words[-k:]))
                   for k in range(1, len(words) + 1))


def _network_headed(word: str) -> bool:
    """Whether a long form's last word is a network noun or a network class's acronym
    (``_ACRONYM_HEAD``), not a plain "model", which may be a classical one (R-model-classical)."""
    head = _ACRONYM_HEAD.fullmatch(word)
    return head is not None and head.group("introduced") not in (None, "model")


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


#: a parenthesis right after a dataset name, after a possessive too: "British National Corpus’
#: (BNC)", "HoVer (HOppy VERification)"
_PAIR_PAREN = re.compile(r"(?:['\u2019]s?)?\s*\((?:(?:also\s+)?(?:known\s+as|henceforth|hereafter|"
                         r"abbreviated\s+as|called|named)\s+)?(?P<inner>[^()]{2,80})\)")
#: ... also past the lower-case data head dropped from the name (R-ds-lowerhead): "The Frankfurt
#: Image GestURE corpus (FIGURE)", "The Chinese Educational Short Answers data set (CESA)"
_HEAD_PAREN = re.compile(r"\s+(?:corpus|data\s?set|treebank|benchmark)" + _PAIR_PAREN.pattern)
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
        paren = (_PAIR_PAREN.match(text, name.end) or _HEAD_PAREN.match(text, name.end)) \
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


def _are_initials(short: str, long: str) -> bool:
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
                or _are_initials(name.written, long[word.start():])):
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


def _acronym_named_models(text: str, found: list[Name]) -> None:
    """A model written "Long Form (ACRONYM)", both found as models, is named by the acronym in
    every mention of the long form (R-model-alias, one form per model; gold keeps the acronym:
    BERT, GPT, RoBERTa, dev41 USE): "uses Universal Sentence Encoder (USE)", "Multilingual BERT
    (mBERT)"."""
    acronyms = {n.start: n.written for n in found if n.label == "MODEL" and " " not in n.written}
    renamed = {}
    for name in found:
        paren = _GENERIC_PAREN.match(text, name.end) if name.label == "MODEL" else None
        if paren is not None and " " in name.written \
                and (acronym := acronyms.get(paren.start(1))) == paren.group(1):
            renamed[name.written] = acronym
    for name in found:
        if name.label == "MODEL" and name.written in renamed:
            name.written = renamed[name.written]


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
        words = [w.strip(_QUOTES) for w in _words_before(text, paren, 2 * len(acronym))]
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
