"""Reading papers from files and URLs into one Corpus table: the format registry and read().

Each format lives in its own module (``litkit/readers/<format>.py``) and declares a
:class:`~litkit.readers.base.Format`. :func:`read` finds the format (by suffix, then by
content), parses, cleans and validates, rejecting records it cannot keep with a reason::

    corpus = litkit.read("papers.bib")
    corpus, rejects = read_with_rejects(["a.ris", "b.jsonl.gz"])  # merged, de-duplicated

Invariant: ``attrs["rows_in"] == len(corpus) + len(rejects) + attrs["duplicates_merged"]``
(the last is 0 for a single file: of records sharing an id inside one file, the richest is
kept and the others are rejects).
"""

from __future__ import annotations

import tempfile
import warnings
from collections.abc import Mapping, Sequence
from dataclasses import asdict
from functools import partial
from pathlib import Path, PurePosixPath
from urllib.parse import urlparse

import pandas as pd

from litkit.corpus import make_corpus, merge, rejects_of, richness
from litkit.errors import InputError, LitkitError
from litkit.readers import (
    arxiv_atom,
    arxiv_snapshot,
    bibtex,
    csv,
    hf_api,
    hf_page,
    jsonl,
    openalex,
    parquet,
    pubmed,
    ris,
    semanticscholar,
    wos,
)
from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import ReaderNote, head_text

#: Every format, in sniffing order: the most specific first, generic tables last.
FORMATS: tuple[Format, ...] = (
    openalex.FORMAT,
    semanticscholar.FORMAT,
    hf_api.FORMAT,
    arxiv_snapshot.FORMAT,
    arxiv_atom.FORMAT,
    bibtex.FORMAT,
    ris.FORMAT,
    wos.FORMAT,
    pubmed.FORMAT,
    hf_page.FORMAT,
    parquet.FORMAT,
    jsonl.FORMAT,
    csv.FORMAT,
)
#: Formats whose column names can be mapped with ``columns={"their name": "field"}``.
TABLE_FORMATS = ("jsonl", "csv", "parquet")

Source = str | Path | Sequence[str | Path]


def formats() -> pd.DataFrame:
    """The formats litkit reads: name, description and file suffixes."""
    return pd.DataFrame(
        [(f.name, f.description, " ".join(f.suffixes)) for f in FORMATS],
        columns=["name", "description", "suffixes"],
    )


def _valid_names() -> str:
    return ", ".join(f.name for f in FORMATS)


def get_format(name: str) -> Format:
    """The format called ``name``; a LitkitError naming the valid ones otherwise."""
    for fmt in FORMATS:
        if fmt.name == name.lower():
            return fmt
    raise LitkitError(f"unknown format '{name}'; valid formats: {_valid_names()}")


def _suffix(path: Path) -> str:
    suffixes = [s.lower() for s in path.suffixes]
    if suffixes and suffixes[-1] == ".gz":
        suffixes.pop()
    return suffixes[-1] if suffixes else ""


def detect_format(path: str | Path) -> Format:
    """The format of ``path``: formats claiming its suffix are sniffed first, then all.

    A suffix claimed by one format only decides when no content sniffer recognises
    the file; otherwise a LitkitError names the valid formats.
    """
    path = Path(path)
    suffix = _suffix(path)
    head = head_text(path)
    if not head.strip():
        raise InputError(path, "file is empty (only blank lines): nothing to read")
    candidates = [f for f in FORMATS if suffix in f.suffixes]
    others = [f for f in FORMATS if f not in candidates]
    for fmt in (*candidates, *others):
        if fmt.sniff(head):
            return fmt
    if len(candidates) == 1:
        return candidates[0]
    if "\x00" in head:
        raise InputError(path, "binary data (NUL bytes), not a format litkit reads: wrong file?")
    start = head.strip()[:40].splitlines()[0]
    raise InputError(
        path,
        f"cannot tell the format (suffix '{suffix}', starts {start!r}); "
        f"pass format= (CLI: -f) one of: {_valid_names()}",
    )


def _read_file(path: Path, format: str | None, columns: Mapping[str, str] | None) -> pd.DataFrame:
    if not path.exists():
        raise InputError(path, "no such file")
    if path.is_dir():
        raise InputError(path, "is a directory; pass the files in it (e.g. dir/*.bib)")
    if path.stat().st_size == 0:
        raise InputError(path, "file is empty: nothing to read")
    fmt = get_format(format) if format else detect_format(path)
    parse = fmt.parse
    if columns:
        if fmt.name not in TABLE_FORMATS:
            raise LitkitError(f"{path}: column mapping applies to {', '.join(TABLE_FORMATS)}")
        parse = partial(fmt.parse, columns=columns)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always", ReaderNote)
        try:
            items = list(parse(path))
        except LitkitError:
            raise
        except Exception as exc:  # a library choking on input it does not expect
            reason = f"cannot read as {fmt.name} ({type(exc).__name__}: {exc})"
            hint = "" if format else f"; if it is not {fmt.description}, pass the format"
            raise InputError(path, reason + hint) from exc
    if not any(len(item) if isinstance(item, pd.DataFrame) else 1 for item in items):
        raise InputError(path, f"no records found reading it as {fmt.name} ({fmt.description});"
                         " if it is another format, pass format= (CLI: -f FORMAT)")
    notes = [str(w.message) for w in caught if issubclass(w.category, ReaderNote)]
    for w in caught:
        if not issubclass(w.category, ReaderNote):
            warnings.warn_explicit(w.message, w.category, w.filename, w.lineno)
    return _build(items, str(path), fmt.name, notes)


def _build(items: list, source: str, fmt: str, notes: list[str]) -> pd.DataFrame:
    """A Corpus from parsed items: rejects kept aside, records with neither title nor abstract
    rejected, and of records sharing an id the richest kept (the others rejected)."""
    rejects = [asdict(item) for item in items if isinstance(item, Reject)]
    records = [item for item in items if isinstance(item, dict)]
    blocks = [item for item in items if isinstance(item, pd.DataFrame)]
    if records:
        blocks.append(pd.DataFrame(records, dtype=object))
    table = pd.concat(blocks, ignore_index=True) if blocks else pd.DataFrame()
    rows_in = len(rejects) + len(table)
    numbers = table.pop(RECORD) if RECORD in table.columns else pd.Series(dtype=object)
    corpus = make_corpus(table, source=fmt)
    corpus["_record"] = numbers.where(numbers.notna(), pd.Series(range(1, len(table) + 1)))
    empty = (corpus["title"] == "") & (corpus["abstract"] == "")
    for number in corpus.loc[empty, "_record"]:
        rejects.append({"source": source, "record": number, "reason": "no title and no abstract"})
    corpus = corpus[~empty]
    repeated = corpus["id"].duplicated(keep=False)
    if repeated.any():
        keep = _richest_per_id(corpus[repeated], source, rejects)
        corpus = corpus[~repeated | corpus.index.isin(keep)]
    corpus = corpus.drop(columns="_record").reset_index(drop=True)
    untitled = int((corpus["title"] == "").sum())
    if untitled:
        notes.append(f"{source}: {untitled} of {len(corpus)} papers have no title (kept for "
                     "their abstracts)")
    no_abstract = int((corpus["abstract"] == "").sum())
    if no_abstract:
        notes.append(f"{source}: {no_abstract} of {len(corpus)} papers have no abstract")
    rejects.sort(key=lambda r: (str(r["source"]), str(r["record"]).zfill(12)))
    corpus.attrs.update(
        rows_in=rows_in,
        rejects=rejects,
        duplicates_merged=0,
        notes=notes,
        formats=[fmt],
    )
    return corpus


def _richest_per_id(repeated: pd.DataFrame, source: str, rejects: list[dict]) -> list:
    """The index labels of the richest record of each id in ``repeated`` (the first of equals);
    each other record becomes a reject saying which record was kept and what differed."""
    rank = dict(zip(repeated.index, richness(repeated), strict=True))
    keep = []
    for paper_id, group in repeated.groupby("id", sort=False):
        best = max(group.index, key=lambda i: (rank[i], -i))  # labels follow the file order
        keep.append(best)
        kept = group.loc[best]
        for row in group.drop(index=best).to_dict("records"):
            differs = [c for c in ("title", "abstract") if row[c] != kept[c]]
            reason = f"duplicate of record {kept['_record']} (same id '{paper_id}')"
            if differs:
                reason += (f", but the {' and '.join(differs)} "
                           f"{'differ' if len(differs) > 1 else 'differs'}: kept the richer one")
            rejects.append({"source": source, "record": row["_record"], "reason": reason})
    return keep


def _read_url(url: str, format: str | None, columns: Mapping[str, str] | None) -> pd.DataFrame:
    """Download an http(s) URL to a temporary file and read it like a local file."""
    import requests

    try:
        response = requests.get(url, timeout=60)
        response.raise_for_status()
    except requests.RequestException as exc:
        raise InputError(url, f"download failed: {exc}") from None
    name = PurePosixPath(urlparse(url).path).name or "download"
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / name
        path.write_bytes(response.content)
        try:
            corpus = _read_file(path, format, columns)
        except InputError as exc:
            raise InputError(url, exc.reason, exc.line) from None
    corpus.attrs["rejects"] = [{**r, "source": url} for r in corpus.attrs["rejects"]]
    corpus.attrs["notes"] = [n.replace(str(path), url) for n in corpus.attrs["notes"]]
    return corpus


def _read_one(source: str | Path, format: str | None, columns: Mapping[str, str] | None):
    if isinstance(source, str) and urlparse(source).scheme in ("http", "https"):
        return _read_url(source, format, columns)
    return _read_file(Path(source), format, columns)


def read(
    source: Source, format: str | None = None, columns: Mapping[str, str] | None = None
) -> pd.DataFrame:
    """Read papers from a file, an http(s) URL, or a list of them (merged, de-duplicated).

    ``format`` forces a format (see :func:`formats`); ``columns`` maps column names of
    tabular inputs to Corpus fields, e.g. ``{"Article Title": "title"}``. ``.gz`` files are
    decompressed. The Corpus carries ``attrs["rejects"]`` (source, record, reason dicts;
    :func:`litkit.corpus.rejects_of` makes them a table),
    ``attrs["rows_in"]``, ``attrs["duplicates_merged"]`` and ``attrs["notes"]``.
    """
    sources = [source] if isinstance(source, (str, Path)) else list(source)
    if not sources:
        raise LitkitError("no input given: pass a file, a URL or a list of them")
    corpora = [_read_one(s, format, columns) for s in sources]
    if len(corpora) == 1:
        return corpora[0]
    merged = merge(*corpora)
    merged.attrs["notes"] = [n for c in corpora for n in c.attrs["notes"]]
    merged.attrs["formats"] = [f for c in corpora for f in c.attrs["formats"]]
    return merged


def read_with_rejects(
    source: Source, format: str | None = None, columns: Mapping[str, str] | None = None
) -> tuple[pd.DataFrame, pd.DataFrame]:
    """Like :func:`read`, returning ``(corpus, rejects)``."""
    corpus = read(source, format, columns)
    return corpus, rejects_of(corpus)


__all__ = [
    "FORMATS",
    "Format",
    "Reject",
    "detect_format",
    "formats",
    "get_format",
    "read",
    "read_with_rejects",
]
