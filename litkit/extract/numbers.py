"""Parse and format the numbers abstracts write: "1.7B", "3.1 trillion", "1,000", "1/4", "20x".

``parse_number`` turns one written number (with an optional scale) into a float;
``format_number`` writes a float back in the compact form ("1.7B") that parses to it again.
"""

from __future__ import annotations

import math
import re

#: scale word or suffix -> multiplier ("B" is billion, as ML papers use it)
SCALES = {
    "k": 1e3, "thousand": 1e3,
    "m": 1e6, "mn": 1e6, "million": 1e6, "millions": 1e6,
    "b": 1e9, "bn": 1e9, "billion": 1e9, "billions": 1e9,
    "t": 1e12, "trillion": 1e12, "trillions": 1e12,
}

#: a written number: digits with thousands commas or spaces, an optional decimal part
NUMBER = r"(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?(?:[eE][-+]?\d+)?|\.\d+)"
#: a scale written after a number: suffix letters glued or spaced, or a word
SCALE = r"(?:[\s-]?(?:thousand|million|billion|trillion)s?\b|\s?(?:[KkMBbT]|bn|Bn)(?![A-Za-z]))"

_NUMBER_RE = re.compile(
    rf"^\s*(?P<sign>[-\u2212])?(?P<num>{NUMBER})\s*(?P<scale>[A-Za-z]+)?\s*$|"
    r"^\s*(?P<a>\d+)\s*/\s*(?P<b>\d+)\s*$"
)
_NUMBER_WORDS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "hundred": 100, "half": 0.5,
}
_FORMAT_SCALES = [(1e12, "T"), (1e9, "B"), (1e6, "M"), (1e3, "K")]


def parse_number(text: str) -> float | None:
    """The value of ``text`` ("1.7B" -> 1.7e9, "1,000" -> 1000, "1/4" -> 0.25), or None."""
    if not isinstance(text, str) or len(text) > 64:
        return None
    cleaned = text.replace("\u2009", "").replace("\u00a0", " ").strip().rstrip("xX×%")
    lower = cleaned.lower()
    if lower in _NUMBER_WORDS:
        return float(_NUMBER_WORDS[lower])
    match = _NUMBER_RE.match(cleaned)
    if not match:
        return None
    if match.group("a") is not None:
        denominator = int(match.group("b"))
        return int(match.group("a")) / denominator if denominator else None
    value = float(match.group("num").replace(",", ""))
    if match.group("sign"):
        value = -value
    scale = match.group("scale")
    if scale:
        factor = SCALES.get(scale.lower())
        if factor is None:
            return None
        value *= factor
    return value if math.isfinite(value) else None


def scale_of(text: str) -> float:
    """The multiplier of a scale word or suffix ("B" -> 1e9), 1.0 when there is none."""
    return SCALES.get(text.strip(" -").lower(), 1.0) if text else 1.0


def format_number(value: float, digits: int = 6) -> str:
    """Write ``value`` compactly with a K/M/B/T suffix: 1.7e9 -> "1.7B", 0.25 -> "0.25"."""
    if not math.isfinite(value):
        raise ValueError(f"cannot format {value!r}")
    sign = "-" if value < 0 else ""
    magnitude = abs(value)
    for factor, suffix in _FORMAT_SCALES:
        if magnitude >= factor:
            return f"{sign}{_short(magnitude / factor, digits)}{suffix}"
    return f"{sign}{_short(magnitude, digits)}"


def _short(value: float, digits: int) -> str:
    """``value`` with up to ``digits`` significant digits and no exponent or trailing zeros."""
    text = f"{value:.{max(digits, 1)}g}"
    mantissa, _, exponent = text.partition("e")
    if "." in mantissa:
        mantissa = mantissa.rstrip("0").rstrip(".")
    return f"{mantissa}e{int(exponent)}" if exponent else mantissa
