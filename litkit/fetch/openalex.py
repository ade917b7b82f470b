"""Fetch works from OpenAlex (api.openalex.org/works) with cursor paging.

Starts at ``cursor=*`` and follows ``meta.next_cursor`` until it is null. Giving a
``mailto`` address (or $LITKIT_MAILTO) puts requests in OpenAlex's faster "polite pool".
"""

from __future__ import annotations

import json
import os
from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pandas as pd

from litkit.errors import LitkitError
from litkit.fetch.http import Client, FetchError, endpoint
from litkit.fetch.paging import Page, Source, fetch_pages
from litkit.readers.base import Reject
from litkit.readers.openalex import work_record

BASE_URL_ENV = "LITKIT_OPENALEX_URL"  # overrides BASE_URL (mirrors, tests)
BASE_URL = "https://api.openalex.org"
PATH = "/works"
DELAY = 0.15  # OpenAlex allows 10 requests/s; stay well below
MAX_PER_PAGE = 200
#: The work fields the reader's work_record uses: asking only for them (``select=``) leaves
#: out concepts, grants, related works, ... (pages 23-27% smaller on real samples).
SELECT = (
    "id", "doi", "title", "display_name", "publication_date", "publication_year", "type",
    "language", "cited_by_count", "updated_date", "referenced_works", "authorships",
    "primary_location", "locations", "topics", "abstract_inverted_index",
)


def fetch_openalex(
    search: str | None = None,
    *,
    filter: str | None = None,
    max_records: int | None = 1000,
    per_page: int = MAX_PER_PAGE,
    mailto: str | None = None,
    select: Sequence[str] | None = SELECT,
    base_url: str | None = None,
    delay: float = DELAY,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
    progress: bool = True,
    client: Client | None = None,
) -> pd.DataFrame:
    """Works matching a full-text ``search`` and/or a ``filter``
    (e.g. ``'from_publication_date:2023-01-01,type:article'``).

    ``select`` names the work fields to download (None: all of them); ``base_url``
    defaults to $LITKIT_OPENALEX_URL, else https://api.openalex.org. Pass a
    ``client`` to control retries and backoff; otherwise one is made from ``delay``,
    ``cache_dir`` and ``refresh``.
    """
    if not (search or filter):
        raise LitkitError("openalex: give a search, a filter or both "
                          "(e.g. search='scaling laws', filter='publication_year:2024')")
    size = max(1, min(per_page, max_records or per_page, MAX_PER_PAGE))
    url = endpoint(base_url, BASE_URL_ENV, BASE_URL, PATH)
    params = {"search": search, "filter": filter, "select": ",".join(select or ())}
    params = {k: v for k, v in params.items() if v}
    mailto = mailto or os.environ.get("LITKIT_MAILTO")

    def request(cursor: str) -> tuple[str, dict[str, Any]]:
        extra = {"mailto": mailto} if mailto else {}
        return url, {**params, "per-page": size, "cursor": cursor, **extra}

    def parse(body: bytes, cursor: str, page_url: str) -> Page:
        return parse_page(body, page_url)

    source = Source("openalex", {"url": url, **params, "per_page": size}, "*", request, parse)
    client = client or Client(delay=delay, cache_dir=cache_dir, refresh=refresh)
    return fetch_pages(client, source, max_records, progress)


def parse_page(body: bytes, url: str = "openalex") -> Page:
    """One /works list response -> Page of records, with ``next`` = ``meta.next_cursor``.

    Works are mapped by the file reader (:func:`litkit.readers.openalex.work_record`).
    """
    try:
        data = json.loads(body)
        meta, results = data.get("meta") or {}, data["results"]
    except (ValueError, KeyError, AttributeError) as exc:
        raise FetchError(url, f"not an OpenAlex works page ({exc})") from exc
    records: list[dict[str, Any] | Reject] = []
    for i, work in enumerate(results, start=1):
        record = work_record(work) if isinstance(work, dict) else {}
        records.append(record if record.get("title") else Reject(url, i, "work has no title"))
    next_cursor = meta.get("next_cursor") if results else None
    return Page(records, next_cursor, meta.get("count"))
