"""Writing rule candidates onto a Doc as spans with litkit's attributes."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator

from spacy.tokens import Doc
from spacy.util import minibatch, raise_error

from litkit.extract.extensions import CANDIDATES, set_span_values
from litkit.extract.patterns import Candidate

_TEXT_KEY = "litkit_text"


def doc_text(doc: Doc) -> str:
    """``doc.text``, built once per Doc (spaCy joins every token on each access)."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text


class TextKeepingTokenizer:
    """A tokenizer wrapper that stores each Doc's text for ``doc_text`` while tokenizing.

    Everything else (special cases, serialization) is the wrapped tokenizer's.
    """

    def __init__(self, tokenizer) -> None:
        self.tokenizer = tokenizer

    def __call__(self, text: str) -> Doc:
        doc = self.tokenizer(text)
        doc.user_data[_TEXT_KEY] = text
        return doc

    def pipe(self, texts, batch_size: int = 1000):
        for text in texts:
            yield self(text)

    def __getattr__(self, name: str):
        if name == "tokenizer":  # not yet set while unpickling
            raise AttributeError(name)
        return getattr(self.tokenizer, name)


class BatchedComponent:
    """Base of litkit's rule components: ``nlp.pipe`` runs each on a batch of Docs before the
    next component does (spaCy runs a component that has no ``pipe`` on one Doc, then the next
    component on it: each rule set fell out of the CPU caches between Docs, ~8% slower).

    A Doc whose ``__call__`` fails goes to the error handler (``nlp.set_error_handler``) and
    is not passed on, as spaCy does for a component without ``pipe``.
    """

    def __init__(self, name: str) -> None:
        self.name = name  # the pipeline's name for it, which reports its errors
        self._error_handler = raise_error

    def __call__(self, doc: Doc) -> Doc:
        raise NotImplementedError

    def pipe(self, docs: Iterable[Doc], batch_size: int = 64) -> Iterator[Doc]:
        """``docs`` through ``__call__``, ``batch_size`` at a time, in order."""
        for batch in minibatch(docs, batch_size):
            done = []
            for doc in batch:
                try:
                    done.append(self(doc))
                except Exception as exc:  # (the handler decides: spaCy's raises it)
                    self._error_handler(self.name, self, [doc], exc)
            yield from done

    def get_error_handler(self) -> Callable:
        return self._error_handler

    def set_error_handler(self, handler: Callable) -> None:
        """``handler(name, component, docs, exception)`` is called for each failing Doc."""
        self._error_handler = handler


def add_candidates(doc: Doc, candidates: Iterable[Candidate]) -> None:
    """Append ``candidates`` to ``doc.spans[CANDIDATES]``, each widened to whole tokens."""
    group = doc.spans[CANDIDATES] if CANDIDATES in doc.spans else None
    first_id = len(group) + 1 if group is not None else 1  # ids keep their ._ values apart
    spans = []
    for n, cand in enumerate(candidates, first_id):
        span = doc.char_span(cand.start, cand.end, label=cand.label, alignment_mode="expand",
                             span_id=n)
        if span is None or not len(span):
            continue
        set_span_values(span, value=cand.value, unit=cand.unit, source=cand.source,
                        **cand.attrs)
        spans.append(span)
    if group is None:
        doc.spans[CANDIDATES] = spans
    else:
        group.extend(spans)
