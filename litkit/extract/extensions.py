"""Span attributes litkit's spaCy components set, registered in this one place.

Every component writes candidate spans to ``doc.spans[CANDIDATES]`` with these
attributes; the resolver filters them into ``doc.spans[SPANS_KEY]`` in one place.
"""

from __future__ import annotations

from spacy.tokens import Span

CANDIDATES = "litkit_candidates"
SPANS_KEY = "litkit"

#: attribute -> default; value is the normalized number, canonical the lexicon name.
SPAN_ATTRS = {
    "value": None,
    "unit": None,
    "qualifier": None,
    "metric": None,
    "dataset": None,
    "model": None,
    "canonical": None,
    "source": None,  # which component/rule produced it, for debugging and precedence
}


def register() -> None:
    """Register the Span extensions (idempotent)."""
    for name, default in SPAN_ATTRS.items():
        if not Span.has_extension(name):
            Span.set_extension(name, default=default)


register()
