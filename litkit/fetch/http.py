"""The polite HTTP client every fetcher shares: one User-Agent, a minimum gap between
requests to the same host, retries with exponential backoff that honour ``Retry-After``,
and an on-disk response cache so that a repeated or resumed fetch costs no requests.
"""

from __future__ import annotations

import datetime as dt
import email.utils
import gzip
import hashlib
import json
import logging
import os
import re
import threading
import time
from collections import Counter
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any
from urllib.parse import urlsplit

import platformdirs
import requests

from litkit import __version__
from litkit.errors import LitkitError

log = logging.getLogger("litkit.fetch")

USER_AGENT = f"litkit/{__version__} (literature-survey toolkit) requests/{requests.__version__}"
#: Statuses worth retrying: rate limited, or a server/gateway that may recover.
RETRY_STATUS = frozenset({429, 500, 502, 503, 504})
#: Network failures worth retrying (the connection dropped or timed out).
RETRY_ERRORS = (
    requests.ConnectionError,
    requests.Timeout,
    requests.exceptions.ChunkedEncodingError,
)

# Host -> monotonic time its next request may start; shared by all clients in the process so
# that two fetches in a row (or in threads) still keep their distance from one server.
_next_slot: dict[str, float] = {}
_slot_lock = threading.Lock()


class FetchError(LitkitError):
    """A request that failed for good (a client error, or retries exhausted)."""

    def __init__(self, url: str, reason: str, status: int | None = None) -> None:
        self.url, self.reason, self.status = url, reason, status
        super().__init__(f"{url}: {reason}")


def cache_root(cache_dir: str | Path | None = None) -> Path:
    """Where fetch caches live: ``cache_dir``, else $LITKIT_CACHE_DIR/fetch, else the
    platform's user cache directory (e.g. ~/.cache/litkit/fetch)."""
    if cache_dir:
        return Path(cache_dir).expanduser()
    base = os.environ.get("LITKIT_CACHE_DIR") or platformdirs.user_cache_dir("litkit")
    return Path(base).expanduser() / "fetch"


def endpoint(base_url: str | None, env: str, default: str, path: str) -> str:
    """The URL of an API ``path`` under ``base_url``, else under $``env``, else ``default``."""
    return (base_url or os.environ.get(env) or default).rstrip("/") + path


def parse_retry_after(value: str | None) -> float | None:
    """Seconds to wait from a ``Retry-After`` header (delta-seconds or an HTTP date)."""
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        pass
    try:
        when = email.utils.parsedate_to_datetime(value)
    except (TypeError, ValueError):
        return None
    return max(0.0, when.timestamp() - time.time())


def atomic_write(path: Path, data: bytes) -> None:
    """Write via a temporary file and a rename, so readers never see a half-written file."""
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{os.getpid()}.{threading.get_ident()}.tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


class ResponseCache:
    """Successful response bodies on disk, gzipped, keyed by the full request URL."""

    def __init__(self, root: str | Path) -> None:
        self.root = Path(root) / "http"

    def path(self, url: str) -> Path:
        digest = hashlib.sha256(url.encode()).hexdigest()
        return self.root / digest[:2] / f"{digest}.gz"

    def get(self, url: str) -> bytes | None:
        path = self.path(url)
        try:
            return gzip.decompress(path.read_bytes())
        except FileNotFoundError:
            return None
        except (OSError, EOFError) as exc:  # a truncated or corrupt entry: fetch it again
            log.warning("ignoring unreadable cache entry %s (%s)", path, exc)
            return None

    def put(self, url: str, body: bytes) -> None:
        atomic_write(self.path(url), gzip.compress(body, compresslevel=6))

    def forget(self, url: str) -> None:
        self.path(url).unlink(missing_ok=True)

    def received(self, url: str) -> float | None:
        """When the cached response was stored (a POSIX time), None when not cached."""
        try:
            return self.path(url).stat().st_mtime
        except FileNotFoundError:
            return None


class Client:
    """GET with politeness, retries and caching; ``stats`` counts what each call cost.

    ``delay`` is the minimum gap in seconds between two requests to one host. A 429 or
    5xx response or a dropped connection is retried up to ``retries`` times, waiting the
    server's ``Retry-After`` when given, else ``backoff * 2**attempt`` seconds; a wait
    longer than ``max_wait`` fails at once. ``refresh=True`` ignores cached bodies (but
    still stores new ones); ``cache=False`` neither reads nor writes the cache.
    """

    def __init__(
        self,
        *,
        delay: float = 1.0,
        retries: int = 5,
        backoff: float = 1.0,
        max_wait: float = 300.0,
        timeout: float = 60.0,
        cache_dir: str | Path | None = None,
        cache: bool = True,
        refresh: bool = False,
        user_agent: str = USER_AGENT,
        session: requests.Session | None = None,
        sleep: Callable[[float], None] = time.sleep,
    ) -> None:
        self.delay, self.retries, self.backoff = delay, retries, backoff
        self.max_wait, self.timeout = max_wait, timeout
        self.root = cache_root(cache_dir)
        try:
            self.root.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise LitkitError(f"{self.root}: cannot use as the fetch cache ({exc.strerror}); "
                              "choose another with cache_dir (CLI: --cache-dir)") from exc
        self.cache = ResponseCache(self.root) if cache else None
        self.refresh = refresh
        self.session = session or requests.Session()
        self.session.headers["User-Agent"] = user_agent
        self.sleep = sleep
        self.stats: Counter[str] = Counter()

    @staticmethod
    def url(url: str, params: Mapping[str, Any] | None = None) -> str:
        """The full URL (with encoded query) that a GET of ``url`` with ``params`` requests."""
        return requests.Request("GET", url, params=params).prepare().url

    def _key(self, url: str, params: Mapping[str, Any] | None, payload: Any) -> str:
        """The cache key of a request: its full URL, and the JSON body it POSTs if any."""
        full = self.url(url, params)
        return full if payload is None else f"{full}\nPOST {json.dumps(payload, sort_keys=True)}"

    def get(self, url: str, params: Mapping[str, Any] | None = None, payload: Any = None,
            headers: Mapping[str, str] | None = None) -> bytes:
        """The body of a successful GET (a POST of JSON ``payload`` when given, as batch
        endpoints want), from the cache when there (and not refreshing). ``headers`` (an
        API key) are sent with the request but are no part of its cache key."""
        key = self._key(url, params, payload)
        if self.cache is not None and not self.refresh:
            body = self.cache.get(key)
            if body is not None:
                self.stats["cached"] += 1
                return body
        body = self._download(self.url(url, params), payload, headers)
        if self.cache is not None:
            self.cache.put(key, body)
        return body

    def forget(
        self, url: str, params: Mapping[str, Any] | None = None, payload: Any = None
    ) -> None:
        """Drop a cached response (e.g. one that turned out unusable), so it is fetched again."""
        if self.cache is not None:
            self.cache.forget(self._key(url, params, payload))

    def received(
        self, url: str, params: Mapping[str, Any] | None = None, payload: Any = None
    ) -> dt.date:
        """The day (UTC) a request's response was downloaded: when its cache entry was
        written, today when it is not cached."""
        stamp = self.cache.received(self._key(url, params, payload)) if self.cache else None
        return dt.datetime.fromtimestamp(stamp or time.time(), dt.UTC).date()

    def _wait_turn(self, host: str) -> None:
        with _slot_lock:
            now = time.monotonic()
            start = max(now, _next_slot.get(host, now))
            _next_slot[host] = start + self.delay
        if start > now:
            self.sleep(start - now)

    def _download(self, url: str, payload: Any = None,
                  headers: Mapping[str, str] | None = None) -> bytes:
        host = urlsplit(url).netloc
        attempt = 0
        while True:
            self._wait_turn(host)
            retry_after = None
            try:
                self.stats["requests"] += 1
                if payload is None:
                    resp = self.session.get(url, headers=headers, timeout=self.timeout)
                else:
                    resp = self.session.post(url, json=payload, headers=headers,
                                             timeout=self.timeout)
            except RETRY_ERRORS as exc:
                problem, status = f"{type(exc).__name__}: {exc}", None
            except requests.RequestException as exc:
                raise FetchError(url, f"request failed: {exc}") from exc
            else:
                status = resp.status_code
                if 200 <= status < 300:
                    return resp.content
                problem = f"HTTP {status} {resp.reason}"
                if status not in RETRY_STATUS:
                    raise FetchError(url, f"{problem}: {_snippet(resp.text)}", status)
                retry_after = parse_retry_after(resp.headers.get("Retry-After"))
            if attempt == self.retries:
                raise FetchError(
                    url, f"gave up after {attempt + 1} attempts; last: {problem}", status
                )
            wait = self.backoff * 2**attempt if retry_after is None else retry_after
            if wait > self.max_wait:
                raise FetchError(
                    url,
                    f"{problem}; the server asks to wait {wait:.0f} s, longer than "
                    f"max_wait={self.max_wait:.0f} s; try again later",
                    status,
                )
            self.stats["retries"] += 1
            log.warning("%s: %s; retry %d/%d in %.1f s", url, problem, attempt + 1,
                        self.retries, wait)
            self.sleep(wait)
            attempt += 1


def _snippet(text: str, limit: int = 300) -> str:
    """The start of an error body as one line, markup removed (arXiv errors are Atom)."""
    text = " ".join(re.sub(r"<[^>]*>", " ", text).split())
    return text if len(text) <= limit else text[:limit] + "..."
