"""Citation data from OpenAlex or Semantic Scholar: batch look-ups of a corpus's papers
(:func:`fetch_citations`) and snowballing one hop from seed papers (:func:`snowball`).

Look-ups go in batches, OpenAlex ``/works?filter=doi:a|b|…`` (or ``openalex:W1|W2|…``) and
Semantic Scholar ``POST /graph/v1/paper/batch``, through the shared polite client: spaced,
retried on 429/5xx, cached, and journaled so that an interrupted run resumes. Works are
mapped by the file readers, so a looked-up paper and one read from a saved response agree.
"""

from __future__ import annotations

import hashlib
import json
import os
from collections.abc import Mapping, Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from litkit.citations import aliases
from litkit.corpus import (
    REFERENCES_NOTE,
    SOURCE_ID_KEYS,
    make_corpus,
    merge,
    merge_citations,
    normalize_doi,
    reference_id,
    rejects_table,
    validate,
)
from litkit.errors import LitkitError
from litkit.fetch import openalex as openalex_api
from litkit.fetch.http import Client, FetchError, endpoint
from litkit.fetch.paging import Page, Source, fetch_pages
from litkit.readers.base import Reject
from litkit.readers.openalex import work_record
from litkit.readers.semanticscholar import paper_record, reference_key

SOURCES = ("openalex", "semanticscholar")
S2_BASE_URL_ENV = "LITKIT_S2_URL"  # overrides S2_BASE_URL (mirrors, tests)
S2_BASE_URL = "https://api.semanticscholar.org"
S2_DELAY = 1.0  # Semantic Scholar's shared pool for requests without an API key is small
#: Where a Semantic Scholar API key is read from when none is given; it is sent as the
#: ``x-api-key`` header, never in a URL, a cache key, a journal or a message.
S2_API_KEY_ENV = "S2_API_KEY"
#: Paper fields asked of Semantic Scholar: what its reader maps, with the references' ids.
S2_FIELDS = (
    "paperId", "externalIds", "url", "title", "abstract", "venue", "publicationVenue", "year",
    "publicationDate", "journal", "authors", "citationCount", "fieldsOfStudy",
    "publicationTypes", "references.paperId", "references.externalIds",
)
#: Ids per request: OpenAlex takes up to 100 values in an OR filter, Semantic Scholar 500.
BATCH_SIZE = {"openalex": 50, "semanticscholar": 200}
DELAY = {"openalex": openalex_api.DELAY, "semanticscholar": S2_DELAY}
BASE_URL_ENV = {"openalex": openalex_api.BASE_URL_ENV, "semanticscholar": S2_BASE_URL_ENV}
BASE_URL = {"openalex": openalex_api.BASE_URL, "semanticscholar": S2_BASE_URL}
DIRECTIONS = ("references", "citations", "both")
MAX_PER_SEED = {"openalex": 200, "semanticscholar": 1000}  # one page of citing works


def _check_source(source: str) -> None:
    if source not in SOURCES:
        raise LitkitError(f"unknown citation source {source!r}; use one of {', '.join(SOURCES)}")


def api_headers(source: str, api_key: str | None = None) -> dict[str, str]:
    """The headers that carry ``source``'s API key: Semantic Scholar's ``x-api-key`` from
    ``api_key``, else $S2_API_KEY; none without a key (S2's small shared pool)."""
    if source != "semanticscholar":
        if api_key:
            raise LitkitError(f"an API key is for Semantic Scholar; {source} takes none "
                              "(OpenAlex: give mailto for its polite pool)")
        return {}
    key = (api_key or os.environ.get(S2_API_KEY_ENV) or "").strip()
    return {"x-api-key": key} if key else {}


def lookup_key(paper: Mapping[str, Any], source: str) -> str | None:
    """The id to look ``paper`` (a Corpus row) up by at ``source``: its id there, else its
    DOI or arXiv id (Semantic Scholar prefers the arXiv id, OpenAlex the DOI)."""
    extra = paper.get("extra") if isinstance(paper.get("extra"), dict) else {}
    own = {reference_id(extra.get(k)) for k in SOURCE_ID_KEYS} | {paper.get("id")}
    prefix = "openalex:" if source == "openalex" else "s2:"
    found = sorted(k for k in own if isinstance(k, str) and k.startswith(prefix))
    arxiv = paper.get("arxiv_id") and f"arxiv:{paper['arxiv_id']}"
    doi = paper.get("doi") and f"doi:{paper['doi']}"
    order = [arxiv, doi] if source == "semanticscholar" else [doi, arxiv]
    return next((k for k in [*found, *order] if k), None)


def not_found_of(corpus: pd.DataFrame) -> pd.DataFrame:
    """The papers a citation look-up did not find (source, record = paper id, reason)."""
    return rejects_table(corpus.attrs.get("not_found", []))


def _client(client: Client | None, source: str, delay: float | None,
            cache_dir: str | Path | None, refresh: bool) -> Client:
    return client or Client(delay=DELAY[source] if delay is None else delay,
                            cache_dir=cache_dir, refresh=refresh)


def lookup(
    keys: Sequence[str],
    source: str = "openalex",
    *,
    client: Client,
    mailto: str | None = None,
    api_key: str | None = None,
    base_url: str | None = None,
    batch_size: int | None = None,
    progress: bool = True,
) -> pd.DataFrame:
    """The works named by litkit ids (``arxiv:``, ``doi:``, ``openalex:W…``, ``s2:…``) as a
    Corpus, with their citation data; ``attrs["keys"]`` maps each key found to its row's id.

    Keys the source does not know, or cannot look up (an S2 id at OpenAlex), are listed in
    ``attrs["not_found"]`` (source, record = key, reason).
    """
    _check_source(source)
    keys = list(dict.fromkeys(k for k in keys if k))
    size = max(1, batch_size or BATCH_SIZE[source])
    base = endpoint(base_url, BASE_URL_ENV[source], BASE_URL[source], "")
    matched: dict[str, str] = {}  # key -> id of the record found, filled as pages are parsed
    if source == "openalex":
        batches, missed = _openalex_batches(keys, size)
        request, parse = _openalex_lookup(base, batches, mailto, matched)
    else:
        batches, missed = _s2_batches(keys, size)
        request, parse = _s2_lookup(base, batches, client, matched)
    digest = hashlib.sha1(json.dumps(batches).encode()).hexdigest()
    query = {"url": base, "lookup": digest, "keys": len(keys), "batch_size": size}
    spec = Source(source, query, 0 if batches else None, request, parse, unit="batch",
                  pages_total=len(batches), headers=api_headers(source, api_key))
    found = fetch_pages(client, spec, None, progress)
    found.attrs["not_found"] = missed + found.attrs.pop("rejects")
    found.attrs.update(rejects=[], rows_in=len(found), keys=matched)
    return found


def _missed(source: str, key: str, reason: str) -> dict[str, str]:
    return {"source": source, "record": key, "reason": reason}


def _openalex_batches(keys: list[str], size: int) -> tuple[list, list]:
    """[(filter name, [(value, key), ...]), ...] in batches, and the keys OpenAlex cannot take.

    arXiv ids are asked for as arXiv's DOIs (10.48550/arxiv.<id>), which OpenAlex knows.
    """
    groups: dict[str, list[tuple[str, str]]] = {"openalex": [], "doi": []}
    missed = []
    for key in keys:
        kind, _, value = key.partition(":")
        if kind == "openalex":
            groups["openalex"].append((value, key))
        elif kind in ("doi", "arxiv"):
            doi = value if kind == "doi" else f"10.48550/arxiv.{value}"
            if "," in doi or "|" in doi:
                missed.append(_missed("openalex", key, "a DOI with ',' or '|' cannot go in an "
                                      "OpenAlex filter"))
            else:
                groups["doi"].append((doi.lower(), key))
        else:
            missed.append(_missed("openalex", key, "OpenAlex looks up DOIs, arXiv ids and "
                                  "OpenAlex ids only"))
    batches = [(kind, items[i:i + size]) for kind, items in groups.items()
               for i in range(0, len(items), size)]
    return batches, missed


def _found(record: dict[str, Any], key: str, matched: dict[str, str]) -> dict[str, Any]:
    """``record`` (found for ``key``) with an id, noted in ``matched``."""
    record["id"] = record.get("id") or key
    matched[key] = record["id"]
    return record


def _openalex_lookup(base: str, batches: list, mailto: str | None, matched: dict[str, str]):
    url = base + openalex_api.PATH
    mailto = mailto or os.environ.get("LITKIT_MAILTO")

    def request(i: int) -> tuple[str, dict[str, Any]]:
        kind, items = batches[i]
        params = {"filter": f"{kind}:{'|'.join(v for v, _ in items)}",
                  "select": ",".join(openalex_api.SELECT), "per-page": openalex_api.MAX_PER_PAGE}
        return url, {**params, **({"mailto": mailto} if mailto else {})}

    def parse(body: bytes, i: int, page_url: str) -> Page:
        kind, items = batches[i]
        wanted = dict(items)
        try:
            works = json.loads(body)["results"]
        except (ValueError, KeyError, TypeError) as exc:
            raise FetchError(page_url, f"not an OpenAlex works page ({exc})") from exc
        records: list[dict[str, Any] | Reject] = []
        for work in works:
            if not isinstance(work, dict):
                continue
            if kind == "openalex":
                value = str(work.get("id", "")).rsplit("/", 1)[-1]
            else:
                value = normalize_doi(work.get("doi")) or ""
            key = wanted.pop(value, None)
            if key:
                records.append(_found(work_record(work), key, matched))
        records += [Reject("openalex", key, f"not found by OpenAlex ({kind} {value})")
                    for value, key in wanted.items()]
        return Page(records, i + 1 if i + 1 < len(batches) else None)

    return request, parse


def _s2_id(key: str) -> str | None:
    """A litkit id as Semantic Scholar names papers: '<paperId>', 'ARXIV:…', 'DOI:…'."""
    kind, _, value = key.partition(":")
    return {"s2": value, "arxiv": f"ARXIV:{value}", "doi": f"DOI:{value}"}.get(kind)


def _s2_batches(keys: list[str], size: int) -> tuple[list, list]:
    """[[key, ...], ...] in batches, and the keys Semantic Scholar cannot take."""
    usable = [k for k in keys if _s2_id(k)]
    missed = [_missed("semanticscholar", k, "Semantic Scholar looks up DOIs, arXiv ids and "
                      "S2 paper ids only") for k in keys if not _s2_id(k)]
    return [usable[i:i + size] for i in range(0, len(usable), size)], missed


def _s2_lookup(base: str, batches: list, client: Client, matched: dict[str, str]):
    url = base + "/graph/v1/paper/batch"

    def request(i: int) -> tuple[str, dict[str, Any], dict[str, Any]]:
        return url, {"fields": ",".join(S2_FIELDS)}, {"ids": [_s2_id(k) for k in batches[i]]}

    def parse(body: bytes, i: int, page_url: str) -> Page:
        try:
            papers = json.loads(body)
        except ValueError as exc:
            raise FetchError(page_url, f"not a Semantic Scholar batch answer ({exc})") from exc
        if not isinstance(papers, list) or len(papers) != len(batches[i]):
            raise FetchError(page_url, f"expected a list of {len(batches[i])} papers, got "
                             f"{type(papers).__name__} of {len(papers)}")
        read_on = client.received(*request(i))  # S2 papers carry no date: the day asked
        records: list[dict[str, Any] | Reject] = [
            _found({**paper_record(paper), "cited_by_date": read_on}, key, matched)
            if isinstance(paper, dict)
            else Reject("semanticscholar", key, "not found by Semantic Scholar")
            for key, paper in zip(batches[i], papers, strict=True)
        ]
        return Page(records, i + 1 if i + 1 < len(batches) else None)

    return request, parse


def fetch_citations(
    corpus: pd.DataFrame,
    source: str = "openalex",
    *,
    mailto: str | None = None,
    api_key: str | None = None,
    batch_size: int | None = None,
    base_url: str | None = None,
    delay: float | None = None,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
    progress: bool = True,
    client: Client | None = None,
) -> pd.DataFrame:
    """``corpus`` with citation counts, their date and references from ``source``
    ("openalex" or "semanticscholar"), each paper looked up by its id there, its DOI or
    its arXiv id, in batches.

    A found paper gets the highest count (with its date) and every reference of what it had
    and what the source gives, plus its id at the source in ``extra``; nothing else
    changes. Papers not found keep what they had and are listed in ``attrs["not_found"]``
    (:func:`not_found_of`). ``base_url`` defaults to $LITKIT_OPENALEX_URL or
    $LITKIT_S2_URL, else the public API; ``mailto`` (or $LITKIT_MAILTO) joins OpenAlex's
    polite pool; ``api_key`` (or $S2_API_KEY) is sent to Semantic Scholar as ``x-api-key``.
    """
    _check_source(source)
    corpus = validate(corpus)
    client = _client(client, source, delay, cache_dir, refresh)
    rows = corpus.to_dict("records")
    keys = [lookup_key(row, source) for row in rows]
    found = lookup(keys, source, client=client, mailto=mailto, api_key=api_key,
                   base_url=base_url, batch_size=batch_size, progress=progress)
    by_id = {row["id"]: row for row in found.to_dict("records")}
    by_key = {key: by_id[paper_id] for key, paper_id in found.attrs["keys"].items()}
    missed = {m["record"]: m["reason"] for m in found.attrs["not_found"]}
    carried = (*SOURCE_ID_KEYS, REFERENCES_NOTE)  # its ids there, and what its list lacks
    not_found = []
    for row, key in zip(rows, keys, strict=True):
        new = by_key.get(key)
        if new is None:
            reason = missed.get(key) if key else None
            not_found.append(_missed(source, row["id"], reason or "no DOI, arXiv id or "
                                     f"{source} id to look it up by"))
            continue
        row.update(merge_citations([row, new]))
        row["extra"] = {**(row["extra"] or {}),
                        **{k: new["extra"][k] for k in carried if new["extra"].get(k)}}
        for column in ("arxiv_id", "doi"):
            row[column] = row[column] or new[column]
    out = validate(pd.DataFrame(rows, columns=corpus.columns))
    out.attrs = {**corpus.attrs, "not_found": not_found, "fetch": found.attrs["fetch"]}
    return out


def snowball(
    seeds: pd.DataFrame,
    source: str = "openalex",
    direction: str = "both",
    *,
    per_seed: int = 100,
    mailto: str | None = None,
    api_key: str | None = None,
    batch_size: int | None = None,
    base_url: str | None = None,
    delay: float | None = None,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
    progress: bool = True,
    client: Client | None = None,
) -> pd.DataFrame:
    """The ``seeds`` and the works one hop away: those they cite ("references"), those
    citing them ("citations", at most ``per_seed`` per seed, most cited first at OpenAlex)
    or both, all with their citation data, merged and de-duplicated by :func:`litkit.merge`.

    Seeds are first looked up (:func:`fetch_citations`) for their references and source
    ids. Works not found are listed in ``attrs["not_found"]``; found works without a title
    are rejects. Options as for :func:`fetch_citations`.
    """
    _check_source(source)
    if direction not in DIRECTIONS:
        raise LitkitError(f"direction must be one of {', '.join(DIRECTIONS)}, not {direction!r}")
    client = _client(client, source, delay, cache_dir, refresh)
    options = {"mailto": mailto, "api_key": api_key, "batch_size": batch_size,
               "base_url": base_url, "progress": progress}
    seeds = fetch_citations(seeds, source, client=client, **options)
    wanted: list[str] = []
    if direction in ("references", "both"):
        wanted += [r for refs in seeds["references"] if isinstance(refs, list) for r in refs]
    citing = make_corpus([], source=source)
    if direction in ("citations", "both"):
        missed = {m["record"] for m in seeds.attrs["not_found"]}
        keys = [lookup_key(r, source) for r in seeds.to_dict("records") if r["id"] not in missed]
        citing = _citing([k for k in keys if k and _can_cite(k, source)], source, client,
                         min(per_seed, MAX_PER_SEED[source]), mailto, api_key, base_url,
                         progress)
        if source == "semanticscholar":  # S2 lists the citing papers' ids: look them up
            wanted += list(citing["id"])
            citing = citing.iloc[:0]
    known = aliases(seeds).index
    found = lookup([k for k in wanted if k not in known], source, client=client, **options)
    untitled = [{"source": source, "record": key, "reason": "work has no title"}
                for part in (found, citing) for key in part.loc[part["title"] == "", "id"]]
    found, citing = (_titled(part) for part in (found, citing))
    out = merge(seeds, found, citing)
    out.attrs.update(rejects=[*out.attrs["rejects"], *untitled],
                     rows_in=out.attrs["rows_in"] + len(untitled),
                     not_found=seeds.attrs["not_found"] + found.attrs["not_found"],
                     fetch={"seeds": seeds.attrs["fetch"], "references": found.attrs["fetch"],
                            "citations": citing.attrs.get("fetch")})
    return out


def _titled(part: pd.DataFrame) -> pd.DataFrame:
    """The rows of ``part`` with a title, its attrs kept (without rejects: they are reported
    as not found or as untitled by the caller)."""
    out = part[part["title"] != ""].reset_index(drop=True)
    out.attrs = {**part.attrs, "rejects": [], "rows_in": len(out)}
    return out


def _can_cite(key: str, source: str) -> bool:
    """Whether ``source`` lists the works citing the paper ``key``: OpenAlex by its
    OpenAlex id only, Semantic Scholar by any id it looks up."""
    return key.startswith("openalex:") if source == "openalex" else _s2_id(key) is not None


def _citing(keys: list[str], source: str, client: Client, per_seed: int, mailto: str | None,
            api_key: str | None, base_url: str | None, progress: bool) -> pd.DataFrame:
    """The works citing each of ``keys`` (one request per seed): whole works from OpenAlex
    (``filter=cites:W…``, most cited first); from Semantic Scholar, rows of ids only."""
    base = endpoint(base_url, BASE_URL_ENV[source], BASE_URL[source], "")
    mailto = mailto or os.environ.get("LITKIT_MAILTO")

    def request(i: int) -> tuple[str, dict[str, Any]]:
        if source == "openalex":
            params = {"filter": f"cites:{keys[i].removeprefix('openalex:')}",
                      "sort": "cited_by_count:desc", "per-page": per_seed,
                      "select": ",".join(openalex_api.SELECT)}
            return base + openalex_api.PATH, {**params, **({"mailto": mailto} if mailto else {})}
        return (f"{base}/graph/v1/paper/{_s2_id(keys[i])}/citations",
                {"fields": "paperId,externalIds", "limit": per_seed})

    def parse(body: bytes, i: int, page_url: str) -> Page:
        try:
            items = json.loads(body)["results" if source == "openalex" else "data"]
        except (ValueError, KeyError, TypeError) as exc:
            raise FetchError(page_url, f"not a list of citing works ({exc})") from exc
        if source == "openalex":
            records = [work_record(w) for w in items if isinstance(w, dict)]
        else:
            found = (reference_key(item.get("citingPaper")) for item in items
                     if isinstance(item, dict))
            records = [{"id": key} for key in found if key]
        return Page(records, i + 1 if i + 1 < len(keys) else None)

    query = {"url": base, "cites": keys, "per_seed": per_seed}
    spec = Source(f"{source}-citing", query, 0 if keys else None, request, parse, unit="seed",
                  pages_total=len(keys), headers=api_headers(source, api_key))
    return fetch_pages(client, spec, None, progress)
