"""Survey figures in one consistent style; each function takes litkit tables, returns a Figure.

Figures are built with :class:`matplotlib.figure.Figure` (no pyplot state, no screen needed)
inside :func:`style`, sized for one- or two-column papers, and written by :func:`save` as
PDF (vector, fonts embedded), SVG and PNG. Colours are the Okabe–Ito colour-blind-safe set.
A figure given nothing to draw (no paper reports what it shows) is an empty, labelled axes
that says so, with a :class:`NothingToDraw` warning, so a notebook on a narrow selection runs
on; tables without the columns a figure needs are errors.
"""

from __future__ import annotations

import re
import textwrap
import warnings
from collections.abc import Collection, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

import matplotlib as mpl
import numpy as np
import pandas as pd
from matplotlib.figure import Figure

from litkit.dates import decimal_year, from_decimal_year, periods
from litkit.errors import LitkitError
from litkit.report import human_number
from litkit.topics.facts import name_key

WIDTH_ONE_COLUMN = 3.3  # inches: one column of a two-column paper (ACL, NeurIPS-style two-col)
WIDTH_TWO_COLUMN = 6.9  # inches: full text width
#: Okabe & Ito (2008) colour-blind-safe palette, most distinct colours first.
PALETTE = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7", "#F0E442",
           "#000000"]
GREY = "#9E9E9E"
FORMATS = ("pdf", "svg", "png")
#: Compute-optimal training budget from Hoffmann et al. (2022), "Chinchilla".
TOKENS_PER_PARAMETER = 20

RC = {
    "font.family": "serif",
    "font.serif": ["Times New Roman", "Times", "Nimbus Roman", "STIXGeneral", "DejaVu Serif"],
    "mathtext.fontset": "stix",
    "font.size": 8,
    "axes.titlesize": 8.5,
    "axes.labelsize": 8,
    "xtick.labelsize": 7,
    "ytick.labelsize": 7,
    "legend.fontsize": 6.5,
    "legend.frameon": False,
    "axes.prop_cycle": mpl.cycler(color=PALETTE),
    "axes.spines.top": False,
    "axes.spines.right": False,
    "axes.linewidth": 0.6,
    "axes.grid": True,
    "grid.linewidth": 0.4,
    "grid.alpha": 0.35,
    "lines.linewidth": 1.2,
    "lines.markersize": 4,
    "xtick.major.width": 0.6,
    "ytick.major.width": 0.6,
    "figure.dpi": 150,
    "savefig.dpi": 300,
    "savefig.bbox": "tight",
    "savefig.pad_inches": 0.02,
    "pdf.fonttype": 42,  # TrueType, so the PDF's text stays text (editors and camera-ready)
    "svg.fonttype": "path",
}


@contextmanager
def style() -> Iterator[None]:
    """The survey style as a context: ``with figures.style(): fig = Figure(...)``."""
    with mpl.rc_context(RC):
        yield


def save(fig: Figure, path_stem: str | Path, formats: Sequence[str] = FORMATS) -> list[Path]:
    """Write ``fig`` as ``<stem>.pdf``, ``.svg`` and ``.png`` (300 dpi); returns the paths."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise LitkitError(f"unknown figure format(s) {unknown}; use any of {list(FORMATS)}")
    stem = Path(path_stem)
    stem.parent.mkdir(parents=True, exist_ok=True)
    paths = [stem.with_name(f"{stem.name}.{fmt}") for fmt in formats]
    with style():
        for path in paths:
            fig.savefig(path, metadata={"Date": None} if path.suffix == ".svg" else None)
    return paths


def _human_log_axis(axis, low: float, high: float) -> None:
    """Log-axis ticks read as '7B' / '1T'; 1-2-5 steps when the data span under 3 decades."""
    if high / low < 1e3:
        axis.set_major_locator(mpl.ticker.LogLocator(subs=(1.0, 2.0, 5.0)))
    axis.set_major_formatter(mpl.ticker.FuncFormatter(lambda v, _: human_number(v)))
    axis.set_minor_formatter(mpl.ticker.NullFormatter())


def _figure(width: float, height: float) -> tuple[Figure, object]:
    fig = Figure(figsize=(width, height), layout="constrained")
    return fig, fig.add_subplot()


class NothingToDraw(UserWarning):
    """A figure function had no data to draw and returned an empty figure saying why."""


def _nothing_to_draw(note: str, width: float, height: float, xlabel: str = "",
                     ylabel: str = "") -> Figure:
    """An empty axes, labelled as the figure would be, with ``note`` written across it;
    warns with the same note."""
    warnings.warn(note, NothingToDraw, stacklevel=3)
    with style():
        fig, ax = _figure(width, height)
        ax.text(0.5, 0.5, textwrap.fill(note, 48 if width < 5 else 90), transform=ax.transAxes,
                ha="center", va="center", color="#555555")
        ax.set_xticks([])
        ax.set_yticks([])
        ax.grid(False)
        ax.set_xlabel(xlabel)
        ax.set_ylabel(ylabel)
    return fig


def paper_times(corpus: pd.DataFrame) -> pd.DataFrame:
    """Per paper id: ``when`` (the middle of the day, month or year its date stands for, as a
    decimal year), ``start``/``end`` of that period (decimal years) and ``precision``.

    Nothing finer than the source gives is invented: a year-only paper sits mid-year, and
    figures mark it as such.
    """
    start, end = periods(corpus)
    out = pd.DataFrame({
        "when": decimal_year(start + (end - start) / 2),
        "start": decimal_year(start),
        "end": decimal_year(end),
        "precision": np.where(start.notna(), np.where(end - start > pd.Timedelta(days=31),
                                                      "year", "date"), None),
    })
    out.index = corpus["id"].to_numpy()
    return out


def _time_ticks(low: float, high: float, most: int = 7) -> tuple[float, float, list, list]:
    """(axis start, axis end, tick positions, tick labels) for a time axis over [low, high]
    (decimal years): whole years ('2024', every 1, 2, 5... years) over three years or more,
    else months ('Mar 2024'); the ends are moved out to the nearest year or month start."""
    if high - low >= 3:
        lo, hi = int(np.floor(low)), int(np.ceil(high))
        step = _tick_step(hi - lo + 1, per_step=most)
        shown = [y for y in range(lo, hi + 1) if (hi - y) % step == 0]
        return float(lo), float(hi), [float(y) for y in shown], [str(y) for y in shown]
    first = from_decimal_year(low).to_period("M").to_timestamp()
    last = (from_decimal_year(high) - pd.Timedelta(seconds=1)).to_period("M") + 1
    months = pd.date_range(first, last.to_timestamp(), freq="MS")
    step = next(s for s in (1, 2, 3, 4, 6, 12) if len(months) <= most * s)
    shown = [m for m in months if (m.month - 1) % step == 0]
    edges = decimal_year(pd.Series([months[0], months[-1], *shown])).tolist()
    return edges[0], edges[1], edges[2:], [f"{m:%b %Y}" for m in shown]


def _short(text: str, width: int = 22) -> str:
    text = str(text)
    return text if len(text) <= width else text[: width - 1].rstrip() + "…"


def _topic_names(topic_info: pd.DataFrame | None) -> dict[int, str]:
    if topic_info is None:
        return {}
    column = next((c for c in ("label", "name", "Name") if c in topic_info), None)
    if column is None:
        return {}
    return dict(zip(topic_info["topic"].astype(int), topic_info[column].astype(str), strict=True))


def _since(topics_over_time: pd.DataFrame, time: str, since: float | None) -> pd.DataFrame:
    """The rows of bins from ``since`` on (all rows when None)."""
    for column in (time, "count", "topic"):
        if column not in topics_over_time:
            raise LitkitError(
                f"topics-over-time table has no '{column}' column "
                f"(columns: {list(topics_over_time.columns)})"
            )
    if since is None:
        return topics_over_time
    return topics_over_time[topics_over_time[time] >= since]


def _topic_grid(
    tot: pd.DataFrame, time: str, value: str, aggfunc: str = "sum"
) -> pd.DataFrame:
    """(time x topic) table of ``value`` from a TopicsOverTime table (outliers are topic -1)."""
    if value not in tot:
        raise LitkitError(f"topics-over-time table has no '{value}' column")
    fill = 0 if aggfunc == "sum" else None
    return tot.pivot_table(index=time, columns="topic", values=value, aggfunc=aggfunc,
                           fill_value=fill, dropna=False)


def _shade_low_counts(ax, topics_over_time: pd.DataFrame, time: str) -> None:
    """Grey out time bins flagged ``low_count`` (too few papers for a reliable share)."""
    if "low_count" not in topics_over_time:
        return
    low = topics_over_time.groupby(time)["low_count"].any()
    x = low.index.to_numpy(dtype=float)
    steps = np.diff(x) if len(x) > 1 else np.ones(1)
    # each bin reaches halfway to its neighbours, so months of 28 to 31 days leave no gaps
    edges = np.r_[x[:1] - steps[0] / 2, (x[1:] + x[:-1]) / 2, x[-1:] + steps[-1] / 2]
    for i, j in enumerate(np.flatnonzero(low.to_numpy())):
        ax.axvspan(edges[j], edges[j + 1], color="#EBEBEB", zorder=0, linewidth=0,
                   label="few papers in bin" if i == 0 else None)


def _half_bin(topics_over_time: pd.DataFrame, time: str) -> float:
    """Half the width of one time bin, in years: of a year bin, else of the table's first bin
    (its start to end), else of a month."""
    if time == "year":
        return 0.5
    if {"start", "end"} <= set(topics_over_time) and len(topics_over_time):
        ends = decimal_year(pd.Series(topics_over_time[["start", "end"]].iloc[0].tolist()))
        return float(ends.iloc[1] - ends.iloc[0]) / 2
    return 1 / 24


def _bin_axis(ax, x: np.ndarray, time: str, pad: float = 0.0) -> None:
    """The x axis over time bins: whole years for the ``year`` column, else the bins' dates
    (decimal years, e.g. the ``time`` of month bins) ticked as months or years; ``pad``
    widens it on both sides (half a bin, when there is only one)."""
    low, high = x.min() - pad, x.max() + pad
    ax.set_xlim(low, high)
    ax.set_xlabel(_bin_label(time))
    if time == "year" and pad:
        ax.set_xticks(x, [str(int(v)) for v in x])
        return
    if time == "year":
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        return
    _, _, ticks, labels = _time_ticks(low, high)
    shown = [(t, label) for t, label in zip(ticks, labels, strict=True) if low <= t <= high]
    ax.set_xticks([t for t, _ in shown], [label for _, label in shown])


def _bin_label(time: str) -> str:
    return "Year" if time == "year" else "Date"


def _no_topics(since: float | None) -> str:
    return "no fine topics to draw: every paper is in no topic, or the table is empty" + _from(
        since)


def _from(since: float | None) -> str:
    """' from 2010 on' for a figure's ``since`` (nothing when None)."""
    return f" from {since:g} on" if since is not None else ""


def _top_topics(grid: pd.DataFrame, top_n: int) -> list[int]:
    """The ``top_n`` topics with the most papers, outliers (-1) excluded."""
    return list(grid.drop(columns=-1, errors="ignore").sum().sort_values(ascending=False)
                .index[:top_n])


def papers_per_topic(
    topics_over_time: pd.DataFrame,
    topic_info: pd.DataFrame | None = None,
    top_n: int = 7,
    time: str = "year",
    since: float | None = None,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """Stacked area of papers per time bin, one band per top-``top_n`` topic, the rest 'other';
    bins before ``since`` (e.g. 2010) are left out."""
    topics_over_time = _since(topics_over_time, time, since)
    grid = _topic_grid(topics_over_time, time, "count")
    names = _topic_names(topic_info)
    top = _top_topics(grid, top_n)
    if not top:
        return _nothing_to_draw(_no_topics(since), width, width * 0.42, _bin_label(time),
                                "Papers")
    bands = [grid[t] for t in top]
    labels = [_short(names.get(t, f"topic {t}"), 40) for t in top]
    colors = PALETTE[: len(top)]
    rest = grid.drop(columns=top).sum(axis=1)
    if rest.any():
        bands.append(rest)
        labels.append("other topics or none")
        colors.append(GREY)
    x = grid.index.to_numpy(dtype=float)
    half = _half_bin(topics_over_time, time) if len(x) == 1 else 0.0
    with style():
        fig, ax = _figure(width, width * 0.42)
        if half:  # one bin: a stacked bar, as an area needs two bins
            bottom = np.zeros(1)
            for band, label, color in zip(bands, labels, colors, strict=True):
                ax.bar(x, band.to_numpy(), width=half, bottom=bottom, label=label, color=color,
                       alpha=0.9, linewidth=0.3, edgecolor="white")
                bottom = bottom + band.to_numpy()
        else:
            ax.stackplot(x, *[b.to_numpy() for b in bands], labels=labels, colors=colors,
                         alpha=0.9, linewidth=0.3, edgecolor="white")
        _shade_low_counts(ax, topics_over_time, time)
        ax.set_ylabel("Papers")
        ax.set_ylim(bottom=0)
        _bin_axis(ax, x, time, half)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), reverse=True)
    return fig


def topic_share(
    topics_over_time: pd.DataFrame,
    topic_info: pd.DataFrame | None = None,
    emerging: Collection[int] = (),
    top_n: int = 6,
    time: str = "year",
    since: float | None = None,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """Share of papers per topic over time: the first ``top_n`` of the ``emerging`` topics in
    colour over the ``top_n`` largest in grey (no emerging topics: the largest in colour);
    bins before ``since`` are left out.
    """
    topics_over_time = _since(topics_over_time, time, since)
    counts = _topic_grid(topics_over_time, time, "count")
    if "share" in topics_over_time:  # the table's own share: of all the bin's papers
        share = _topic_grid(topics_over_time, time, "share", aggfunc="mean")
    else:  # a bin without papers has no share (a gap in its line)
        share = counts.div(counts.sum(axis=1).replace(0, np.nan), axis=0)
    names = _topic_names(topic_info)
    highlight = [t for t in emerging if t in share.columns][: min(top_n, len(PALETTE))]
    background = [] if not highlight else _top_topics(counts, top_n)
    if not highlight:
        highlight = _top_topics(counts, top_n)
    if not highlight:
        return _nothing_to_draw(_no_topics(since), width, width * 0.42, _bin_label(time),
                                "Share of papers")
    x = share.index.to_numpy(dtype=float)
    half = _half_bin(topics_over_time, time) if len(x) == 1 else 0.0
    with style():
        fig, ax = _figure(width, width * 0.42)
        _shade_low_counts(ax, topics_over_time, time)
        for t in background:
            if t not in highlight:
                ax.plot(x, share[t], color=GREY, linewidth=0.8, alpha=0.7)
        for t, color in zip(highlight, PALETTE, strict=False):
            label = _short(names.get(t, f"topic {t}"), 40)
            ax.plot(x, share[t], color=color, linewidth=1.8 if emerging else 1.2, marker="o",
                    markersize=2.5, label=label)
        ax.set_ylabel("Share of papers")
        ax.yaxis.set_major_formatter(mpl.ticker.PercentFormatter(1.0))
        ax.set_ylim(bottom=0)
        _bin_axis(ax, x, time, half)
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0),
                  title="Emerging topics" if background else None)
    return fig


def topic_tree(
    tree: pd.DataFrame,
    top_themes: int = 8,
    topics_per_theme: int = 4,
    emerging: Collection[int] = (),
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """The topic hierarchy as a two-level tree: the ``top_themes`` largest themes, each with
    its ``topics_per_theme`` largest fine topics (the rest summed in a grey leaf); markers
    grow with papers, ``emerging`` fine topics are set in bold.

    ``tree`` is a model's ``topic_tree`` (level 'theme' or 'topic', topic, parent, label,
    size); outliers (-1) are left out.
    """
    missing = [c for c in ("level", "topic", "parent", "label", "size") if c not in tree]
    if missing:
        raise LitkitError(f"topic tree has no column(s) {missing} (columns: {list(tree)})")
    themes = tree[(tree["level"] == "theme") & (tree["topic"] >= 0)].sort_values(
        ["size", "topic"], ascending=[False, True], kind="stable").head(top_themes)
    if themes.empty:
        return _nothing_to_draw("no themes to draw: the topic tree has none (every paper is "
                                "in no topic)", width, 1.2)
    leaves = tree[(tree["level"] == "topic") & (tree["topic"] >= 0)]
    hot = set(emerging)
    rows: list[tuple] = []  # (theme row, leaf text, leaf papers, bold, grey)
    for _, theme in themes.iterrows():
        members = leaves[leaves["parent"] == theme["topic"]].sort_values(
            ["size", "topic"], ascending=[False, True], kind="stable")
        for _, leaf in members.head(topics_per_theme).iterrows():
            rows.append((theme, f"{_short(leaf['label'], 48)} ({int(leaf['size']):,})",
                         leaf["size"], leaf["topic"] in hot, False))
        rest = members.iloc[topics_per_theme:]
        if len(rest):
            rows.append((theme, f"+ {len(rest)} more topics ({int(rest['size'].sum()):,})",
                         rest["size"].sum(), False, True))
    biggest = max(float(themes["size"].max()), 1.0)

    def area(papers: float) -> float:  # marker area in pt^2, the largest theme's the largest
        return 6 + 120 * float(papers) / biggest

    with style():
        fig, ax = _figure(width, 0.35 + 0.135 * len(rows) + 0.07 * len(themes))
        starts = np.array([j > 0 and rows[j][0]["topic"] != rows[j - 1][0]["topic"]
                           for j in range(len(rows))])
        y = -(np.arange(len(rows)) + 0.5 * np.cumsum(starts))  # a half row between themes
        for i, (_, theme) in enumerate(themes.iterrows()):
            color = PALETTE[i % len(PALETTE)]
            mine = [j for j, row in enumerate(rows) if row[0]["topic"] == theme["topic"]]
            if not mine:
                continue
            middle = float(y[mine].mean())
            ax.plot([0, 0.5], [middle, middle], color=color, linewidth=0.8)
            ax.plot([0.5, 0.5], [y[mine].min(), y[mine].max()], color=color, linewidth=0.8)
            ax.scatter([0], [middle], s=area(theme["size"]), color=color, zorder=3)
            ax.text(-0.08, middle, f"{_short(theme['label'], 40)} ({int(theme['size']):,})",
                    ha="right", va="center", fontweight="bold")
            for j in mine:
                _, text, papers, bold, grey = rows[j]
                ax.plot([0.5, 1], [y[j], y[j]], color=color, linewidth=0.8)
                ax.scatter([1], [y[j]], s=area(0 if grey else papers),
                           color=GREY if grey else color, zorder=3)
                ax.text(1.08, y[j], text, ha="left", va="center",
                        color="#555555" if grey else "black",
                        fontweight="bold" if bold else "normal")
        ax.set_xlim(-1.6, 3.4)
        ax.set_ylim(y.min() - 0.8, 0.8)
        ax.axis("off")
    return fig


def _explode(
    papers: pd.DataFrame, column: str, corpus: pd.DataFrame, since: float | None = None
) -> pd.DataFrame:
    """One row per (paper, item of ``column``) with the paper's time (:func:`paper_times`),
    title and models; papers without a year, or from before the year ``since``, are left
    out."""
    if column not in papers:
        raise LitkitError(f"papers table has no '{column}' column (columns: {list(papers)})")
    titles = pd.Series(corpus["title"].to_numpy(), index=corpus["id"].to_numpy())
    keep = ["id", column] + (["models"] if column != "models" and "models" in papers else [])
    rows = papers[keep].explode(column).dropna(subset=[column])
    rows = rows.join(paper_times(corpus), on="id")
    rows["title"] = rows["id"].map(titles)
    rows = rows.dropna(subset=["when"])
    if since is not None:
        rows = rows[rows["when"] >= since]
    return rows.reset_index(drop=True)


def _tick_step(n_years: int, per_step: int = 12) -> int:
    """Label every 1, 2 or 5 years so that about ``per_step`` labels fit."""
    return next((step for step in (1, 2, 5, 10) if n_years <= per_step * step), 20)


def _label(row: pd.Series, value: str) -> str:
    """The model whose name carries this size ('Llama-2-7B' for 7e9), else the paper's title."""
    size = human_number(row[value]).lower()
    models = row.get("models")
    if isinstance(models, list | tuple | np.ndarray):
        for model in models:
            if re.search(rf"(?<![\d.]){re.escape(size)}\b", str(model).lower()):
                return _short(model)
    return _short(row.get("title") or row["id"])


def _annotate(ax, candidates: pd.DataFrame, x: str, y: str, n: int, size: str = "params",
              text: str | None = None) -> None:
    """Label up to ``n`` of ``candidates`` (most important first), above or below each point,
    skipping points whose label would overlap one already placed; call after scales and
    limits are set. Labels are the ``text`` column, else the model or title of a ``size``."""
    ax.autoscale_view()  # settle the limits the positions below depend on
    to_axes = ax.transData + ax.transAxes.inverted()
    points_high = ax.bbox.height * 72 / ax.figure.dpi  # axes height in points
    placed: list[tuple[float, float]] = []  # label positions, axes fraction
    for _, row in candidates.iterrows():
        if len(placed) == n:
            break
        fx, fy = to_axes.transform((row[x], row[y]))
        dx, ha = (-5, "right") if fx > 0.55 else (5, "left")
        tx = fx + (-0.2 if ha == "right" else 0.2)  # the label's middle, roughly
        for dy in ((-9, 7) if fy > 0.85 else (7, -9)):
            ty = fy + dy / points_high
            if all(abs(tx - px) > 0.4 or abs(ty - py) > 0.05 for px, py in placed):
                break
        else:
            continue
        label = row[text] if text else _label(row, size)
        ax.annotate(label, (row[x], row[y]), xytext=(dx, dy), textcoords="offset points",
                    ha=ha, va="center", fontsize=6, color="#333333",
                    arrowprops={"arrowstyle": "-", "color": GREY, "linewidth": 0.4})
        placed.append((tx, ty))


def model_size_over_time(
    papers: pd.DataFrame,
    corpus: pd.DataFrame,
    label_outliers: int = 6,
    since: float | None = None,
    width: float = WIDTH_ONE_COLUMN,
) -> Figure:
    """Reported model sizes (log scale) against publication date; outliers labelled.

    Up to ``label_outliers`` points farthest (in log size) from a least-squares trend over
    time are labelled. Papers dated to a day or month are filled points; papers with only a
    year are hollow points in the middle of their year. Papers from before ``since`` are
    left out.
    """
    rows = _explode(papers, "params", corpus, since)
    rows["params"] = rows["params"].astype(float)
    rows = rows[rows["params"] > 0]
    if rows.empty:
        return _nothing_to_draw("no paper with a date or year reports a model size"
                                + _from(since), width, width * 0.8, "Publication date",
                                "Parameters")
    logp = np.log10(rows["params"].to_numpy())
    if rows["when"].nunique() > 1:
        slope, intercept = np.polyfit(rows["when"], logp, 1)
        residual = logp - (slope * rows["when"].to_numpy() + intercept)
    else:
        slope = intercept = None
        residual = logp - logp.mean()
    outliers = rows.assign(r=np.abs(residual)).sort_values("r", ascending=False)
    year_only = rows["precision"] == "year"
    with style():
        fig, ax = _figure(width, width * 0.8)
        for part, label, face in ((rows[~year_only], "reported size", PALETTE[0]),
                                  (rows[year_only], "year only (mid-year)", "none")):
            if len(part):
                ax.scatter(part["when"], part["params"], s=12, facecolors=face, alpha=0.7,
                           edgecolors="white" if face != "none" else PALETTE[0],
                           linewidths=0.3 if face != "none" else 0.8, zorder=3, label=label)
        if slope is not None:
            xs = np.array([rows["when"].min(), rows["when"].max()])
            ax.plot(xs, 10 ** (slope * xs + intercept), color=PALETTE[3], linewidth=0.9,
                    linestyle="--", label=f"trend (×{10 ** slope:.2g}/year)")
        ax.set_yscale("log")
        _human_log_axis(ax.yaxis, rows["params"].min(), rows["params"].max())
        ax.set_xlabel("Publication date")
        ax.set_ylabel("Parameters")
        lo, hi, ticks, labels = _time_ticks(rows["start"].min(), rows["end"].max())
        ax.set_xticks(ticks, labels)
        ax.set_xlim(lo, hi)
        ax.legend(loc="best")
        _annotate(ax, outliers, "when", "params", label_outliers)
    return fig


def tokens_vs_params(
    papers: pd.DataFrame,
    corpus: pd.DataFrame,
    label_top: int = 5,
    width: float = WIDTH_ONE_COLUMN,
) -> Figure:
    """Training tokens against parameters (log–log), with the 20 tokens/parameter line.

    A paper reporting several sizes is one point: its largest model and largest token count.
    Colour is the publication date; papers with only a year are squares coloured at
    mid-year, papers with no year grey.
    """
    both = papers[papers["params"].map(len).gt(0) & papers["tokens"].map(len).gt(0)]
    if both.empty:
        return _nothing_to_draw("no paper reports both a model size and a training token "
                                "count", width, width * 0.85, "Parameters (largest model in "
                                "paper)", "Training tokens")
    points = both.assign(
        params=both["params"].map(max), tokens=both["tokens"].map(max)
    ).merge(corpus[["id", "title"]], on="id", how="left").join(paper_times(corpus), on="id")
    ratio = points["tokens"] / points["params"]
    labelled = points.assign(r=np.abs(np.log10(ratio / TOKENS_PER_PARAMETER)))
    dated = points["when"].notna()
    with style():
        fig, ax = _figure(width, width * 0.85)
        if dated.any():
            lo, hi, ticks, labels = _time_ticks(points["start"].min(), points["end"].max())
            norm = mpl.colors.Normalize(vmin=lo, vmax=hi)
            for marker, label in (("o", None), ("s", "year only (colour: mid-year)")):
                part = points[dated & ((points["precision"] == "year") == (marker == "s"))]
                if len(part):
                    ax.scatter(part["params"], part["tokens"], s=14, c=part["when"],
                               cmap="viridis", norm=norm, marker=marker,
                               edgecolors="white", linewidths=0.3, zorder=3, label=label)
        ax.scatter(points.loc[~dated, "params"], points.loc[~dated, "tokens"], s=14,
                   color=GREY, zorder=3, label="no year" if (~dated).any() else None)
        lo_x = min(points["params"].min(), points["tokens"].min() / TOKENS_PER_PARAMETER) / 3
        hi_x = max(points["params"].max(), points["tokens"].max() / TOKENS_PER_PARAMETER) * 3
        xs = np.array([lo_x, hi_x])
        ax.plot(xs, TOKENS_PER_PARAMETER * xs, color=PALETTE[3], linestyle="--", linewidth=0.9,
                label=f"{TOKENS_PER_PARAMETER} tokens/parameter\n(compute-optimal)")
        ax.set_xscale("log")
        ax.set_yscale("log")
        _human_log_axis(ax.xaxis, lo_x, hi_x)
        _human_log_axis(ax.yaxis, lo_x * TOKENS_PER_PARAMETER, hi_x * TOKENS_PER_PARAMETER)
        ax.set_xlabel("Parameters (largest model in paper)")
        ax.set_ylabel("Training tokens")
        ax.legend(loc="lower right")
        _annotate(ax, labelled.sort_values("r", ascending=False), "params", "tokens", label_top)
        if dated.any():
            bar = fig.colorbar(mpl.cm.ScalarMappable(norm=norm, cmap="viridis"), ax=ax,
                               pad=0.01, aspect=30)
            bar.set_label("Publication date")
            bar.set_ticks(ticks, labels=labels)
            bar.ax.tick_params(labelsize=6)
    return fig


def _usage(papers: pd.DataFrame, corpus: pd.DataFrame, column: str) -> pd.DataFrame:
    """(name x year) counts of papers mentioning each name; spellings merged by name_key."""
    rows = _explode(papers, column, corpus)
    rows["key"] = rows[column].map(name_key)
    rows["year"] = rows["when"].astype(int)
    rows = rows.drop_duplicates(["id", "key"])
    shown = rows.groupby("key")[column].agg(lambda s: s.value_counts().index[0])
    grid = rows.pivot_table(index="key", columns="year", values="id", aggfunc="count",
                            fill_value=0)
    grid.index = grid.index.map(shown)
    return grid


def dataset_usage(
    papers: pd.DataFrame,
    corpus: pd.DataFrame,
    top_n: int = 15,
    column: str = "datasets",
    since: int | None = None,
    width: float = WIDTH_ONE_COLUMN,
) -> Figure:
    """Heatmap: papers per year naming each of the ``top_n`` most used datasets/benchmarks,
    over the years they are named (from ``since`` when given); counts written in cells when
    there are at most 20 years. ``column="models"`` draws the same for models.
    """
    grid = _usage(papers, corpus, column)
    if since is not None:
        grid = grid.loc[:, grid.columns >= since]
        grid = grid[grid.sum(axis=1) > 0]
    if grid.empty:
        return _nothing_to_draw(f"no paper with a date or year names any {column}"
                                + _from(since), width, 1.6, "Year",
                                "Benchmark / dataset" if column == "datasets"
                                else column.capitalize())
    grid = grid.loc[grid.sum(axis=1).sort_values(ascending=False, kind="stable").index[:top_n]]
    used = grid.columns[grid.sum(axis=0) > 0]
    years = range(int(used.min()), int(used.max()) + 1)
    grid = grid.reindex(columns=years, fill_value=0)
    step = _tick_step(len(years), per_step=20)
    height = 0.9 + 0.17 * len(grid)
    with style():
        fig, ax = _figure(width, height)
        values = grid.to_numpy()
        image = ax.imshow(np.ma.masked_equal(values, 0), aspect="auto", cmap="viridis",
                          vmin=0.5, vmax=max(values.max(), 1), interpolation="nearest")
        ax.set_facecolor("#F2F2F2")
        ax.grid(False)
        ax.set_yticks(range(len(grid)), [_short(n, 24) for n in grid.index])
        ticks = [j for j, y in enumerate(years) if (y - years[-1]) % step == 0]
        ax.set_xticks(ticks, [str(years[j]) for j in ticks], rotation=90)
        for (i, j), v in np.ndenumerate(values):
            if v and len(years) <= 20:
                ax.text(j, i, str(v), ha="center", va="center", fontsize=5.5,
                        color="white" if v < 0.6 * values.max() else "black")
        ax.set_xlabel("Year")
        ax.set_ylabel("Benchmark / dataset" if column == "datasets" else column.capitalize())
        ax.tick_params(length=0)
        for spine in ax.spines.values():
            spine.set_visible(False)
        bar = fig.colorbar(image, ax=ax, pad=0.01, aspect=30)
        bar.set_label("Papers")
        bar.locator = mpl.ticker.MaxNLocator(integer=True, min_n_ticks=1)
        bar.ax.tick_params(labelsize=6)
    return fig


def results_for(
    papers: pd.DataFrame, corpus: pd.DataFrame, dataset: str, metric: str | None = None,
    since: float | None = None,
) -> pd.DataFrame:
    """Reported results on ``dataset`` (name_key match), optionally whose metric contains
    ``metric``, from ``since`` on: one row per result with id, when, year, value, unit,
    metric, title."""
    rows = _explode(papers, "results", corpus, since)
    results = pd.json_normalize(rows["results"].tolist()).reindex(
        columns=["value", "unit", "dataset", "metric"]
    )
    rows = pd.concat([rows.drop(columns="results"), results], axis=1)
    keep = rows["dataset"].fillna("").map(name_key) == name_key(dataset)
    if metric:
        keep &= rows["metric"].fillna("").str.contains(metric, case=False, regex=False)
    rows = rows[keep].copy()
    rows["value"] = pd.to_numeric(rows["value"], errors="coerce")
    rows["year"] = rows["when"].astype(int)
    columns = ["id", "when", "year", "value", "unit", "metric", "dataset", "title"]
    return rows.dropna(subset=["value"])[columns].reset_index(drop=True)


def benchmarks_reported(
    papers: pd.DataFrame, corpus: pd.DataFrame, since: float | None = None
) -> pd.Series:
    """Results per benchmark of papers with a date or year (from ``since`` on), most first:
    spellings merged by name_key and shown as the commonest one, ties in name order."""
    names = _explode(papers, "results", corpus, since)["results"].map(
        lambda r: r.get("dataset") if isinstance(r, dict) else None).dropna()
    names = names[names.astype(str).str.strip() != ""]
    keys = names.map(name_key)
    shown = names.groupby(keys).agg(lambda s: s.value_counts().index[0])
    counts = keys.value_counts()
    order = sorted(counts.index, key=lambda k: (-counts[k], shown[k]))
    return pd.Series([int(counts[k]) for k in order], index=[shown[k] for k in order],
                     dtype=int, name="results")


def result_distribution(
    papers: pd.DataFrame,
    corpus: pd.DataFrame,
    dataset: str | None = None,
    metric: str | None = None,
    unit: str | None = None,
    since: float | None = None,
    width: float = WIDTH_ONE_COLUMN,
) -> Figure:
    """Reported results on one benchmark by year: every result as a point, yearly median line.

    ``dataset`` None is the benchmark with the most results (:func:`benchmarks_reported`);
    ``unit`` picks one unit when a benchmark's results mix them (default: the most common);
    results from before ``since`` are left out.
    """
    known = benchmarks_reported(papers, corpus, since)
    if dataset is None and known.empty:
        return _nothing_to_draw("no paper with a date or year reports a result on a named "
                                "benchmark" + _from(since), width, width * 0.7, "Year",
                                "Result")
    dataset = known.index[0] if dataset is None else dataset
    rows = results_for(papers, corpus, dataset, metric, since)
    if len(rows):
        unit = unit if unit is not None else rows["unit"].fillna("").mode().iloc[0]
        rows = rows[rows["unit"].fillna("") == unit]
    if rows.empty:
        return _nothing_to_draw(
            f"no results reported on {dataset!r}" + (f" with metric ~{metric!r}" if metric else "")
            + (f" in {unit!r}" if unit else "") + _from(since)
            + f"; benchmarks with results: {', '.join(known.index[:10]) or 'none'}",
            width, width * 0.7, "Year", "Result")
    rng = np.random.default_rng(0)
    jitter = rng.uniform(-0.18, 0.18, len(rows))
    median = rows.groupby("year")["value"].median()
    with style():
        fig, ax = _figure(width, width * 0.7)
        ax.scatter(rows["year"] + jitter, rows["value"], s=12, color=PALETTE[0], alpha=0.75,
                   edgecolors="white", linewidths=0.3, zorder=3, label="reported result")
        ax.plot(median.index, median.to_numpy(), color=PALETTE[3], marker="_", markersize=9,
                linewidth=1.0, label="median per year", zorder=4)
        metrics = rows["metric"].dropna().unique()
        what = metrics[0] if len(metrics) == 1 else (metric or "result")
        ax.set_ylabel(f"{what} ({unit})" if unit else str(what))
        ax.set_xlabel("Year")
        ax.set_title(f"Reported results on {rows['dataset'].mode().iloc[0]}", loc="left")
        years = range(int(rows["year"].min()), int(rows["year"].max()) + 1)
        step = _tick_step(len(years), per_step=8)
        ticks = [y for y in years if (years[-1] - y) % step == 0]
        ax.set_xticks(ticks, [str(y) for y in ticks])
        ax.set_xlim(years[0] - 0.6, years[-1] + 0.6)
        ax.legend(loc="best")
    return fig


def sota_progression(
    board: pd.DataFrame,
    corpus: pd.DataFrame,
    top_n: int = 4,
    label_records: int = 5,
    since: float | None = None,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """The state of the art over time on the benchmarks of a ``litkit.leaderboard`` table:
    one panel per benchmark and metric (type, variant, unit; the ``top_n`` with the most
    scores), every score a point, the best so far a step line, and up to ``label_records``
    of the scores that set a new best (latest first) labelled with their model.

    Lower-is-better metrics (perplexity, error rates, ...) step down. Scores of metric type
    "other" are not comparable and not drawn. Papers with only a year are hollow points
    mid-year; papers from before ``since`` are left out.
    """
    from litkit.leaderboards import THIS_PAPER, lower_is_better, metric_label

    rows = board[board["metric_type"] != "other"]
    rows = rows.join(paper_times(corpus), on="paper_id").dropna(subset=["when"])
    if since is not None:
        rows = rows[rows["when"] >= since]
    if rows.empty:
        return _nothing_to_draw("no scores to draw: the leaderboard has no scores of a known "
                                "metric type from papers with a year" + _from(since), width,
                                width * 0.45, "Publication date", "Score")
    rows["label"] = rows["model"].where(rows["model"] != THIS_PAPER,
                                        rows["title"].fillna(rows["paper_id"]).map(_short))
    groups = rows.groupby(["dataset", "metric_type", "variant", "unit"])
    groups = sorted(groups, key=lambda g: -len(g[1]))[:top_n]
    ncols = 1 if len(groups) == 1 else 2
    nrows = -(-len(groups) // ncols)
    with style():
        height = (width * 0.45 if ncols == 1 else width / ncols * 0.7 * nrows) + 0.3
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots(nrows, ncols, squeeze=False).ravel()
        for ax, ((dataset, kind, variant, unit), part) in zip(axes, groups, strict=False):
            written = part["metric"].dropna().unique()
            lower = lower_is_better(kind, written[0] if len(written) else None)
            _progression(ax, part, lower, label_records)
            name = written[0] if len(written) == 1 else metric_label(kind, variant)
            ax.set_ylabel(f"{name} ({unit})" if unit else name)
            ax.set_title(f"{dataset}" + (" (lower is better)" if lower else ""), loc="left")
        for ax in axes[len(groups):]:
            ax.set_visible(False)
        shown = pd.concat([part for _, part in groups])
        fig.legend(handles=_sota_legend(shown), loc="outside lower center", ncols=3)
    return fig


def _sota_legend(rows: pd.DataFrame) -> list:
    """Legend entries for what the panels show: own and baseline scores, year-only papers,
    the best so far and the scores that set it."""
    def point(color: str, label: str, hollow: bool = False):
        return mpl.lines.Line2D([], [], marker="o", linestyle="", markersize=4, label=label,
                                markerfacecolor="none" if hollow else color,
                                markeredgecolor=color if hollow else "white")

    entries = [point(PALETTE[0], "score of the paper's own system")]
    if not rows["own"].astype(bool).all():
        entries.append(point(GREY, "score of a baseline it reports"))
    if (rows["precision"] == "year").any():
        entries.append(point(GREY, "hollow: only the year is known (mid-year)", hollow=True))
    entries.append(mpl.lines.Line2D([], [], color=PALETTE[3], label="best so far"))
    entries.append(point(PALETTE[3], "new best"))
    return entries


def _progression(ax, part: pd.DataFrame, lower: bool, n_labels: int) -> None:
    """One benchmark's scores over time on ``ax``, with the running best as a step line."""
    part = part.sort_values(["when", "value"], ascending=[True, lower], kind="stable")
    best = part["value"].cummin() if lower else part["value"].cummax()
    records = part[part["value"].eq(best) & ~best.shift().eq(best)]
    own = part["own"].astype(bool)
    year_only = part["precision"] == "year"
    for mine, color in ((True, PALETTE[0]), (False, GREY)):
        for vague in (False, True):
            pts = part[(own == mine) & (year_only == vague)]
            ax.scatter(pts["when"], pts["value"], s=12, zorder=3, alpha=0.8,
                       facecolors="none" if vague else color,
                       edgecolors=color if vague else "white", linewidths=0.8 if vague else 0.3)
    xs = [*records["when"], part["when"].max()]
    ys = [*records["value"], records["value"].iloc[-1]]
    ax.step(xs, ys, where="post", color=PALETTE[3], linewidth=1.1, zorder=2,
            label="best so far")
    ax.scatter(records["when"], records["value"], s=16, color=PALETTE[3], zorder=4,
               edgecolors="white", linewidths=0.3)
    lo, hi, ticks, labels = _time_ticks(part["start"].min(), part["end"].max(), most=5)
    ax.set_xticks(ticks, labels)
    ax.set_xlim(lo, hi)
    _annotate(ax, records.iloc[::-1], "when", "value", n_labels, text="label")


def size_by_topic(
    papers: pd.DataFrame,
    doc_topics: pd.DataFrame,
    top_n: int = 5,
    since: int | None = None,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """Model size per topic per year: each paper's largest model as a point, yearly medians.

    Shows the ``top_n`` topics with the most papers reporting a size (from the year ``since``
    on); ``doc_topics`` needs id, topic, year and (optionally) label.
    """
    sized = papers.loc[papers["params"].map(len).gt(0), ["id", "params"]]
    sized = sized.assign(params=sized["params"].map(max))
    columns = [c for c in ("id", "topic", "label", "year") if c in doc_topics]
    rows = sized.merge(doc_topics[columns], on="id").dropna(subset=["year"])
    rows = rows[(rows["topic"] != -1) & (rows["year"] >= (since or -np.inf))]
    if rows.empty:
        return _nothing_to_draw("no paper reporting a model size has a topic and a year"
                                + _from(since), width, width * 0.4, "Year",
                                "Parameters (largest model)")
    top = list(rows["topic"].value_counts().index[:top_n])
    with style():
        fig, ax = _figure(width, width * 0.4)
        for t, color in zip(top, PALETTE, strict=False):
            part = rows[rows["topic"] == t]
            name = part["label"].iloc[0] if "label" in part else f"topic {t}"
            median = part.groupby("year")["params"].median()
            ax.scatter(part["year"].astype(float), part["params"], s=10, color=color, alpha=0.5,
                       edgecolors="none")
            ax.plot(median.index.astype(float), median.to_numpy(), color=color, marker="o",
                    markersize=3, label=f"{_short(name, 40)} ({len(part)})")
        ax.set_yscale("log")
        _human_log_axis(ax.yaxis, rows["params"].min(), rows["params"].max())
        ax.xaxis.set_major_locator(mpl.ticker.MaxNLocator(integer=True))
        ax.set_xlabel("Year")
        ax.set_ylabel("Parameters (largest model)")
        ax.legend(loc="upper left", bbox_to_anchor=(1.01, 1.0), title="Topic (papers), median")
    return fig


def most_cited(
    table: pd.DataFrame,
    value: str | None = None,
    groups: int = 4,
    n: int = 8,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """Horizontal bars of the papers in a :func:`litkit.citations.most_cited` or
    :func:`~litkit.citations.foundational` table: one panel per topic (the first ``groups``),
    ``n`` bars each, of ``value`` (default: ``citing`` for foundational works, else
    ``cited_by_count``); works outside the corpus in grey."""
    value = value or ("citing" if "citing" in table else "cited_by_count")
    if value not in table:
        raise LitkitError(f"table has no '{value}' column (columns: {list(table)})")
    rows = table.dropna(subset=[value])
    if rows.empty:
        return _nothing_to_draw(f"no paper has a '{value}' to draw (look citation data up "
                                "with 'litkit fetch citations')", width, 1.6,
                                {"citing": "Citing papers of the topic",
                                 "cited_in_corpus": "Citations from the corpus"}.get(
                                     value, "Citations"))
    name = "label" if "label" in rows else None
    panels = list(rows.groupby("topic", sort=False)) if "topic" in rows else [(None, rows)]
    panels = panels[:groups]
    cols = 1 if len(panels) == 1 else 2
    height = 0.45 + (len(panels) + cols - 1) // cols * (0.35 + 0.16 * n)
    with style():
        fig = Figure(figsize=(width, height), layout="constrained")
        axes = fig.subplots((len(panels) + cols - 1) // cols, cols, squeeze=False).ravel()
        for ax, (_, part) in zip(axes, panels, strict=False):
            part = part.head(n).iloc[::-1]
            inside = part["in_corpus"] if "in_corpus" in part else pd.Series(True, part.index)
            titles = part["title"].where(part["title"].notna() & (part["title"] != ""),
                                         part.get("cited", part.get("id")))
            years = part["year"].map(lambda y: "" if pd.isna(y) else f" ({int(y)})")
            labels = [_short(t, 38) + y for t, y in zip(titles, years, strict=True)]
            ax.barh(range(len(part)), part[value].astype(float), height=0.7,
                    color=[PALETTE[0] if i else GREY for i in inside])
            ax.set_yticks(range(len(part)), labels)
            ax.grid(axis="y", visible=False)
            ax.xaxis.set_major_formatter(mpl.ticker.FuncFormatter(
                lambda v, _: human_number(v) if v >= 1000 else f"{v:g}"))
            ax.set_xlabel({"citing": "Citing papers of the topic",
                           "cited_in_corpus": "Citations from the corpus"}.get(value,
                                                                                "Citations"))
            if name:
                ax.set_title(_short(part[name].iloc[0], 50), loc="left")
        for ax in axes[len(panels):]:
            ax.set_visible(False)
        if "in_corpus" in rows and not rows["in_corpus"].all():
            handles = [mpl.patches.Patch(color=PALETTE[0], label="in the corpus"),
                       mpl.patches.Patch(color=GREY, label="outside the corpus")]
            fig.legend(handles=handles, loc="outside lower center", ncols=2)
    return fig


def citation_network(
    corpus: pd.DataFrame,
    doc_topics: pd.DataFrame | None = None,
    top_n: int = 40,
    topics: int = 6,
    labels: int = 8,
    width: float = WIDTH_TWO_COLUMN,
) -> Figure:
    """The citations among the ``top_n`` papers most cited within the corpus: each paper at
    its publication time, in the lane of its topic (the ``topics`` largest; the rest in one
    'other' lane), sized by citations from the corpus; arrows go from citing to cited paper
    and the ``labels`` most cited are named."""
    from litkit.citations import graph

    g = graph(corpus)
    cited = pd.Series(dict(g.in_degree()), dtype=float)
    nodes = cited[cited > 0].sort_values(ascending=False, kind="stable").index[:top_n]
    times = paper_times(corpus)["when"].reindex(nodes)
    nodes = times.dropna().index
    if not len(nodes):
        return _nothing_to_draw("no paper of the corpus with a date or year is cited by "
                                "another (look references up with 'litkit fetch citations')",
                                width, 1.6, "Publication year")
    lanes = pd.Series("all papers", index=nodes)
    if doc_topics is not None:
        known = doc_topics.drop_duplicates("id").set_index("id")
        topic = known["topic"].reindex(nodes)
        top = list(topic[topic != -1].value_counts().index[:topics])
        names = (known.get("label", known["topic"].map(lambda t: f"topic {t}"))
                 .groupby(known["topic"]).first())
        lanes = topic.map(lambda t: names[t] if t in top else "other topics or none")
    order = list(dict.fromkeys(sorted(lanes, key=lambda x: (x == "other topics or none", x))))
    frame = pd.DataFrame({"when": times[nodes], "lane": lanes.map(order.index),
                          "cited": cited[nodes]})
    frame["year"] = np.floor(frame["when"])
    spread = frame.groupby(["lane", "year"]).cumcount()
    count = frame.groupby(["lane", "year"])["when"].transform("size")
    frame["y"] = frame["lane"] + (spread - (count - 1) / 2) * (0.7 / count.clip(lower=2))
    sub = g.subgraph(nodes)
    with style():
        fig, ax = _figure(width, 0.9 + 0.45 * len(order))
        for citing, target in sub.edges():
            ax.annotate("", xy=frame.loc[target, ["when", "y"]], xytext=frame.loc[
                citing, ["when", "y"]], arrowprops={"arrowstyle": "-|>", "color": GREY,
                                                   "linewidth": 0.35, "alpha": 0.6,
                                                   "shrinkA": 3, "shrinkB": 3,
                                                   "mutation_scale": 5})
        colors = [PALETTE[i % len(PALETTE)] if order[i] != "other topics or none" else GREY
                  for i in frame["lane"]]
        sizes = 12 + 110 * np.sqrt(frame["cited"] / frame["cited"].max())
        ax.scatter(frame["when"], frame["y"], s=sizes, c=colors, edgecolors="white",
                   linewidths=0.4, zorder=3)
        low, high, ticks, names = _time_ticks(frame["when"].min(), frame["when"].max())
        placed: list[tuple[float, float]] = []  # labels are skipped where one already is
        for paper_id in frame["cited"].sort_values(ascending=False, kind="stable").index:
            x, y = frame.loc[paper_id, ["when", "y"]]
            if len(placed) == labels:
                break
            if any(abs(x - px) < 0.22 * (high - low) and abs(y - py) < 0.3 for px, py in placed):
                continue
            ax.annotate(_short(g.nodes[paper_id]["title"], 26), (x, y), xytext=(4, 5),
                        textcoords="offset points", fontsize=5.5, color="#333333")
            placed.append((x, y))
        ax.set_xlim(low - 0.3, high + 0.3)
        ax.set_xticks(ticks, names)
        ax.set_yticks(range(len(order)), [_short(o, 30) for o in order])
        ax.set_ylim(len(order) - 0.5, -0.5)
        ax.grid(axis="y", visible=False)
        ax.set_xlabel("Publication year")
        ax.set_title(f"Citations among the corpus's {len(frame)} most cited papers "
                     "(dot size: citations from the corpus)", loc="left")
    return fig
