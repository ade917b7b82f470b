"""Fetch papers from the arXiv API (Atom feeds from export.arxiv.org/api/query).

Pages by ``start``/``max_results``; arXiv asks for no more than one request every three
seconds, which is the default delay here.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from litkit.corpus import normalize_arxiv_id
from litkit.errors import LitkitError
from litkit.fetch.http import Client, FetchError, endpoint
from litkit.fetch.paging import Page, Source, fetch_pages
from litkit.readers.arxiv_atom import entry_record
from litkit.readers.base import Reject

BASE_URL_ENV = "LITKIT_ARXIV_URL"  # overrides BASE_URL (mirrors, tests)
BASE_URL = "https://export.arxiv.org"
PATH = "/api/query"
DELAY = 3.0  # seconds between requests, per arXiv's API terms of use
SORT_BY = ("relevance", "lastUpdatedDate", "submittedDate")
SORT_ORDER = ("ascending", "descending")

NS = {
    "atom": "http://www.w3.org/2005/Atom",
    "opensearch": "http://a9.com/-/spec/opensearch/1.1/",
    "arxiv": "http://arxiv.org/schemas/atom",
}


def fetch_arxiv(
    query: str | None = None,
    *,
    ids: Sequence[str] | None = None,
    max_records: int | None = 1000,
    page_size: int = 200,
    sort_by: str = "submittedDate",
    sort_order: str = "descending",
    base_url: str | None = None,
    delay: float = DELAY,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
    progress: bool = True,
    client: Client | None = None,
) -> pd.DataFrame:
    """Papers matching an arXiv ``search_query`` (e.g. ``'cat:cs.CL AND ti:scaling'``),
    or the papers with the given arXiv ``ids`` (in that order, ``page_size`` per request).

    ``base_url`` defaults to $LITKIT_ARXIV_URL, else https://export.arxiv.org. Pass a
    ``client`` to control retries and backoff; otherwise one is made from ``delay``,
    ``cache_dir`` and ``refresh``.
    """
    if not (query and query.strip()) and not ids:
        raise LitkitError("arxiv: give a query (e.g. 'cat:cs.CL AND ti:scaling') or ids")
    if sort_by not in SORT_BY or sort_order not in SORT_ORDER:
        raise LitkitError(
            f"arxiv: sort_by must be one of {SORT_BY} and sort_order one of {SORT_ORDER}, "
            f"not {sort_by!r}/{sort_order!r}"
        )
    size = max(1, min(page_size, max_records or page_size, 2000))
    url = endpoint(base_url, BASE_URL_ENV, BASE_URL, PATH)
    if ids:
        source = _id_source(url, query, _ids(ids), size)
    else:
        source = _search_source(url, {"search_query": query, "sortBy": sort_by,
                                      "sortOrder": sort_order}, size)
    client = client or Client(delay=delay, cache_dir=cache_dir, refresh=refresh)
    return fetch_pages(client, source, max_records, progress)


def _search_source(url: str, params: dict[str, str], size: int) -> Source:
    """Page a search by ``start``, ``size`` at a time, until the reported total."""

    def request(start: int) -> tuple[str, dict[str, Any]]:
        return url, {**params, "start": start, "max_results": size}

    def parse(body: bytes, start: int, page_url: str) -> Page:
        page = parse_page(body, page_url)
        if not page.records and page.total and start < page.total:
            raise FetchError(page_url, f"arXiv sent an empty page at {start} of {page.total} "
                             "results (it does so at times); run again to resume from here")
        more = bool(page.records) and page.total is not None and start + size < page.total
        page.next = start + size if more else None
        return page

    return Source("arxiv", {"url": url, **params, "page_size": size}, 0, request, parse)


def _id_source(url: str, query: str | None, ids: list[str], size: int) -> Source:
    """Ask for ``ids`` ``size`` at a time (``id_list``), narrowed by ``query`` when given."""
    params = {"search_query": query} if query else {}

    def request(offset: int) -> tuple[str, dict[str, Any]]:
        chunk = ids[offset:offset + size]
        return url, {**params, "id_list": ",".join(chunk), "start": 0, "max_results": len(chunk)}

    def parse(body: bytes, offset: int, page_url: str) -> Page:
        page = parse_page(body, page_url)
        page.next = offset + size if offset + size < len(ids) else None
        return page

    query_key = {"url": url, **params, "ids": ids, "page_size": size}
    return Source("arxiv", query_key, 0, request, parse)


def _ids(ids: Sequence[str]) -> list[str]:
    """Normalized arXiv ids, each once, in order; a LitkitError names any that is not one."""
    wanted: dict[str, None] = {}
    for raw in ids:
        found = normalize_arxiv_id(raw)
        if not found:
            raise LitkitError(f"arxiv: {raw!r} is not an arXiv id (e.g. 2401.08383)")
        wanted[found] = None
    return list(wanted)


def parse_page(body: bytes, url: str = "arxiv") -> Page:
    """One Atom response -> Page of records (``next`` left for the caller to set).

    Entries are mapped by the file reader (:func:`litkit.readers.arxiv_atom.entry_record`),
    so a fetched paper and one read from a saved response are the same record.
    """
    try:
        root = ET.fromstring(body)
    except ET.ParseError as exc:
        raise FetchError(url, f"not an arXiv Atom feed ({exc})") from exc
    total = root.findtext("opensearch:totalResults", namespaces=NS)
    records: list[dict[str, Any] | Reject] = []
    for i, entry in enumerate(root.iterfind("atom:entry", NS), start=1):
        entry_id = entry.findtext("atom:id", "", NS).strip()
        if "/api/errors" in entry_id:
            raise FetchError(url, f"arXiv says: {entry.findtext('atom:summary', '', NS).strip()}")
        record = entry_record(entry)
        records.append(record if record["title"] else Reject(url, i, "entry has no title"))
    return Page(records, None, int(total) if total and total.strip().isdigit() else None)
