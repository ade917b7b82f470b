"""Two levels of topics: fine topics (research threads) nested under themes.

How many of each a corpus gets, DocTopics seen at either level, and the ``topic_tree`` table
(one row per theme and per fine topic, with its parent, label, size and representatives).
"""

from __future__ import annotations

import math

import pandas as pd

from litkit.errors import LitkitError

LEVELS = ("topic", "theme")
#: Fine topics: one per this many papers (but at least sqrt(papers / 2)), at most MAX_TOPICS.
PAPERS_PER_TOPIC = 200
MAX_TOPICS = 300
MAX_THEMES = 30
TREE_COLUMNS = ["level", "topic", "parent", "label", "size", "share", "words",
                "representative_ids", "representative_titles"]


def auto_n_topics(n_papers: int) -> int:
    """Fine topics for a corpus: n/200, but at least sqrt(n/2) for small corpora (the 87-paper
    seed gets 7, 5,000 papers 50, 46,600 papers 233), at most 300 and n/3."""
    wanted = max(n_papers / PAPERS_PER_TOPIC, math.sqrt(n_papers / 2))
    return max(1, min(MAX_TOPICS, round(wanted), n_papers // 3))


def auto_n_themes(n_topics: int) -> int:
    """Themes over ``n_topics`` fine topics: sqrt(2 x topics) (233 topics -> 22 themes),
    at most 30 and half the topics."""
    return max(1, min(MAX_THEMES, round(math.sqrt(2 * n_topics)), n_topics // 2))


def auto_min_topic_size(n_papers: int) -> int:
    """Smallest fine topic: 1/2000 of the papers, at least 3 (smaller clusters are dissolved)."""
    return max(3, round(n_papers / 2000))


def at_level(doc_topics: pd.DataFrame, level: str) -> pd.DataFrame:
    """DocTopics whose ``topic``/``label`` hold the ids and labels of ``level`` ('topic' or
    'theme'), so every table built from DocTopics works at either level."""
    if level == "topic":
        return doc_topics
    if level != "theme":
        raise LitkitError(f"level must be one of {list(LEVELS)}, got {level!r}")
    if "theme" not in doc_topics:
        raise LitkitError("DocTopics has no 'theme' column: fit a model with themes")
    return doc_topics.assign(topic=doc_topics["theme"], label=doc_topics["theme_label"])


def topic_tree(theme_info: pd.DataFrame, topic_info: pd.DataFrame) -> pd.DataFrame:
    """One row per node: each theme (level 'theme', parent -1) followed by its fine topics
    (level 'topic', parent = theme), largest first; outliers (-1) are left out."""
    rows = []
    for _, theme in theme_info[theme_info["topic"] >= 0].iterrows():
        rows.append({**theme.to_dict(), "level": "theme", "parent": -1})
        members = topic_info[topic_info["theme"] == theme["topic"]]
        for _, topic in members.iterrows():
            rows.append({**topic.to_dict(), "level": "topic", "parent": int(theme["topic"])})
    return pd.DataFrame(rows, columns=TREE_COLUMNS)
