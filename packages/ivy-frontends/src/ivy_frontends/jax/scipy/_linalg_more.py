"""More of ``jax.scipy.linalg`` on ivy: the special matrices JAX added over SciPy's list
(``convolution_matrix``, ``fiedler_companion``, ``pascal``, ``invpascal``, ``invhilbert``, with JAX's
floating-point binomials), ``qr_multiply``, ``expm_frechet``, ``eigh_tridiagonal``, and the
Schur-based functions of ``_linalg_schur``."""

from __future__ import annotations

import operator
from typing import Any

import ivy
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, to_ivy
from ivy_frontends.jax.scipy._linalg_schur import (
    _reflector,
    funm,
    hessenberg,
    rsf2csf,
    schur,
    solve_sylvester,
    sqrtm,
)
from ivy_frontends.jax.scipy.linalg import _adjoint, _complex, _float, expm

__all__ = [
    "convolution_matrix",
    "eigh_tridiagonal",
    "expm_frechet",
    "fiedler_companion",
    "funm",
    "hessenberg",
    "invhilbert",
    "invpascal",
    "pascal",
    "qr_multiply",
    "rsf2csf",
    "schur",
    "solve_sylvester",
    "sqrtm",
]


# ---------------------------------------------------------------- special matrices
def convolution_matrix(a: Any, n: int, mode: str = "full") -> Array:
    """The matrix ``A`` (batched over ``a``'s leading axes) with ``A @ v == convolve(a, v, mode)``."""
    try:
        n = operator.index(n)
    except TypeError:
        raise TypeError(f"jax.scipy.linalg.convolution_matrix: argument 'n' must be an integer, got {n!r}") from None
    if n <= 0:
        raise ValueError(f"jax.scipy.linalg.convolution_matrix: argument 'n' must be a positive integer, got {n!r}")
    if mode not in ("full", "same", "valid"):
        raise ValueError(
            f"jax.scipy.linalg.convolution_matrix: argument 'mode' must be 'full', 'same' or 'valid', got {mode!r}"
        )
    x = to_ivy(a)
    if x.ndim == 0 or x.shape[-1] < 1:
        raise ValueError(
            f"jax.scipy.linalg.convolution_matrix: argument 'a' must have a nonempty last axis, got shape {x.shape}"
        )
    m = x.shape[-1]
    trim = {"full": 0, "same": (min(m, n) - 1) // 2, "valid": min(m, n) - 1}[mode]
    rows = {"full": m + n - 1, "same": max(m, n), "valid": max(m, n) - min(m, n) + 1}[mode]
    # entry (r, c) is a[r + trim - c], zero off a's range
    index = ivy.arange(rows, dtype=ivy.int64)[:, None] + trim - ivy.arange(n, dtype=ivy.int64)[None, :]
    inside = ivy.logical_and(ivy.greater_equal(index, 0), ivy.less(index, m))
    picked = ivy.gather(x, ivy.reshape(ivy.clip(index, 0, m - 1), (-1,)), axis=-1)
    picked = ivy.reshape(picked, (*x.shape[:-1], rows, n))
    return Array(ivy.where(inside, picked, ivy.zeros_like(picked)))


def fiedler_companion(a: Any) -> Array:
    """Fiedler's pentadiagonal companion matrix of the polynomial ``a`` (highest degree first, batched)."""
    (x,) = _float(a)
    if x.ndim == 0:
        x = ivy.reshape(x, (1,))
    if x.shape[-1] == 0:
        raise ValueError(
            f"jax.scipy.linalg.fiedler_companion: argument 'a' must have a nonempty last axis, got shape {x.shape}"
        )
    n = x.shape[-1] - 1
    batch = x.shape[:-1]
    if n == 0:
        return Array(ivy.zeros((*batch, 0, 0), dtype=x.dtype))
    x = x / x[..., :1]
    if n == 1:
        return Array(ivy.reshape(-x[..., 1:], (*batch, 1, 1)))
    i = ivy.arange(n, dtype=ivy.int64)[:, None]
    j = ivy.arange(n, dtype=ivy.int64)[None, :]
    even = ivy.equal(ivy.remainder(i, 2), 0)
    neg = -x  # -a[k] at column k
    above = ivy.gather(neg, ivy.reshape(ivy.minimum(i + 2, n) + 0 * j, (-1,)), axis=-1)
    below = ivy.gather(neg, ivy.reshape(ivy.minimum(i + 1, n) + 0 * j, (-1,)), axis=-1)
    above, below = (ivy.reshape(v, (*batch, n, n)) for v in (above, below))
    one, zero = ivy.ones_like(above), ivy.zeros_like(above)
    first = ivy.broadcast_to(neg[..., 1:2, None], above.shape)
    cases = [
        (ivy.logical_and(ivy.equal(i, 0), ivy.equal(j, 0)), first),
        (ivy.logical_and(ivy.equal(i, 1), ivy.equal(j, 0)), one),
        (ivy.logical_and(ivy.equal(j, i + 1), even), above),
        (ivy.logical_and(ivy.equal(j, i + 2), even), one),
        (ivy.logical_and(ivy.logical_and(ivy.equal(j, i - 1), even), ivy.greater_equal(i, 2)), below),
        (ivy.logical_and(ivy.logical_and(ivy.equal(j, i - 2), ivy.logical_not(even)), ivy.greater_equal(i, 3)), one),
    ]
    out = zero
    for cond, value in reversed(cases):  # the first matching case wins, as jnp.select
        out = ivy.where(cond, value, out)
    return Array(out)


def _binom(n: ivy.Array, k: ivy.Array) -> ivy.Array:
    """JAX's floating binomial ``exp(lgamma(n + 1) - lgamma(n - k + 1) - lgamma(k + 1))`` (0 for ``k > n``)."""
    return ivy.exp(ivy.lgamma(n + 1.0) - ivy.lgamma(n - k + 1.0) - ivy.lgamma(k + 1.0))


def _comb(n: ivy.Array, k: ivy.Array) -> ivy.Array:
    """``jax.scipy.special.comb``: the binomial where ``0 <= k <= n``, else 0."""
    valid = ivy.logical_and(ivy.logical_and(ivy.less_equal(k, n), ivy.greater_equal(n, 0)), ivy.greater_equal(k, 0))
    zero = ivy.zeros_like(n)
    value = _binom(ivy.where(valid, n, zero), ivy.where(valid, k, zero))
    return ivy.where(valid, value, zero)


def _grid(n: int, dtype: Any) -> tuple[ivy.Array, ivy.Array]:
    a = ivy.arange(n, dtype=dtype)
    return a[:, None], a[None, :]


def _check_kind(name: str, kind: str | None) -> str:
    kind = "symmetric" if kind is None else kind
    if kind not in ("symmetric", "lower", "upper"):
        raise ValueError(
            f"jax.scipy.linalg.{name}: argument 'kind' must be 'symmetric', 'lower' or 'upper', got {kind!r}"
        )
    return kind


def _default_float() -> Any:
    return _dtypes.DTYPES["float64"].ivy


def invhilbert(n: int) -> Array:
    """The inverse of the order-``n`` Hilbert matrix, from JAX's floating binomials."""
    i, j = _grid(n, _default_float())
    s = i + j
    sign = 1.0 - 2.0 * ivy.remainder(s, 2.0)
    return Array(sign * (s + 1.0) * _comb(n + i, n - j - 1.0) * _comb(n + j, n - i - 1.0) * _comb(s, i) ** 2)


def pascal(n: int, kind: str | None = None) -> Array:
    """The Pascal matrix (float32 and from floating binomials, as in JAX)."""
    kind = _check_kind("pascal", kind)
    i, j = _grid(n, ivy.float32)
    lower = _binom(i, j)
    if kind == "lower":
        return Array(lower)
    if kind == "upper":
        return Array(ivy.matrix_transpose(lower))
    return Array(ivy.matmul(lower, ivy.matrix_transpose(lower)))


def invpascal(n: int, kind: str | None = None) -> Array:
    """The inverse of the Pascal matrix: ``(-1)^(i-j) binom(i, j)`` below the diagonal."""
    kind = _check_kind("invpascal", kind)
    i, j = _grid(n, _default_float())
    lower = (1.0 - 2.0 * ivy.remainder(ivy.abs(i - j), 2.0)) * _binom(i, j)
    if kind == "lower":
        return Array(lower)
    if kind == "upper":
        return Array(ivy.matrix_transpose(lower))
    return Array(ivy.matmul(ivy.matrix_transpose(lower), lower))


# ---------------------------------------------------------------- factorizations
def _pivoted_qr(x: ivy.Array) -> tuple[ivy.Array, ivy.Array, ivy.Array]:
    """Economic ``(q, r, p)`` with ``x[..., p] = q r``: Householder QR (LAPACK's reflectors) that first
    brings the remaining column of largest norm forward, as ``xGEQP3`` does."""
    m, n = x.shape[-2:]
    batch = x.shape[:-2]
    r = x * 1
    q = ivy.broadcast_to(ivy.astype(ivy.eye(m), x.dtype), (*batch, m, m)) * 1
    perm = ivy.broadcast_to(ivy.arange(n, dtype=ivy.int64), (*batch, n))
    columns = ivy.arange(n, dtype=ivy.int64)
    for j in range(min(m, n)):
        tail = r[..., j:, j:]
        norms = ivy.sum(ivy.abs(tail) ** 2, axis=-2)
        pick = ivy.argmax(norms, axis=-1)[..., None] + j
        swap = ivy.where(ivy.equal(columns, j), pick, ivy.where(ivy.equal(columns, pick), j, columns))
        r = ivy.take_along_axis(r, ivy.broadcast_to(swap[..., None, :], r.shape), axis=-1) * 1
        perm = ivy.take_along_axis(perm, swap, axis=-1)
        v, tau, beta = _reflector(r[..., j:, j])
        vh = ivy.conj(v)[..., None, :]
        rows = r[..., j:, :]
        r[..., j:, :] = rows - ivy.conj(tau)[..., None, None] * v[..., :, None] * ivy.matmul(vh, rows)
        r[..., j, j] = beta
        r[..., j + 1 :, j] = ivy.zeros_like(r[..., j + 1 :, j])
        cols = q[..., :, j:]
        q[..., :, j:] = cols - tau[..., None, None] * ivy.matmul(cols, v[..., :, None]) * vh
    k = min(m, n)
    return q[..., :, :k], ivy.triu(r[..., :k, :]), ivy.astype(perm, ivy.int32)


def qr_multiply(
    a: Any,
    c: Any,
    mode: str = "right",
    pivoting: bool = False,
    conjugate: bool = False,
    overwrite_a: bool = False,
    overwrite_c: bool = False,
) -> tuple:
    """``(Q @ c, R)`` (``mode='left'``) or ``(c @ Q, R)`` (``'right'``) with ``Q`` the economic QR factor
    of ``a`` (``conj(Q)`` when ``conjugate``); a 1-D ``c`` is a column (left) or a row (right). With
    ``pivoting``, the column-pivoted factorization ``a[..., p] = Q R`` and ``p`` (int32) as a third value."""
    if mode not in ("right", "left"):
        raise ValueError(f"jax.scipy.linalg.qr_multiply: argument 'mode' must be 'right' or 'left', got {mode!r}")
    x, y = _float(a, c)
    if x.ndim < 2:
        raise ValueError(f"jax.scipy.linalg.qr_multiply: argument 'a' must be a (batch of) matrix, got {x.shape}")
    vector = y.ndim == 1
    if vector:
        y = y[:, None] if mode == "left" else y[None, :]
    m, n = x.shape[-2:]
    k = min(m, n)
    need, got = (k, y.shape[-2]) if mode == "left" else (m, y.shape[-1])
    if need != got:
        side = "rows" if mode == "left" else "columns"
        raise ValueError(
            f"jax.scipy.linalg.qr_multiply: argument 'c' must have {need} {side} for a of shape {x.shape} "
            f"(mode={mode!r}), got shape {y.shape}"
        )
    batch = ivy.broadcast_shapes(x.shape[:-2], y.shape[:-2])
    x = ivy.broadcast_to(x, (*batch, m, n))
    y = ivy.broadcast_to(y, (*batch, *y.shape[-2:]))
    q, r, p = _pivoted_qr(x) if pivoting else (*ivy.linalg.qr(x, mode="reduced"), None)
    if conjugate and _complex(q):
        q = ivy.conj(q)
    out = ivy.matmul(q, y) if mode == "left" else ivy.matmul(y, q)
    if vector:
        out = ivy.reshape(out, (-1,))
    result = (Array(out), Array(ivy.triu(r)))
    return result if p is None else (*result, Array(p))


def expm_frechet(
    A: Any,  # noqa: N803 (JAX's argument names)
    E: Any,  # noqa: N803
    *,
    method: str | None = None,
    compute_expm: bool = True,
) -> Array | tuple[Array, Array]:
    """``(expm(A), L(A, E))``, the Fréchet derivative of ``expm`` at ``A`` in direction ``E``, read off
    the exponential of the block matrix ``[[A, E], [0, A]]``; only ``L`` when not ``compute_expm``."""
    x, e = _float(A, E)
    for name, m in (("A", x), ("E", e)):
        if m.ndim < 2 or m.shape[-1] != m.shape[-2]:
            raise ValueError(
                f"jax.scipy.linalg.expm_frechet: argument '{name}' must be a (batch of) square matrix, got {m.shape}"
            )
    if x.shape != e.shape:
        raise ValueError(f"jax.scipy.linalg.expm_frechet: 'A' {x.shape} and 'E' {e.shape} must have the same shape")
    n = x.shape[-1]
    block = ivy.concat(
        [ivy.concat([x, e], axis=-1), ivy.concat([ivy.zeros_like(x), x], axis=-1)],
        axis=-2,
    )
    big = expm(Array(block))._a
    frechet = Array(big[..., :n, n:])
    return (Array(big[..., :n, :n]), frechet) if compute_expm else frechet


def eigh_tridiagonal(
    d: Any,
    e: Any,
    *,
    eigvals_only: bool = False,
    select: str = "a",
    select_range: tuple[float, float] | None = None,
    tol: float | None = None,
    key: Any = None,
) -> Array | tuple[Array, Array]:
    """Eigenvalues (ascending) and, unless ``eigvals_only``, unit eigenvectors (as columns) of the
    Hermitian tridiagonal matrix with diagonal ``d`` (its real part) and superdiagonal ``e``;
    ``select='i'`` keeps the eigenvalues with indices ``select_range[0]..select_range[1]``.
    ``tol`` and ``key`` (JAX's bisection tolerance and inverse-iteration seed) do not apply here."""
    alpha, beta = to_ivy(d), to_ivy(e)
    if alpha.dtype != beta.dtype:
        raise TypeError(
            "jax.scipy.linalg.eigh_tridiagonal: arguments 'd' and 'e' must have the same dtype, "
            f"got {alpha.dtype.name} and {beta.dtype.name}"
        )
    if alpha.dtype.name not in ("float32", "float64", "complex64", "complex128"):
        raise TypeError(
            f"jax.scipy.linalg.eigh_tridiagonal: arguments 'd' and 'e' must be float32, float64, complex64 or "
            f"complex128, got {alpha.dtype.name}"
        )
    if select == "v":
        raise NotImplementedError("jax.scipy.linalg.eigh_tridiagonal: select='v' is not supported, as in JAX")
    if select not in ("a", "i"):
        raise ValueError(
            f"jax.scipy.linalg.eigh_tridiagonal: argument 'select' must be 'a', 'i' or 'v', got {select!r}"
        )
    n = alpha.shape[0]
    real = ivy.real(alpha) if _complex(alpha) else alpha
    if n <= 1:
        return Array(real) if eigvals_only else (Array(real), Array(ivy.astype(ivy.eye(n), alpha.dtype)))
    if beta.shape[0] != n - 1:
        raise ValueError(
            f"jax.scipy.linalg.eigh_tridiagonal: argument 'e' must have len(d) - 1 = {n - 1} entries, "
            f"got {beta.shape[0]}"
        )
    first, last = 0, n - 1
    if select == "i":
        if select_range is None:
            raise ValueError("jax.scipy.linalg.eigh_tridiagonal: select='i' needs argument 'select_range'")
        first, last = (int(v) for v in select_range)
        if first > last:
            raise ValueError(f"jax.scipy.linalg.eigh_tridiagonal: argument 'select_range' {select_range} is empty")
    shifted = ivy.concat([ivy.zeros((1,), dtype=beta.dtype), beta])  # shifted[j] = e[j - 1], for entry (j - 1, j)
    upper = ivy.astype(ivy.eye(n, k=1), beta.dtype) * shifted[None, :]
    matrix = ivy.astype(ivy.eye(n), beta.dtype) * ivy.astype(real, beta.dtype)[None, :] + upper + _adjoint(upper)
    w, v = ivy.linalg.eigh(matrix)
    w, v = w[first : last + 1], v[:, first : last + 1]
    return Array(w) if eigvals_only else (Array(w), Array(v))
