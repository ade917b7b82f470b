"""Abstracts with their extracted spans highlighted (spaCy displaCy), to check evidence by eye.

``show("seed-013", corpus)`` draws the paper's title and abstract with every mention
coloured by label; ``show(mentions.query("label == 'RESULT'"), corpus)`` draws only the
given mentions, paper by paper. RESULT mentions are labelled by kind (SCORE, DELTA, RATIO,
else RESULT), so a gain never passes for a score unseen; each span also names what was read
(the metric type, dataset and model of a result, a model's canonical name, a size).
"""

from __future__ import annotations

import warnings
from collections.abc import Iterable

import pandas as pd
from spacy import displacy

from litkit.errors import LitkitError
from litkit.extract.pipeline import document_text
from litkit.report import human_number

#: background colour per displayed label (light, so black text stays readable)
COLORS = {
    "PARAMS": "#9FC5E8", "TOKENS": "#A2D9CE", "SCORE": "#F6B26B", "DELTA": "#FFE599",
    "RATIO": "#F9CB9C", "RESULT": "#FCE5CD", "DATASET": "#B6D7A8", "MODEL": "#D5A6BD",
    "COMPUTE": "#EAD1DC", "DATA_SIZE": "#D9D2E9", "CONTEXT_LENGTH": "#CFE2F3",
    "CODE_URL": "#D9D9D9",
}
STYLES = ("span", "ent")


def show(
    what: str | Iterable[str] | pd.DataFrame,
    corpus: pd.DataFrame,
    mentions: pd.DataFrame | None = None,
    style: str = "span",
    max_papers: int = 10,
    jupyter: bool | None = None,
) -> str | None:
    """Render papers with their mentions highlighted: ``what`` is a paper id, ids, or a
    Mentions table (only its rows are drawn). For ids, ``mentions`` are those of an earlier
    ``litkit.extract`` (default: the papers are extracted now).

    ``style="span"`` draws overlapping mentions ("Llama-2-7B" as MODEL and PARAMS) stacked;
    ``"ent"`` draws inline highlights, the longest of overlapping mentions, and keeps the
    line break after the title. In Jupyter the
    HTML is displayed (returns None); elsewhere it is returned (``jupyter`` overrides).
    """
    if style not in STYLES:
        raise LitkitError(f"unknown style {style!r}; use one of {list(STYLES)}")
    if isinstance(what, pd.DataFrame):
        mentions, ids = what, list(dict.fromkeys(what["paper_id"]))
    else:
        ids = [what] if isinstance(what, str) else list(what)
    papers = corpus.set_index("id", drop=False)
    unknown = [i for i in ids if i not in papers.index]
    if unknown:
        raise LitkitError(f"paper(s) {unknown[:5]} not in the corpus "
                          f"(its ids look like {list(corpus['id'][:3])})")
    if len(ids) > max_papers:
        warnings.warn(f"showing the first {max_papers} of {len(ids)} papers (max_papers)",
                      stacklevel=2)
        ids = ids[:max_papers]
    if mentions is None:
        from litkit.extract import extract

        mentions = extract(papers.loc[ids], progress=False)
    parsed = [_parsed(papers.loc[pid], mentions[mentions["paper_id"] == pid], style)
              for pid in ids]
    return displacy.render(parsed, style=style, manual=True, jupyter=jupyter,
                           options={"colors": COLORS})


def _parsed(paper: pd.Series, rows: pd.DataFrame, style: str) -> dict:
    """displaCy's manual input for one paper: its text and its mentions as labelled spans."""
    text = document_text(paper["title"], paper["abstract"])
    spans = []
    for row in rows.sort_values(["start", "end"]).itertuples():
        if text[row.start:row.end] != row.text:
            raise LitkitError(f"{paper['id']}: mention {row.text!r} at {row.start}-{row.end} "
                              "is not in the paper's text; was the corpus changed after "
                              "extraction?")
        spans.append({"start": row.start, "end": row.end, "label": _label(row),
                      "kb_id": _reading(row), "kb_url": "#"})
    year = paper.get("year")
    title = f"{paper['id']}" + (f" ({int(year)})" if pd.notna(year) else "")
    if style == "ent":
        return {"text": text, "ents": _not_overlapping(spans), "title": title}
    return {"title": title, **_tokens(text, spans)}


def _not_overlapping(spans: list[dict]) -> list[dict]:
    """The longest spans that do not overlap (the first of equal ones), in text order."""
    kept: list[dict] = []
    for span in sorted(spans, key=lambda s: (s["start"] - s["end"], s["start"])):
        if all(span["end"] <= k["start"] or span["start"] >= k["end"] for k in kept):
            kept.append(span)
    return sorted(kept, key=lambda s: s["start"])


def _tokens(text: str, spans: list[dict]) -> dict:
    """The text cut at every span boundary, so spans are whole tokens and the text keeps its
    own words (displaCy's span style draws a space between tokens)."""
    cuts = sorted({0, len(text), *(s["start"] for s in spans), *(s["end"] for s in spans)})
    tokens = [text[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False)]
    index = {cut: i for i, cut in enumerate(cuts)}
    return {"text": text, "tokens": tokens,
            "spans": [s | {"start_token": index[s["start"]], "end_token": index[s["end"]]}
                      for s in spans]}


def _label(row) -> str:
    """The label shown: a RESULT's kind in capitals (SCORE, DELTA, RATIO), else the label."""
    kind = getattr(row, "kind", None)
    if row.label == "RESULT" and isinstance(kind, str) and kind.upper() in COLORS:
        return kind.upper()
    return row.label


def _reading(row) -> str:
    """What was read from the span, shown next to its label: '175B', 'accuracy on GSM8K by
    Llama 2 (own)', a model's canonical name."""
    get = row._asdict().get
    if row.label == "RESULT":
        parts = [get("metric_type") or get("metric"), _on(get("dataset")), _by(get("model"))]
        if _true(get("own")):
            parts.append("(own)")
        return " ".join(p for p in parts if p)
    if row.label in ("MODEL", "DATASET"):
        canonical = get("canonical")
        return canonical if isinstance(canonical, str) and canonical != row.text else ""
    if row.label in ("PARAMS", "TOKENS") and pd.notna(get("value")):
        model = get("model")
        return human_number(get("value")) + (f" of {model}" if isinstance(model, str) else "")
    return ""


def _true(flag: object) -> bool:
    return flag is not None and not pd.isna(flag) and bool(flag)


def _on(dataset: object) -> str:
    return f"on {dataset}" if isinstance(dataset, str) and dataset else ""


def _by(model: object) -> str:
    return f"by {model}" if isinstance(model, str) and model else ""
