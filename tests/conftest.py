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
