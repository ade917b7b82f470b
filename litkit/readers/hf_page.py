"""Text copied from the Hugging Face daily-papers page: title line, blank, abstract paragraph."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

from litkit.readers.base import RECORD, Format, Reject
from litkit.readers.textio import read_text

#: Page chrome around the papers, ignored wherever it appears.
CHROME = {
    "new",
    "subscribe",
    "daily papers",
    "by ak and the research community",
    "get trending papers in your email inbox!",
}
#: A paragraph of at least this many words is an abstract; shorter lines are titles.
ABSTRACT_MIN_WORDS = 30


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield a paper per title line, with the paragraph that follows it as its abstract.

    A title with no paragraph after it is kept with an empty abstract; a paragraph
    with no title before it is rejected.
    """
    lines = [
        (number, line.strip())
        for number, line in enumerate(read_text(path).splitlines(), start=1)
        if line.strip() and line.strip().lower() not in CHROME
    ]
    title: tuple[int, str] | None = None
    for number, line in lines:
        if len(line.split()) >= ABSTRACT_MIN_WORDS:
            if title is None:
                yield Reject(str(path), number, "abstract paragraph without a title line before it")
            else:
                yield {"title": title[1], "abstract": line, RECORD: title[0]}
                title = None
            continue
        if title is not None:
            yield {"title": title[1], "abstract": "", RECORD: title[0]}
        title = (number, line)
    if title is not None:
        yield {"title": title[1], "abstract": "", RECORD: title[0]}


def sniff(head: str) -> bool:
    lowered = head.lower()
    return "daily papers" in lowered and "by ak and the research community" in lowered


FORMAT = Format(
    name="hf-page",
    description="Hugging Face daily-papers page text (title line, blank line, abstract)",
    suffixes=(".txt",),
    sniff=sniff,
    parse=parse,
)
