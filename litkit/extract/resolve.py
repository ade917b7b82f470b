"""The one place where overlapping candidates are settled into ``doc.spans[SPANS_KEY]``.

Names (DATASET, MODEL) and numbers are settled separately, so "Llama-2-7B" can be a MODEL
while its "7B" is PARAMS. Among numbers claimed by several rules the label earlier in
``NUMBER_PRECEDENCE`` wins; among names the longer span wins.
"""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc, Span

from litkit.extract.extensions import CANDIDATES, SPANS_KEY
from litkit.extract.spans import BatchedComponent

NAME_LABELS = ("DATASET", "MODEL")
NUMBER_PRECEDENCE = ("CODE_URL", "PARAMS", "TOKENS", "CONTEXT_LENGTH", "COMPUTE", "RESULT",
                     "DATA_SIZE")


def resolve(spans: list[Span]) -> list[Span]:
    """Non-overlapping spans per layer (names, numbers), in document order.

    Spans from one rule match (same label and source) never conflict: a list such as
    "66%~75%" can give two values in one token.
    """
    kept: list[Span] = []
    for layer in (_names(spans), _number_spans(spans)):
        taken: dict[int, list[Span]] = {}  # token index -> chosen spans covering it
        for span in layer:
            if any(_conflict(span, other) for i in range(span.start, span.end)
                   for other in taken.get(i, ())):
                continue
            for i in range(span.start, span.end):
                taken.setdefault(i, []).append(span)
            kept.append(span)
    return sorted(kept, key=lambda s: (s.start_char, s.end_char))


def _names(spans: list[Span]) -> list[Span]:
    names = [s for s in spans if s.label_ in NAME_LABELS]
    return sorted(names, key=lambda s: (-(s.end_char - s.start_char), s.start_char))


def _number_spans(spans: list[Span]) -> list[Span]:
    rank = {label: n for n, label in enumerate(NUMBER_PRECEDENCE)}
    numbers = [s for s in spans if s.label_ not in NAME_LABELS]
    return sorted(numbers, key=lambda s: (rank.get(s.label_, len(rank)), s.start_char))


def _conflict(span: Span, other: Span) -> bool:
    """Overlapping spans conflict unless they are two values of one rule's match."""
    same_match = span.label_ == other.label_ and span._.source == other._.source
    return not (same_match and span._.value != other._.value)


@Language.factory("litkit_resolve_v1")
def make_resolver(nlp: Language, name: str) -> Resolver:
    """spaCy factory: settle ``doc.spans[CANDIDATES]`` into ``doc.spans[SPANS_KEY]``."""
    return Resolver(name)


class Resolver(BatchedComponent):
    """Pipeline component writing the final, non-overlapping mentions."""

    def __call__(self, doc: Doc) -> Doc:
        candidates = list(doc.spans[CANDIDATES]) if CANDIDATES in doc.spans else []
        doc.spans[SPANS_KEY] = resolve(candidates)
        return doc
