"""Fixtures the fetch tests share: the replay server on 127.0.0.1 (tests/fetch_replay.py),
its record of requests, its URL, and a fast client with a fresh cache."""

from __future__ import annotations

import pytest
from fetch_replay import start

from litkit.fetch import Client


@pytest.fixture(scope="session")
def server():
    srv, url = start()
    yield srv, url
    srv.shutdown()
    srv.server_close()


@pytest.fixture
def replay(server):
    srv, _ = server
    srv.replay.reset()
    return srv.replay


@pytest.fixture
def base_url(server):
    return server[1]


@pytest.fixture
def client(tmp_path):
    """A fast client: no spacing, tiny backoff, a fresh cache."""
    return Client(delay=0.0, retries=3, backoff=0.01, cache_dir=tmp_path / "cache")


@pytest.fixture
def lines_run():
    """A function counting the lines of a module's code that ``fn()`` runs (loop turns
    included): a count that doubles with the input is linear work, one that quadruples is
    quadratic, whatever the machine's speed."""
    import sys

    def count(fn, module) -> int:
        ran = 0

        def trace(frame, event, arg):
            nonlocal ran
            if frame.f_code.co_filename != module.__file__:
                return None
            ran += event == "line"
            return trace

        sys.settrace(trace)
        try:
            fn()
        finally:
            sys.settrace(None)
        return ran

    return count
