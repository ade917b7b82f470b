"""Text preparation for topics: what is embedded and counted, and which language it is in.

On top of the readers' cleaning (:func:`litkit.text.clean_text`: PDF soft hyphens, HTML),
LaTeX math and commands are dropped, since ``$\\mathcal{O}(n)$`` tokens make junk topic
words. French abstracts (TALN/JEP) make a "des_la_les" topic, so each paper's language is
taken from ``extra["language"]`` when a reader set it, else detected.
"""

from __future__ import annotations

import re

import pandas as pd

from litkit.text import clean_text, detect_language

_MATH = re.compile(r"\$\$.*?\$\$|\$[^$]{0,300}\$|\\\(.*?\\\)|\\\[.*?\\\]", re.S)
_LATEX_ARG = re.compile(r"\\[a-zA-Z]+\*?\s*\{([^{}]*)\}")
_LATEX_CMD = re.compile(r"\\[a-zA-Z]+\*?|\\(?=[%&_#$])")
_CID = re.compile(r"\(cid:\d+\)")
_SPACE = re.compile(r"\s+")


def clean(text: str) -> str:
    """One text with PDF, HTML and LaTeX markup removed (command arguments kept)."""
    text = clean_text(text) or ""
    text = _CID.sub(" ", text)
    text = _MATH.sub(" ", text)
    text = _LATEX_ARG.sub(r"\1", text)
    text = _LATEX_CMD.sub("", text)
    return _SPACE.sub(" ", text).strip()


def documents(corpus: pd.DataFrame) -> list[str]:
    """The text modelled for each paper: its cleaned title and abstract."""
    titles = corpus["title"].fillna("").astype(str)
    abstracts = corpus["abstract"].fillna("").astype(str)
    return [clean(f"{t}. {a}" if t else a) for t, a in zip(titles, abstracts, strict=True)]


def languages(corpus: pd.DataFrame, docs: list[str]) -> list[str]:
    """Each paper's language code: ``extra["language"]`` if set, else detected from ``docs``."""
    extras = corpus["extra"] if "extra" in corpus else [None] * len(docs)
    out = []
    for extra, doc in zip(extras, docs, strict=True):
        given = extra.get("language") if isinstance(extra, dict) else None
        out.append(given or detect_language(doc[:400]) or "und")
    return out
