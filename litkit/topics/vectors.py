"""Exact integer unit vectors: the arithmetic that makes topics the same on every machine.

A document or centroid vector is a row of integers of length ~``UNIT`` (2^20). Every step
that a decision (argmax, sort, threshold) depends on is exact or correctly rounded: integer
sums; float64 products of such rows (each product < 2^40, every partial sum < 2^53, so BLAS
gives the exact integer whatever its kernel, summation order or FMA); and the IEEE
elementwise operations ``sqrt``, multiply, divide and ``rint``, which every CPU rounds alike.
"""

from __future__ import annotations

import numpy as np

#: Length of a unit vector in integer units (cosine = dot / UNIT**2).
UNIT = 2**20
#: Exact float64 dot products need UNIT**2 * dims < 2**53.
MAX_DIMS = 2**53 // UNIT**2


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Each row scaled to length UNIT and rounded to integers (int32); zero rows stay zero.

    Integer input is exact and portable: rows are right-shifted (an exact integer step) so
    that the int64 sum of squares cannot overflow, then ``rint(x * UNIT / sqrt(sum x^2))``.
    Float input is first rounded to integers on a fine per-row grid (2^26 steps).
    """
    x = np.asarray(x)
    if x.ndim != 2:
        raise ValueError(f"unit_rows needs a 2-d array, got shape {x.shape}")
    if x.shape[1] > MAX_DIMS:
        raise ValueError(f"vectors of {x.shape[1]} dimensions are too long (max {MAX_DIMS})")
    if not np.issubdtype(x.dtype, np.integer):
        x = _float_to_int(x.astype(np.float64))
    x = x.astype(np.int64)
    bits = (62 - (x.shape[1] - 1).bit_length()) // 2  # dims * 2^(2 bits) <= 2^62
    top = np.abs(x).max(axis=1, initial=0)
    shift = np.maximum(np.frexp(top.astype(np.float64))[1] - bits, 0)
    x = x >> shift[:, None]
    norm = np.sqrt((x * x).sum(axis=1).astype(np.float64))
    out = np.zeros(x.shape, dtype=np.float64)
    np.divide(x.astype(np.float64) * UNIT, norm[:, None], out=out, where=norm[:, None] > 0)
    return np.rint(out).astype(np.int32)


def _float_to_int(x: np.ndarray) -> np.ndarray:
    top = np.abs(x).max(axis=1, initial=0.0)
    out = np.zeros(x.shape, dtype=np.float64)
    np.divide(x * 2**26, top[:, None], out=out, where=top[:, None] > 0)
    return np.rint(out).astype(np.int64)


def dots(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    """Exact dot products (int64) of unit rows ``a`` (n x d) with unit rows ``b`` (k x d).

    Computed by float64 BLAS, exact because every partial sum is an integer below 2^53.
    """
    return (np.asarray(a, dtype=np.float64) @ np.asarray(b, dtype=np.float64).T).astype(np.int64)


def cosine(dot: np.ndarray) -> np.ndarray:
    """Cosine similarity (float64) from exact dot products of unit rows."""
    return np.asarray(dot, dtype=np.float64) / float(UNIT) ** 2
