"""Exact integer unit vectors: the arithmetic that makes topics the same on every machine.

A document or centroid vector is a row of integers of length ~``UNIT`` (2^20), dense or
sparse. Every step that a decision (argmax, sort, threshold) depends on is exact or correctly
rounded: integer sums; float64 products of such rows, exact whatever the BLAS kernel,
summation order or FMA because every partial sum is an integer of at most
sum |x_i c_i| <= |x| |c| ~ 2^40 < 2^53 (Cauchy-Schwarz), however many dimensions; and the
IEEE elementwise operations ``sqrt``, multiply, divide and ``rint``, which every CPU rounds
alike.
"""

from __future__ import annotations

import numpy as np
from scipy.sparse import csr_matrix, issparse, spmatrix

#: Length of a unit vector in integer units (cosine = dot / UNIT**2).
UNIT = 2**20
#: Float input is first rounded to integers on a grid of this many steps per row.
FLOAT_GRID = 2**26


def _bits(dims: int) -> int:
    """Largest component size (bits) whose squares sum within int64 over ``dims``."""
    return (62 - (max(dims, 2) - 1).bit_length()) // 2


def _scaled(x: np.ndarray, norm: np.ndarray) -> np.ndarray:
    """rint(x * UNIT / norm) per row (norm 0: zero), as int32."""
    out = np.zeros(x.shape, dtype=np.float64)
    np.divide(x.astype(np.float64) * UNIT, norm, out=out, where=norm > 0)
    return np.rint(out).astype(np.int32)


def _to_int(x: np.ndarray, top: np.ndarray) -> np.ndarray:
    """Float values on a grid of FLOAT_GRID steps of their row's largest magnitude ``top``."""
    out = np.zeros(x.shape, dtype=np.float64)
    np.divide(x.astype(np.float64) * FLOAT_GRID, top, out=out, where=top > 0)
    return np.rint(out).astype(np.int64)


def unit_rows(x: np.ndarray) -> np.ndarray:
    """Each row scaled to length UNIT and rounded to integers (int32); zero rows stay zero.

    Integer input is exact and portable: rows are right-shifted (an exact integer step) so
    that the int64 sum of squares cannot overflow, then ``rint(x * UNIT / sqrt(sum x^2))``.
    Float input is first rounded to integers on a fine per-row grid (2^26 steps).
    """
    x = np.asarray(x)
    if x.ndim != 2:
        raise ValueError(f"unit_rows needs a 2-d array, got shape {x.shape}")
    if not np.issubdtype(x.dtype, np.integer):
        x = _to_int(x, np.abs(x).max(axis=1, initial=0.0)[:, None])
    x = x.astype(np.int64)
    top = np.abs(x).max(axis=1, initial=0)
    x = x >> np.maximum(np.frexp(top.astype(np.float64))[1] - _bits(x.shape[1]), 0)[:, None]
    norm = np.sqrt((x * x).sum(axis=1).astype(np.float64))
    return _scaled(x, norm[:, None])


def per_row(ufunc: np.ufunc, values: np.ndarray, indptr: np.ndarray) -> np.ndarray:
    """``ufunc.reduce`` of each CSR row's values (0 for an empty row)."""
    out = np.zeros(len(indptr) - 1, dtype=values.dtype)
    filled = np.flatnonzero(np.diff(indptr))
    if len(filled):
        out[filled] = ufunc.reduceat(values, indptr[filled])
    return out


def unit_rows_sparse(x: spmatrix) -> csr_matrix:
    """:func:`unit_rows` for a sparse matrix: a CSR matrix of float64 holding integers."""
    x = csr_matrix(x)
    x.sort_indices()
    rows = np.repeat(np.arange(x.shape[0]), np.diff(x.indptr))
    data = x.data
    if not np.issubdtype(data.dtype, np.integer):
        data = _to_int(data, per_row(np.maximum, np.abs(data), x.indptr)[rows])
    data = data.astype(np.int64)
    top = per_row(np.maximum, np.abs(data), x.indptr)
    data = data >> np.maximum(np.frexp(top.astype(np.float64))[1] - _bits(x.shape[1]), 0)[rows]
    norm = np.sqrt(per_row(np.add, data * data, x.indptr).astype(np.float64))  # exact sums
    out = csr_matrix((_scaled(data, norm[rows]).astype(np.float64), x.indices, x.indptr),
                     shape=x.shape)
    out.eliminate_zeros()
    return out


def dots(a: np.ndarray | spmatrix, b: np.ndarray) -> np.ndarray:
    """Exact dot products (int64) of unit rows ``a`` (n x d, dense or sparse) with dense unit
    rows ``b`` (k x d): float64 products whose partial sums are exact integers."""
    return dots_t(a, np.ascontiguousarray(np.asarray(b, dtype=np.float64).T))


def dots_t(a: np.ndarray | spmatrix, b_t: np.ndarray) -> np.ndarray:
    """:func:`dots` with ``b`` given transposed (d x k, float64): no copy per call."""
    if issparse(a):
        return np.asarray(a @ b_t).astype(np.int64)
    return (np.asarray(a, dtype=np.float64) @ b_t).astype(np.int64)


def cosine(dot: np.ndarray) -> np.ndarray:
    """Cosine similarity (float64) from exact dot products of unit rows."""
    return np.asarray(dot, dtype=np.float64) / float(UNIT) ** 2
