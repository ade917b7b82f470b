"""Resumable paging: walk a source page by page, journaling each page's token (offset,
cursor or date) and the next one, so an interrupted fetch continues where it stopped.

The journal lives next to the response cache (``<cache>/jobs/<source>-<hash>.json``),
keyed by the source and its query. On a rerun the journaled pages are replayed from the
response cache (no requests) and fetching resumes from the recorded next token.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pandas as pd
from tqdm.auto import tqdm

from litkit.corpus import make_corpus
from litkit.fetch.http import Client, atomic_write, log
from litkit.readers.base import Reject

#: A page token: an offset, a cursor string or a date; JSON-serializable.
Token = Any


@dataclass
class Page:
    """One parsed response: loose Corpus records (or Rejects) and where to go next."""

    records: list[dict[str, Any] | Reject]
    next: Token | None  # None: this was the last page
    total: int | None = None  # total results the server reports, when it does
    notes: list[str] = field(default_factory=list)  # warnings worth showing the user
    steps: int = 1  # progress steps, when the bar counts pages (0: continues the last one)


@dataclass
class Source:
    """How to page one source: the first token, the request for a token, and the parser."""

    name: str
    query: dict[str, Any]  # identifies the job (excluding how many records are wanted)
    first: Token
    #: token -> (url, params), or (url, params, JSON payload) for a POST
    request: Callable[[Token], tuple]
    parse: Callable[[bytes, Token, str], Page]  # (body, its token, its URL) -> Page
    unit: str = "paper"
    pages_total: int | None = None  # when known up front, the progress bar counts pages
    # (or what Page.steps counts, e.g. days)
    #: sent with every request (an API key); never part of the job's key or a cache key
    headers: Mapping[str, str] = field(default_factory=dict)


class Journal:
    """The tokens of the pages a job has fetched, in order, and the token that comes next."""

    def __init__(self, path: Path, query: Mapping[str, Any]) -> None:
        self.path, self.query = path, dict(query)
        self.done: list[Token] = []
        self.next: Token | None = None
        self.finished = False

    @classmethod
    def open(cls, root: Path, source: Source, fresh: bool = False) -> Journal:
        key = json.dumps({"source": source.name, **source.query}, sort_keys=True, default=str)
        digest = hashlib.sha1(key.encode()).hexdigest()[:16]
        journal = cls(root / "jobs" / f"{source.name}-{digest}.json", source.query)
        if not fresh and journal.path.exists():
            try:
                state = json.loads(journal.path.read_text())
                journal.done, journal.next = list(state["done"]), state["next"]
                journal.finished = bool(state["finished"])
            except (OSError, ValueError, KeyError, TypeError) as exc:
                log.warning("%s: unreadable fetch journal (%s); starting over", journal.path, exc)
                journal.done, journal.next, journal.finished = [], None, False
        return journal

    def record(self, token: Token, next_token: Token | None) -> None:
        self.done.append(token)
        self.next, self.finished = next_token, next_token is None
        state = {"query": self.query, "done": self.done, "next": self.next,
                 "finished": self.finished}
        atomic_write(self.path, json.dumps(state, indent=1, default=str).encode())


def fetch_pages(
    client: Client, source: Source, max_records: int | None = None, progress: bool = True
) -> pd.DataFrame:
    """Fetch ``source`` into a Corpus, resuming its journal; stop after ``max_records``.

    The result's ``attrs`` carry ``rejects`` (records that could not be kept), ``rows_in``
    and ``fetch`` (pages, resumed pages, requests, cache hits, retries, notes).
    """
    journal = Journal.open(client.root, source, fresh=client.refresh)
    resumed = len(journal.done)
    items: list[dict[str, Any] | Reject] = []
    notes: list[str] = []
    kept = pages = 0
    by_pages = source.pages_total is not None
    bar = tqdm(total=source.pages_total if by_pages else max_records, unit=source.unit,
               desc=f"fetch {source.name}", disable=not progress, leave=False)
    before = client.stats.copy()

    def take(token: Token) -> Page:
        nonlocal kept, pages
        request = source.request(token)
        kept_before = kept
        try:
            body = client.get(*request, headers=source.headers)
            page = source.parse(body, token, client.url(*request[:2]))
        except Exception:
            client.forget(*request)  # an unusable response must not be replayed on resume
            raise
        for item in page.records:
            if max_records is None or kept < max_records:
                items.append(item)
                kept += not isinstance(item, Reject)
        notes.extend(page.notes)
        pages += 1
        if not by_pages and bar.total is None and page.total is not None:
            bar.total = page.total if max_records is None else min(page.total, max_records)
        bar.update(page.steps if by_pages else kept - kept_before)
        return page

    def enough() -> bool:
        return max_records is not None and kept >= max_records

    try:
        for token in journal.done:  # replay: normally all from the response cache
            take(token)
            if enough():
                break
        token = source.first if not journal.done else journal.next
        while token is not None and not journal.finished and not enough():
            page = take(token)
            journal.record(token, page.next)
            token = page.next
    finally:
        bar.close()
    return _corpus(items, source.name,
                   stats={**(client.stats - before), "source": source.name, "pages": pages,
                          "resumed_pages": resumed, "finished": journal.finished,
                          "journal": str(journal.path), "notes": notes})


def _corpus(items: list[dict[str, Any] | Reject], name: str, stats: dict) -> pd.DataFrame:
    records = [r for r in items if not isinstance(r, Reject)]
    rejects = [vars(r) for r in items if isinstance(r, Reject)]
    df = make_corpus(records, source=name)
    duplicated = df["id"].duplicated()
    df = df[~duplicated].reset_index(drop=True)
    df.attrs["rejects"] = rejects
    df.attrs["rows_in"] = len(items)
    df.attrs["fetch"] = {**stats, "duplicates_dropped": int(duplicated.sum())}
    return df
