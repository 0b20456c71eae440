"""One family of ``numpy.polynomial`` functions (``polyadd``, ``chebval``, ...) from a basis's three-term recurrence.

Every basis NumPy ships satisfies ``x P_n = alpha_n P_{n+1} + beta_n P_n + gamma_n P_{n-1}``
(``P_0 = 1``). From that alone come evaluation (the recurrence on ``x``), pseudo-Vandermonde
matrices, multiplication by ``x``, conversion to and from the power basis (small
Python-float matrices), derivatives and integrals, products and division, companion
matrices (scaled to NumPy's symmetric form) and Gauss quadrature (Golub-Welsch).
Coefficients are ``ivy.Array``s throughout; the basis matrices are exact for the
small degrees in use and are applied with ``ivy.tensordot``.
"""

from __future__ import annotations

import functools
import math
import operator
import warnings
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import ivy
from ivy_frontends.numpy import _dtypes
from ivy_frontends.numpy._ndarray import ndarray, to_ivy


class RankWarning(RuntimeWarning):
    """A least-squares fit is rank deficient (NumPy's ``RankWarning``)."""


@dataclass(frozen=True)
class Basis:
    """A polynomial basis: its name prefix, recurrence, domain, and Gauss weight integral."""

    prefix: str
    alpha: Callable[[int], float]
    beta: Callable[[int], float]
    gamma: Callable[[int], float]
    domain: tuple[float, float]
    mu0: float  # integral of the weight function over the domain of orthogonality

    @functools.cache  # noqa: B019 - the six bases are module constants, never freed
    def to_power(self, n: int) -> tuple[tuple[float, ...], ...]:
        """Rows ``k < n``: the power-basis coefficients of ``P_k``."""
        rows = [[1.0] + [0.0] * (n - 1)]
        prev = [0.0] * n
        for k in range(n - 1):
            cur = rows[k]
            xp = [0.0, *cur[:-1]]
            nxt = [(xp[i] - self.beta(k) * cur[i] - self.gamma(k) * prev[i]) / self.alpha(k) for i in range(n)]
            prev = cur
            rows.append(nxt)
        return tuple(tuple(r) for r in rows[:n])

    @functools.cache  # noqa: B019 - the six bases are module constants, never freed
    def from_power(self, n: int) -> tuple[tuple[float, ...], ...]:
        """Rows ``k < n``: the coefficients of ``x**k`` in this basis."""
        rows = [[1.0] + [0.0] * (n - 1)]
        for _ in range(n - 1):
            rows.append(self.mulx_list(rows[-1])[:n])
        return tuple(tuple(r) for r in rows[:n])

    def mulx_list(self, c: list[float]) -> list[float]:
        """``x * sum c_k P_k`` in this basis, on Python numbers."""
        out = [0.0] * (len(c) + 1)
        for k, ck in enumerate(c):
            out[k + 1] += ck * self.alpha(k)
            out[k] += ck * self.beta(k)
            if k:
                out[k - 1] += ck * self.gamma(k)
        return out

    def values(self, x: float, n: int) -> list[float]:
        """``P_k(x)`` for ``k < n`` at a Python number ``x``."""
        vals = [1.0, (x - self.beta(0)) / self.alpha(0)]
        for k in range(1, n - 1):
            vals.append(((x - self.beta(k)) * vals[k] - self.gamma(k) * vals[k - 1]) / self.alpha(k))
        return vals[:n]


def _as_int(value: Any, desc: str) -> int:
    try:
        return operator.index(value)
    except TypeError:
        raise TypeError(f"{desc} must be an integer, received {value!r}") from None


def _axis_of(x: ivy.Array, ax: int, name: str) -> int:
    """``ax`` as a non-negative axis of ``x``; out of range raises NumPy's ``AxisError``."""
    if not -x.ndim <= ax < x.ndim:
        raise ivy.AxisError(f"{name}: axis {ax} is out of bounds for array of dimension {x.ndim}")
    return ax % x.ndim


def _float(c: ivy.Array) -> ivy.Array:
    return c if c.dtype.kind in "fc" else ivy.astype(c, ivy.float64)


def _common(arrays: list[ivy.Array]) -> ivy.DType:
    """NumPy's ``common_type``: integers and booleans count as float64."""
    return _dtypes.result_type(*(_float(a) for a in arrays)).ivy


def trimseq(c: ivy.Array) -> ivy.Array:
    """Trailing exact zeros removed, at least one coefficient kept."""
    nz = ivy.nonzero(ivy.not_equal(c, 0))[0]
    last = int(nz[-1]) if nz.shape[0] else 0
    return c[: last + 1]


def as_series(alist: list[Any], trim: bool = True, name: str = "numpy.polynomial") -> list[ivy.Array]:
    """Coefficient arguments as 1-d arrays of one floating (or complex) dtype, optionally trimmed."""
    arrays = []
    for a in alist:
        x = to_ivy(a, where=name, arg="c")
        x = ivy.reshape(x, (1,)) if x.ndim == 0 else x
        if x.size == 0:
            raise ValueError(f"{name}: Coefficient array is empty")
        if x.ndim != 1:
            raise ValueError(f"{name}: Coefficient array is not 1-d")
        arrays.append(x)
    if trim:
        arrays = [trimseq(a) for a in arrays]
    d = _common(arrays)
    return [ivy.astype(a, d) for a in arrays]


def _apply(matrix: list[list[float]], c: ivy.Array, axis: int = 0) -> ivy.Array:
    """``matrix @ c`` along ``axis`` (``matrix`` has rows for the output, columns for ``c``'s axis)."""
    m = ivy.asarray(matrix, dtype=c.dtype)
    moved = ivy.moveaxis(c, axis, 0)
    out = ivy.tensordot(m, moved, axes=1) if moved.ndim > 1 else ivy.matmul(m, moved)
    return ivy.moveaxis(out, 0, axis)


def _pad(c: ivy.Array, n: int) -> ivy.Array:
    return c if c.shape[0] >= n else ivy.concat([c, ivy.zeros((n - c.shape[0], *c.shape[1:]), dtype=c.dtype)])


def check_fit_data(xs: ivy.Array, ys: ivy.Array, name: str) -> None:
    """NumPy's checks on the samples of a least-squares fit (TypeErrors, as NumPy raises them)."""
    if xs.ndim != 1:
        raise TypeError(f"{name}: expected 1D vector for x")
    if xs.size == 0:
        raise TypeError(f"{name}: expected non-empty vector for x")
    if ys.ndim < 1 or ys.ndim > 2:
        raise TypeError(f"{name}: expected 1D or 2D array for y")
    if xs.shape[0] != ys.shape[0]:
        raise TypeError(f"{name}: expected x and y to have same length")


class Family:
    """The module-level functions of one basis (``<prefix>add``, ``<prefix>val``, ...)."""

    def __init__(self, basis: Basis) -> None:
        self.b = basis
        self.p = basis.prefix

    def _name(self, fn: str) -> str:
        return f"numpy.polynomial.{self.p}{fn}"

    # -- conversions ------------------------------------------------------
    def _to_power(self, c: ivy.Array, axis: int = 0) -> ivy.Array:
        n = c.shape[axis]
        t = self.b.to_power(n)
        return _apply([[t[k][i] for k in range(n)] for i in range(n)], c, axis)

    def _from_power(self, p: ivy.Array, axis: int = 0) -> ivy.Array:
        n = p.shape[axis]
        f = self.b.from_power(n)
        return _apply([[f[k][i] for k in range(n)] for i in range(n)], p, axis)

    def to_poly(self, c: Any) -> ndarray:
        """This basis's series as power-series coefficients."""
        [x] = as_series([c], name=self._name("2poly"))
        return ndarray(x if x.shape[0] == 1 else trimseq(self._to_power(x)))

    def from_poly(self, pol: Any) -> ndarray:
        """Power-series coefficients in this basis."""
        [x] = as_series([pol], name=self._name("poly2"))
        x = ivy.astype(x, ivy.complex128 if x.dtype.kind == "c" else ivy.float64)  # NumPy sums into a Python 0
        return ndarray(trimseq(self._from_power(x)))

    # -- constants --------------------------------------------------------
    def line(self, off: Any, scl: Any) -> ndarray:
        """The series of ``off + scl * x``."""
        a0, b0 = self.b.alpha(0), self.b.beta(0)
        a0 = int(a0) if float(a0).is_integer() else a0
        b0 = int(b0) if float(b0).is_integer() else b0
        if scl == 0:
            return ndarray(to_ivy([off]))
        return ndarray(to_ivy([off + scl * b0, scl * a0]))

    # -- arithmetic -------------------------------------------------------
    def add(self, c1: Any, c2: Any) -> ndarray:
        """Sum of two series."""
        a, b = as_series([c1, c2], name=self._name("add"))
        n = max(a.shape[0], b.shape[0])
        return ndarray(trimseq(ivy.add(_pad(a, n), _pad(b, n))))

    def sub(self, c1: Any, c2: Any) -> ndarray:
        """Difference of two series."""
        a, b = as_series([c1, c2], name=self._name("sub"))
        n = max(a.shape[0], b.shape[0])
        return ndarray(trimseq(ivy.subtract(_pad(a, n), _pad(b, n))))

    def mulx(self, c: Any) -> ndarray:
        """The series times ``x``."""
        [x] = as_series([c], name=self._name("mulx"))
        if x.shape[0] == 1 and float(ivy.abs(x[0])) == 0:
            return ndarray(x)
        n = x.shape[0]
        m = [[0.0] * n for _ in range(n + 1)]
        for k in range(n):
            m[k + 1][k] += self.b.alpha(k)
            m[k][k] += self.b.beta(k)
            if k:
                m[k - 1][k] += self.b.gamma(k)
        return ndarray(_apply(m, x))

    def _mul(self, a: ivy.Array, b: ivy.Array) -> ivy.Array:
        pa, pb = self._to_power(a), self._to_power(b)
        n = a.shape[0] + b.shape[0] - 1
        prod = ivy.sum(
            ivy.stack(
                [
                    _pad(ivy.concat([ivy.zeros((i,), dtype=pa.dtype), ivy.multiply(pa, pb[i])]), n)
                    for i in range(b.shape[0])
                ]
            ),
            axis=0,
        )
        return trimseq(self._from_power(prod))

    def _widen(self, c: ivy.Array) -> ivy.Array:
        """NumPy's Legendre, Laguerre and Hermite products and remainders pass through a float64 zero series."""
        if self.p in ("leg", "lag", "herm", "herme"):
            return ivy.astype(c, _dtypes.result_type(c, ivy.float64).ivy)
        return c

    def _product(self, a: ivy.Array, b: ivy.Array) -> ivy.Array:
        """``mul`` as NumPy computes it: a constant factor widens the recurrence bases to float64."""
        prod = self._mul(a, b)
        return self._widen(prod) if min(a.shape[0], b.shape[0]) == 1 else prod

    def mul(self, c1: Any, c2: Any) -> ndarray:
        """Product of two series."""
        a, b = as_series([c1, c2], name=self._name("mul"))
        return ndarray(self._product(a, b))

    def div(self, c1: Any, c2: Any) -> tuple[ndarray, ndarray]:
        """Quotient and remainder of two series."""
        a, b = as_series([c1, c2], name=self._name("div"))
        if float(ivy.abs(b[-1])) == 0:
            raise ZeroDivisionError(f"{self._name('div')}: the divisor's leading coefficient is zero")
        la, lb = a.shape[0], b.shape[0]
        if la < lb:
            return ndarray(ivy.multiply(a[:1], 0)), ndarray(a)
        if lb == 1:
            return ndarray(ivy.divide(a, b[-1])), ndarray(ivy.multiply(a[:1], 0))
        quo, rem = [], a
        for i in range(la - lb, -1, -1):
            unit = ivy.concat([ivy.zeros((i,), dtype=a.dtype), ivy.ones((1,), dtype=a.dtype)])
            p = _pad(self._mul(unit, b), i + lb)
            q = ivy.divide(rem[-1], p[-1])
            rem = ivy.subtract(rem[:-1], ivy.multiply(q, p[:-1]))
            quo.append(q)
        return ndarray(ivy.stack(quo[::-1])), ndarray(self._widen(trimseq(rem)))

    def pow(self, c: Any, pow: Any, maxpower: int | None = 16) -> ndarray:  # noqa: A002
        """The series raised to a non-negative integer power."""
        [x] = as_series([c], name=self._name("pow"))
        power = _as_int(pow, "power")
        if power < 0:
            raise ValueError(f"{self._name('pow')}: Power must be a non-negative integer.")
        if maxpower is not None and power > maxpower:
            raise ValueError(f"{self._name('pow')}: Power is too large")
        if power == 0:
            return ndarray(ivy.ones((1,), dtype=x.dtype))
        result = x
        for _ in range(power - 1):
            result = self._product(result, x)
        return ndarray(result)

    # -- calculus -----------------------------------------------------------
    def _coef(self, c: Any, fn: str) -> ivy.Array:
        x = to_ivy(c, where=self._name(fn), arg="c")
        return _float(ivy.reshape(x, (1,)) if x.ndim == 0 else x)

    def _calculus_args(self, c: Any, m: Any, axis: Any, fn: str, what: str) -> tuple[ivy.Array, int, int]:
        """``der``'s and ``integ``'s coefficients, order and axis, read and checked as NumPy does."""
        x = self._coef(c, fn)
        cnt = _as_int(m, f"the order of {what}")
        ax = _as_int(axis, "the axis")
        if cnt < 0:
            raise ValueError(f"{self._name(fn)}: The order of {what} must be non-negative")
        return x, cnt, ax

    def der(self, c: Any, m: int = 1, scl: Any = 1, axis: int = 0) -> ndarray:
        """The ``m``-th derivative, each multiplied by ``scl``."""
        x, cnt, ax = self._calculus_args(c, m, axis, "der", "derivation")
        ax = _axis_of(x, ax, self._name("der"))
        if cnt == 0:
            return ndarray(x)
        n = x.shape[ax]
        if cnt >= n:
            return ndarray(ivy.multiply(ivy.take(x, ivy.asarray([0]), axis=ax), 0))
        for _ in range(cnt):
            x = ivy.multiply(self._apply_derivative(x, ax), scl)
        return ndarray(x)

    def _apply_derivative(self, x: ivy.Array, ax: int) -> ivy.Array:
        n = x.shape[ax]
        t, f = self.b.to_power(n), self.b.from_power(n - 1)
        cols = []
        for j in range(n):
            dp = [t[j][k + 1] * (k + 1) for k in range(n - 1)]
            cols.append([sum(dp[k] * f[k][i] for k in range(n - 1)) for i in range(n - 1)])
        return _apply([[cols[j][i] for j in range(n)] for i in range(n - 1)], x, ax)

    def integ(self, c: Any, m: int = 1, k: Any = (), lbnd: Any = 0, scl: Any = 1, axis: int = 0) -> ndarray:
        """The ``m``-th integral; after each, the value at ``lbnd`` is the next of ``k``."""
        name = self._name("int")
        x, cnt, ax = self._calculus_args(c, m, axis, "int", "integration")
        ks = list(k) if isinstance(k, (list, tuple)) or hasattr(k, "__len__") else [k]
        if len(ks) > cnt:
            raise ValueError(f"{name}: Too many integration constants")
        if isinstance(lbnd, (list, tuple, ndarray)) and ivy.asarray(to_ivy(lbnd)).ndim != 0:
            raise ValueError(f"{name}: lbnd must be a scalar.")
        if isinstance(scl, (list, tuple, ndarray)) and ivy.asarray(to_ivy(scl)).ndim != 0:
            raise ValueError(f"{name}: scl must be a scalar.")
        ax = _axis_of(x, ax, name)
        if cnt == 0:
            return ndarray(x)
        ks = ks + [0] * (cnt - len(ks))
        x = ivy.moveaxis(x, ax, 0)
        lb = complex(lbnd) if isinstance(lbnd, complex) else float(lbnd)
        for i in range(cnt):
            n = x.shape[0]
            x = ivy.multiply(x, scl)
            if n == 1 and not bool(ivy.any(ivy.not_equal(x[0], 0))):
                x = ivy.concat([ivy.expand_dims(ivy.add(x[0], ks[i]), axis=0), x[1:]])
                continue
            t, f = self.b.to_power(n), self.b.from_power(n + 1)
            mat = [[0.0] * n for _ in range(n + 1)]
            for j in range(n):
                ip = [0.0] + [t[j][q] / (q + 1) for q in range(n)]
                for r in range(n + 1):
                    mat[r][j] = sum(ip[q] * f[q][r] for q in range(n + 1))
            x = _apply(mat, x)
            at = self.b.values(lb, n + 1)
            val = (
                ivy.tensordot(ivy.asarray(at, dtype=x.dtype), x, axes=1)
                if x.ndim > 1
                else ivy.vecdot(ivy.asarray(at, dtype=x.dtype), x)
            )
            first = ivy.add(x[0], ivy.subtract(ks[i], val))
            x = ivy.concat([ivy.expand_dims(first, axis=0), x[1:]])
        return ndarray(ivy.moveaxis(x, 0, ax))

    # -- evaluation -------------------------------------------------------
    def _basis_values(self, x: Any, n: int) -> list[Any]:
        """``P_k(x)`` for ``k < n`` (``x`` an ivy array or a Python number)."""
        b = self.b
        one = ivy.ones_like(x) if isinstance(x, ivy.Array) else 1.0
        if n == 1:
            return [one]
        vals = [
            one,
            ivy.divide(ivy.subtract(x, b.beta(0)), b.alpha(0))
            if isinstance(x, ivy.Array)
            else (x - b.beta(0)) / b.alpha(0),
        ]
        for k in range(1, n - 1):
            if isinstance(x, ivy.Array):
                nxt = ivy.subtract(
                    ivy.multiply(ivy.subtract(x, b.beta(k)), vals[k]), ivy.multiply(b.gamma(k), vals[k - 1])
                )
                vals.append(ivy.divide(nxt, b.alpha(k)))
            else:
                vals.append(((x - b.beta(k)) * vals[k] - b.gamma(k) * vals[k - 1]) / b.alpha(k))
        return vals

    def val(self, x: Any, c: Any, tensor: bool = True) -> ndarray:
        """The series evaluated at ``x`` (``tensor``: every coefficient column at every ``x``)."""
        coef = to_ivy(c, where=self._name("val"), arg="c")
        coef = _float(ivy.reshape(coef, (1,)) if coef.ndim == 0 else coef)
        if isinstance(x, (list, tuple, ndarray, ivy.Array)):
            x = to_ivy(x, where=self._name("val"), arg="x")
            if tensor:
                coef = ivy.reshape(coef, coef.shape + (1,) * x.ndim)
        elif not isinstance(x, (bool, int, float, complex)):
            x = to_ivy(x, where=self._name("val"), arg="x")
        vals = self._basis_values(x, coef.shape[0])
        total = ivy.multiply(coef[0], vals[0])
        for k in range(1, coef.shape[0]):
            total = ivy.add(total, ivy.multiply(coef[k], vals[k]))
        return ndarray(total)

    def _nd(self, fn: str, points: tuple, c: Any, grid: bool) -> ndarray:
        arrays = [to_ivy(p, where=self._name(fn), arg="x") for p in points]
        if not grid and len({a.shape for a in arrays}) > 1:
            raise ValueError(f"{self._name(fn)}: x, y{', z' if len(points) == 3 else ''} are incompatible")
        result = c
        for i, p in enumerate(arrays):
            result = self.val(p, result, tensor=grid or i == 0)
        return result

    def vander(self, x: Any, deg: Any) -> ndarray:
        """Pseudo-Vandermonde matrix: ``v[..., k] = P_k(x)``."""
        ideg = _as_int(deg, "deg")
        if ideg < 0:
            raise ValueError(f"{self._name('vander')}: deg must be non-negative")
        a = to_ivy(x, where=self._name("vander"), arg="x")
        a = _float(ivy.reshape(a, (1,)) if a.ndim == 0 else a)
        return ndarray(ivy.stack(self._basis_values(a, ideg + 1), axis=-1))

    def _vander_nd(self, fn: str, points: tuple, deg: Any) -> ndarray:
        degs = list(deg)
        if len(degs) != len(points):
            raise ValueError(f"{self._name(fn)}: Dimensions of degrees ({len(degs)}) must match points ({len(points)})")
        arrays = [to_ivy(p, where=self._name(fn), arg="x") for p in points]
        shape = ivy.broadcast_shapes(*(a.shape for a in arrays))
        result = None
        for i, (p, d) in enumerate(zip(arrays, degs, strict=False)):
            v = self.vander(ivy.broadcast_to(p, shape), d)._a
            v = ivy.reshape(v, v.shape[:-1] + (1,) * i + (v.shape[-1],) + (1,) * (len(points) - i - 1))
            result = v if result is None else ivy.multiply(result, v)
        return ndarray(ivy.reshape(result, (*tuple(shape), -1)))

    # -- fitting and roots ------------------------------------------------
    def fit(self, x: Any, y: Any, deg: Any, rcond: Any = None, full: bool = False, w: Any = None) -> Any:
        """Least-squares fit of the series to ``(x, y)``."""
        from ivy_frontends.numpy import linalg

        name = self._name("fit")
        xs = _float(to_ivy(x, where=name, arg="x"))
        ys = _float(to_ivy(y, where=name, arg="y"))
        degs = to_ivy(deg, where=name, arg="deg")
        if degs.ndim > 1 or degs.dtype.kind not in "iu" or degs.size == 0:
            raise TypeError(f"{name}: deg must be an int or non-empty 1-D array of int")
        if int(ivy.min(degs)) < 0:
            raise ValueError(f"{name}: expected deg >= 0")
        check_fit_data(xs, ys, name)
        if degs.ndim == 0:
            lmax = int(degs)
            order = lmax + 1
            van = self.vander(xs, lmax)._a
        else:
            degs = ivy.sort(degs)
            lmax, order = int(degs[-1]), degs.shape[0]
            van = ivy.take(self.vander(xs, lmax)._a, degs, axis=1)
        lhs, rhs = ivy.matrix_transpose(van), ivy.permute_dims(ys, tuple(range(ys.ndim))[::-1])
        if w is not None:
            ws = _float(to_ivy(w, where=name, arg="w"))
            if ws.ndim != 1:
                raise TypeError(f"{name}: expected 1D vector for w")
            if ws.shape[0] != xs.shape[0]:
                raise TypeError(f"{name}: expected x and w to have same length")
            lhs, rhs = ivy.multiply(lhs, ws), ivy.multiply(rhs, ws)
        if rcond is None:
            rcond = xs.shape[0] * ivy.finfo(xs.dtype if xs.dtype.kind == "f" else ivy.float64).eps
        scl = ivy.sqrt(ivy.sum(ivy.square(ivy.abs(lhs)), axis=1))
        scl = ivy.where(ivy.equal(scl, 0), ivy.ones_like(scl), scl)
        sol, resids, rank, s = linalg.lstsq(
            ivy.divide(ivy.matrix_transpose(lhs), scl), rhs if rhs.ndim == 1 else ivy.matrix_transpose(rhs), rcond
        )
        coef = sol._a
        coef = ivy.divide(coef, scl) if coef.ndim == 1 else ivy.divide(coef, ivy.expand_dims(scl, axis=1))
        if degs.ndim > 0:
            full_coef = ivy.zeros((lmax + 1, *coef.shape[1:]), dtype=coef.dtype)
            coef = ivy.index_put(full_coef, (degs,), coef)
        if rank != order and not full:
            warnings.warn("The fit may be poorly conditioned", RankWarning, stacklevel=2)
        if full:
            return ndarray(coef), [resids, rank, s, rcond]
        return ndarray(coef)

    def companion(self, c: Any) -> ndarray:
        """The companion matrix, scaled symmetric where NumPy scales it."""
        [x] = as_series([c], name=self._name("companion"))
        n = x.shape[0] - 1
        if n < 1:
            raise ValueError(f"{self._name('companion')}: Series must have maximum degree of at least 1.")
        b = self.b
        scl = [1.0]
        for j in range(n - 1):
            g, a = b.gamma(j + 1), b.alpha(j)
            scl.append(scl[-1] * (math.sqrt(g / a) if g else 1.0))
        mat = [[0.0] * n for _ in range(n)]
        for j in range(n):
            mat[j][j] = b.beta(j)
            if j + 1 < n:
                mat[j + 1][j] = b.alpha(j) * scl[j + 1] / scl[j]
                mat[j][j + 1] = b.gamma(j + 1) * scl[j] / scl[j + 1]
        m = ivy.asarray(mat, dtype=x.dtype)
        factor = ivy.asarray([b.alpha(n - 1) * scl[i] / scl[n - 1] for i in range(n)], dtype=x.dtype)
        column = ivy.multiply(ivy.divide(x[:-1], x[-1]), factor)
        last = ivy.subtract(m[:, n - 1], column)
        return ndarray(ivy.concat([m[:, : n - 1], ivy.expand_dims(last, axis=1)], axis=1))

    def roots(self, c: Any) -> ndarray:
        """The roots, sorted."""
        from ivy_frontends.numpy import linalg, sorting

        [x] = as_series([c], name=self._name("roots"))
        if x.shape[0] < 2:
            return ndarray(ivy.zeros((0,), dtype=x.dtype))
        if x.shape[0] == 2:
            root = ivy.subtract(self.b.beta(0), ivy.multiply(self.b.alpha(0), ivy.divide(x[0], x[1])))
            return ndarray(ivy.reshape(root, (1,)))
        m = ivy.flip(self.companion(x)._a, axis=(0, 1))
        return sorting.sort(linalg.eigvals(m))

    def fromroots(self, roots: Any) -> ndarray:
        """The monic-in-power-basis series with the given roots."""
        [r] = as_series([roots], trim=False, name=self._name("fromroots"))
        if r.shape[0] == 0:
            return ndarray(ivy.ones((1,), dtype=r.dtype))
        p = ivy.ones((1,), dtype=r.dtype)
        for i in range(r.shape[0]):
            shifted = ivy.concat([ivy.zeros((1,), dtype=r.dtype), p])
            p = ivy.subtract(shifted, ivy.multiply(_pad(p, p.shape[0] + 1), r[i]))
        return ndarray(self._from_power(p))

    def gauss(self, deg: Any) -> tuple[ndarray, ndarray]:
        """Gauss quadrature nodes and weights for this basis's weight function (Golub-Welsch)."""
        ideg = _as_int(deg, "deg")
        if ideg <= 0:
            raise ValueError(f"{self._name('gauss')}: deg must be a positive integer")
        b = self.b
        jac = [[0.0] * ideg for _ in range(ideg)]
        for j in range(ideg):
            jac[j][j] = b.beta(j)
            if j + 1 < ideg:
                jac[j][j + 1] = jac[j + 1][j] = math.sqrt(b.alpha(j) * b.gamma(j + 1))
        nodes, vectors = ivy.linalg.eigh(ivy.asarray(jac, dtype=ivy.float64))
        weights = ivy.multiply(ivy.square(vectors[0]), b.mu0)
        if self.p == "cheb":  # NumPy lists Chebyshev nodes as cos(pi (2k-1) / 2n): descending
            nodes, weights = ivy.flip(nodes), ivy.flip(weights)
        return ndarray(nodes), ndarray(weights)


def trimcoef(c: Any, tol: Any = 0) -> ndarray:
    """Trailing coefficients not above ``tol`` in magnitude removed (at least one kept, as zero)."""
    if tol < 0:
        raise ValueError("numpy.polynomial.trimcoef: tol must be non-negative")
    [x] = as_series([c])
    nz = ivy.nonzero(ivy.greater(ivy.abs(x), tol))[0]
    if nz.shape[0] == 0:
        return ndarray(ivy.multiply(x[:1], 0))
    return ndarray(x[: int(nz[-1]) + 1])


def namespace(basis: Basis, extra: dict[str, Any] | None = None) -> dict[str, Any]:
    """The public functions of one ``numpy.polynomial`` submodule, named by the basis's prefix."""
    fam = Family(basis)
    p = basis.prefix

    def val2d(x: Any, y: Any, c: Any) -> ndarray:
        return fam._nd("val2d", (x, y), c, grid=False)

    def val3d(x: Any, y: Any, z: Any, c: Any) -> ndarray:
        return fam._nd("val3d", (x, y, z), c, grid=False)

    def grid2d(x: Any, y: Any, c: Any) -> ndarray:
        return fam._nd("grid2d", (x, y), c, grid=True)

    def grid3d(x: Any, y: Any, z: Any, c: Any) -> ndarray:
        return fam._nd("grid3d", (x, y, z), c, grid=True)

    def vander2d(x: Any, y: Any, deg: Any) -> ndarray:
        return fam._vander_nd("vander2d", (x, y), deg)

    def vander3d(x: Any, y: Any, z: Any, deg: Any) -> ndarray:
        return fam._vander_nd("vander3d", (x, y, z), deg)

    funcs = {
        "add": fam.add,
        "sub": fam.sub,
        "mulx": fam.mulx,
        "mul": fam.mul,
        "div": fam.div,
        "pow": fam.pow,
        "val": fam.val,
        "der": fam.der,
        "int": fam.integ,
        "fromroots": fam.fromroots,
        "vander": fam.vander,
        "fit": fam.fit,
        "trim": trimcoef,
        "roots": fam.roots,
        "val2d": val2d,
        "val3d": val3d,
        "grid2d": grid2d,
        "grid3d": grid3d,
        "vander2d": vander2d,
        "vander3d": vander3d,
        "companion": fam.companion,
        "line": fam.line,
    }
    names: dict[str, Any] = {}
    for short, fn in funcs.items():
        names[p + short] = _named(fn, p + short, basis)
    names[p + "zero"] = Lazy(lambda: ndarray(ivy.asarray([0])))
    names[p + "one"] = Lazy(lambda: ndarray(ivy.asarray([1])))
    names[p + "x"] = Lazy(lambda: fam.line(0, 1))
    names[p + "domain"] = Lazy(lambda: ndarray(ivy.asarray(list(basis.domain), dtype=ivy.float64)))
    if p != "poly":
        names[f"{p}2poly"] = _named(fam.to_poly, f"{p}2poly", basis)
        names[f"poly2{p}"] = _named(fam.from_poly, f"poly2{p}", basis)
        names[p + "gauss"] = _named(fam.gauss, p + "gauss", basis)
    names.update(extra or {})
    return names


class Lazy:
    """A module constant that is an array: made on first access, once a backend is selected."""

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


def install(module_globals: dict[str, Any], names: dict[str, Any]) -> list[str]:
    """Put ``names`` into a module: functions directly, :class:`Lazy` constants behind ``__getattr__``."""
    lazy = {k: v for k, v in names.items() if isinstance(v, Lazy)}
    module_globals.update({k: v for k, v in names.items() if k not in lazy})
    module_globals["_LAZY"] = lazy

    def __getattr__(name: str) -> Any:
        if name in lazy:
            return lazy[name].make()
        raise AttributeError(f"module {module_globals['__name__']!r} has no attribute {name!r}")

    module_globals["__getattr__"] = __getattr__
    return sorted(names)


def _named(fn: Callable, name: str, basis: Basis) -> Callable:
    @functools.wraps(fn)
    def call(*args: Any, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    call.__name__ = call.__qualname__ = name
    call.__doc__ = f"NumPy's ``{name}`` ({basis.prefix} basis): {fn.__doc__}"
    return call
