"""litkit: structured tables, topic trends and survey figures from ML abstracts.

The public API, imported lazily so that ``import litkit`` stays fast (extraction pulls in
spaCy, topics scipy and scikit-learn, only when used)::

    corpus = litkit.load_seed()            # or litkit.read("papers.bib")
    mentions = litkit.extract(corpus)      # one row per extracted fact
    papers = litkit.summarize(mentions, corpus)
"""

from __future__ import annotations

import importlib
from typing import Any

__version__ = "0.1.0"

#: public name -> module that defines it
_API = {
    "read": "litkit.readers",
    "formats": "litkit.readers",
    "read_with_rejects": "litkit.readers",
    "rejects_of": "litkit.corpus",
    "detect_language": "litkit.corpus",
    "merge": "litkit.corpus",
    "validate": "litkit.corpus",
    "select": "litkit.filters",
    "load_seed": "litkit.datasets",
    "extract": "litkit.extract",
    "summarize": "litkit.extract",
    "mine_names": "litkit.extract.mining",
    "evaluate": "litkit.evaluate",
    "leaderboard": "litkit.leaderboards",
    "show": "litkit.evidence",
    "write_table": "litkit.tables",
    "Store": "litkit.store",
    "LitkitError": "litkit.errors",
    "InputError": "litkit.errors",
    "fetch_arxiv": "litkit.fetch",
    "fetch_openalex": "litkit.fetch",
    "fetch_hf_papers": "litkit.fetch",
    "fetch_citations": "litkit.fetch",
    "snowball": "litkit.fetch",
    "not_found_of": "litkit.fetch",
    "FetchError": "litkit.fetch",
}
_SUBMODULES = {
    "corpus", "readers", "datasets", "extract", "topics", "embed", "figures", "report", "store",
    "fetch", "distributed", "citations", "survey", "filters", "dates",
}

__all__ = sorted(_API) + sorted(_SUBMODULES)


def __getattr__(name: str) -> Any:
    if name in _API:
        return getattr(importlib.import_module(_API[name]), name)
    if name in _SUBMODULES:
        return importlib.import_module(f"litkit.{name}")
    raise AttributeError(f"module 'litkit' has no attribute {name!r}")


def __dir__() -> list[str]:
    return __all__
