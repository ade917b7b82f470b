"""Curated lexicons of dataset and model names: load, validate and merge them.

A lexicon file is JSON Lines, one entry a line::

    {"name": "MMLU", "label": "DATASET", "aliases": ["Massive Multitask Language Understanding"],
     "kind": "benchmark", "match": "auto"}

or a tab-separated file ``name<TAB>label[<TAB>alias|alias...]`` (``#`` starts a comment).
``label`` is DATASET, MODEL, or IGNORE (drops that name from the lexicons loaded before).
``aliases`` and ``synonyms`` are both matched like the name. A synonym names exactly what the
name does ("PTB" of Penn Treebank), so tables show it under the name; an alias is a related
spelling that keeps its own identity (a version or a part: "SQuAD 2.0", "ARC-e").
``metric`` (datasets) is the metric type results on it are usually given in ("accuracy" for
MMLU, "pass_at_k" for HumanEval), used where the text names none.
``match`` is ``exact`` (case-sensitive), ``any`` (case-insensitive) or ``auto`` (default:
case-sensitive for short purely alphabetic names such as ARC, Yi or OPT, and for names made
of plain words such as "Natural Questions", which are also ordinary phrases).

Names mined from a corpus (``litkit mine``, ``kind: "mined"``) ship in ``mined*.jsonl``, which
loads before the curated files; a mined entry never replaces a curated name in any spelling.
"""

from __future__ import annotations

import functools
import json
from dataclasses import dataclass
from pathlib import Path

from litkit.errors import InputError
from litkit.extract.metrics import METRIC_TYPES

LABELS = ("DATASET", "MODEL")
IGNORE = "IGNORE"
MATCH_MODES = ("auto", "exact", "any")
DEFAULT_DIR = Path(__file__).resolve().parents[2] / "data" / "lexicons"
_NOT_IN_KEY = str.maketrans("", "", " \t\n\r.-_")
_FIELDS = {"name", "label", "aliases", "synonyms", "kind", "match", "metric"}
#: lexicon files written by ``litkit mine`` start so; entries mined have this ``kind``
MINED = "mined"


@dataclass(frozen=True)
class Entry:
    """One lexicon entry: a canonical name, its label and the other spellings (synonyms: the
    same thing under another name; aliases: related spellings with their own identity)."""

    name: str
    label: str
    aliases: tuple[str, ...] = ()
    kind: str | None = None
    match: str = "auto"
    metric: str | None = None  # a dataset's usual metric type ("accuracy" for MMLU)
    synonyms: tuple[str, ...] = ()

    @property
    def names(self) -> tuple[str, ...]:
        return (self.name, *self.synonyms, *self.aliases)


@functools.lru_cache(maxsize=65_536)  # (the rules ask for the same few names many times)
def normalize(name: str) -> str:
    """The scoring key of a name: lower case without spaces, hyphens, dots and underscores."""
    return name.lower().translate(_NOT_IN_KEY)


def case_sensitive(alias: str, match: str = "auto") -> bool:
    """Whether ``alias`` must match with its exact case (short words are often ordinary words)."""
    if match != "auto":
        return match == "exact"
    words = alias.split()
    return all(w.isalpha() for w in words) and (len(alias) <= 5 or len(words) > 1)


def default_paths(mined: bool = True) -> list[Path]:
    """The lexicon files shipped with litkit: mined ones (``mined*.jsonl``) first, so the
    curated ones load after them and win; ``mined=False`` leaves them out."""
    paths = sorted(DEFAULT_DIR.glob("*.jsonl"), key=lambda p: (not p.name.startswith(MINED),
                                                                p.name))
    if not mined:
        paths = [p for p in paths if not p.name.startswith(MINED)]
    if not paths:
        raise InputError(DEFAULT_DIR, "no lexicon files (*.jsonl) found; is litkit installed?")
    return paths


def _entry(record: object, source: Path, line: int) -> Entry:
    """Validate one parsed record into an Entry, naming file and line on error."""
    if not isinstance(record, dict):
        raise InputError(source, "expected a JSON object", line)
    unknown = set(record) - _FIELDS
    if unknown:
        raise InputError(source, f"unknown field(s) {sorted(unknown)}", line)
    name, label = record.get("name"), record.get("label")
    match = record.get("match", "auto")
    if not isinstance(name, str) or not name.strip():
        raise InputError(source, "'name' must be a non-empty string", line)
    if label not in (*LABELS, IGNORE):
        raise InputError(source, f"'label' must be one of {[*LABELS, IGNORE]}, got {label!r}", line)
    spellings = {}
    for field in ("aliases", "synonyms"):
        written = record.get(field, [])
        if not isinstance(written, list) or not all(isinstance(a, str) and a.strip()
                                                    for a in written):
            raise InputError(source, f"'{field}' must be a list of non-empty strings", line)
        spellings[field] = tuple(a.strip() for a in written)
    if match not in MATCH_MODES:
        raise InputError(source, f"'match' must be one of {list(MATCH_MODES)}, got {match!r}", line)
    kind = record.get("kind")
    if kind is not None and not isinstance(kind, str):
        raise InputError(source, "'kind' must be a string", line)
    metric = record.get("metric")
    if metric is not None and metric not in METRIC_TYPES:
        raise InputError(source, f"'metric' must be one of {list(METRIC_TYPES)}, got {metric!r}",
                         line)
    return Entry(name.strip(), label, spellings["aliases"], kind, match, metric,
                 spellings["synonyms"])


def _tsv_record(text: str, source: Path, line: int) -> dict:
    cols = text.split("\t")
    if len(cols) < 2 or len(cols) > 3:
        raise InputError(source, "expected 'name<TAB>label[<TAB>alias|alias...]'", line)
    aliases = [a for a in cols[2].split("|") if a.strip()] if len(cols) == 3 else []
    return {"name": cols[0], "label": cols[1].strip().upper(), "aliases": aliases}


def load_lexicon(path: str | Path) -> list[Entry]:
    """Read one lexicon file (JSON Lines, or TSV for a ``.tsv``/``.txt`` suffix)."""
    path = Path(path)
    if not path.is_file():
        raise InputError(path, "lexicon file not found")
    tsv = path.suffix.lower() in (".tsv", ".txt")
    entries = []
    with path.open(encoding="utf-8") as fh:
        for line, text in enumerate(fh, 1):
            text = text.rstrip("\n")
            if not text.strip() or text.lstrip().startswith("#"):
                continue
            if tsv:
                record = _tsv_record(text, path, line)
            else:
                try:
                    record = json.loads(text)
                except json.JSONDecodeError as err:
                    raise InputError(path, f"invalid JSON: {err.msg}", line) from None
            entries.append(_entry(record, path, line))
    return entries


def load_lexicons(paths: list[str | Path] = (), defaults: bool = True,
                  mined: bool = True) -> dict[str, Entry]:
    """Merge lexicon files into ``{alias: entry}``; later files win.

    An IGNORE entry replaces every earlier spelling of its names (in any case), so the
    extractor neither finds them in the lexicon nor reports them from patterns. A mined
    entry (``kind: "mined"``) is dropped where any other entry has one of its names in any
    spelling (same key: case, spaces, hyphens, dots), wherever it loads. ``mined=False``
    leaves out the shipped mined files.
    """
    files = [*(default_paths(mined) if defaults else []), *map(Path, paths)]
    table: dict[str, Entry] = {}
    for path in files:
        for entry in load_lexicon(path):
            if entry.label == IGNORE:
                lowered = {n.lower() for n in entry.names}
                table = {a: e for a, e in table.items() if a.lower() not in lowered}
            for alias in entry.names:
                table[alias] = entry
    curated = {normalize(a) for a, e in table.items() if e.kind != MINED}
    return {a: e for a, e in table.items() if e.kind != MINED or normalize(a) not in curated}
