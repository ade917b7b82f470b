"""Fetch Hugging Face daily papers (huggingface.co/api/daily_papers?date=YYYY-MM-DD),
one request per day over a date range (more, with ``p=1, 2, ...``, for a day that fills a
page); each paper carries its arXiv id.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pandas as pd

from litkit.errors import LitkitError
from litkit.fetch.http import Client, FetchError, endpoint
from litkit.fetch.paging import Page, Source, fetch_pages
from litkit.readers.base import Reject
from litkit.readers.hf_api import paper_record

BASE_URL_ENV = "LITKIT_HF_URL"  # overrides BASE_URL (mirrors, tests)
BASE_URL = "https://huggingface.co"
PATH = "/api/daily_papers"
DELAY = 0.5
PAGE_SIZE = 100  # the API's largest ``limit``; days rarely list more than a few dozen papers
MAX_PAGES_PER_DAY = 10  # a guard in case the API ever ignores ``p``


def _day(value: str | dt.date, name: str) -> dt.date:
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value))
    except ValueError as exc:
        raise LitkitError(f"hf-papers: {name} must be a date YYYY-MM-DD, not {value!r}") from exc


def fetch_hf_papers(
    start: str | dt.date,
    end: str | dt.date | None = None,
    *,
    max_records: int | None = None,
    page_size: int = PAGE_SIZE,
    base_url: str | None = None,
    delay: float = DELAY,
    cache_dir: str | Path | None = None,
    refresh: bool = False,
    progress: bool = True,
    client: Client | None = None,
) -> pd.DataFrame:
    """Papers listed on Hugging Face daily papers from ``start`` to ``end`` (inclusive).

    ``base_url`` defaults to $LITKIT_HF_URL, else https://huggingface.co. Pass a
    ``client`` to control retries and backoff; otherwise one is made from ``delay``,
    ``cache_dir`` and ``refresh``.
    """
    first, last = _day(start, "start"), _day(end or start, "end")
    if last < first:
        raise LitkitError(f"hf-papers: the range ends ({last}) before it starts ({first})")
    url = endpoint(base_url, BASE_URL_ENV, BASE_URL, PATH)

    def request(token: list) -> tuple[str, dict[str, Any]]:
        day, p = token
        return url, {"date": day, "limit": page_size, **({"p": p} if p else {})}

    def parse(body: bytes, token: list, page_url: str) -> Page:
        day, p = token
        page = parse_page(body, page_url)
        page.steps = 0 if p else 1
        following = dt.date.fromisoformat(day) + dt.timedelta(days=1)
        next_day = [following.isoformat(), 0] if following <= last else None
        if len(page.records) < page_size:
            page.next = next_day
        elif p + 1 < MAX_PAGES_PER_DAY:
            page.next = [day, p + 1]
        else:
            page.notes.append(f"{day}: stopped after {MAX_PAGES_PER_DAY} pages of {page_size}")
            page.next = next_day
        return page

    query = {"url": url, "from": first.isoformat(), "to": last.isoformat(), "limit": page_size}
    source = Source("hf_papers", query, [first.isoformat(), 0], request, parse, unit="day",
                    pages_total=(last - first).days + 1)
    client = client or Client(delay=delay, cache_dir=cache_dir, refresh=refresh)
    return fetch_pages(client, source, max_records, progress)


def parse_page(body: bytes, url: str = "hf_papers") -> Page:
    """One daily-papers response (a JSON list) -> Page of records.

    Items are mapped by the file reader (:func:`litkit.readers.hf_api.paper_record`).
    """
    try:
        items = json.loads(body)
    except ValueError as exc:
        raise FetchError(url, f"not a daily-papers JSON list ({exc})") from exc
    if not isinstance(items, list):
        raise FetchError(url, f"expected a JSON list of papers, got {type(items).__name__}")
    records: list[dict[str, Any] | Reject] = []
    for i, item in enumerate(items, start=1):
        paper = item.get("paper") if isinstance(item, dict) else None
        if isinstance(paper, dict) and paper.get("title"):
            records.append(paper_record(item))
        else:
            records.append(Reject(url, i, "item has no paper with a title"))
    return Page(records, None)
