"""The number normalizer: parsing written numbers, formatting them back, never crashing."""

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from litkit.extract.numbers import format_number, parse_number


@pytest.mark.parametrize(
    ("text", "value"),
    [("1.7B", 1.7e9), ("3.1 trillion", 3.1e12), ("770M", 7.7e8), ("1,000", 1000.0),
     ("1/4", 0.25), ("20x", 20.0), ("0.3B", 3e8), ("12.5%", 12.5), ("406 thousand", 4.06e5),
     ("1e21", 1e21), ("128K", 1.28e5), ("7b", 7e9), ("half", 0.5), ("-2.5", -2.5)],
)
def test_parse_number(text, value):
    assert parse_number(text) == pytest.approx(value)


@pytest.mark.parametrize("text", ["", "abc", "1/0", "1.2.3", "B", "7 quadrillion", "1" * 100])
def test_parse_number_rejects_what_is_not_a_number(text):
    assert parse_number(text) is None


@pytest.mark.parametrize(("value", "text"), [(1.7e9, "1.7B"), (0.25, "0.25"), (3.3e12, "3.3T"),
                                             (7.7e8, "770M"), (12.0, "12"), (-4e6, "-4M")])
def test_format_number(value, text):
    assert format_number(value) == text


@given(st.text(max_size=80))
def test_parse_never_crashes(text):
    value = parse_number(text)
    assert value is None or math.isfinite(value)


@given(st.floats(allow_nan=False, allow_infinity=False, min_value=-1e300, max_value=1e300))
def test_parse_round_trips_format(value):
    assert parse_number(format_number(value)) == pytest.approx(value, rel=1e-5, abs=1e-300)


def test_format_rejects_non_finite():
    with pytest.raises(ValueError):
        format_number(math.inf)
