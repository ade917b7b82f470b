"""Quantities in abstracts: model sizes, token counts, compute, data sizes, context lengths, code.

``find_quantities(text)`` applies compiled rules to the raw text and returns candidates;
the ``litkit_quantities_v1`` component writes them to ``doc.spans[CANDIDATES]``.
Each candidate covers one number; resolve.py settles numbers claimed by several rules.
"""

from __future__ import annotations

import functools
import re

from spacy.language import Language
from spacy.tokens import Doc

from litkit.extract.extensions import CANDIDATES
from litkit.extract.identity import canonical_glued
from litkit.extract.numbers import NUMBER, parse_number
from litkit.extract.patterns import (
    CAMPAIGNS,
    SEP,
    SIZES,
    Candidate,
    Covered,
    Windows,
    finditer,
    items,
    number_windows,
    occurs,
    qualifier,
    sentence_start,
)
from litkit.extract.spans import BatchedComponent, add_candidates, doc_text

#: the letters that a case-insensitive pattern matches with "i" or "s" though lower-casing makes
#: none of them that letter alone: I with a dot ("i" and a combining dot), the dotless i, the
#: long s (the fourth such letter, the Kelvin sign, lower-cased is "k")
_OTHER_CASES = ("\u0130", "\u0131", "\u017f")


@functools.lru_cache(maxsize=1024)
def lowered_windows(text: str) -> str:
    """The lower-cased text of ``number_windows(text)``, where every rule's match lies (the
    whole text lower-cased where it holds one of ``_OTHER_CASES``).

    A rule whose every match holds a word (in any case) finds nothing where the word is
    missing from this text in lower case, whatever the rest of the text holds: the words that
    gate the rules are looked for here first, in a quarter of the text (most are missing).
    Cached as ``number_windows`` is: the quantity and result components both ask.
    """
    if any(c in text for c in _OTHER_CASES):
        return text.lower()
    return "\0".join([text[lo:hi] for lo, hi in number_windows(text)]).lower()


#: (SLM, a small language model: "our fine-tuned 3B SLM surpasses a frozen 32B LLM")
_SIZED_MODEL_NOUN = (r"(?:models?|LLMs?|LMs?|SLMs?|MLLMs?|VLMs?|transformers?|checkpoints?|"
                     r"variants?|versions?|baselines?|teachers?|students?|backbones?|famil(?:y|ies)|"
                     r"parameter\s+counts?)")
_DATA_UNIT = (
    r"(?:examples?|samples?|images?|hours?|documents?|sentences?|words?|dialogues?|dialogs?|"
    r"conversations?|pairs?|instances?|reviews?|videos?|utterances?|queries|questions?|articles?|"
    r"papers?|entries|speeches|tweets?|posts?|clips?|problems?|instructions?|annotations?|"
    r"files?|pages?|frames?|trajectories|demonstrations?|tables?|molecules?|proteins?|"
    r"code snippets?|text entries|image-text pairs?|captions?|rows?|records?)"
)
_HARDWARE = r"(?:GPUs?|TPUs?|TPUv\d\w*|V100s?|A100s?|H100s?|P100s?|K80s?|chips?|accelerators?)"
_NUMWORD = r"(?:a|an|one|two|four|eight|sixteen|a single|single|\d+|\d+x)"
_FEW_WORDS = r"(?:[\s-]+[A-Za-z][\w.-]*){0,3}?"  # up to three words between a number and its noun
_FLOP_PREFIX = {"": 1.0, "k": 1e3, "m": 1e6, "g": 1e9, "t": 1e12, "p": 1e15, "e": 1e18,
                "z": 1e21, "giga": 1e9, "tera": 1e12, "peta": 1e15, "exa": 1e18}

_URL_OR_REPO = re.compile(
    r"(?:https?://|www\.|(?<![\w.])(?=(?:github|gitlab|bitbucket)\.(?:com|org)/))"
    r"[^\s<>\"'\])},;]+"
)
_SIZE_CUE = re.compile(r"\d\s?[BMb](?![a-z])")  # every size-without-"parameters" rule needs one
#: words of which the compute rules need one (in the lower-cased text) and the URL rule needs one;
#: plain substring tests are several times faster than a regex alternation
_COMPUTE_CUES = ("gpu", "tpu", "hour", "day", "week", "month", "flop", "v100", "a100", "h100",
                 "chip", "accelerator")
#: the units one of which every match of a compute rule holds (looked for first, in the
#: windows: ``lowered_windows``)
_COMPUTE_UNITS = ("hour", "day", "week", "month", "year", "flop")
#: (what every URL the rule reads holds: "http://" and "https://" hold "://", a code host's
#: address ".com/" or ".org/"; four tests where six were)
_URL_CUES = ("://", "www.", ".com/", ".org/")
_PARAMS = re.compile(
    rf"(?P<list>{SIZES})(?:\s*\([^)]{{0,12}}\))?[\s-]*"
    r"(?P<trainable>(?:trainable|learnable|tunable|additional|extra|new|task-specific|"
    r"updated)\s+)?(?:activ(?:e|ated)\s+)?(?:parameters?|params)\b",
    re.IGNORECASE,
)
#: a parameter count whose noun comes first, each number with its scale: "reduced the number of
#: parameters of AlexNet by a factor of 9\u00d7, from 61 million to 6.7 million", "a smaller
#: model size (114.2M vs. 880.6M)", "with parameter sizes from 3 billion to 33 billion",
#: "reducing the number of required parameters to under 50k", "LLMs of parameters ranging from
#: 1.8B to 72B" (a bare noun only before a range), "reduces the model size from
#: LlamaGuard\u2019s 7 billion parameters to approximately 67 million" (its ``second`` number);
#: not a count of trainable parameters, nor a change ("reduces the number of parameters by
#: 100 million")
#: (the count's noun, written before its number, and the words that may come before the number;
#: attribution reads the same phrase to tie the count to its model)
PARAMS_NOUN = (r"(?:number\s+of\s+(?:(?!trainable|learnable|tunable|updated)[a-z-]+\s+)?"
               r"param(?:eter)?s|param(?:eter)?\s+(?:counts?|sizes?|budgets?)|model\s+sizes?)")
COUNT_QUALIFIER = (r"(?:(?:approximately|about|around|roughly|only|just|under|over|"
                   r"a\s+mere)\s+)?")
_SCALED_SIZES = rf"{SIZES}(?<=[A-Za-z])"
_PARAMS_NOUN_FIRST = re.compile(
    rf"\b(?:{PARAMS_NOUN}|param(?:eter)?s(?=\s+(?:ranging|varying)\s+from\b))"
    r"(?:\s+of\s+[A-Z][\w.-]*)?"
    r"(?:\s+by\s+(?:a\s+factor\s+of\s+)?\d+(?:\.\d+)?\s?[x\u00d7])?,?"
    r"(?:\s*\(|\s+(?:ranging\s+|varying\s+)?(?:from|of|to)\s+)"
    rf"(?:[A-Z][\w.-]*['\u2019]s\s+)?{COUNT_QUALIFIER}(?P<list>{_SCALED_SIZES})"
    rf"(?:(?:\s+param(?:eter)?s)?\s+(?:to|vs\.?|versus)\s+{COUNT_QUALIFIER}"
    rf"(?P<second>{_SCALED_SIZES}))?"
)
#: parameter counts of adapters and prompts are not model sizes
_ADAPTER = re.compile(r"\b(?:LoRA|QLoRA|adapters?|soft prompts?|prompt tuning|prefix|PEFT)\b")
#: what makes a noun-first count, read from its neighbourhood, one of trainable parameters
_TRAINABLE = re.compile(r"\b(?:trainable|tunable|learnable|LoRA|QLoRA|adapters?|PEFT)\b")
_TOKENS = re.compile(
    rf"(?P<list>{SIZES})(?:\s*\([^)]{{0,12}}\))?(?P<mid>{_FEW_WORDS})[\s-]+tokens?\b", re.IGNORECASE
)
#: bare B/M sizes ("3B", "770M") and the words that make them model sizes
_B = r"\d+(?:\.\d+)?\s?[BM]"
#: a size's kind after a hyphen: "7B-scale language models"
_SCALE = r"(?:scale|sized?|class)\b"
# (?=\d): as in SIZES; "sub-10B models" is a size threshold, which counts as a size
_BARE = rf"(?=\d)(?:(?<![\w.-])|(?<=\bsub-))(?P<list>(?:{_B}{SEP})*{_B})(?!\w|-(?!{_SCALE}))"
_BARE_BEFORE_MODEL = re.compile(
    rf"{_BARE}(?P<mid>(?:[\s-]+(?!tokens?\b|data\b|words?\b)[A-Za-z][\w-]*){{0,3}}?)[\s-]+"
    rf"(?:{_SIZED_MODEL_NOUN}\b|(?<=[BM]\s)(?:sizes?|scales?)\b)"  # "in 7B, 32B, and 72B sizes"
)
#: (a size's next word that counts other things or names a task: "the Nepali-English and
#: Sinhala-English 1M tasks" are WMT's corpus-filtering tasks, no model's size)
_NOT_MODEL_NEXT = (r"[\s-]+(?i:context|tokens?|words?|data|examples|samples|images|hours|"
                   r"(?:sub)?tasks?|tracks?)\b")
#: (what follows a name's size that counts tokens, words or data: "A French 250M Tokens Corpus")
_NOT_MODEL_AFTER = re.compile(_NOT_MODEL_NEXT)
_MODEL_BEFORE_BARE = re.compile(
    rf"\b{_SIZED_MODEL_NOUN}(?P<mid>(?:\s+(?!on\b|with\b|of\b)[a-z]+){{0,4}}?)"
    rf"(?:(?:\s+(?:up\s+to|of|at|than|from|between)|,?\s+ranging\s+from)\s+|\s*[:;]\s*)"
    rf"(?:the\s+|only\s+|about\s+|approximately\s+|roughly\s+)?{_BARE}"
    rf"(?!{_NOT_MODEL_NEXT})"
)
#: the label of a shared task's or a document's part, written before a bare number and letter:
#: "SemEval 2017 Task 6B", "for the task 4B our model ranked 23rd", "Subtask 1B" are no sizes
_PART_LABEL = re.compile(
    r"\b(?i:sub-?tasks?|tasks?|tracks?|parts?|phases?|sections?|tables?|figures?|chapters?|"
    r"exercises?|questions?|problems?)\s+$"
)
#: a number and letter the text calls a task ("task 6b") is that task's label wherever it is
#: written: "MindLab Neural Network Approach at BioASQ 6B" over "the BioASQ Challenge task 6b"
#: (led by "task", which the engine finds fast, the lookbehind then checking that it starts a
#: word: a leading ``\b`` is tried at every position)
_TASK_LABEL = re.compile(r"task(?<!\wtask)s?\s+(\d+[a-z])\b")
#: a name and size that only names and "and" separate from "dataset(s)" or "corpus" name a
#: data set: "the Movielens 1M dataset", "MovieLens 1M, MovieLens 10M, and Netflix datasets",
#: "the Humans 3.6M and Robot Pushing datasets" (up to 30 words: the corpus has up to 12, and
#: a longer run of names, "GPT-3 175B, " x2000, was read to its end after each size)
_DATASET_NAME_NEXT = re.compile(
    r"(?:[\s,]+(?:and|or|[A-Z\d][\w.-]*)){0,30}[\s,]+(?:datasets?|corpus|corpora)\b"
)
#: a bare size written next to a name: "UL2 20B", "175B GPT-3", "Llama-3 (8B)", "GPT-3.5 (ge 175B)"
_NAME_BESIDE_SIZE = r"[A-Z][\w.]*(?:-[\w.]+)*(?:\s\d+(?:\.\d+)?)?"
_NAME_THEN_BARE = re.compile(
    rf"(?P<name>{_NAME_BESIDE_SIZE})\s+{_BARE}"
)
#: sizes in brackets after a name with a digit or a model noun (its sizes or scales named too),
#: one, a list or a range, maybe with more after a ";" or ", and": "Llama-3 (8B)", "LLMs
#: (\u22487B)", "five SLMs (1B\u20137B; Qwen, Llama)", "model scales (1B and 3B)", "LLMs of
#: various scales (7B, 13B, 70B, and ChatGPT)", "model sizes (ranging from 1B to 7B)"
_PARENTHESIZED_BARE = re.compile(
    rf"(?:\b[\w.-]*\d[\w.-]*|\b(?:{_SIZED_MODEL_NOUN}|SLMs?)"
    rf"(?:\s+(?:of\s+(?:various|different|varying)\s+)?(?:sizes|scales))?)\s+\("
    rf"(?:(?:ge|le|>|<|\u2265|\u2264|\u2248|~|about|approx\.?|\\geq|\\leq|(?:ranging\s+)?from)\s*)?"
    rf"{_BARE}(?=\)|;|,\s+and\b)"
)
_BARE_THEN_NAME = re.compile(rf"{_BARE}\s+(?P<name>[A-Z][A-Za-z]*[-\d][\w.-]*)")
#: items of data after such a name: the number counts them, "81.1M English-language academic
#: papers", "1.8M Japanese-English parallel sentences"
_DATA_AFTER_NAME = re.compile(rf"(?:[\s-]+[a-z][\w-]*){{0,2}}?[\s-]+{_DATA_UNIT}(?![\w-])")
#: a size glued to a name: "Llama-2-7B", "Mistral-7B", "T5-11B", "Qwen2.5-7B-Instruct",
#: "LLaMA-7B/30B"
_SIZED_NAME = re.compile(
    r"\b(?P<name>[A-Za-z][\w.]*)(?:-[\w.]+)*?-"
    r"(?P<list>\d+(?:\.\d+)?[BbM](?:/\d+(?:\.\d+)?[BbM])*)(?![\w.]*\w)"
)
#: a model size to another, as in distillation or pruning: "Our 3B-to-1B Overfill configuration"
_SIZE_TO_SIZE = re.compile(rf"(?<![\w.-])(?P<list>{_B}-to-{_B})(?![\w-])")
#: sizes named by their variant: "small (125M), medium (335M), and large (770M)"
_VARIANT_SIZE = re.compile(
    rf"\b(?i:tiny|mini|small|base|medium|large|huge|giant|x{{1,3}}l)\s+\({_BARE}\)"
)
#: the total size of a mixture of experts, "41.9B total / 6.6B activated"
_TOTAL_SIZE = re.compile(rf"{_BARE}\s+total\b(?=[^.;]{{0,40}}?\b(?:activ|param))")
#: its active count, a parameter count too (R-params-active, dev18): "30B (1.5B active)
#: parameters", "7.6B total / 2.4B activated)"; "6.6B activated parameters" is ``_PARAMS``'s
_ACTIVE_SIZE = re.compile(rf"{_BARE}\s+activ(?:e|ated)\)")
#: a size, in any case, written after a known model's name: "Llama 3.2 1b and 3b",
#: "Mistral 7b Instruct"
_SIZE_AFTER_MODEL = re.compile(
    r"\s+\(?(?P<list>\d+(?:\.\d+)?[bBmM](?:(?:\s*,\s*|\s+(?:and|or)\s+|\s*/\s*)"
    r"\d+(?:\.\d+)?[bBmM])*)(?![\w-])(?!\s*(?:tokens?|words?|images?|examples?|hours?)\b)"
)
#: a size in lower case inside a model's name, after a space: "Mistral 7b Instruct" (the
#: upper-case "Mistral 7B" is ``_NAME_THEN_BARE``'s)
_SIZE_IN_MODEL = re.compile(r"(?<=\w\s)(?P<list>\d+(?:\.\d+)?[bm])(?![\w.-])")
_TOKENS_AS_DATA = re.compile(
    rf"(?P<list>{SIZES})(?<=[BT])(?:[\s-]+[a-z][\w-]*){{0,2}}\s+data\b"
)
_CONTEXT = [
    re.compile(
        rf"(?P<list>{SIZES})(?:[\s-]+(?:long|tokens?|token-long))?[\s-]+context\b", re.IGNORECASE
    ),
    re.compile(
        rf"\bcontext[\s-]+(?:length|window|size)s?(?:(?:\s+[a-z]+){{0,3}}?\s+(?:of|to|is|=|:))?"
        rf"\s*(?:up\s+to\s+)?(?P<list>{SIZES})(?!\s*[%\u00d7x])",
        re.IGNORECASE,
    ),
    re.compile(rf"\b(?:length|window)s?\s+of\s+(?:up\s+to\s+)?(?P<list>{NUMBER}\s?[Kk])\b"),
]
_COMPUTE = [
    re.compile(
        rf"(?P<list>{SIZES})[\s-]*(?:{_HARDWARE}|(?:GPU|TPU|accelerator|node|core))[\s-]*"
        r"(?P<unit>hours?|days?|years?|months?|weeks?)\b",
        re.IGNORECASE,
    ),
    re.compile(
        rf"(?P<list>{SIZES})\s*(?P<unit>hours?|days?|weeks?|months?)(?:\s+of\s+\w+)?\s+on\s+"
        rf"{_NUMWORD}?\s*(?:[\w-]+\s+)?{_HARDWARE}",
        re.IGNORECASE,
    ),
    re.compile(
        rf"\bon\s+{_NUMWORD}\s+(?:[\w-]+\s+)?{_HARDWARE}\s+for\s+(?P<list>{SIZES})\s*"
        r"(?P<unit>hours?|days?|weeks?|months?)\b",
        re.IGNORECASE,
    ),
]
_FLOPS = re.compile(
    rf"(?=[\d.])(?<![\d.,])(?P<list>{NUMBER})(?:\s*[x\u00d7]\s*10\^?\{{?(?P<exp>\d+)\}}?)?\s*"
    r"(?P<prefix>[KMGTPEZ]|giga|tera|peta|exa)?[\s-]?(?P<unit>FLOPs?|FLOPS|flops)\b"
)
_DATA_SIZE = [
    re.compile(rf"(?P<list>{SIZES})(?:[\s-]+[a-z][\w-]*){{0,2}}?[\s-]+"
               rf"(?P<unit>{_DATA_UNIT})(?![\w-])"),
    re.compile(rf"(?P<list>{SIZES})(?<=[KkMBT])(?:[\s-]+[a-z][\w-]*)?[\s-]+"
               r"(?P<unit>dataset|corpus)\b"),
]


def find_quantities(text: str, datasets: list[tuple[int, int]] = (),
                    models: list[tuple[int, int]] = ()) -> list[Candidate]:
    """Every quantity candidate in ``text``, in no particular order.

    ``datasets`` are the character spans of dataset names: a size inside one ("MIT-10M")
    is the dataset's, not a model's; ``models`` those of model names, whose sizes may follow
    them in lower case ("Llama 3.2 1b").
    """
    found: list[Candidate] = []
    # (all cues but "www." hold a slash: a one-character test, the fastest, spares the others
    # in most texts)
    maybe_url = ("/" in text or "www." in text) and any(cue in text for cue in _URL_CUES)
    urls = [(m.start(), m.end()) for m in _URL_OR_REPO.finditer(text)] if maybe_url else []
    for start, end in urls:
        end = start + len(text[start:end].rstrip(".:"))
        found.append(Candidate("CODE_URL", start, end, unit="url", source="url"))
    windows = number_windows(text)
    if not windows:
        return found
    lower = text.lower()  # each rule family runs only where its cue word occurs ...
    # ... and where the windows hold a word each of its matches holds (``lowered_windows``; a
    # word there is in ``lower`` too)
    seen = lowered_windows(text)
    in_datasets = Covered(datasets) if datasets else ()  # (most texts name none)
    found += [c for c in _params(text, lower, seen, windows, urls) if c.start not in in_datasets]
    for start, end in models:
        if (match := _SIZE_AFTER_MODEL.match(text, end)) is not None \
                and not _DATASET_NAME_NEXT.match(text, match.end()):
            found += _list_candidates(text, match, "PARAMS", "", "params.model_size")
        for match in _SIZE_IN_MODEL.finditer(text, start, end):
            found += _list_candidates(text, match, "PARAMS", "", "params.model_size")
    if "token" in seen:
        found += _token_counts(text, windows)
    if "context" in seen:  # (each match of the two rules holds "context")
        for rule in _CONTEXT:
            found += _from_list(text, windows, rule, "CONTEXT_LENGTH", "tokens", "context")
    if any(unit in seen for unit in _COMPUTE_UNITS) and any(cue in lower for cue in _COMPUTE_CUES):
        found += _compute(text, windows)
    # (the second rule's unit is "dataset" or "corpus": it runs only where one is written)
    for rule in _DATA_SIZE if ("dataset" in seen or "corpus" in seen) \
            and ("dataset" in text or "corpus" in text) else _DATA_SIZE[:1]:
        for match in finditer(rule, text, windows):
            found += _list_candidates(text, match, "DATA_SIZE", match.group("unit").lower(),
                                      "data_size")
    return found


def _params(text: str, lower: str, seen: str, windows: Windows,
            urls: list[tuple[int, int]]) -> list[Candidate]:
    """Model sizes: "20B parameters", "1B and 3B models", "UL2 20B", "Llama-2-7B"; ``lower`` is
    the text lower-cased, ``seen`` its windows' (``lowered_windows``)."""
    found = []
    for match in finditer(_PARAMS, text, windows) if "param" in seen else ():
        if match.group("trainable") or _ADAPTER.search(text, max(0, match.start() - 40),
                                                         match.start()):
            continue
        found += [c for c in _list_candidates(text, match, "PARAMS", "", "params")
                  if c.value >= 1e5]
    for match in finditer(_PARAMS_NOUN_FIRST, text, windows) \
            if ("param" in seen or "size" in seen) and ("param" in lower or "model size" in lower) \
            else ():
        if _TRAINABLE.search(text, max(0, match.start() - 150), match.end() + 80):
            continue  # "far fewer trainable parameters. ... reduces the parameter count from"
        found += _list_candidates(text, match, "PARAMS", "", "params.noun_first")
        if match.group("second"):
            found += _list_candidates(text, match, "PARAMS", "", "params.noun_first", "second")
    rules = [(_BARE_BEFORE_MODEL, "params.model_noun"),
             (_MODEL_BEFORE_BARE, "params.after_model"),
             (_NAME_THEN_BARE, "params.name_size"),
             (_BARE_THEN_NAME, "params.size_name"),
             (_PARENTHESIZED_BARE, "params.parenthesized"),
             (_SIZED_NAME, "params.sized_name"),
             (_VARIANT_SIZE, "params.variant"),
             (_SIZE_TO_SIZE, "params.size_to_size"),
             (_TOTAL_SIZE, "params.total"),
             (_ACTIVE_SIZE, "params.active")]
    labels = set(_TASK_LABEL.findall(lower)) if "task" in lower else ()
    in_urls = Covered(urls) if urls else ()  # (most texts hold none)
    # the cue starts at a digit, so a match lies inside the windows
    for rule, source in rules if occurs(_SIZE_CUE, text, windows) else ():
        for match in finditer(rule, text, windows):
            if "name" in rule.groupindex and not _is_name(match.group("name")):
                continue
            if match.start("list") in in_urls:
                continue
            if source == "params.name_size" and (_DATASET_NAME_NEXT.match(text, match.end())
                                                 or _NOT_MODEL_AFTER.match(text, match.end())):
                continue
            if source == "params.size_name" and _DATA_AFTER_NAME.match(text, match.end()):
                continue
            if labels and match.group("list").lower() in labels:
                continue
            if _PART_LABEL.search(text, max(0, match.start("list") - 10), match.start("list")):
                continue
            if source == "params.sized_name" and "." in match.group("list") \
                    and (glued := canonical_glued(text[match.start():match.start("list")],
                                                  match.group("list"))) is not None:
                # a size glued to a known version: "Llama-3.18B" is Llama-3.1's 8B
                version, value = glued
                start = match.start("list") + len(version)
                found.append(Candidate("PARAMS", start, match.end("list"), value, "", source,
                                       {"qualifier": qualifier(text, match.start())}))
                continue
            found += _list_candidates(text, match, "PARAMS", "", source)
    return found


def _is_name(word: str) -> bool:
    """True for a word that can be a model name: not a capitalized function word, nor an
    evaluation campaign, whose number and letter are a task's label ("BioASQ 5B")."""
    return word.lower() not in _NOT_NAMES


_NOT_NAMES = {
    "the", "a", "an", "our", "we", "this", "these", "with", "in", "on", "of", "for", "to",
    "and", "from", "by", "its", "their", "at", "as", "each", "both", "all", "only", "over",
    "up", "using", "train", "trained", "training", "when", "while", "which", "that", "than",
    "sub", "super", "under", "non", "pre", "post", "top", "near",  # "sub-10B models"
    *(campaign.lower() for campaign in CAMPAIGNS),
}


_PER_SECOND = re.compile(r"\s*(?:/\s*s(?:ec(?:onds?)?)?\b|per\s+seconds?\b)", re.IGNORECASE)


def _token_counts(text: str, windows: Windows) -> list[Candidate]:
    """Token counts; small ones and those that measure a context are context lengths, but for
    a corpus's size."""
    found = []
    for match in finditer(_TOKENS, text, windows):
        mid = match.group("mid").lower()
        if re.search(r"\b(?:per|each|of|in|and|or|with|at|to|from|by)\b", mid) \
                or _PER_SECOND.match(text, match.end()):
            continue  # (nor a throughput: "40,000 tokens per second", a result)
        before = text[max(0, match.start() - 40):match.start()].lower()
        context = re.search(r"context|window|length|input|process|sequence", before + mid)
        for cand in _list_candidates(text, match, "TOKENS", "tokens", "tokens"):
            if (cand.value < 1e6 and not _corpus_size(text, match, cand.value)) \
                    or (context and cand.value < 1e8):
                cand.label, cand.source = "CONTEXT_LENGTH", "tokens.context"
            found.append(cand)
    sentences_with_tokens = {sentence_start(text, c.start) for c in found if c.label == "TOKENS"}
    for match in finditer(_TOKENS_AS_DATA, text, windows):
        if sentence_start(text, match.start()) in sentences_with_tokens:
            found += _list_candidates(text, match, "TOKENS", "tokens", "tokens.data")
    return found


#: a sentence about a corpus's size, and one about a context, a length or a vocabulary
_CORPUS_CUE = re.compile(r"\b(?:corpus|corpora|treebanks?|data ?sets?|annotat\w*|in total|"
                         r"a total of|consist\w*|compris\w*|contain\w*|compos\w*)\b", re.I)
_CONTEXT_CUE = re.compile(r"\b(?:context|window|length|input|sequence|long|vocabular)", re.I)
#: what makes a count one of token types or a level, not of tokens: "1,000 token types"
_NOT_TOKENS_AFTER = re.compile(r"\s+(?:types?|level)\b")


def _corpus_size(text: str, match: re.Match, value: float) -> bool:
    """Whether a small token count is a corpus's size: its sentence speaks of a corpus and of
    no context ("a corpus of 135K tokens", "a total of 20,257 word tokens"); not a few tokens
    ("100 tokens randomly selected"), nor types or a level ("1,000 token types")."""
    start = sentence_start(text, match.start())
    end = text.find(". ", match.end())
    sentence = text[start:end if end >= 0 else len(text)]
    return value >= 1e3 and not _NOT_TOKENS_AFTER.match(text, match.end()) \
        and _CORPUS_CUE.search(sentence) is not None and _CONTEXT_CUE.search(sentence) is None


def _compute(text: str, windows: Windows) -> list[Candidate]:
    """Training compute: GPU-hours, days on named hardware, FLOPs."""
    found = []
    for rule in _COMPUTE:
        for match in finditer(rule, text, windows):
            unit = match.group("unit").lower().rstrip("s")
            found += _list_candidates(text, match, "COMPUTE", unit, "compute")
    for match in finditer(_FLOPS, text, windows):
        value = parse_number(match.group("list"))
        if value is None:
            continue
        value *= 10.0 ** int(match.group("exp") or 0)
        value *= _FLOP_PREFIX.get((match.group("prefix") or "").lower(), 1.0)
        found.append(Candidate("COMPUTE", match.start(), match.end(), value, "FLOPs", "compute",
                               {"qualifier": qualifier(text, match.start())}))
    return found


def _from_list(text, windows, rule, label, unit, source) -> list[Candidate]:
    """Candidates for every match of ``rule``, one per number of its list."""
    found = []
    for match in finditer(rule, text, windows):
        found += _list_candidates(text, match, label, unit, source)
    return found


def _list_candidates(text, match, label, unit, source, group="list") -> list[Candidate]:
    """One candidate per number in the ``group`` of ``match``; the first gets the qualifier."""
    start, end = match.span(group)
    out = []
    for n, (s, e, value) in enumerate(items(text, start, end)):
        qual = qualifier(text, match.start() if n == 0 else s)
        out.append(Candidate(label, s, e, value, unit, source, {"qualifier": qual}))
    return out


@Language.factory("litkit_quantities_v1")
def make_quantities(nlp: Language, name: str) -> QuantityFinder:
    """spaCy factory: PARAMS, TOKENS, COMPUTE, DATA_SIZE, CONTEXT_LENGTH and CODE_URL."""
    return QuantityFinder(name)


class QuantityFinder(BatchedComponent):
    """Pipeline component adding quantity candidates to ``doc.spans[CANDIDATES]``."""

    def __call__(self, doc: Doc) -> Doc:
        group = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else ()
        datasets, models = [], []  # (one pass: each span of the group is built as it is read)
        for span in group:
            if span.label_ == "DATASET":
                datasets.append((span.start_char, span.end_char))
            elif span.label_ == "MODEL":
                models.append((span.start_char, span.end_char))
        add_candidates(doc, find_quantities(doc_text(doc), datasets, models))
        return doc


__all__ = ["QuantityFinder", "find_quantities"]
