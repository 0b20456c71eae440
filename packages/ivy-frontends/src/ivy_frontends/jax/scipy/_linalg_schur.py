"""The Schur-based part of ``jax.scipy.linalg`` on ivy: ``hessenberg`` (LAPACK's Householder convention,
so ``H`` and ``Q`` match JAX's), ``schur`` (shifted Hessenberg QR iteration: Francis double shifts
for the real form, Wilkinson single shifts for the complex one), ``rsf2csf``, and what JAX builds
on them: ``sqrtm``, ``funm`` and ``solve_sylvester``.

The QR iteration decides deflation and shifts on Python scalars read from the matrix (it is a
data-dependent loop, one matrix at a time); the updates themselves are ivy operations.
"""

from __future__ import annotations

import cmath
import math
import sys
from collections.abc import Callable
from typing import Any

import ivy
from ivy_frontends.jax._array import Array, to_ivy
from ivy_frontends.jax.scipy.linalg import _adjoint, _check_square, _complex, _float

_COMPLEX_OF = {"float16": "complex64", "bfloat16": "complex64", "float32": "complex64", "float64": "complex128"}


def _to_complex(x: ivy.Array) -> ivy.Array:
    return x if _complex(x) else ivy.astype(x, getattr(ivy, _COMPLEX_OF[x.dtype.name]))


def _eye(n: int, like: ivy.Array) -> ivy.Array:
    return ivy.astype(ivy.eye(n), like.dtype)


def _batched(fn: Callable[..., tuple], *mats: ivy.Array) -> tuple:
    """``fn`` on each matrix of a batch (the QR iteration runs one matrix at a time), restacked."""
    batch = mats[0].shape[:-2]
    if not batch:
        return fn(*mats)
    flat = [ivy.reshape(m, (-1, *m.shape[-2:])) for m in mats]
    outs = [fn(*(m[i] for m in flat)) for i in range(flat[0].shape[0])]
    return tuple(ivy.reshape(ivy.stack(list(o)), (*batch, *o[0].shape)) for o in zip(*outs, strict=True))


# ---------------------------------------------------------------- Hessenberg form
def _reflector(x: ivy.Array) -> tuple[ivy.Array, ivy.Array, ivy.Array]:
    """LAPACK's ``xLARFG`` over a batch of vectors ``x``: ``(v, tau, beta)`` with ``v[0] = 1`` and
    ``(I - tau v v^H)^H x = beta e_0``, ``beta`` real; no reflection (``tau = 0``) when ``x`` is
    already real and zero below its head."""
    alpha, rest = x[..., 0], x[..., 1:]
    rest_norm = ivy.sqrt(ivy.sum(ivy.real(rest * ivy.conj(rest)) if _complex(x) else rest * rest, axis=-1))
    re, im = (ivy.real(alpha), ivy.imag(alpha)) if _complex(x) else (alpha, ivy.zeros_like(alpha))
    skip = ivy.logical_and(ivy.equal(rest_norm, 0), ivy.equal(im, 0))
    size = ivy.sqrt(re * re + im * im + rest_norm * rest_norm)
    beta = ivy.where(skip, re, -ivy.copysign(size, re))
    safe = ivy.where(skip, ivy.ones_like(beta), beta)
    beta_c = ivy.astype(safe, x.dtype)
    tau = ivy.where(skip, ivy.zeros_like(alpha), (beta_c - alpha) / beta_c)
    scale = ivy.where(skip, ivy.zeros_like(alpha), 1.0 / ivy.where(skip, ivy.ones_like(alpha), alpha - beta_c))
    v = ivy.concat([ivy.ones_like(alpha)[..., None], rest * scale[..., None]], axis=-1)
    return v, tau, ivy.astype(beta, x.dtype)


def _hessenberg(x: ivy.Array, calc_q: bool) -> tuple[ivy.Array, ivy.Array | None]:
    """Householder reduction column by column, batched, as LAPACK's ``xGEHD2``."""
    n = x.shape[-1]
    h = x * 1
    q = ivy.broadcast_to(_eye(n, x), x.shape) * 1 if calc_q else None
    for k in range(n - 1):
        v, tau, beta = _reflector(h[..., k + 1 :, k])
        vh = ivy.conj(v)[..., None, :]
        tail = h[..., k + 1 :, :]
        # h <- P^H h P with P = I - tau v v^H acting on rows/columns k+1..n-1
        h[..., k + 1 :, :] = tail - ivy.conj(tau)[..., None, None] * v[..., :, None] * ivy.matmul(vh, tail)
        cols = h[..., :, k + 1 :]
        h[..., :, k + 1 :] = cols - tau[..., None, None] * ivy.matmul(cols, v[..., :, None]) * vh
        h[..., k + 1, k] = beta
        h[..., k + 2 :, k] = ivy.zeros_like(h[..., k + 2 :, k])
        if q is not None:
            cols = q[..., :, k + 1 :]
            q[..., :, k + 1 :] = cols - tau[..., None, None] * ivy.matmul(cols, v[..., :, None]) * vh
    return ivy.triu(h, k=-1), q


def hessenberg(
    a: Any, *, calc_q: bool = False, overwrite_a: bool = False, check_finite: bool = True
) -> Array | tuple[Array, Array]:
    """The Hessenberg form ``H`` of ``a`` (``a = Q H Q^H``), and ``Q`` when ``calc_q``."""
    (x,) = _float(a)
    _check_square("hessenberg", x)
    h, q = _hessenberg(x, calc_q)
    return (Array(h), Array(q)) if calc_q else Array(h)


# ---------------------------------------------------------------- QR iteration
def _rotate(h: ivy.Array, z: ivy.Array, g: list, k: int) -> None:
    """``h <- G h G^H`` and ``z <- z G^H`` for the small unitary ``g`` acting on indices ``k..``."""
    p = len(g)
    gm = ivy.asarray(g, dtype=h.dtype)
    gh = _adjoint(gm)
    h[k : k + p, :] = ivy.matmul(gm, h[k : k + p, :])
    h[:, k : k + p] = ivy.matmul(h[:, k : k + p], gh)
    z[:, k : k + p] = ivy.matmul(z[:, k : k + p], gh)


def _givens(x: complex, y: complex) -> list:
    """The unitary ``G`` with ``G [x, y] = [r, 0]``."""
    r = math.hypot(abs(x), abs(y))
    if r == 0:
        return [[1.0, 0.0], [0.0, 1.0]]
    return [[x.conjugate() / r, y.conjugate() / r], [-y / r, x / r]]


def _householder3(x: float, y: float, z: float) -> list:
    """The real reflector ``P`` with ``P [x, y, z] = [-+|u|, 0, 0]``."""
    norm = math.sqrt(x * x + y * y + z * z)
    if norm == 0:
        return [[1.0, 0.0, 0.0], [0.0, 1.0, 0.0], [0.0, 0.0, 1.0]]
    u = [x + math.copysign(norm, x), y, z]
    uu = sum(e * e for e in u)
    return [[(i == j) - 2.0 * u[i] * u[j] / uu for j in range(3)] for i in range(3)]


def _active_start(h: ivy.Array, hi: int, eps: float, scalar: Callable) -> int:
    """The first row of the unreduced block ending at ``hi``, zeroing the negligible subdiagonal entry."""
    for k in range(hi, 0, -1):
        sub, left, right = (scalar(h[k, k - 1]), scalar(h[k - 1, k - 1]), scalar(h[k, k]))
        if abs(sub) <= eps * (abs(left) + abs(right)) or abs(sub) < 1e-300:
            h[k, k - 1] = 0.0
            return k
    return 0


def _wilkinson(a: complex, b: complex, c: complex, d: complex) -> complex:
    """The eigenvalue of ``[[a, b], [c, d]]`` closer to ``d``."""
    half = (a - d) / 2
    root = cmath.sqrt(half * half + b * c)
    return min(((a + d) / 2 + root, (a + d) / 2 - root), key=lambda mu: abs(mu - d))


def _iterate(h: ivy.Array, z: ivy.Array, scalar: Callable, sweep: Callable) -> None:
    """Deflate ``h`` from the bottom up, calling ``sweep(h, z, lo, hi, its)`` on each unreduced block
    ``lo..hi`` (``its``: sweeps on it so far); a sweep returns how many bottom rows it finished."""
    n, eps = h.shape[-1], float(ivy.finfo(h.dtype).eps)
    hi, its, steps = n - 1, 0, 0
    while hi > 0 and steps < 30 * max(10, n) * n:
        lo = _active_start(h, hi, eps, scalar)
        done = 1 if lo == hi else sweep(h, z, lo, hi, its + 1)
        hi, its, steps = hi - done, 0 if done else its + 1, steps + 1


def _complex_sweep(h: ivy.Array, z: ivy.Array, lo: int, hi: int, its: int) -> int:
    """A Wilkinson-shifted QR sweep on ``lo..hi``, its bulge chased down by Givens rotations."""
    a, b, c, d = (complex(h[i, j]) for i, j in ((hi - 1, hi - 1), (hi - 1, hi), (hi, hi - 1), (hi, hi)))
    mu = d + abs(c.real) * 0.75 if its % 10 == 0 else _wilkinson(a, b, c, d)
    x, y = complex(h[lo, lo]) - mu, complex(h[lo + 1, lo])
    for k in range(lo, hi):
        if k > lo:
            x, y = complex(h[k, k - 1]), complex(h[k + 1, k - 1])
        _rotate(h, z, _givens(x, y), k)
        if k > lo:
            h[k + 1, k - 1] = 0.0
    return 0


def _standard_block(a: float, b: float, c: float, d: float) -> tuple[list, tuple]:
    """LAPACK's ``xLANV2``: the rotation ``[[cs, -sn], [sn, cs]]`` that makes a real 2x2 block upper
    triangular (real eigenvalues) or gives it equal diagonals and off-diagonals of opposite signs
    (complex ones), and the block it gives."""
    cs, sn = 1.0, 0.0
    if c == 0:
        pass
    elif b == 0:
        cs, sn, a, b, c, d = 0.0, 1.0, d, -c, 0.0, a
    elif a == d and (b > 0) != (c > 0):
        pass
    else:
        p = 0.5 * (a - d)
        bcmax, bcmis = max(abs(b), abs(c)), min(abs(b), abs(c)) * math.copysign(1, b) * math.copysign(1, c)
        scale = max(abs(p), bcmax)
        w = p / scale * p + bcmax / scale * bcmis
        if w >= 4.0 * sys.float_info.epsilon:  # real eigenvalues (the arithmetic is Python's): triangularize
            w = p + math.copysign(math.sqrt(scale) * math.sqrt(w), p)
            a, d = d + w, d - bcmax / w * bcmis
            tau = math.hypot(c, w)
            cs, sn, b, c = w / tau, c / tau, b - c, 0.0
        else:  # complex (or nearly equal) eigenvalues: equalize the diagonal
            sigma = b + c
            tau = math.hypot(sigma, a - d)
            cs = math.sqrt(0.5 * (1 + abs(sigma) / tau))
            sn = -(p / (tau * cs)) * math.copysign(1, sigma)
            aa, bb, cc, dd = a * cs + b * sn, -a * sn + b * cs, c * cs + d * sn, -c * sn + d * cs
            a, b, c, d = aa * cs + cc * sn, bb * cs + dd * sn, -aa * sn + cc * cs, -bb * sn + dd * cs
            a = d = 0.5 * (a + d)
            if c != 0 and b != 0 and (b > 0) == (c > 0):
                sab, sac = math.sqrt(abs(b)), math.sqrt(abs(c))
                root = math.copysign(sab * sac, c)
                tau = 1 / math.sqrt(abs(b + c))
                a, d, b, c = a + root, a - root, b - c, 0.0
                cs1, sn1 = sab * tau, sac * tau
                cs, sn = cs * cs1 - sn * sn1, cs * sn1 + sn * cs1
            elif c != 0 and b == 0:
                b, c, cs, sn = -c, 0.0, -sn, cs
    return [[cs, sn], [-sn, cs]], (a, b, c, d)


def _real_sweep(h: ivy.Array, z: ivy.Array, lo: int, hi: int, its: int) -> int:
    """A Francis double-shift sweep on ``lo..hi``; a 2x2 block is standardized (``xLANV2``) instead."""
    if lo == hi - 1:
        g, block = _standard_block(*(float(h[i, j]) for i, j in ((lo, lo), (lo, hi), (hi, lo), (hi, hi))))
        _rotate(h, z, g, lo)
        h[lo : hi + 1, lo : hi + 1] = ivy.asarray([block[:2], block[2:]], dtype=h.dtype)
        return 2
    m = hi - 1
    if its % 10 == 0:  # exceptional shift, against cycling
        s = abs(float(h[hi, m])) + abs(float(h[m, m - 1]))
        w = 0.75 * s + float(h[hi, hi])
        trace, det = 2 * w, w * w + 0.4375 * s * s
    else:
        hmm, hmh, hhm, hhh = (float(h[i, j]) for i, j in ((m, m), (m, hi), (hi, m), (hi, hi)))
        trace, det = hmm + hhh, hmm * hhh - hmh * hhm
    h00, h01, h10, h11, h21 = (
        float(h[i, j]) for i, j in ((lo, lo), (lo, lo + 1), (lo + 1, lo), (lo + 1, lo + 1), (lo + 2, lo + 1))
    )
    # the first column of (H - s1)(H - s2), chased down by 3x3 reflectors
    x, y, w = h00 * h00 + h01 * h10 - trace * h00 + det, h10 * (h00 + h11 - trace), h10 * h21
    for k in range(lo, hi - 1):
        _rotate(h, z, _householder3(x, y, w), k)
        if k > lo:
            h[k + 1 : k + 3, k - 1] = ivy.zeros((2,), dtype=h.dtype)
        x, y = float(h[k + 1, k]), float(h[k + 2, k])
        if k < hi - 2:
            w = float(h[k + 3, k])
    _rotate(h, z, _givens(x, y), hi - 1)
    h[hi, hi - 2] = 0.0
    return 0


def _schur_2d(x: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    h, z = _hessenberg(x, True)
    _iterate(h, z, *((complex, _complex_sweep) if _complex(x) else (float, _real_sweep)))
    return ivy.triu(h, k=-1), z


def schur(a: Any, output: str = "real") -> tuple[Array, Array]:
    """``(T, Z)`` with ``a = Z T Z^H``, ``Z`` unitary and ``T`` upper triangular, or quasi-triangular
    with standardized 2x2 blocks for complex eigenvalue pairs (``output='real'`` on real input).
    Like LAPACK, the order of the eigenvalues along ``T``'s diagonal follows convergence."""
    if output not in ("real", "complex"):
        raise ValueError(f"jax.scipy.linalg.schur: argument 'output' must be 'real' or 'complex', got {output!r}")
    (x,) = _float(a)
    _check_square("schur", x)
    if output == "complex":
        x = _to_complex(x)
    t, z = _batched(_schur_2d, x)
    return Array(t), Array(z)


# ---------------------------------------------------------------- real to complex Schur form
def _first_eigenvalue(a: ivy.Array, b: ivy.Array, c: ivy.Array, d: ivy.Array) -> ivy.Array:
    """The eigenvalue of ``[[a, b], [c, d]]`` with the larger imaginary part (LAPACK lists it first)."""
    half = (a - d) / 2
    root = ivy.sqrt(half * half + b * c)
    root = ivy.where(ivy.less(ivy.imag(root), 0), -root, root)
    return (a + d) / 2 + root


def _rsf2csf(t: ivy.Array, z: ivy.Array) -> tuple[ivy.Array, ivy.Array]:
    """Rotates away each nonzero subdiagonal entry of a (batched) real Schur form, bottom up."""
    n = t.shape[-1]
    eps = float(ivy.finfo(t.dtype).eps)
    for m in range(n - 1, 0, -1):
        a, b, c, d = t[..., m - 1, m - 1], t[..., m - 1, m], t[..., m, m - 1], t[..., m, m]
        act = ivy.greater(ivy.abs(c), eps * (ivy.abs(a) + ivy.abs(d)))
        mu = _first_eigenvalue(a, b, c, d) - d
        r = ivy.astype(ivy.sqrt(ivy.abs(mu) ** 2 + ivy.abs(c) ** 2), t.dtype)
        r = ivy.where(act, r, ivy.ones_like(r))
        cs = ivy.where(act, mu / r, ivy.ones_like(mu))
        sn = ivy.where(act, c / r, ivy.zeros_like(c))
        g = ivy.stack([ivy.stack([ivy.conj(cs), sn], axis=-1), ivy.stack([-sn, cs], axis=-1)], axis=-2)
        gh = _adjoint(g)
        t[..., m - 1 : m + 1, m - 1 :] = ivy.matmul(g, t[..., m - 1 : m + 1, m - 1 :])
        t[..., : m + 1, m - 1 : m + 1] = ivy.matmul(t[..., : m + 1, m - 1 : m + 1], gh)
        z[..., :, m - 1 : m + 1] = ivy.matmul(z[..., :, m - 1 : m + 1], gh)
        t[..., m, m - 1] = ivy.zeros_like(t[..., m, m - 1])
    return t, z


def rsf2csf(T: Any, Z: Any, check_finite: bool = True) -> tuple[Array, Array]:  # noqa: N803 (SciPy's names)
    """The complex Schur form ``(T, Z)`` from a real one (batch dimensions broadcast)."""
    t, z = _float(T, Z)
    for name, m in (("T", t), ("Z", z)):
        if m.ndim < 2 or m.shape[-1] != m.shape[-2]:
            raise ValueError(f"jax.scipy.linalg.rsf2csf: argument '{name}' must be a square matrix, got {m.shape}")
    if t.shape[-1] != z.shape[-1]:
        raise ValueError(f"jax.scipy.linalg.rsf2csf: 'T' {t.shape} and 'Z' {z.shape} must have the same size")
    batch = ivy.broadcast_shapes(t.shape[:-2], z.shape[:-2])
    t = ivy.broadcast_to(_to_complex(t), (*batch, *t.shape[-2:])) * 1
    z = ivy.broadcast_to(_to_complex(z), (*batch, *z.shape[-2:])) * 1
    return tuple(Array(m) for m in _rsf2csf(t, z))


# ---------------------------------------------------------------- functions of a matrix
def _by_superdiagonal(t: ivy.Array, start: ivy.Array, entry: Callable) -> ivy.Array:
    """Fill an upper-triangular matrix one superdiagonal at a time: ``entry(f, t)`` gives every entry
    of the next superdiagonal from the ones below it (the rest of ``f`` above is still zero)."""
    n = t.shape[-1]
    f = start
    for p in range(1, n):
        mask = ivy.astype(ivy.eye(n, n, k=p), t.dtype)
        f = f + mask * entry(f, t)
    return f


def _diag(m: ivy.Array) -> ivy.Array:
    return ivy.linalg.diagonal(m)


def _sqrtm_triu(t: ivy.Array) -> ivy.Array:
    """The upper-triangular square root of ``t`` (Björck and Hammarling's recurrence)."""
    root = ivy.sqrt(_diag(t))
    denom = root[:, None] + root[None, :]

    def entry(u: ivy.Array, t: ivy.Array) -> ivy.Array:
        rest = t - ivy.matmul(u, u)
        return ivy.where(ivy.equal(rest, 0), ivy.zeros_like(rest), rest / ivy.where(ivy.equal(denom, 0), 1, denom))

    start = ivy.astype(ivy.eye(t.shape[-1]), t.dtype) * root[None, :]
    return _by_superdiagonal(t, start, entry)


def sqrtm(A: Any, blocksize: int = 1) -> Array:  # noqa: N803 (SciPy's name)
    """The principal square root of a matrix, by the complex Schur method; always complex, as in JAX."""
    if blocksize > 1:
        raise NotImplementedError("jax.scipy.linalg.sqrtm: argument 'blocksize' > 1 is not supported, as in JAX")
    (x,) = _float(A)
    if x.ndim != 2 or x.shape[0] != x.shape[1]:
        raise ValueError(f"jax.scipy.linalg.sqrtm: argument 'A' must be a square matrix, got {x.shape}")
    t, z = _schur_2d(_to_complex(x))
    return Array(ivy.matmul(ivy.matmul(z, _sqrtm_triu(t)), _adjoint(z)))


def _parlett(f: ivy.Array, t: ivy.Array) -> ivy.Array:
    """Parlett's recurrence (Golub and Van Loan, Algorithm 11.1.1) from ``f``'s diagonal."""
    diag = _diag(t)
    denom = diag[None, :] - diag[:, None]

    def entry(f: ivy.Array, t: ivy.Array) -> ivy.Array:
        s = ivy.matmul(t, f) - ivy.matmul(f, t)
        return ivy.where(ivy.equal(denom, 0), s, s / ivy.where(ivy.equal(denom, 0), 1, denom))

    return _by_superdiagonal(t, f, entry)


def funm(A: Any, func: Callable, disp: bool = True) -> Array | tuple[Array, Array]:  # noqa: N803 (SciPy's name)
    """``func`` of a matrix by the Schur-Parlett method (complex result); ``disp=False`` also returns
    JAX's error estimate."""
    (x,) = _float(A)
    if x.ndim != 2 or x.shape[0] != x.shape[1]:
        raise ValueError(f"jax.scipy.linalg.funm: argument 'A' must be a square matrix, got {x.shape}")
    t, z = _schur_2d(x)
    if not _complex(x):
        t, z = _rsf2csf(_to_complex(t), _to_complex(z))
    n = t.shape[-1]
    values = ivy.astype(to_ivy(func(Array(_diag(t)))), t.dtype)
    f = _parlett(ivy.astype(ivy.eye(n), t.dtype) * values[None, :], t)
    result = ivy.matmul(ivy.matmul(z, f), _adjoint(z))
    if disp:
        return Array(result)
    tol = float(ivy.finfo(t.dtype).eps)
    diag = _diag(t)
    gaps = ivy.abs(diag[None, :] - diag[:, None])
    minden = ivy.abs(t[0, 0])
    if n > 1:  # JAX starts from |T[0, 0]|, then the smallest gap between two eigenvalues
        above = ivy.greater(ivy.triu(ivy.ones((n, n)), k=1), 0)
        minden = ivy.minimum(minden, ivy.min(ivy.where(above, gaps, ivy.full_like(gaps, math.inf))))
    minden = ivy.where(ivy.equal(minden, 0), ivy.full_like(minden, tol), minden)
    norm1 = ivy.max(ivy.sum(ivy.abs(ivy.triu(t, k=1)), axis=0))
    err = ivy.minimum(ivy.ones_like(minden), ivy.maximum(ivy.full_like(minden, tol), tol / minden * norm1))
    err = ivy.where(ivy.any(ivy.isinf(result)), ivy.full_like(err, math.inf), err)
    return Array(result), Array(err)


# ---------------------------------------------------------------- Sylvester equation
def _sylvester_2d(a: ivy.Array, b: ivy.Array, c: ivy.Array, tol: float) -> tuple[ivy.Array]:
    """Bartels-Stewart: ``R Y + Y S^H = F`` with ``A = U R U^H``, ``B^H = V S V^H``, solved column by
    column from the last (``S^H`` is lower triangular)."""
    r, u = _schur_2d(_to_complex(a))
    s, v = _schur_2d(_to_complex(_adjoint(b)))
    sums = ivy.abs(_diag(r)[:, None] + ivy.conj(_diag(s))[None, :])  # eigenvalues of A plus those of B
    if bool(ivy.any(ivy.less(sums, tol))):
        return (ivy.full_like(c, math.nan),)
    f = ivy.matmul(ivy.matmul(_adjoint(u), ivy.astype(c, r.dtype)), v)
    sh = _adjoint(s)
    m, n = c.shape
    eye = _eye(m, r)
    cols: list[ivy.Array] = []
    for j in range(n - 1, -1, -1):
        rhs = f[:, j]
        for idx, y in zip(range(n - 1, j, -1), cols, strict=False):
            rhs = rhs - y * sh[idx, j]
        cols.append(ivy.linalg.solve(r + sh[j, j] * eye, rhs[:, None])[:, 0])
    y = ivy.stack(cols[::-1], axis=-1)
    x = ivy.matmul(ivy.matmul(u, y), _adjoint(v))
    return (x if _complex(c) else ivy.real(x),)


def solve_sylvester(
    A: Any,  # noqa: N803 (JAX's argument names)
    B: Any,  # noqa: N803
    C: Any,  # noqa: N803
    *,
    method: str = "schur",
    tol: float = 1e-8,
) -> Array:
    """``X`` with ``A X + X B = C`` (Bartels-Stewart for both of JAX's methods: the solution is the same);
    all NaN when some eigenvalues of ``A`` and ``B`` sum to less than ``tol`` in modulus, as in JAX."""
    if method not in ("schur", "eigen"):
        raise ValueError(
            f"jax.scipy.linalg.solve_sylvester: argument 'method' must be 'schur' or 'eigen', got {method!r}"
        )
    a, b, c = _float(A, B, C)
    m, n = c.shape[-2:]
    if tuple(a.shape[-2:]) != (m, m) or tuple(b.shape[-2:]) != (n, n):
        raise ValueError(
            f"jax.scipy.linalg.solve_sylvester: 'A' {a.shape}, 'B' {b.shape} and 'C' {c.shape} must be "
            "(..., m, m), (..., n, n) and (..., m, n)"
        )
    batch = ivy.broadcast_shapes(a.shape[:-2], b.shape[:-2], c.shape[:-2])
    a, b, c = (ivy.broadcast_to(t, (*batch, *t.shape[-2:])) for t in (a, b, c))
    (x,) = _batched(lambda a, b, c: _sylvester_2d(a, b, c, tol), a, b, c)
    return Array(x)
