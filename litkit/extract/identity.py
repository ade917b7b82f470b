"""Canonical identities of dataset and model names, so tables group them across papers.

A name's identity ignores case, spaces, hyphens, dots and underscores, as scoring does
(``normalize``); its display form is the lexicon's spelling for that key: the entry's
name when the key is the name's or a synonym's ("LLaMA-2", "Llama2" -> "Llama 2"; "PTB" ->
"Penn Treebank"), else the entry's first alias with that key ("Qwen 2.5" -> "Qwen2.5": another
version, so another identity).
Names the lexicons lack keep the spelling the paper writes.

A model name is read as family, size and variant from its trailing parts: a size ("7B",
"1.3B", "125M"), a variant word (base, large, XL, chat, instruct, ...) or, after a family
the lexicon knows, a letter code ("DeiT-S", "ViT-B/16", "EfficientNet-B7"). What remains is
the family: "GPT-3 175B" -> GPT-3, 1.75e11; "Llama-2-7B-Chat" -> Llama 2, 7e9, chat;
"RoBERTa-Large" -> RoBERTa, large; "Qwen2.5-Math-7B" -> Qwen2.5-Math, 7e9 (a part that is
neither, here "Math", ends the reading); "GPT-J" stays GPT-J.
The canonical name is "family size variant" ("Llama 2 7B chat").
"""

from __future__ import annotations

import functools
import re
from collections.abc import Iterable
from dataclasses import dataclass

from litkit.extract.lexicon import Entry, load_lexicons, normalize
from litkit.extract.numbers import format_number, parse_number

#: the last part of a name and the separator before it
_TAIL = re.compile(r"[\s_-]+(?P<part>[^\s_-]+)$")
_SIZE_WORD = re.compile(r"\d+(?:\.\d+)?[BbMmKkTt]")
#: a size glued to a version with one decimal: "3.18B" (Llama-3.1, 8B)
_GLUED = re.compile(r"(?P<version>\d+\.\d)(?P<size>\d+(?:\.\d+)?[BbMm])")
#: a shared task's suffix after its campaign's name: "TRAC-2 Shared Task"
_SHARED_TASK_SUFFIX = re.compile(r"[\s-]+shared\s+task$", re.IGNORECASE)
#: variant words: model tiers and tunings, not other models
VARIANT_WORDS = frozenset(
    "tiny mini small base medium large huge giant xl xxl xxxl chat instruct it hf turbo "
    "preview pro flash lite nano cased uncased sonnet opus haiku".split()
)
#: letter codes of a known family's variants: "DeiT-Ti", "ViT-B/16", "EfficientNet-B7",
#: "DiT-XL/2" (sizes' initials, not "GPT-J")
_LETTER_CODE = re.compile(r"(?:Ti|XS|S|B|M|L|H|G|XL|XXL)\d*(?:/\d+)?")


@dataclass(frozen=True)
class Identity:
    """What a model name denotes: its canonical name, family, size (parameters) and variant."""

    canonical: str
    family: str
    size: float | None = None
    variant: str | None = None


def spellings(entries: Iterable[Entry]) -> dict[str, dict[str, str]]:
    """label -> {key: display spelling} of lexicon ``entries``: a name or a synonym shows as the
    entry's name, an alias as itself (names first, then synonyms, then aliases)."""
    entries = list(dict.fromkeys(entries))
    out: dict[str, dict[str, str]] = {}
    for entry in entries:
        out.setdefault(entry.label, {}).setdefault(normalize(entry.name), entry.name)
    for entry in entries:
        for synonym in entry.synonyms:
            out[entry.label].setdefault(normalize(synonym), entry.name)
    for entry in entries:
        for alias in entry.aliases:
            out[entry.label].setdefault(normalize(alias), alias)
    return out


def glued_version(family: str, part: str, known: dict[str, str]) -> tuple[str, float] | None:
    """The known version and the size of a size glued to a version ("3.18B" after "Llama":
    Llama 3.1, 8e9; a PDF's "Llama-3.1 8B" run together), else None ("Pythia-2.8B")."""
    match = _GLUED.fullmatch(part)
    if match is None or normalize(family + match.group("version")) not in known:
        return None
    return match.group("version"), parse_number(match.group("size").upper())


def model_identity(written: str, known: dict[str, str]) -> Identity:
    """Family, size and variant of the model name ``written``; ``known`` maps keys to the
    display spellings of the lexicons' models (see ``spellings``). A name the lexicons know
    whole is read in their spelling, so "Claude-3.5-Sonnet" is "Claude 3.5 Sonnet"."""
    base, size, variants = known.get(normalize(written), written.strip()), None, []
    while (tail := _TAIL.search(base)) is not None:
        part, rest = tail.group("part"), base[:tail.start()]
        if size is None and _SIZE_WORD.fullmatch(part):
            size = parse_number(part.upper())
            if (glued := glued_version(rest, part, known)) is not None:
                version, size = glued  # "Llama-3.18B": Llama 3.1, 8B
                rest = f"{rest}-{version}"
        elif part.lower() in VARIANT_WORDS \
                or _LETTER_CODE.fullmatch(part) and normalize(rest) in known:
            variants.insert(0, part.lower() if part.lower() in VARIANT_WORDS else part)
        else:
            break
        base = rest
    family = known.get(normalize(base), base)
    variant = " ".join(variants) or None
    parts = [family, format_number(size) if size else "", variant or ""]
    return Identity(" ".join(p for p in parts if p), family, size, variant)


def dataset_identity(written: str, known: dict[str, str]) -> str:
    """The canonical name of the dataset name ``written``; a campaign's "CoNLL 2018 Shared Task"
    (the title's spelling, kept as written) is the same benchmark as "CoNLL 2018"."""
    bare = _SHARED_TASK_SUFFIX.sub("", written) or written
    return known.get(normalize(written)) or known.get(normalize(bare), bare)


@functools.lru_cache(maxsize=1)
def _default_spellings() -> dict[str, dict[str, str]]:
    return spellings(load_lexicons().values())


def canonical_model(name: str) -> Identity:
    """The identity of a model name under litkit's own lexicons ("Llama-2-7B-Chat" ->
    Identity("Llama 2 7B chat", "Llama 2", 7e9, "chat"))."""
    return model_identity(name, _default_spellings().get("MODEL", {}))


def canonical_glued(family: str, part: str) -> tuple[str, float] | None:
    """``glued_version`` under litkit's own lexicons."""
    return glued_version(family.rstrip(" -"), part, _default_spellings().get("MODEL", {}))


def canonical_dataset(name: str) -> str:
    """The canonical name of a dataset name under litkit's own lexicons ("GSM-8K" -> "GSM8K")."""
    return dataset_identity(name, _default_spellings().get("DATASET", {}))
