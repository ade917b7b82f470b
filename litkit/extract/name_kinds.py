"""Names that are data or a model only in some texts: annotation schemes, systems and
tools, toolkits, embeddings, lexical resources and benchmarks named by their task.

Separate: these settle a found name's kind after the rules below have found it.
"""

from __future__ import annotations

import re

from litkit.extract.acronyms import _PAIR_PAREN, _abbreviates
from litkit.extract.identity import normalize
from litkit.extract.name_cues import INTRODUCING_VERBS, NAMING_WORDS
from litkit.extract.name_shapes import _DATA_NOUN, GENERIC_WORDS, Name, whole_words
from litkit.extract.patterns import sentence_start

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
#: ... or the object of "parsing" with no data noun after it: "the CoNLL 2017 shared task on
#: parsing Universal Dependencies from raw text" (dev38 acl:K17-303, as dev30's "from Raw Text
#: to Universal Dependencies"), "Parsing Universal Dependencies without training" (not
#: "parsing 61 big Universal Dependencies treebanks", dev23 acl:K18-208 lists it)
_PARSED_OBJECT = re.compile(r"\b[Pp]arsing (?:[Ee]nhanced )?\Z")
_DATA_AFTER_OBJECT = re.compile(r"\s*(?:\(\w+\)\s*)?(?:treebanks?|data|datasets?|corpus|corpora|"
                                r"v?\d)\b", re.IGNORECASE)


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
            or parsed and (_PARSED_INTO.search(text, max(0, s - 60), s)
                           or _PARSED_OBJECT.search(text, max(0, s - 20), s)
                           and not _DATA_AFTER_OBJECT.match(text, e)) for s, e in mentions)
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
#: builds or draws on, which its results are on only where a sentence says so (result_datasets.py)
RESOURCE = "resource"
#: the lexicon kind of material data is drawn from (TED talks): data where a paper uses it, not
#: where the paper builds a dataset of its own from it, which is the data (R-ds-source: "TED-Q: TED
#: Talks and the Questions they Evoke", "we build a presentation corpus ... based on TED talks")
SOURCE = "source"
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
