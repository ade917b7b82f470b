"""The model a PARAMS or TOKENS size belongs to: the name carrying it, next to it or in
apposition, the subject of a "trained on N tokens" clause, the paper's own system or
base (R-params-base), or the model of the size listed before it."""

from __future__ import annotations

import bisect
import re

from spacy.tokens import Span

from litkit.extract.compared_systems import _ON_PAR, _is_object
from litkit.extract.extensions import span_value
from litkit.extract.name_shapes import FAMILY_SEP, GLUED_SIZE, is_name_shaped
from litkit.extract.patterns import SEP, items
from litkit.extract.quantities import COUNT_QUALIFIER, PARAMS_NOUN
from litkit.extract.system_mentions import _LISTED_AFTER, _Name, _Nearby

#: the other sizes of a list ("7B and 13B Llama-2", "Llama-2 (7B, 13B and 70B)")
_SIZE_LIST = r"(?:[\s-]*(?:,|/|&|\band\b|\bor\b|\bto\b)[\s,-]*\d+(?:\.\d+)?\s?[BMKbmk])*"
#: between a size and the name it describes: "1.3B parameter GPT-3 XL", "175B GPT-3"
_SIZE_TO_NAME = re.compile(rf"{_SIZE_LIST}[\s-]*(?:parameters?|params)?[\s-]*",
                           re.IGNORECASE)
#: between a name and its size: "UL2 20B", "Llama-3 (8B)", "GPT-3.5 (ge 175B)", "T5 variants
#: (le 11B)", "CodeGen2 models in size 1B", "Qwen2.5 open source models in 7B", "Phi-mini-MoE
#: (7.6B total / 2.4B activated)"; not a verb's object ("C3PO enables MoE LLMs with 1-3B")
_NAME_TO_SIZE = re.compile(
    r"[\s-]*(?:(?:(?-i:(?![a-z]+s\s))[\w-]+\s+){0,2}"
    r"(?:models?|variants?|versions?|checkpoints?|LLMs?)\s*"
    r"(?:(?:in|of|with|at)\s+(?:sizes?\s+)?(?:of\s+)?)?)?"
    rf"(?:\(\s*(?:[^()\d]{{0,12}}\s)?)?(?:\d+(?:\.\d+)?\s?[BMKbmk]{_SIZE_LIST}"
    r"(?:\s+total)?\s*(?:,|/|&|\band\b|\bor\b|\bto\b)\s*(?:and\s+)?)?", re.IGNORECASE)
#: a relative or "with" clause between a name and its size: "InstructGPT which has 175B
#: parameters", "the T5 model, which is the largest pre-trained model containing 11 billion
#: parameters", "DenseNet-BC with 250 layers and 15.3M parameters"
_NAME_CLAUSE_TO_SIZE = re.compile(
    r"(?:\s+(?:model|network|LLM|LM))?\s*,?\s+(?:(?:which|that)\s+(?:has|have|had|contains?|"
    r"is\s+[^,;.()]{0,50}?\b(?:with|containing|of))|with(?:\s+[^,;.()]{0,20}?\s+and)?)\s+"
    r"(?:only\s+|about\s+|over\s+|approximately\s+|roughly\s+|nearly\s+|up\s+to\s+|"
    r"(?:more|less|fewer)\s+than\s+)?")
#: a name heading its models: "Lory models", "nanoGPT-2 models of varying sizes", "Qwen2.5
#: open source models"
_MODELS_AFTER_NAME = re.compile(r"(?:\s+[a-z][\w-]*){0,2}?\s+(?:models?|LLMs?|famil(?:y|ies)|"
                                r"series|checkpoints?|variants?)\b")
_SIZE_SEP = re.compile(SEP)
#: between a sized name and a later size of its family: "Llama-3.1-8B and 70B", "Mistral-7B,
#: 13B and 70B"
_FAMILY_SIZES = re.compile(rf"{FAMILY_SEP}(?:\d+(?:\.\d+)?[BbMm]{FAMILY_SEP})*")
#: a clause in apposition saying a model is built on the next: "TÜLU 3, which builds on Llama
#: 3.1 base models at 8B", "X, based on the Y model"
_BUILT_ON = re.compile(r"\s*,\s*(?:(?:which|that)\s+(?:builds?|(?:is|was)\s+(?:built|based))|built|"
                       r"based)\s+(?:up)?on\s+(?:the\s+)?")
_ON_BEFORE = re.compile(r"\bon\s+(?:the\s+)?$")
#: the paper's model named in apposition: "our fine-tuned model, Labrador, even at 13B"
_OWN_NAMED = re.compile(r"\b[Oo]ur\s+(?:[\w.-]+\s+){0,2}?model\s*,\s*(?P<name>[A-Z][\w.+-]*[\w+])"
                        r"\s*,")
_ANOTHER = re.compile(r"\b(?:a|an|another)\s+$", re.IGNORECASE)
_COMPARING = re.compile(r"\b(?:than|vs\.?|versus|compared|outperform\w*|surpass\w*|beat\w*|"
                        rf"over|against|like|such\s+as|match(?:es|ed|ing)?|rival\w*|{_ON_PAR})\b",
                        re.IGNORECASE)
#: "HEAL, the first continuously trained 13B": a size in apposition to a name, "MiniCPM,
#: specifically the 1.2B and 2.4B ... variants", "SmolLM2, a fully transparent ... ``small''
#: (1.7 billion parameter) language model"
_APPOSITION = re.compile(r"\s*,\s*(?:(?:specifically|namely)\s+)?(?:a|an|the|our)\s+"
                         r"[^,;.()]{0,60}\(?$")
#: a count that names its model in its "of" phrase: "the number of parameters of AlexNet by a
#: factor of 9\u00d7, from 61 million"
_COUNT_OF = re.compile(rf"\b{PARAMS_NOUN}\s+of\s+$")
_COUNT_OF_TO_SIZE = re.compile(
    rf"(?:\s+by\s+[^,;.()]{{0,30}}?)?,?\s+(?:from|to)\s+{COUNT_QUALIFIER}")
#: the paper's own count, which a count is reduced to or a smaller count compared first:
#: "reducing the number of required parameters to under 50k", "with a significantly smaller
#: model size (114.2M vs. 880.6M)" (not a named model's count: "of AlexNet ... to 6.7 million")
_OWN_REDUCED = re.compile(
    rf"(?:\breduc\w*\s+the\s+{PARAMS_NOUN}(?!\s+of\b)[^.;]{{0,60}}?\s+to\s+|"
    rf"\b(?:smaller|fewer|lower)\s+{PARAMS_NOUN}\s*\(\s*){COUNT_QUALIFIER}$")
#: "StarCoder2-3B, pretrained on over 3.3T tokens": the subject of a training clause
_TRAINED_ON = re.compile(
    r"^[^.;]{0,80}?\b(?:pre-?trained|trained|fine-?tuned)\s+(?:\w+\s+){0,3}?(?:on|with|using)\s+"
    r"(?:about\s+|over\s+|up\s+to\s+|only\s+|~\s*)?$", re.IGNORECASE)
#: a size of the paper's own unnamed model: "our model scales from 124M", "resulted in a 9B",
#: "our 2.9 billion parameter language model", "With only 3B parameters, it outperforms" (the
#: abstract's "it" is the paper's system, its scale may be a word: "With 8 billion parameters,
#: it demonstrates"), or of the named subject after that "with" phrase: "with only 233M
#: parameters, CoUDA achieves"
_OWN_SIZE = re.compile(r"\bour\s+(?:[\w.-]+\s+){0,2}?"
                       r"(?:(?:billion|million)[\s-]+param(?:eter)?s?\s+[\w-]+\s+)?model\b(?!s)|"
                       r"\bresult(?:ed|ing)\s+in\s+an?\b|"
                       r"\bwith\s+(?:only\s+|just\s+|merely\s+)?\S+\s+(?:(?:billion|million)\s+)?"
                       r"(?:parameters|params)\s*,"
                       r"\s*(?:it\b|(?-i:(?P<subject>[A-Z][\w.+-]*[\w+]))\s)", re.IGNORECASE)


#: a size written in a name: "Qwen-2.5-7B-Instruct", "Llama 2 13B"
_CARRIES_SIZE = re.compile(r"\d(?:\.\d+)?[BbMm](?![a-z])")


def _sized_base(based: str | None, span: Span, models: list[_Name]) -> str | None:
    """R-params-base: a size no name claims, of the paper's own models (it names no system of
    its own), takes the one model they are built on (``_base_model``'s cues: "we used a BERT
    language model ... for a total of 110 million parameters" -> BERT), written before the size
    and carrying no size of its own (not a sized name: "Qwen-2.5-7B-Instruct")."""
    if based is None or _CARRIES_SIZE.search(based):
        return None
    first = next((n.start for n in models if n.written == based), None)
    return based if first is not None and first < span.start_char else None


#: what ``_size_model`` returns for a size of the paper's own unnamed model
_OWN = object()


def _size_model(text: str, span: Span, near: _Nearby, sentences: list[tuple[int, int]],
                starts: list[int]) -> str | object | None:
    """The model a PARAMS or TOKENS size belongs to (see the module docstring), ``_OWN`` for
    the paper's own unnamed model, or None; ``near`` holds the names that are not subjects
    only, ``starts`` where the ``sentences`` start."""
    start, end = span.start_char, span.end_char
    if span.text.startswith("sub-"):
        return None  # a threshold, no model's size: "a new state-of-the-art for sub-10B models"
    # (the tests below read names that end at most 150 characters before the size or start at
    # most 16 after it, and the name listed before the last one)
    models = near.between(start - 150 - near.longest, end + 16)
    for name in models:
        if name.start <= start and end <= name.end:
            # "LLaMA2-7B/13B": its 13B is LLaMA2-13B (the guidelines' "DeiT-Ti/S/B" is three)
            listed = "/" in text[start:end] and len(list(items(text, start, end))) > 1
            return (_resized(name.written, span_value(span, "value")) if listed else None) \
                or name.written  # "Llama-2-7B"
    if span.label_ == "TOKENS":
        for name in reversed(models):
            if start - 100 <= name.end <= start and _TRAINED_ON.match(text[name.end:start]):
                return name.written  # "StarCoder2-3B, pretrained on over 3.3T tokens"
        return None
    for name in reversed(models):
        if start - 60 <= name.end <= start and _COUNT_OF_TO_SIZE.fullmatch(text, name.end, start) \
                and _COUNT_OF.search(text, max(0, name.start - 40), name.start):
            return name.written  # "the number of parameters of AlexNet ..., from 61 million"
    if _OWN_REDUCED.search(text, max(0, start - 150), start):
        return _OWN  # "reducing the number of required parameters to under 50k"
    for name in models:
        if end <= name.start <= end + 16 and _SIZE_TO_NAME.fullmatch(text[end:name.start]) \
                and not text.startswith("-based", name.end):
            return name.written  # "175B GPT-3", "a 1.3B parameter GPT-3 XL model"
    for name in reversed(models):
        if start - 40 <= name.end <= start and _FAMILY_SIZES.fullmatch(text, name.end, start) \
                and (resized := _resized(name.written, span_value(span, "value"))):
            return resized  # "Llama-3.1-8B and 70B Instruct models": Llama-3.1-70B
    for name in reversed(models):
        if start - 60 <= name.end <= start and not text.startswith("-based", name.end) \
                and (_NAME_TO_SIZE.fullmatch(text[name.end:start])
                     or _NAME_CLAUSE_TO_SIZE.fullmatch(text, name.end, start)):
            return _built_on(text, name, near)  # "UL2 20B", "Llama-3 (8B)", "GPT which has 175B"
    for name in reversed(models):
        if start - 80 <= name.end <= start and _APPOSITION.match(text[name.end:start]):
            return name.written  # "HEAL, the first continuously trained 13B ..."
    sent_start = sentences[max(0, bisect.bisect_right(starts, start) - 1)][0]
    # the last name of the sentence before the size (one further back can be no nearer)
    last = near.last(bisect.bisect_right(near.starts, start),
                     max(sent_start, start - 150 - near.longest), start)
    # (not "an FID-style FLAN-T5 model ... and a 13B model": an article starts another model)
    if last is not None and start - near.names[last].end <= 150 \
            and not _ANOTHER.search(text, max(0, start - 10), start):
        name = near.names[last]  # "a series of Lory models ... with ... 30B (1.5B active) params"
        # (not the last of listed families, whose sizes are stated jointly (R-params-joint):
        # "the DeepSeek-R1-Distilled Qwen and LLaMA families ranging from 1.5B to 70B")
        if _MODELS_AFTER_NAME.match(text, name.end) \
                and not _is_object(text, name.start, sent_start) \
                and not _COMPARING.search(text, name.end, start) \
                and not ((other := near.last(last, sent_start, start)) is not None
                         and _LISTED_AFTER.fullmatch(text, near.names[other].end, name.start)):
            return name.written
    own = _OWN_SIZE.search(text, sent_start, min(len(text), end + 25))
    if own and own["subject"]:
        return own["subject"] if is_name_shaped(own["subject"]) else None
    if own:
        named = _OWN_NAMED.search(text, sent_start, start)
        # "our fine-tuned model, Labrador, even at 13 billion parameters"
        return named.group("name") if named else _OWN  # "By scaling our model up to 20B" (UL2)
    return None


def _built_on(text: str, name: _Name, near: _Nearby) -> str:
    """The model a clause in apposition says is built on ``name``, whose sizes it takes
    (R-params-variant: "TÜLU 3, which builds on Llama 3.1 base models at 8B, 70B and 405B
    parameters" are Tulu 3's), else ``name``."""
    if not _ON_BEFORE.search(text, max(0, name.start - 12), name.start):
        return name.written  # (the names before are read only after an "on")
    for other in reversed(near.between(name.start - 40 - near.longest, name.start)):
        if other.end < name.start and _BUILT_ON.fullmatch(text, other.end, name.start):
            return other.written
    return name.written


def _listed(text: str, previous: Span | None, span: Span) -> bool:
    """Whether ``span`` is the next size of a list after ``previous`` ("400M to 7B"), which
    shares its model (not a sized name's: "Llama-3.1-8B and 70B" is ``_resized``'s)."""
    return previous is not None and previous.label_ == span.label_ \
        and _SIZE_SEP.fullmatch(text, previous.end_char, span.start_char) is not None


def _resized(name: str, value: float | None) -> str | None:
    """``name``, a sized name, with ``value`` for its size: "Llama-3.1-70B" for "Llama-3.1-8B"
    and 70e9; None where the name carries no size or already this one."""
    glued = GLUED_SIZE.fullmatch(name)
    if glued is None or not value:
        return None
    scale = 1e6 if glued["scale"] in "Mm" else 1e9
    if abs(float(glued["size"]) * scale - value) <= 1e-6 * value:
        return None
    return f"{glued['family']}{value / scale:g}{glued['scale']}"
