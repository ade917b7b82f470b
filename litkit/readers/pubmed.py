"""PubMed MEDLINE / .nbib exports (``PMID- ...`` records), parsed with a rispy subclass."""

from __future__ import annotations

import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any, ClassVar

import rispy

from litkit.readers.base import Format, Reject
from litkit.readers.ris import parse_entries
from litkit.readers.textio import read_text

#: MEDLINE tag -> rispy-style key (https://www.nlm.nih.gov/bsd/mms/medlineelements.html).
TAGS = {
    "PMID": "pmid",
    "TI": "title",
    "AB": "abstract",
    "FAU": "full_authors",
    "AU": "authors",
    "DP": "publication_date",
    "DEP": "electronic_date",
    "JT": "journal",
    "TA": "journal_abbreviation",
    "LID": "location_ids",
    "AID": "article_ids",
    "MH": "mesh_terms",
    "OT": "keywords",
    "PT": "publication_types",
    "LA": "language",
    "PMC": "pmc",
    "UK": "unknown_tag",
}
FIELDS = {
    "title": ("title",),
    "abstract": ("abstract",),
    "date": ("publication_date",),
    "year": ("publication_date",),
    "authors": ("full_authors", "authors"),
    "venue": ("journal",),
    "url": (),
    "doi": (),
}


class MedlineParser(rispy.RisParser):
    """MEDLINE records: 4-character tags padded before '- ', 6-space continuation lines."""

    START_TAG = "PMID"
    END_TAG = "ER"  # MEDLINE has none; parse() inserts one after each record
    DEFAULT_MAPPING = TAGS
    DEFAULT_LIST_TAGS: ClassVar[list[str]] = ["FAU", "AU", "LID", "AID", "MH", "OT", "PT", "LA"]
    DEFAULT_DELIMITER_MAPPING: ClassVar[dict] = {}

    def parse_line(self, line: str) -> tuple[str, str] | tuple[None, str]:
        match = re.match(r"([A-Z0-9]{2,4}) *- (.*)", line)
        if match:
            return match.group(1), match.group(2).strip()
        return None, line.strip()


def _with_end_tags(text: str) -> str:
    """Close every record with an 'ER' line (MEDLINE separates records by a blank line).

    The blank line before each record becomes the 'ER' line, so line numbers still match.
    """
    closed = re.sub(r"\n[ \t]*\n(?=(?:[ \t]*\n)*PMID-)", "\nER  - \n", text.rstrip())
    return closed + "\nER  - \n"


def parse(path: str | Path) -> Iterator[dict[str, Any] | Reject]:
    """Yield one record per ``PMID-`` record, numbered by its ``PMID`` line."""
    text = read_text(path).lstrip("\ufeff")
    for item in parse_entries(path, MedlineParser, FIELDS, _with_end_tags(text)):
        if isinstance(item, dict):
            ids = [*item["extra"].get("location_ids", []), *item["extra"].get("article_ids", [])]
            item["doi"] = next((i.split()[0] for i in ids if i.endswith("[doi]")), None)
            pmid = item["extra"].get("pmid")
            item["url"] = f"https://pubmed.ncbi.nlm.nih.gov/{pmid}/" if pmid else None
            item["year"] = item.get("date")
        yield item


def sniff(head: str) -> bool:
    return re.match(r"\s*PMID- ?\d+", head.lstrip("\ufeff")) is not None


FORMAT = Format(
    name="pubmed",
    description="PubMed MEDLINE / .nbib export (PMID- records)",
    suffixes=(".nbib", ".medline", ".txt"),
    sniff=sniff,
    parse=parse,
)
