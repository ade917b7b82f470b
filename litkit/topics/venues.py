"""Venue mix per time bin, and topic trends normalized within venue.

A corpus assembled from several venues can change its mix from one year to the next (in the
shared 46k corpus every 2023 paper is from AISTATS), and a topic's share then moves with the
mix, not with the field. :func:`venue_mix` shows each bin's composition and flags bins that
one venue dominates or whose mix shifts sharply; :func:`within_venue` gives topic shares
that a change of mix does not move (indirect standardization, see there).
"""

from __future__ import annotations

import re
import warnings
from collections.abc import Sequence

import numpy as np
import pandas as pd

from litkit.errors import LitkitError
from litkit.topics.hierarchy import at_level
from litkit.topics.time import DEFAULT_MIN_PAPERS, assign_bins, topics_over_time

#: A bin is *dominated* when one venue holds at least this share of its papers and at least
#: twice its share of the whole corpus (a corpus that is mostly one venue is not flagged).
DOMINANT_SHARE = 0.8
#: A bin's mix *shifts* when its total-variation distance from the previous bin's mix
#: (half the sum of absolute share differences, 0 = same mix, 1 = no venue in common) is
#: at least this.
SHIFT_DISTANCE = 0.5
NO_VENUE = "(no venue)"

_ORDINAL = (r"(?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|"
            r"twelfth|(?:thir|four|fif|six|seven|eigh|nine)teenth|twentieth|thirtieth|"
            r"(?:twenty|thirty)[- ](?:first|second|third|\w+th)|\d+(?:st|nd|rd|th|e|ème|er))")
_EDITION = re.compile(rf"\b{_ORDINAL}\b|'?\b\d{{2}}\b|(?:19|20)\d\d", re.IGNORECASE)
_PREFIX = re.compile(r"^\s*(?:(?:proceedings|proc\.)\s+(?:of|for)|actes\s+de)\s+(?:the|la|le)?\s*",
                     re.IGNORECASE)
#: parentheses ("(EMNLP-IJCNLP)", "(Volume 1: Long Papers)") and what follows a subtitle
#: mark or a volume number (": Tutorial Abstracts", ". Articles longs", ", Volume 8")
_DETAIL = re.compile(r"\([^()]*\)|(?::|\.\s|\s[-\u2013]\s|,\s*(?:vol\.|volume|issue)).*",
                     re.IGNORECASE)

#: the major venues by their usual short names, whichever way a source writes them
_ACL = "association for computational linguistics"
_ALIASES = {name: re.compile(pattern, re.IGNORECASE) for name, pattern in {
    "NeurIPS": r"(?:advances in )?neural information processing systems|nips|neurips",
    "ICML": r"international conference on machine learning|icml",
    "ICLR": r"international conference on learning representations|iclr",
    "AISTATS": r"(?:international conference on )?artificial intelligence and statistics|aistats",
    "ACL": rf"annual meeting of the {_ACL}|acl",
    "NAACL": rf"(?:annual )?conference of the north american chapter of the {_ACL}|naacl(?:-hlt)?",
    "EACL": rf"conference of the european chapter of the {_ACL}|eacl",
    "EMNLP": r"conference on empirical methods in natural language processing(?: and .*)?|"
             r"emnlp(?:-ijcnlp)?",
    "COLING": r"(?:coling, )?(?:the )?international conference on computational linguistics|coling",
    "LREC": r"(?:international conference on )?language resources and evaluation(?: conference)?"
            r"|lrec",
    "COLM": r"conference on language modeling|colm",
    "AAAI": r"aaai conference on artificial intelligence|aaai",
    "IJCAI": r"international joint conference on artificial intelligence|ijcai",
    "CVPR": r"(?:ieee/cvf )?conference on computer vision and pattern recognition|cvpr",
}.items()}


def venue_name(venue: object) -> str:
    """A venue without edition, year, volume or track, and the major ones by their short
    name, so that a venue matches across years and sources: 'Proceedings of the 58th Annual
    Meeting of the Association for Computational Linguistics (Volume 1: Long Papers)' ->
    'ACL', 'Proceedings of the Fifth Conference on Machine Translation' -> 'Conference on
    Machine Translation'."""
    if venue is None or (isinstance(venue, float) and np.isnan(venue)) or not str(venue).strip():
        return NO_VENUE
    text = _PREFIX.sub("", _DETAIL.sub("", str(venue)))
    text = re.sub(r"^(?:the\s+)+", "", _EDITION.sub(" ", text), flags=re.IGNORECASE)
    text = re.sub(r"\s+(?=,)", "", re.sub(r"\s+", " ", text)).strip(" ,;-")
    alias = next((name for name, rule in _ALIASES.items() if rule.fullmatch(text)), None)
    return alias or text or str(venue).strip()


def _binned(corpus: pd.DataFrame, bins: str | Sequence,
            doc_topics: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(one row per binned paper: id, bin_no, venue, and topic/theme columns when
    ``doc_topics`` is given, counting only its modelled papers; the bins table)."""
    for column in ("id", "venue"):
        if column not in corpus:
            raise LitkitError(f"venue mix needs a Corpus with '{column}' (columns: "
                              f"{list(corpus)})")
    venues = pd.Series(corpus["venue"].map(venue_name).to_numpy(), index=corpus["id"].to_numpy())
    papers = corpus if doc_topics is None else doc_topics[doc_topics["modelled"].astype(bool)]
    missing = set(papers["id"]) - set(venues.index)
    if missing:
        raise LitkitError(f"corpus lacks {len(missing)} modelled paper(s), e.g. "
                          f"{sorted(missing)[:3]}")
    bin_no, table = assign_bins(papers, bins)
    out = papers.assign(bin_no=bin_no, venue=papers["id"].map(venues).to_numpy())
    return out[bin_no >= 0].reset_index(drop=True), table


def venue_mix(
    corpus: pd.DataFrame,
    bins: str | Sequence = "year",
    doc_topics: pd.DataFrame | None = None,
    min_papers: int = DEFAULT_MIN_PAPERS,
    dominant: float = DOMINANT_SHARE,
    shift: float = SHIFT_DISTANCE,
    warn: bool = True,
) -> pd.DataFrame:
    """Venue composition per time bin: one row per (bin, venue) with papers and share.

    Venues are compared by :func:`venue_name`. Bin-level columns: ``bin_papers``,
    ``distance`` (total-variation distance from the previous bin's mix), ``dominated`` (a
    venue holds >= ``dominant`` of the bin and twice its share of the corpus), ``shifted``
    (distance >= ``shift``) and ``warning`` (the reason, '' when none). Bins with under
    ``min_papers`` papers are never flagged. With ``doc_topics``, only its modelled papers
    count (the denominators of TopicsOverTime). ``warn`` issues one warning naming the
    flagged bins.
    """
    papers, table = _binned(corpus, bins, doc_topics)
    counts = pd.crosstab(papers["venue"], papers["bin_no"]).reindex(
        columns=range(len(table)), fill_value=0)
    per_bin = counts.sum()
    shares = counts / per_bin.where(per_bin > 0)
    overall = counts.sum(axis=1) / max(int(per_bin.sum()), 1)
    enough = per_bin >= min_papers
    top = shares.fillna(0).idxmax() if len(counts) else pd.Series(index=per_bin.index)
    top_share = shares.max()
    dominated = enough & (top_share >= dominant) & (top_share >= 2 * top.map(overall))
    distance = pd.Series(np.nan, index=per_bin.index)
    previous = pd.Series(None, index=per_bin.index, dtype=object)
    full = per_bin.index[enough.to_numpy()]
    for before, b in zip(full[:-1], full[1:], strict=True):
        distance[b] = float((shares[b] - shares[before]).abs().sum() / 2)
        previous[b] = table["bin"][before]
    shifted = distance >= shift
    reasons = pd.Series("", index=per_bin.index)
    for b in per_bin.index:
        parts = []
        if dominated[b]:
            parts.append(f"{top[b]} holds {top_share[b]:.0%} of its papers, "
                         f"{overall[top[b]]:.0%} of all")
        if shifted[b]:
            parts.append(f"mix distance {distance[b]:.2f} from {previous[b]}")
        reasons[b] = "; ".join(parts)
    long = counts.stack().rename("papers").reset_index()
    long = long[long["papers"] > 0]
    out = long.join(table, on="bin_no")
    out["share"] = out["papers"] / out["bin_no"].map(per_bin)
    for name, values in (("bin_papers", per_bin), ("distance", distance),
                         ("dominated", dominated), ("shifted", shifted), ("warning", reasons)):
        out[name] = out["bin_no"].map(values)
    out = out.sort_values(["bin_no", "papers", "venue"], ascending=[True, False, True],
                          kind="stable")
    out = out[["bin", "start", "end", "venue", "papers", "share", "bin_papers", "distance",
               "dominated", "shifted", "warning"]].reset_index(drop=True)
    flagged = [f"{table['bin'][b]} ({reasons[b]})" for b in per_bin.index if reasons[b]]
    if warn and flagged:
        shown = "; ".join(flagged[-5:]) + (f"; and {len(flagged) - 5} earlier" if
                                           len(flagged) > 5 else "")
        warnings.warn(f"venue mix: {len(flagged)} of {int(enough.sum())} bins flagged, topic "
                      f"shares there follow the venues (compare within_venue): {shown}",
                      stacklevel=2)
    return out


def standardize(members: pd.DataFrame, papers: pd.DataFrame, key: str) -> pd.DataFrame:
    """Observed and venue-expected papers per (``key``, bin), and the bin's papers as the
    item sees them; the core of :func:`within_venue`.

    ``members`` has one row per (item, paper): ``key``, bin_no, venue; ``papers`` one row
    per counted paper: bin_no, venue. Returns key, bin_no, observed, expected and
    ``exposure``, expected / the item's overall share: the bin's papers weighted by how much
    their venues publish on the item, so that observed / exposure is the normalized share
    and the evidence stays the papers observed.
    """
    venue_bin = pd.crosstab(papers["venue"], papers["bin_no"])
    venue_total = venue_bin.sum(axis=1)
    item_venue = pd.crosstab(members[key], members["venue"]).reindex(
        columns=venue_bin.index, fill_value=0)
    base = item_venue / venue_total  # the item's share of each venue's papers, all bins
    expected = base @ venue_bin  # (item x bin) papers the bin's venue mix predicts
    observed = pd.crosstab(members[key], members["bin_no"]).reindex(
        index=expected.index, columns=expected.columns, fill_value=0)
    overall = item_venue.sum(axis=1) / len(papers)
    exposure = expected.div(overall, axis=0)
    frames = {"observed": observed, "expected": expected, "exposure": exposure}
    out = pd.concat({name: f.stack() for name, f in frames.items()}, axis=1)
    return out.rename_axis([key, "bin_no"]).reset_index()


def within_venue(
    doc_topics: pd.DataFrame,
    corpus: pd.DataFrame,
    bins: str | Sequence = "year",
    level: str = "topic",
    min_papers: int = DEFAULT_MIN_PAPERS,
) -> pd.DataFrame:
    """TopicsOverTime whose ``share`` and ``count`` are normalized within venue, so that a
    change of venue mix does not move them; the table's own are kept as ``raw_share`` and
    ``raw_count``.

    Method (indirect standardization): a topic's ``expected`` papers in a bin are those its
    share *within each venue* (over all bins) predicts for the bin's venues; its normalized
    share is its overall share times observed / expected. A bin holding only AISTATS papers
    thus shows a statistics topic at its usual share unless AISTATS itself published more
    of it that year. With one venue, or an unchanging mix, the normalized share is the raw
    share. Shares of a bin need not add up to 1.

    ``count`` stays the papers observed and ``bin_papers`` becomes the bin's papers as the
    topic sees them (expected / overall share; the real ones are ``raw_bin_papers``), so
    that count / bin_papers is the normalized share and :func:`litkit.topics.emerging`,
    run on the result as it is, weighs the evidence of the papers observed (3 papers where
    1.4 were expected are not a burst).
    """
    leveled = at_level(doc_topics, level)
    raw = topics_over_time(leveled, bins, min_papers)
    papers, table = _binned(corpus, bins, leveled)
    adjusted = standardize(papers, papers, "topic").set_index(["topic", "bin_no"])
    position = pd.Series(range(len(table)), index=table["bin"])
    keys = pd.MultiIndex.from_arrays([raw["topic"], raw["bin"].map(position)])
    exposure = adjusted["exposure"].reindex(keys).fillna(0.0).to_numpy()
    out = raw.assign(raw_share=raw["share"], raw_bin_papers=raw["bin_papers"],
                     expected=adjusted["expected"].reindex(keys).fillna(0.0).to_numpy(),
                     bin_papers=np.maximum(exposure, raw["count"]))
    share = out["count"] / out["bin_papers"].where(out["bin_papers"] > 0)
    out["share"] = share.fillna(0.0).where(raw["bin_papers"] > 0)  # no papers: no share
    out.attrs.update(raw.attrs, level=level, normalized="within venue")
    return out
