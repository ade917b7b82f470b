"""What a name-shaped word is when it is no system: a task, data, a team, a source, a
generic phrase ("neural model"). Separate: both the paper's own systems and the
component's name words are checked with these."""

from __future__ import annotations

import re
from collections.abc import Iterator

from litkit.extract.acronyms import _TASK_PHRASE
from litkit.extract.name_cues import _INTRODUCING
from litkit.extract.name_shapes import DATA_NOUNS, GENERIC_WORDS, _attached, whole_words
from litkit.extract.system_mentions import _INTRODUCE, _SYSTEM_NOUN, _tail_spells

#: a head noun after an acronym saying it names data, a scheme or a task, not a system: "the
#: Spoken Conversation Universal Dependencies (SCUD) annotation scheme", also after a citation
#: ("the Universal Dependencies (UD) (Nivre et al., 2016) guidelines"), or a metric: "Our model
#: has achieved ... rank-based intuitive bilingual evaluation score (RIBES) score of 57.76"
#: a head noun naming data: "dataset", "corpus", "treebank", "benchmark", "lexicon"
_DATA_HEAD = rf"(?:{DATA_NOUNS}|lexicons?)\b"
#: a task or data noun: "task", "shared task", "corpus", "benchmark"
_TASK_OR_DATA = rf"(?:shared\s+)?tasks?|{_DATA_HEAD}"
_NOT_SYSTEM_AFTER = re.compile(
    r"(?:\s*\([^()]{0,60}\b(?:19|20)\d\d\))?\s+(?:annotation\s+)?(?:schemes?|schemas?|"
    rf"guidelines|metrics?|scores?|taxonom(?:y|ies)|ontolog(?:y|ies)|{_TASK_OR_DATA})")
#: a team's name, after or before "team": "Our team SSN_NLP_MLRG obtained the F1 Scores as
#: 0.90", "our team (AdelaideCyC)", "(Team name: Spyder)", "the RUG-SU team's submission"
#: (R-model-teamsystem: a team label is not the model of its results)
_TEAM_BEFORE = re.compile(r"[Tt]eam(?:\s+name)?\s*[(:]?\s*$")
_TEAM_AFTER = re.compile(r"\)?\s+[Tt]eam\b")
#: a task or data noun after any mention of a name: "the APE Task", "a new VID corpus", "the
#: multilingual ST benchmark" (not a metric: "The APT metric reaches" is the paper's system),
#: or a task's noun in lower case, which makes the name what the task finds or processes: "in
#: ADE identification (F1=53.08%)", "the ADR classification task", "DDI extraction tasks",
#: "a preliminary step for AMR parsing"; or the lower-case tool of such a task, which makes the
#: name the formalism it parses or the tags it assigns: "a neural encoder-decoder AMR parser",
#: "a Support Vector Machine based Part-Of-Speech tagger", "a multi-level Part-Of-Speech tag set"
#: (not a tool's own name, spelled out after it: "the SEx BiST parser (Semantically EXtended
#: Bi-LSTM parser)")
_TASK_OR_DATA_AFTER = re.compile(
    rf"\s+(?:(?i:{_TASK_OR_DATA})|(?:identification|extraction|detection|classification|"
    r"recognition|tagging|parsing|linking|normali[sz]ation)\b|"
    r"(?:parsers?|taggers?|tag\s?sets?)\b(?!\s*\())")
#: the head of a spelled-out task before its acronym: "a Traveling Salesman Problem (TSP)"
_TASK_HEAD = re.compile(r"\b(?i:problems?|tasks?)$")
#: a task's name before its acronym, which names the task, not a system: "we propose the task
#: of Court Judgment Prediction and Explanation (CJPE)", "a new task called Multimodal Named
#: Entity Recognition (MNER)"; or a task's number: "the F-score of 79.97% (strict) on Sub-task 2
#: (CI)"
_TASK_NAMED = re.compile(r"\b[Tt]ask\s+(?:of|called|named|termed|dubbed)\s+[^().;:,]{3,100}\(\s*$|"
                         r"\b(?i:(?:sub-?)?tasks?)\s+(?:\d+|[A-Z])\s*\(\s*$")
#: the lowercase phrase an acronym spells out, right before it: "convolutional neural
#: networks (ConvNets)", "grammatical error correction (GEC)", its first word capitalized at a
#: sentence's start: "Sentiment analysis (SA) in texts is a well-studied ... task"
_LOWER_PHRASE = re.compile(r"(?:(?<![\w-])[a-z]|(?:^|(?<=[.!?]\s)|(?<=\n))[A-Z])[a-z-]*\s+"
                           r"(?P<last>[a-z][a-z-]*)[\u2019\u201d'\"]?\s*$")  # (a closing quote)
#: a plural acronym: "ConvNets", "DDIs", "RNNs"
_PLURAL_CAPS_WORD = re.compile(r"[A-Z][\w-]*[A-Z][\w-]*s")
#: (also the second verb of "we exploit mixture-of-experts and present ... (SaMoE)", "we argue
#: that one reference is not enough and propose ... (DDRS)", and "by" with the gerund: "we
#: address this challenge by proposing a novel ... architecture, the Fast-Slow RNN (FS-RNN)")
_DEFINES = re.compile(rf"\b(?:[Ww]e\s+(?:(?:then|also|further|first|here|therefore|thus|hence|"
                      rf"\w+ly)\s+|"
                      rf"(?:[\w-]+\s+){{1,8}}and\s+)?{_INTRODUCE}|[Oo]ur|"
                      rf"by\s+(?:{_INTRODUCING})ing)\b")
#: what else a title may call a system after its colon: "Neumann Optimizer: A Practical Optimization
#: Algorithm", "... : A Python Toolkit for ...", "...: A Simple Regularization Scheme"
_TITLE_SYSTEM = (r"(?:toolkit|optimizer|scheme|strategy|procedure|mechanism|module|layer|estimator|"
                 r"learner|regularizer|paradigm|recipe|parser|tagger|encoder|decoder|transformer|"
                 r"generator|detector|retriever|library)s?")
#: data drawn from a source, before the source's name: "a large-scale dataset derived from
#: Reddit" (the title "Reddit: A Gold Mine for ..." then names the source, not a system:
#: R-model-resource)
_DRAWN_FROM = re.compile(rf"\b(?:{DATA_NOUNS}|data)\s+(?:[\w-]+\s+)?(?:derived|collected|"
                         r"crawled|extracted|gathered|sourced|scraped|mined|harvested|drawn)\s+"
                         r"from\s+(?:the\s+)?$")
#: a shared task or evaluation campaign a title names after its leading name: "TwistBytes -
#: Identification of ... at VarDial 2019", "NUIG: ... approach to SigTyp 2020 Shared Task"
_TITLE_TASK_EVENT = re.compile(r"[Ss]hared\s+[Tt]asks?|SemEval|VarDial|\bWMT|CoNLL|\bWAT\b|"
                               r"\bTask\s*\d|\s(?:at|@)\s+(?:the\s+)?[A-Z][\w-]*[\s-]?(?:20|19)\d\d")
#: a title's article and system noun after its leading name: "QED: A fact verification system"
_TITLE_CALLS_SYSTEM = re.compile(rf"\s*(?:[:\u2013\u2014-]\s*)(?i:an?|the)\s+(?:[\w'-]+\s+){{0,4}}?"
                                 rf"(?i:{_SYSTEM_NOUN}|{_TITLE_SYSTEM})\b")


#: the "-ing" nouns that name a procedure, not a task, as the last word of a name the paper
#: defines an acronym for: "we propose Shallow Aggressive Decoding (SAD)", "we introduce
#: Best-Response Pruning (BRP)", "We propose Multi-Task Zipping (MTZ), a framework" (a task's
#: acronym keeps ``_TASK_PHRASE``: "Question Answering (QA)", "Semantic Role Labeling (SRL)")
_PROCEDURE_ING = re.compile(r"(?:Tun|Decod|Prun|Encod|Filter|Hash|Sampl|Prompt|Pool|Averag|Pass|"
                            r"Distill|Merg|Mask|Zipp|Pipelin|Group|Team)ing")
#: "-ing" nouns that name a field or a generic technique as often as a procedure ("Active
#: Learning (AL)", "Multi-Task Learning (MTL)", "Test-Time Training (TTT)", "a Sentiment and
#: Emotion aware Embedding (SE-Embedding)"): a procedure only with a coined acronym
#: ("Instruction-based Continual Learning (InsCL)") or one of four capitals or more ("Weakly
#: Aligned Structured Embedding (WASE)", "Supporting Clustering with Contrastive Learning
#: (SCCL)", "Simulated Multiple Reference Training (SMRT)")
_FIELD_ING = re.compile(r"(?:Learn|Reason|Rank|Train|Embedd)ing")


def _task_word(word: str, acronym: str) -> bool:
    """Whether the last word of a phrase spelled out before ``acronym`` makes it a task's
    (``_TASK_PHRASE``), not a procedure's (``_PROCEDURE_ING``, ``_FIELD_ING``)."""
    if not _TASK_PHRASE.fullmatch(word) or _PROCEDURE_ING.fullmatch(word):
        return False
    return not (_FIELD_ING.fullmatch(word)
                and (_COINED_ACRONYM.search(acronym) or len(re.sub(r"[^A-Z]", "", acronym)) >= 4))


def _names_task(text: str, name: str) -> bool:
    """Whether the text writes ``name`` before a task or data noun (``_TASK_OR_DATA_AFTER``:
    "the APE Task", "a new VID corpus"), or defines it as the acronym of a phrase whose last
    words it spells and that ends with "problem" or "task" ("a Traveling Salesman Problem
    (TSP)", not "As-Needed Decomposition and Planning for complex Tasks (ADaPT)"), or that
    follows "task of", "task called" or a task's number (``_TASK_NAMED``)."""
    start = text.find(name)
    while start >= 0:
        end = start + len(name)
        if not _attached(text, start - 1) and not _attached(text, end) \
                and _TASK_OR_DATA_AFTER.match(text, end):
            return True
        if text.startswith(")", end) and text[start - 1:start] == "(":
            words = re.findall(r"[\w'\u2019-]+", text[max(0, start - 80):start])
            letters = re.sub(r"[^A-Z]", "", name)
            if words and _TASK_HEAD.search(words[-1]) \
                    and _tail_spells(words, letters) \
                    or _TASK_NAMED.search(text, max(0, start - 120), start):
                return True
        start = text.find(name, end)
    return False


#: "data" or "text" after a name: then not a system the paper puts forward ("We will release
#: the generated synthetic APE data": APE is not whose "APE models trained using ... achieve
#: improvements of 0.37, 0.19 ... TER points" are; "then train an NP IDR classifier" after "on
#: the NP text", Nigerian Pidgin)
_DATA_OR_TEXT_AFTER = re.compile(r"\s+(?:data|texts?)\b")


def _team_label(text: str, name: str, start: int, title_end: int) -> bool:
    """Whether a title's leading ``name`` labels a team's entry to the shared task the title
    names, written nowhere in the abstract (R-model-teamsystem: the model is then null), and
    not called a system by the title ("QED: A fact verification system for the FEVER shared
    task", R-model-title)."""
    return _TITLE_TASK_EVENT.search(text, start, title_end) is not None \
        and not _TITLE_CALLS_SYSTEM.match(text, start) \
        and not any(s > title_end for s, _ in whole_words(text, name))


def _team(text: str, name: str) -> bool:
    """Whether the text calls ``name`` a team (``_TEAM_BEFORE``, ``_TEAM_AFTER``)."""
    return ("team" in text or "Team" in text) and any(
        _TEAM_BEFORE.search(text, max(0, start - 12), start) or _TEAM_AFTER.match(text, end)
        for start, end in whole_words(text, name))


def _names_data(text: str, name: str) -> bool:
    """Whether the text writes ``name`` before "data" or "text" (``_DATA_OR_TEXT_AFTER``)."""
    return any(_DATA_OR_TEXT_AFTER.match(text, end) for _, end in whole_words(text, name))


def _source(text: str, name: str) -> bool:
    """Whether the text names ``name`` as the source its data is drawn from
    (``_DRAWN_FROM``)."""
    return any(_DRAWN_FROM.search(text, max(0, start - 60), start)
               for start, _ in whole_words(text, name))


def _generic(text: str, name: str, plural: bool = True) -> bool:
    """Whether the text defines ``name`` as the acronym of a lowercase phrase for a class of
    things or a task, not a system's name: written as the plural it defines ("convolutional
    neural networks (ConvNets)", not SGAN for "(SGANs)"), or a task's acronym that the paper
    does not put forward as its own ("grammatical error correction (GEC)", not "we propose a
    detector using text similarity with round-trip translation (TSRT)"); only the task when
    not ``plural`` (a name an introducing verb is read before: "which trains NAT student",
    where "non-autoregressive translation (NAT)" is the task, while "quasi-recurrent neural
    networks (QRNNs)" may well be the paper's system); nor the acronym of a generic class of
    models spelled out in its words (R-model-archclass: "Our model extends the Recurrent
    Convolutional Neural Network (RCNN)"), unless the text calls it its own ("we propose deep
    recurrent neural networks (DRNNs) ... We evaluated our DRNNs")."""
    stem = name[:-1] if name.endswith("s") else name
    if "(" + stem not in text:  # (most names are defined by no parenthesis)
        return False
    for start, defined in _parenthesized(text, stem):
        if _METRIC_HEAD.search(text, max(0, start - 20), start):
            return True  # a metric's: "We propose the use of mean absolute error (MAE)"
        words = text[max(0, start - 80):start].split()
        generic_run = len(words)
        while generic_run and words[generic_run - 1].lower() in GENERIC_WORDS:
            generic_run -= 1
        if _tail_spells(words, stem.upper(), generic_run) \
                and "our " + name not in text and "Our " + name not in text:
            return True
        phrase = _LOWER_PHRASE.search(text, max(0, start - 60), start)
        if phrase is None:
            continue
        last = phrase.group("last")
        if plural and defined == name and _PLURAL_CAPS_WORD.fullmatch(name) \
                or not last.endswith("ing") and _TASK_PHRASE.fullmatch(last.capitalize()) \
                and (not _DEFINES.search(text, max(0, start - 150), start)
                     or _TASK_SYSTEM_HEAD.match(text, start + len(defined) + 2)
                     or _TASK_OBJECT.search(text, max(0, phrase.start() - 40), phrase.start())):
            return True
    return False


#: a verb of improving a task phrase is the object of, which then names the task past an
#: introducing verb: "We present a simple approach to improve direct speech-to-text translation
#: (ST)" (not "for": "combinatorial energy learning for image segmentation (CELIS)")
_TASK_OBJECT = re.compile(r"\bimprov(?:e|es|ed|ing)\s+(?:(?:the|a|an)\s+)?(?:[a-z][\w-]*\s+)?$")


#: the head noun of a metric's name, before its acronym: "mean absolute error (MAE)", "root mean
#: squared error (RMSE)", "a False Triggered Rate (FTR)", "discounted cumulative gain (DCG)"
_METRIC_HEAD = re.compile(r"(?i:errors?|rates?|scores?|metrics?|measures?|accuracy|precision|"
                          r"recall|gain)\s*$")
#: a system's head noun after a task's acronym, which then only says what the system does: "we
#: devise an unsupervised neural machine translation (UNMT) system", "an audio visual automatic
#: speech recognition (AV-ASR) system", "an extreme multi-label classification (XMLC) problem"
_TASK_SYSTEM_HEAD = re.compile(r"\s+(?:systems?|models?|approach(?:es)?|methods?|frameworks?|"
                               r"architectures?|pipelines?|problems?)\b")


def _parenthesized(text: str, stem: str) -> Iterator[tuple[int, str]]:
    r"""(where its "(" is, the name) of each "(STEM)" and "(STEMs)" in ``text``, left to right:
    what ``re.finditer`` of ``\((STEMs?)\)`` finds, without compiling a pattern per name (see
    ``names.whole_words``)."""
    opening = "(" + stem
    start = text.find(opening)
    while start >= 0:
        end = start + len(opening)
        written = stem if text.startswith(")", end) else \
            stem + "s" if text.startswith("s)", end) else None
        if written is not None:
            yield start, written
            start = text.find(opening, start + len(written) + 2)
        else:
            start = text.find(opening, start + 1)
#: an acronym coined as a name, not an abbreviation: "BistParser", "TriAN" (not "CRFs")
_COINED_ACRONYM = re.compile(r"[a-z].*[A-Z]")
