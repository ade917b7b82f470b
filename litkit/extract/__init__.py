"""Facts from abstracts: spaCy components, the Corpus -> Mentions -> Papers steps.

    mentions = litkit.extract(corpus)             # one row per mention
    papers = litkit.summarize(mentions, corpus)    # one row per paper, evaluation format

``litkit.extract`` names both this package and the function: once the package is imported
Python binds the package to ``litkit.extract``, so calling the package calls ``extract``.
"""

import sys
import types

from litkit.extract.pipeline import (
    EXTRACTOR_VERSION,
    MENTION_COLUMNS,
    build_pipeline,
    extract,
    extract_frame,
)
from litkit.extract.summarize import PAPER_COLUMNS, summarize

__all__ = ["EXTRACTOR_VERSION", "MENTION_COLUMNS", "PAPER_COLUMNS", "build_pipeline", "extract",
           "extract_frame", "summarize"]


class _CallablePackage(types.ModuleType):
    """This package, callable as ``litkit.extract(corpus, ...)``."""

    def __call__(self, *args, **kwargs):
        return extract(*args, **kwargs)


sys.modules[__name__].__class__ = _CallablePackage
