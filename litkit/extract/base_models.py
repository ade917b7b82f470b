"""The model the paper's unnamed system is built on (R-model-base): cued in its text or
title ("we fine-tune BERT"), the models a method is applied to, its spelled-out name."""

from __future__ import annotations

import re

from spacy.tokens import Span

from litkit.extract.data_cues import INPUT_AFTER, INPUT_BEFORE
from litkit.extract.identity import normalize
from litkit.extract.name_shapes import _attached
from litkit.extract.system_mentions import (
    _LISTED_AFTER,
    _PREVIOUS_ITEM,
    _SEPARATOR_CHARS,
    _Name,
    _Nearby,
    _separators_end,
)

#: what the paper's unnamed system is built on, right before a lexicon model's name: "The
#: system uses COVID-Twitter-BERT", "were obtained using BERT", "We fine-tune the
#: contextualized word representations of the RoBERTa", "Our model is based on RoBERTa",
#: "The two modules were implemented by fine-tuning a BERT model", "we propose a system based
#: on the BERT model", "we fine-tune the base BERT model"; also through a description of the
#: model before its name ("we exploit the pre-trained biomedical language representation model
#: (i.e., BERT)", "use it to fine-tune a pretrained cross-lingual masked language model (XLM)"),
#: and where the paper applies its method to the model ("We validate our approach on the
#: representative architecture - ALBERT"), or says it used the model, past a few words that
#: qualify it ("We used a single BERT-based system with two outputs", "we mainly used ALBERT
#: model-based maximum ensemble", "We used Arabic-Bert in combination with data augmentation"),
#: trains it ("Our best method trains BERT on MultiNLI") or names it in apposition ("we propose
#: to fine-tune a pre-trained sequence to sequence model, BART"), or a sentence opens on a model
#: described as based on it ("An ensemble model based on CAMeLBERT was developed"); or chooses
#: it ("We choose the Bert model"), builds on top of it, naming it as the example of a model
#: kind ("Our model is built on top of a large pre-trained language model, such as XLNet"); or
#: the experiments are run with it, with no subject ("Experimental results conducted using the
#: Llama2 model", "We conduct comprehensive experiments by instruction tuning LLaMA-2 models")
_BASE_CUE = re.compile(
    r"(?:\b(?:[Ww]e|[Oo]ur|[Tt]he\s+system|[Tt]his\s+(?:system|architecture|paper|work))\s+"
    r"(?:[\w-]+\s+){0,4}?"
    r"(?:use[sd]?|using|utiliz\w+|employ\w*|leverag\w+|adopt\w*|exploit\w*|fine-?tun\w*|"
    r"(?:federated\s+)?train(?:s|ed|ing)?(?:\s+of)?|repurpos\w*|"
    r"(?:conduct\w*\s+)?experiment\w*\s+(?:on|with)|"
    r"(?:is|are|system|model|method|approach|architecture|classifier)\s+based\s+on|"
    r"(?:(?:is|are)\s+built|builds?)\s+on(?:\s+top\s+of)?|cho(?:ose|se|sen)|select(?:s|ed)?|"
    r"(?:apply|applied|validate[sd]?|test(?:ed)?|"
    r"evaluate[sd]?)\s+(?:it|our\s+(?:[\w-]+\s+)?(?:method|approach|technique|framework))\s+"
    r"(?:on|to))|"
    r"\b(?:obtained|achieved|implemented|built|developed)\s+(?:by\s+)?(?:using|fine-?tuning)|"
    r"(?:^|(?<=\.\s))An?\s+(?:[\w-]+\s+){0,2}?(?:system|model|classifier|architecture)\s+based\s+on|"
    r"\b[Ee]xperiment\w*\s+(?:results\s+)?(?:(?:are|were)\s+)?(?:conducted\s+)?(?:using|"
    r"by\s+(?:instruction[\s-]|fine-?)?tuning)|"
    r"\bto\s+fine-?tune)"
    r"\s+(?:(?:the|a|an|base|pre-?trained|contextuali[sz]ed|word|representations|embeddings|of|"
    r"single|simple|standard|multilingual|large|small|fine-?tuned)\s+)*"
    r"(?:(?:(?!baselines?\s)[\w-]+\s+){0,4}?(?:model|architecture|encoder)\s*(?:\(\s*(?:i\.e\.,?\s*)?|"
    r"[-\u2013\u2014:,]\s*(?:such\s+as\s+)?))?$")
#: a sentence opening on the lexicon model the paper's system is run on, before the system's
#: own subject: "Using pre-trained BERT, our model achieves 95.48 F1", "With a base PEGASUS, we
#: push ROUGE scores by 5.44%", "When applied to ELMo, the proposed approach", "Moreover, when
#: applied to a non-reasoning model (Qwen-2.5-7B-Instruct), our framework", "Implemented with
#: Qwen2.5-72B-Instruct, a leading LLM, SCRIT", "Starting from a public multilingual BERT
#: checkpoint, our final model is 6x smaller", or on the model alone, before a comma: "On
#: Llama3.1-8B, ParaPO consistently reduces", "On the instruction-tuned model Tulu3-8B, ParaPO"
#: (R-model-base; not "With GPT-4 as the judge", nor "On par with GPT-4"); a comma closes the
#: model's phrase where the paper names its system ("With BERT augmentation, PG-GSQL obtains"
#: uses BERT as a tool)
_BASE_OPENING = re.compile(r"\s*(?:[A-Z][a-z]+(?:ly|more|over),\s*)?(?:(?:[Bb]y\s+)?(?:[Uu]sing|"
                           r"[Ww]ith|(?:[Ww]hen\s+)?[Aa]pplied\s+to|[Ii]mplemented\s+(?:with|on)|"
                           r"[Ss]tarting\s+(?:from|with)|[Ii]nitiali[sz]ed\s+(?:from|with)|"
                           r"[Bb]uilt\s+(?:up)?on|[Bb]ased\s+on|[Oo]n\s+top\s+of)\s+"
                           r"(?:[a-z][\w-]*\s+){0,3}\(?|"
                           r"(?P<on>[Oo]n)\s+(?:the\s+(?:[a-z][\w-]*\s+){0,2}?(?:model|LLM)\s+)?)")
_COMMA_AFTER = re.compile(r"\s*\)?\s*,")
_AS_ROLE = re.compile(r"\s+as\b")
#: a model named as the baseline the paper compares with, not the base of its system
_AS_BASELINE = re.compile(r"\s+as\s+(?:(?:our|a|an|the)\s+)?(?:[\w-]+\s+)?baselines?\b")
#: an application or tool in apposition to its name, not a model: "SUPP.AI, an application"
_APPLICATION = re.compile(r"\s*,\s*(?:an?|the|our)\s+(?:[\w-]+\s+){0,2}?(?:application|tool|"
                          r"toolkit|demo|demonstrator|website|web\s+site|platform|interface|"
                          r"browser|search\s+engine)s?\b")
#: a sentence opening on the paper's own training of the model it then scores: "Fine-tuning the
#: Dutch pre-trained ... (BERTje) (de Vries et al., 2019) language model surpassed the more
#: classic algorithms by correctly classifying 79.6% of the fragments"
_TRAINING_OPENS = re.compile(r"\s*(?:[Bb]y\s+|[Aa]fter\s+)?(?:[Ff]ine-?tuning|[Rr]e-?training)\b")
#: ... or writing the model as the base of the system it scores, which the paper built on it
#: (R-model-base): "we fine-tuned a BERT based classifier ..., achieving a macro F1 score of
#: 0.8136", "We introduce a single-hop BERT-based RC model that achieves 67 F1", "The BERT-based
#: multilingual model ... obtained a relaxed F1 of 58%" (not another's system: "A state-of-the-art
#: BERT-based model performs well", "an off-the-shelf BERT-based named entity recognition model",
#: "the BERT-based baseline")
_BASED_SYSTEM = re.compile(
    r"(?P<before>(?:[\w-]+\s+){0,4})(?P<name>[A-Za-z][\w.-]*?)[-\s]based\s+(?:[\w-]+\s+){0,3}?"
    r"(?:models?|classifiers?|systems?|taggers?|parsers?|networks?|encoders?|detectors?)\b"
    r"(?!\s+baselines?)")
_ANOTHERS = re.compile(r"(?i:state-of-the-art|existing|off-the-shelf|previous|prior|standard|"
                       r"strong|popular|baselines?|other|conventional|traditional|competitive)")


def _no_model(text: str, systems: list[str]) -> bool:
    """Whether the paper names no system of its own, or names an application built around a
    model ("we present SUPP.AI, an application for browsing evidence")."""
    if not systems or systems[0].islower():
        return True  # (nor a lowercase phrase: "a technique we call 'gradual fine-tuning'")
    name = systems[0]
    start = text.find(name)
    while start >= 0:  # (a pattern per name would be compiled each time: see names.whole_words)
        if not _attached(text, start - 1) and _APPLICATION.match(text, start + len(name)):
            return True
        start = text.find(name, start + 1)
    return False


#: a stronger cue of the base the paper builds its system on, after which a name-shaped word
#: the name stage did not find counts as that base (R-model-base): "Our approach is built on top
#: of NegEx, a well known algorithm", "We based our approach on an existing open source tool
#: (BistParser)", "We present a system that adapts the MorphoChains system" (not "use", which
#: also takes tools and resources: "We use LIWC")
_BUILT_ON = re.compile(
    r"\b(?:[Ww]e|[Oo]ur|[Tt]he\s+system|[Tt]his\s+(?:system|work|paper))\s+(?:[\w-]+\s+){0,4}?"
    r"(?:(?:is|are|was|were)\s+built\s+(?:on\s+top\s+of|(?:up)?on)|builds?\s+(?:up)?on"
    r"(?:\s+top\s+of)?|based\s+(?:it|(?:our|the)\s+(?:[\w-]+\s+)?(?:approach|system|model|"
    r"method|work|submission))\s+on|(?:is|are|was|were)\s+based\s+on|adapt(?:s|ed|ing)?)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?\(?$")
#: ... its verbs, a cheap test before the words the name stage missed are sought
_BUILT_ON_GATE = re.compile(r"\b(?:built|builds?|based|adapt)")


#: the acronym of a lower-case phrase, in parentheses after its last word: a method, data or
#: a class of things, not a named system ("based on semantically unpredictable sentences (SUS)",
#: "adapt the local-to-global learning (LGL) schedule ... then adapt LGL to")
_LOWER_PHRASE_ACRONYM = re.compile(r"[a-z]\s*\(\s*([A-Z]+)\s*\)")
#: a comparison right before a model's name: the model is compared with, not used
_COMPARED_WITH = re.compile(r"\b(?:than|over|outperform\w*|surpass\w*|compared|versus|vs\.?|"
                            r"baselines?)\b[^.;:]{0,40}$", re.IGNORECASE)


def _built_on_unfound(text: str, words: list[_Name], models: list[_Name]) -> str | None:
    """The one name-shaped word among ``words`` (names the name stage did not find) that the
    text builds the paper's system on (``_BUILT_ON``); None where it builds on none or two, or
    where the text names a lexicon model other than as one compared with (which may be what a
    system of the paper uses: "adapted the BlazingText algorithm" for one sub-task and "to
    fine-tune ... (BERT)" for the other)."""
    if any(m.known and not _COMPARED_WITH.search(text, max(0, m.start - 60), m.start)
           for m in models):
        return None
    cued = {normalize(w.written): w.written for w in words
            if _BUILT_ON.search(text, max(0, w.start - 80), w.start)
            and not _AS_BASELINE.match(text, w.end) and not INPUT_AFTER.match(text, w.end)}
    if cued and "(" in text:
        for acronym in _LOWER_PHRASE_ACRONYM.findall(text):
            cued.pop(normalize(acronym), None)
    return next(iter(cued.values())) if len(cued) == 1 else None


#: a model's name spelled out before its acronym: "the OpenAI Generative Pre-trained
#: Transformer (GPT", "Bidirectional Encoder Representations from Transformers (BERT"
_SPELLED_OUT = re.compile(r"\b(?:the\s+)?[A-Z][\w'-]*(?:\s+(?:(?:of|for|from|and|to|with|on|"
                          r"in)\s+)?[A-Z][\w'-]*){0,7}\s*\(\s*$")


def _spelled_start(text: str, name: _Name) -> int:
    """Where the words before ``name`` start when they spell it out and it stands in
    parentheses after them, else where ``name`` starts: the cue of what a system is built on
    stands before the spelled-out name ("we utilize a pre-trained language model, the OpenAI
    Generative Pre-trained Transformer (GPT)")."""
    spelled = _SPELLED_OUT.search(text, max(0, name.start - 100), name.start)
    return spelled.start() if spelled is not None else name.start


def _base_model(text: str, models: list[_Name]) -> str | None:
    """The one lexicon model the paper's unnamed system is built on (R-model-base: its
    results are that model's); None when the text builds on none or on two."""
    # (not a name listed before another the lexicon may not know: "We tested our method on
    # LeNet-5 and FCNs" builds on two)
    # (nor a name used as the baseline: "we used BERT as our baseline model", nor one whose
    # features the system is trained on, an input (R-model-featurebase): "We developed baseline
    # classifiers trained on pre-trained RoBERTa features")
    # (a name the lexicon does not know counts too, "federated training of a popular NLP model,
    # TextCNN", "we use TagLM as the basic model", but not one glued to "based": "BERTbased")
    cued = [n for n in models
            if (n.known or not n.written.lower().endswith("based"))
            and _BASE_CUE.search(text, max(0, (cue := _spelled_start(text, n)) - 80), cue)
            and not _AS_BASELINE.match(text, n.end)
            and not INPUT_AFTER.match(text, n.end)
            and not INPUT_BEFORE.search(text, max(0, n.start - 20), n.start)
            and not ((listed := _LISTED_AFTER.match(text, n.end)) is not None
                     and text[listed.end():listed.end() + 1].isupper())]
    # (and the models listed with one: "We utilize pre-trained DistilBERT and EfficientNet to
    # extract features" builds on two)
    near = _Nearby(models)  # (a test of every model per cued one was quadratic)
    based = {normalize(n.written): n.written for n in cued + [
        m for n in cued for m in near.between(n.end, _separators_end(text, n.end))
        if _LISTED_AFTER.fullmatch(text, n.end, m.start)]}
    if not based and (title_end := text.find("\n\n")) > 0:
        # else the one lexicon model the title says the system uses: "TheNorth at SemEval-2020
        # Task 12: Hate Speech Detection Using RoBERTa", "FBK@SMM4H2020: RoBERTa for Detecting
        # Medications on Twitter", "BERT-based Cohesion Analysis of Japanese Texts"
        # (not a model whose embeddings the abstract says it uses, a tool (R-model-tool):
        # "ELMo-based System for ..." with "a pre-trained ELMo embedding with GRU units")
        # (nor where the abstract compares systems, "We compare AlexNet ... with a custom CNN",
        # or names a longer model holding the title's: "BERT-based ..." for "An ensemble model
        # based on CAMeLBERT")
        if not ("ompar" in text and _COMPARES.search(text, title_end)):
            based = {normalize(n.written): n.written for n in models
                     if n.known and n.end <= title_end and _title_base(text, n, title_end)
                     and not any(_input_or_longer(text, normalize(n.written), m) for m in models)}
    return next(iter(based.values())) if len(based) == 1 else None


#: a title's words before the model its system uses: "... Using RoBERTa", "... with BERT",
#: "Fine-tuning BERT with ...", "... Using Pre-trained BERT", or the model its method is on, in
#: or for: "Multi-Task Learning on BERT", "Entity Knowledge in BERT", "A ... Model for BERT Serving"
_TITLE_USING = re.compile(r"\b(?:[Uu]sing|[Ww]ith|[Vv]ia|[Bb]ased\s+[Oo]n|[Ff]ine-?[Tt]uning|"
                          r"[Ll]everaging|[Ee]xploiting|on|for|in)\s+(?:(?:an?|the|[Pp]re-?[Tt]rained|"
                          r"[Ff]ine-?[Tt]uned)\s+)?$")
#: a title's model as its system's head, at its start or after its colon: "RoBERTa for
#: Detecting ...", "BERT-based Cohesion Analysis", "OleNet at ...: BERT based Multi-Perspective
#: Models"
_TITLE_START = re.compile(r"^(?:[^:\n]*:\s*)?$")
_HEAD_AFTER_TITLE_MODEL = re.compile(r"(?:-based|\s+[Bb]ased|\s+for)\b")
#: a title's model before the head noun of the system's phrase, wherever that phrase stands:
#: "An Inference Chain-based GPT Model for Rumour Evaluation", "- RoBERTa Ensembles and ..."
_MODEL_NOUN_AFTER = re.compile(r"\s+(?:[Mm]odels?|[Ee]nsembles?)\b")
#: the next item of a list after the title's model: "Using BERT and Linear models", "with
#: AlexNet and a Custom CNN"
_NOT_TITLE_BASE = re.compile(r"\s*(?:,|\band\b|&|/)")
#: an abstract comparing systems: then the title's model may be any of them
_COMPARES = re.compile(r"\b[Cc]ompar(?:e[sd]?|ing|ison)\b")


def _input_or_longer(text: str, key: str, other: _Name) -> bool:
    """Whether ``other`` is a mention of the model ``key`` whose embeddings or features the
    system uses (``INPUT_AFTER``), or a longer model name holding it ("CAMeLBERT" for BERT)."""
    written = normalize(other.written)
    return bool(INPUT_AFTER.match(text, other.end)) if written == key else key in written


def _title_base(text: str, name: _Name, title_end: int) -> bool:
    """Whether the title names ``name`` as the one model its system uses (``_TITLE_USING``,
    ``_TITLE_START``, ``_MODEL_NOUN_AFTER``), not one item of a list (``_NOT_TITLE_BASE``,
    ``_PREVIOUS_ITEM``)."""
    if _NOT_TITLE_BASE.match(text, name.end, title_end) \
            or _PREVIOUS_ITEM.search(text, max(0, name.start - 40), name.start):
        return False
    return bool(_TITLE_USING.search(text, max(0, name.start - 40), name.start)
                or _TITLE_START.match(text, 0, name.start)
                and _HEAD_AFTER_TITLE_MODEL.match(text, name.end, title_end)
                or _MODEL_NOUN_AFTER.match(text, name.end, title_end))


def _opening_base(text: str, span: Span, names: list[_Name], sent_start: int,
                  named: bool = False) -> str | None:
    """The lexicon model an own result's sentence opens on (``_BASE_OPENING``: "Using
    pre-trained BERT, our model achieves 95.48 F1"): the system run on it (R-model-base);
    before a comma only where the opening is a bare "On" or the paper's system is ``named``."""
    if not _BASE_OPENING.match(text, sent_start):
        return None  # (no name to read: the sentence opens otherwise)
    for name in names:
        if name.known and name.end <= span.start_char \
                and (opening := _BASE_OPENING.fullmatch(text, sent_start, name.start)) \
                and not _AS_ROLE.match(text, name.end) \
                and (not (named or opening.group("on")) or _COMMA_AFTER.match(text, name.end)):
            return name.written
    return None


#: the paper's method applied to a model, right before its name: "we apply it to an image
#: segmentation architecture, Deeplab V3,", "when we apply proxy-tuning to Llama2-70B"
_APPLIED_TO = re.compile(
    r"\b(?:appl(?:y|ies|ied|ying)|extend(?:s|ed|ing)?|adapt(?:s|ed|ing)?)\s+(?:it|them|"
    r"our\s+(?:[\w-]+\s+)?(?:method|approach|technique|framework|algorithm)s?|[\w-]+)\s+(?:to|on)\s+"
    r"(?:(?:an?|the)\s+)?(?:[\w-]+\s+){0,4}?(?:(?:models?|architectures?|networks?|LLMs?)\s*,?\s*)?$")
#: a second model the method is applied to: "We apply prefix-tuning to GPT-2 for table-to-text
#: generation and to BART for summarization"
_APPLIED_AGAIN = re.compile(r"[^.;]{0,60}?\band\s+(?:to|on)\s+(?:the\s+)?[A-Z]")


def _applied_base(text: str, span: Span, every: _Nearby, lo: int, hi: int,
                  applied: dict[int, list[_Name]]) -> str | None:
    """The one lexicon model the paper applies its method to in the result's sentence or the
    one before (``lo`` to ``hi``): its unnamed own results are that model's (R-model-base; not
    one item of a list: "we apply our method to ... including ResNet, DenseNet, MobileNet").
    The models applied to are found once per sentence and kept in ``applied`` (a walk back
    over every name per result made long sentences take quadratic time)."""
    if lo not in applied:
        applied[lo] = [n for n in every.between(lo, hi) if n.known
                       and _APPLIED_TO.search(text, max(lo, n.start - 120), n.start)]
    for name in reversed(applied[lo]):
        if name.start < span.start_char and name.end <= span.start_char:
            return None if _in_list(text, name, every) or _APPLIED_AGAIN.match(text, name.end) \
                else name.written
    return None


def _in_list(text: str, name: _Name, every: _Nearby) -> bool:
    """Whether another name is listed right before or after the name (``_LISTED_AFTER``
    between them); only the names its separators reach are read."""
    end, start = _separators_end(text, name.end), name.start
    while start > 0 and (text[start - 1] in _SEPARATOR_CHARS or text[start - 1].isspace()):
        start -= 1
    return any(_LISTED_AFTER.fullmatch(text, name.end, m.start)
               for m in every.between(name.end, end)) \
        or any(_LISTED_AFTER.fullmatch(text, m.end, name.start)
               for m in every.between(start - every.longest, name.start))


def _based_system(sentence: str, name: str) -> bool:
    """Whether ``sentence`` writes ``name`` as the base of a system the paper built on it
    (``_BASED_SYSTEM``), not of another's (``_ANOTHERS``)."""
    return "based" in sentence and any(
        match.group("name").lower() == name.lower() and not _ANOTHERS.search(match.group("before"))
        for match in _BASED_SYSTEM.finditer(sentence))


#: a sentence opening on the subtasks (or tasks) of a shared task it is about
#: (R-model-subtaskbase): "In subtask A, we use Roberta", "For sub-task B, we opted to fine-tune
#: ... (BERT)", "In subtasks B and C, we used a linear SVM", "For task 1, our best approach"
_SUBTASK_OPENS = re.compile(r"\s*(?:In|For)\s+(?:the\s+)?(?:[Ss]ub-?)?[Tt]asks?\s+"
                            r"(?P<labels>[A-Z0-9][\w.]*(?:\s*(?:,|and|&)\s*[A-Z0-9][\w.]*)*)")
_LABEL_SEPARATOR = re.compile(r"\s*(?:,|and|&)\s*")
#: a task or subtask named elsewhere in a sentence: the scope of the last opening ends there
_TASK_NAMED = re.compile(r"\b(?:[Ss]ub-?)?[Tt]asks?\b")
#: the subtasks described, in their order, as a "respectively" list's owners: "Our system
#: submission records a performance of 88.2%, 80.5%, and BLEU 5.5 for those three subtasks,
#: respectively"
_SUBTASKS_RESPECTIVELY = re.compile(r"\b(?:[Ss]ub-?)?[Tt]asks\b[^.;]*\brespectively\b")


def subtask_models(text: str, sentences: list[tuple[int, int]],
                   names: list[_Name]) -> dict[int, list[str | None]]:
    """The models of the subtasks each sentence is about, by sentence index (R-model-subtaskbase:
    a shared-task paper that names the model of each subtask): a sentence opening on subtasks
    ("In subtask A, we use Roberta") gives them the one model it names (None for none or
    several: "In subtasks B and C, we used a linear SVM"; a later opening naming none keeps
    them), and so do the sentences after it until one names a task again; a "respectively"
    list over the subtasks gets their models in the order they were described."""
    near = _Nearby([n for n in names if not n.subject_only])
    models: dict[str, str | None] = {}
    labels: list[str] = []
    out: dict[int, list[str | None]] = {}
    for index, (start, end) in enumerate(sentences):
        opening = _SUBTASK_OPENS.match(text, start, end)
        if opening is not None:
            labels = [label.rstrip(".").upper() for label in
                      _LABEL_SEPARATOR.split(opening.group("labels")) if label]
            used = {normalize(n.written): n.written for n in near.between(start, end)
                    if not _COMPARED_WITH.search(text, max(start, n.start - 60), n.start)
                    and not _AS_BASELINE.match(text, n.end) and not INPUT_AFTER.match(text, n.end)}
            for label in labels:
                if used or label not in models:
                    models[label] = next(iter(used.values())) if len(used) == 1 else None
        elif _TASK_NAMED.search(text, start, end):
            labels = []
            if models and _SUBTASKS_RESPECTIVELY.search(text, start, end):
                out[index] = list(models.values())
                continue
        if labels:
            named = {models[label] for label in labels}
            out[index] = [named.pop() if len(named) == 1 else None]
    return out
