"""Names per time bin: datasets and models (extracted), and methods.

Methods have no extractor, so their proxy is the terms an abstract defines with an acronym,
"Retrieval-Augmented Generation (RAG)": authors spell out the methods (and tasks and
concepts) they use or coin, the definition is cheap to find in any abstract, and the long
form names the idea whatever the acronym. Definitions are found with the algorithm of
Schwartz & Hearst (2003, "A simple algorithm for identifying abbreviation definitions in
biomedical text"): the acronym's letters, right to left, in the words before it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

import pandas as pd

from litkit.topics.facts import name_key, term_counts
from litkit.topics.text import documents

#: "(RAG)", "(LLMs)", "(CoT)", "(MoE)": 2-10 characters, two capitals at least
_SHORT = re.compile(r"\((?P<short>[A-Za-z][A-Za-z0-9-]{1,9})\)")
_CAPITALS = re.compile(r"[A-Z].*[A-Z]")
#: the words a long form may span: the sentence part before the parenthesis
_CLAUSE_MARKS = ".;:()[]"
_SEPARATORS = re.compile(r"[\s\-/]+")
NAME_KINDS = ("datasets", "models", "methods")


def _long_form(short: str, before: str) -> str | None:
    """The shortest ending of ``before`` whose letters spell ``short`` right to left, the
    first at a word start (Schwartz & Hearst); None when there is none."""
    words = before.split()
    window = " ".join(words[-min(len(short) + 5, 2 * len(short)):])
    text, letters = window.lower(), [c for c in short.lower() if c.isalnum()]
    i = len(text) - 1
    for n, letter in enumerate(reversed(letters)):
        first = n == len(letters) - 1
        while i >= 0 and (text[i] != letter or first and i > 0 and text[i - 1].isalnum()):
            i -= 1
        if i < 0:
            return None
        i -= 1
    long = window[text.rfind(" ", 0, i + 2) + 1:].strip()
    words = len(_SEPARATORS.split(long))
    return long if 2 <= words <= len(letters) + 2 and len(long) > len(short) else None


def defined_terms(text: str) -> list[str]:
    """The terms ``text`` defines with an acronym, as 'Long Form (SF)', in order, each once
    (compared by :func:`litkit.topics.facts.name_key`; plurals made singular, so
    'large language models (LLMs)' is 'large language model (LLM)')."""
    found: dict[str, str] = {}
    for match in _SHORT.finditer(text):
        short = match.group("short")
        if not _CAPITALS.search(short):
            continue
        if short.endswith("s") and short[-2:-1].isupper():
            short = short[:-1]
        start = max(text.rfind(mark, 0, match.start()) for mark in _CLAUSE_MARKS) + 1
        long = _long_form(short, text[start:match.start()])
        if long:
            long = long[:-1] if match.group("short") != short and long.endswith("s") else long
            term = f"{long} ({short})"
            found.setdefault(name_key(term), term)
    return list(found.values())


def _usual_spellings(terms: list[list[str]]) -> dict[str, str]:
    """Each term -> the most frequent spelling of its group: same acronym and long form up to
    case, hyphens and a plural ('Large Language Models (LLM)', 'large language model (LLM)')."""
    counts = Counter(t for paper in terms for t in paper)
    group = {t: re.sub(r"s(?=\()", "", name_key(t)) for t in counts}
    best: dict[str, str] = {}
    for term in sorted(counts, key=lambda t: (-counts[t], t)):
        best.setdefault(group[term], term)
    return {t: best[group[t]] for t in counts}


def method_terms(corpus: pd.DataFrame) -> pd.DataFrame:
    """One row per paper: ``id`` and ``methods``, the terms its title and abstract define
    with an acronym, in the corpus's most frequent spelling ('Retrieval-Augmented
    Generation (RAG)')."""
    terms = [defined_terms(doc) for doc in documents(corpus)]
    usual = _usual_spellings(terms)
    return pd.DataFrame({
        "id": corpus["id"].to_numpy(),
        "methods": [list(dict.fromkeys(usual[t] for t in paper)) for paper in terms],
    })


def name_counts(
    doc_topics: pd.DataFrame,
    papers: pd.DataFrame | None = None,
    corpus: pd.DataFrame | None = None,
    bins: str | Sequence = "year",
    min_papers: int = 3,
    venues: pd.DataFrame | None = None,
) -> pd.DataFrame:
    """Papers naming each dataset, model (from ``papers``) and method (from ``corpus``) per
    time bin, with a ``kind`` column: :func:`litkit.topics.term_counts` for all three.

    ``venues`` (a Corpus) normalizes the counts within venue (see
    :func:`litkit.topics.within_venue`).
    """
    sources = {}
    if papers is not None:
        sources["datasets"] = sources["models"] = papers
    if corpus is not None:
        sources["methods"] = method_terms(corpus)
    tables = [term_counts(doc_topics, table, kind, bins, min_papers, venues=venues)
              .assign(kind=kind[:-1]) for kind, table in sources.items()]
    tables = [t for t in tables if not t.empty]
    return pd.concat(tables, ignore_index=True) if tables else pd.DataFrame(
        columns=["term", "bin", "start", "end", "count", "bin_papers", "kind"])

