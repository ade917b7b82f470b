"""Span attributes litkit's spaCy components set, registered in this one place.

Every component writes candidate spans to ``doc.spans[CANDIDATES]`` with these
attributes; the resolver filters them into ``doc.spans[SPANS_KEY]`` in one place.

spaCy keys a span's ``._`` values by its character offsets alone, so two candidates over
the same tokens ("Llama-2-7B" as MODEL and as PARAMS, or "7B/30B" as two sizes) would share
them. Here they are keyed by offsets, label and span id as well.
"""

from __future__ import annotations

import functools

from spacy.tokens import Span

CANDIDATES = "litkit_candidates"
SPANS_KEY = "litkit"

#: attribute -> default. value is the normalized number; dataset and model the names as
#: written (a RESULT's, a size's, or the DATASET/MODEL span's own); kind, own and metric_type
#: a RESULT's (the guidelines' version 2 fields); canonical the identity of a DATASET/MODEL,
#: and family, size and variant a MODEL's (see identity.py); lexicon_kind a lexicon name's
#: ``kind`` ("benchmark", "resource", ...; not a Mentions column).
SPAN_ATTRS = {
    "value": None,
    "unit": None,
    "qualifier": None,
    "metric": None,
    "dataset": None,
    "model": None,
    "kind": None,
    "own": None,
    "metric_type": None,
    "canonical": None,
    "family": None,
    "size": None,
    "variant": None,
    "lexicon_kind": None,
    "source": None,  # which component/rule produced it, for debugging and precedence
}
#: the values of a span that has none set
_NONE: dict = {}


def _key(span: Span) -> tuple:
    """Where a span's values are kept in ``doc.user_data``: one dict per span, so that reading
    them all (a Mentions row) is one lookup, not one per attribute."""
    return "litkit._", span.start_char, span.end_char, span.label, span.id


def _get(name: str, span: Span):
    return span.doc.user_data.get(_key(span), _NONE).get(name, SPAN_ATTRS[name])


def span_values(span: Span) -> dict:
    """Every attribute of ``span`` by name, at once (``span._.x`` looks each one up)."""
    return {**SPAN_ATTRS, **span.doc.user_data.get(_key(span), _NONE)}


def _set(name: str, span: Span, value) -> None:
    span.doc.user_data.setdefault(_key(span), {})[name] = value


def span_value(span: Span, name: str):
    """One attribute of ``span`` (what ``span._.name`` gives, without building ``span._``)."""
    return span.doc.user_data.get(_key(span), _NONE).get(name, SPAN_ATTRS[name])


def set_span_values(span: Span, **values) -> None:
    """Set attributes of ``span`` at once (as ``span._.name = value`` does, for each)."""
    span.doc.user_data.setdefault(_key(span), {}).update(values)


def register() -> None:
    """Register the Span extensions (idempotent)."""
    for name in SPAN_ATTRS:
        Span.set_extension(name, getter=functools.partial(_get, name),
                           setter=functools.partial(_set, name), force=True)


register()
