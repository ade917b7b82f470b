"""A real HTTP server on 127.0.0.1 that replays stored responses (tests/fixtures/http/),
counts and times every request, and can be told to fail (429/5xx or a dropped
connection) for chosen requests, so the fetchers are tested without the network.
GET and POST (with a JSON body, as batch endpoints take) are answered alike.
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit

FIXTURES = Path(__file__).parent / "fixtures" / "http"
DROP = "drop"  # a fault that closes the connection without answering
INJECTED = b'{"error": "injected by the test"}'


@dataclass
class Hit:
    """One request the server received."""

    time: float  # time.monotonic() on arrival
    path: str
    query: dict[str, str]
    status: int | None  # None: the connection was dropped
    user_agent: str
    body: Any = None  # the JSON a POST sent
    headers: dict[str, str] = field(default_factory=dict)  # all request headers, lower-case


@dataclass
class Fault:
    """Answer requests matching ``path``/``query`` with ``responses`` in turn; the last one
    repeats forever when ``forever`` is set. A response is (status, headers), (status,
    headers, fixture file) or DROP."""

    path: str
    query: dict[str, str]
    responses: list
    forever: bool = False


@dataclass
class Replay:
    """What the server answers (``routes`` into files under ``fixtures``) and what it saw."""

    fixtures: Path = FIXTURES
    routes: list[dict] = field(
        default_factory=lambda: json.loads((FIXTURES / "routes.json").read_text())
    )
    faults: list[Fault] = field(default_factory=list)
    hits: list[Hit] = field(default_factory=list)
    lock: threading.Lock = field(default_factory=threading.Lock)

    def reset(self) -> None:
        with self.lock:
            self.faults.clear()
            self.hits.clear()

    def fail(self, path: str, query: dict[str, str], *responses, forever: bool = False) -> None:
        with self.lock:
            self.faults.append(Fault(path, query, list(responses), forever))

    def answer(self, path: str, query: dict[str, str], payload: Any = None) -> tuple:
        """(status, headers, body) for a request, or DROP. A route with a ``body`` answers
        only a POST of that JSON."""
        with self.lock:
            for fault in self.faults:
                if fault.path == path and fault.query.items() <= query.items() and fault.responses:
                    if fault.forever and len(fault.responses) == 1:
                        response = fault.responses[0]
                    else:
                        response = fault.responses.pop(0)
                    if response == DROP:
                        return DROP
                    status, headers, *file = response
                    body = (self.fixtures / file[0]).read_bytes() if file else INJECTED
                    return status, headers, body
        for route in self.routes:
            if (route["path"] == path and route["query"].items() <= query.items()
                    and route.get("body") == payload):
                body = (self.fixtures / route["file"]).read_bytes()
                return route.get("status", 200), {"Content-Type": route["type"]}, body
        return 404, {"Content-Type": "text/plain"}, b"no stored response for this request"


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server: _Server

    def do_GET(self) -> None:  # the name http.server calls
        self._answer(None)

    def do_POST(self) -> None:
        length = int(self.headers.get("Content-Length", 0))
        self._answer(json.loads(self.rfile.read(length) or b"null"))

    def _answer(self, payload: Any) -> None:
        url = urlsplit(self.path)
        query = dict(parse_qsl(url.query, keep_blank_values=True))
        replay = self.server.replay
        answer = replay.answer(url.path, query, payload)
        status = None if answer == DROP else answer[0]
        with replay.lock:
            replay.hits.append(Hit(time.monotonic(), url.path, query, status,
                                   self.headers.get("User-Agent", ""), payload,
                                   {k.lower(): v for k, v in self.headers.items()}))
        if answer == DROP:
            self.close_connection = True
            return
        status, headers, body = answer
        self.send_response(status)
        for name, value in headers.items():
            self.send_header(name, value)
        self.send_header("Content-Length", str(len(body)))
        self.end_headers()
        self.wfile.write(body)

    def log_message(self, format: str, *args) -> None:  # keep test output quiet
        pass


class _Server(ThreadingHTTPServer):
    daemon_threads = True
    replay: Replay


def start(replay: Replay | None = None) -> tuple[_Server, str]:
    """Start a replay server on a free port of 127.0.0.1; return it and its base URL."""
    server = _Server(("127.0.0.1", 0), _Handler)
    server.replay = replay or Replay()
    threading.Thread(target=server.serve_forever, daemon=True).start()
    host, port = server.server_address[:2]
    return server, f"http://{host}:{port}"
