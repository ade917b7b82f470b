"""Facts from abstracts: spaCy components, the Corpus -> Mentions -> Papers steps.

    mentions = litkit.extract(corpus)             # one row per mention
    papers = litkit.summarize(mentions, corpus)    # one row per paper, evaluation format
"""

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
