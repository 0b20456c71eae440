"""The legacy polynomial API of the top namespace: coefficients highest power first.

``poly``, ``roots``, ``polyval``, ``polyfit``, ``polyadd``/``polysub``/``polymul``/``polydiv``,
``polyder``/``polyint`` and the ``poly1d`` class, written with the frontend's own
functions so NumPy's promotion applies (``polyval`` of an integer point is computed
in the coefficients' promoted dtype, ``polydiv`` always in floating point).
"""

from __future__ import annotations

import operator
import warnings
from typing import Any

import ivy
from ivy_frontends.numpy import creation, linalg, linear, manipulation, sorting
from ivy_frontends.numpy._ndarray import ndarray, to_ivy
from ivy_frontends.numpy._ufunc import UFUNCS
from ivy_frontends.numpy.polynomial._family import RankWarning, check_fit_data

__all__ = [
    "poly",
    "roots",
    "polyval",
    "polyfit",
    "polyadd",
    "polysub",
    "polymul",
    "polydiv",
    "polyder",
    "polyint",
    "poly1d",
]

_add, _sub, _mul, _div = UFUNCS["add"], UFUNCS["subtract"], UFUNCS["multiply"], UFUNCS["divide"]


def _coeffs(p: Any, name: str) -> ndarray:
    if isinstance(p, poly1d):
        return p.coeffs
    a = creation.atleast_1d(ndarray(to_ivy(p, where=f"numpy.{name}", arg="p")))
    return a


def _float(a: ndarray) -> ndarray:
    return a if a.dtype.kind in "fc" else a.astype("float64")


def poly(seq_of_zeros: Any) -> Any:
    """Coefficients of the monic polynomial with these roots (or a square matrix's characteristic one)."""
    seq = creation.atleast_1d(ndarray(to_ivy(seq_of_zeros, where="numpy.poly", arg="seq_of_zeros")))
    if seq.ndim == 2 and seq.shape[0] == seq.shape[1] and seq.shape[0] != 0:
        seq = linalg.eigvals(seq)
    elif seq.ndim != 1:
        raise ValueError("numpy.poly: input must be 1d or non-empty square 2d array.")
    if seq.shape[0] == 0:
        return 1.0
    seq = _float(seq)
    a = ndarray(ivy.ones((1,), dtype=seq._a.dtype))
    for k in range(seq.shape[0]):
        a = linear.convolve(a, ndarray(ivy.stack([ivy.ones((), dtype=seq._a.dtype), ivy.negative(seq._a[k])])))
    if a.dtype.kind == "c":
        r = sorting.sort_complex(seq)
        if bool(ivy.all(ivy.equal(r._a, sorting.sort_complex(ndarray(ivy.conj(seq._a)))._a))):
            a = ndarray(ivy.real(a._a))
    return a


def roots(p: Any) -> ndarray:
    """The roots of the polynomial (eigenvalues of its companion matrix; zeros for trailing zeros)."""
    a = creation.atleast_1d(ndarray(to_ivy(p, where="numpy.roots", arg="p")))
    if a.ndim != 1:
        raise ValueError("numpy.roots: Input must be a rank-1 array.")
    nz = ivy.nonzero(ivy.not_equal(a._a, 0))[0]
    if nz.shape[0] == 0:
        return ndarray(ivy.zeros((0,), dtype=ivy.float64))
    first, last = int(nz[0]), int(nz[-1])
    trailing = a.shape[0] - last - 1
    c = _float(ndarray(a._a[first : last + 1]))._a
    n = c.shape[0]
    if n > 1:
        companion = ivy.concat(
            [
                ivy.expand_dims(ivy.divide(ivy.negative(c[1:]), c[0]), axis=0),
                ivy.eye(n - 2, n - 1, dtype=c.dtype),
            ]
        )
        found = linalg.eigvals(companion)._a
    else:
        found = ivy.zeros((0,), dtype=c.dtype)
    return ndarray(ivy.concat([found, ivy.zeros((trailing,), dtype=found.dtype)]))


def polyval(p: Any, x: Any) -> ndarray:
    """The polynomial at ``x`` by Horner's rule."""
    c = _coeffs(p, "polyval")
    if isinstance(x, poly1d):
        y: Any = poly1d([0])
        for pv in c:
            y = y * x + pv
        return y
    xs = ndarray(to_ivy(x, where="numpy.polyval", arg="x"))
    y = creation.zeros_like(xs)
    for k in range(c.shape[0]):
        y = _add(_mul(y, xs), c[k])
    return y


def _pad_front(a: ndarray, n: int) -> ndarray:
    return a if a.shape[0] >= n else manipulation.concatenate([creation.zeros(n - a.shape[0], dtype=a.dtype), a])


def _result(value: ndarray, *inputs: Any) -> Any:
    return poly1d(value) if any(isinstance(i, poly1d) for i in inputs) else value


def polyadd(a1: Any, a2: Any) -> Any:
    """Sum of two polynomials."""
    x, y = _coeffs(a1, "polyadd"), _coeffs(a2, "polyadd")
    n = max(x.shape[0], y.shape[0])
    return _result(_add(_pad_front(x, n), _pad_front(y, n)), a1, a2)


def polysub(a1: Any, a2: Any) -> Any:
    """Difference of two polynomials."""
    x, y = _coeffs(a1, "polysub"), _coeffs(a2, "polysub")
    n = max(x.shape[0], y.shape[0])
    return _result(_sub(_pad_front(x, n), _pad_front(y, n)), a1, a2)


def polymul(a1: Any, a2: Any) -> Any:
    """Product of two polynomials."""
    x, y = poly1d(a1).coeffs, poly1d(a2).coeffs
    return _result(linear.convolve(x, y), a1, a2)


def polydiv(u: Any, v: Any) -> tuple[Any, Any]:
    """Quotient and remainder of polynomial division (in floating point)."""
    a = _add(_coeffs(u, "polydiv"), 0.0)
    b = _add(_coeffs(v, "polydiv"), 0.0)
    d = (a[0] + b[0]).dtype
    m, n = a.shape[0] - 1, b.shape[0] - 1
    scale = _div(1.0, b[0])
    q = ivy.zeros((max(m - n + 1, 1),), dtype=d.ivy)
    r = a._a if a.dtype == d else ivy.astype(a._a, d.ivy)
    bv = ivy.astype(b._a, d.ivy)
    for k in range(m - n + 1):
        dk = ivy.multiply(scale._a, r[k])
        q = ivy.index_put(q, (ivy.asarray([k]),), ivy.reshape(dk, (1,)))
        r = ivy.concat([r[:k], ivy.subtract(r[k : k + n + 1], ivy.multiply(dk, bv)), r[k + n + 1 :]])
    while r.shape[0] > 1 and float(ivy.abs(r[0])) <= 1e-8:  # allclose(r[0], 0, rtol=1e-14): the atol decides
        r = r[1:]
    return _result(ndarray(q), u, v), _result(ndarray(r), u, v)


def polyder(p: Any, m: int = 1) -> Any:
    """The ``m``-th derivative."""
    order = operator.index(m)
    if order < 0:
        raise ValueError("numpy.polyder: Order of derivative must be positive (see polyint)")
    c = _coeffs(p, "polyder")
    for _ in range(order):
        n = c.shape[0] - 1
        c = _mul(c[:-1], ndarray(ivy.arange(n, 0, -1, dtype=ivy.int64)))
    return _result(c, p)


def polyint(p: Any, m: int = 1, k: Any = None) -> Any:
    """The ``m``-th antiderivative; ``k`` gives the constants, highest order first."""
    order = operator.index(m)
    if order < 0:
        raise ValueError("numpy.polyint: Order of integral must be positive (see polyder)")
    ks = [0.0] * order if k is None else ndarray(to_ivy(k)).tolist()
    ks = ks if isinstance(ks, list) else [ks]
    if len(ks) == 1 and order > 1:
        ks = ks * order
    if len(ks) < order:
        raise ValueError("numpy.polyint: k must be a scalar or a rank-1 array of length 1 or >m.")
    c = _coeffs(p, "polyint")
    for i in range(order):
        scaled = _div(c, ndarray(ivy.arange(c.shape[0], 0, -1, dtype=ivy.int64)))
        c = manipulation.concatenate([scaled, creation.array([ks[i]])])
    return _result(c, p)


def polyfit(x: Any, y: Any, deg: int, rcond: Any = None, full: bool = False, w: Any = None, cov: Any = False) -> Any:
    """Least-squares polynomial fit, highest power first."""
    name = "numpy.polyfit"
    order = int(deg) + 1
    xs = _add(ndarray(to_ivy(x, where=name, arg="x")), 0.0)
    ys = _add(ndarray(to_ivy(y, where=name, arg="y")), 0.0)
    if deg < 0:
        raise ValueError(f"{name}: expected deg >= 0")
    check_fit_data(xs._a, ys._a, name)
    if rcond is None:
        rcond = xs.shape[0] * ivy.finfo(xs._a.dtype).eps
    lhs = creation.vander(xs, order)._a
    rhs = ys._a
    if w is not None:
        ws = _add(ndarray(to_ivy(w, where=name, arg="w")), 0.0)._a
        if ws.ndim != 1:
            raise TypeError(f"{name}: expected a 1-d array for weights")
        if ws.shape[0] != ys.shape[0]:
            raise TypeError(f"{name}: expected w and y to have the same length")
        lhs = ivy.multiply(lhs, ivy.expand_dims(ws, axis=1))
        rhs = ivy.multiply(rhs, ws if rhs.ndim == 1 else ivy.expand_dims(ws, axis=1))
    scale = ivy.sqrt(ivy.sum(ivy.square(ivy.abs(lhs)), axis=0))
    lhs = ivy.divide(lhs, scale)
    c, resids, rank, s = linalg.lstsq(lhs, rhs, rcond)
    coef = ivy.divide(c._a, scale if c.ndim == 1 else ivy.expand_dims(scale, axis=1))
    if rank != order and not full:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=2)
    if full:
        return ndarray(coef), resids, rank, s, rcond
    if cov:
        base = ivy.linalg.inv(ivy.matmul(ivy.matrix_transpose(lhs), lhs))
        base = ivy.divide(base, ivy.multiply(ivy.expand_dims(scale, axis=1), ivy.expand_dims(scale, axis=0)))
        if cov == "unscaled":
            fac = 1.0
        else:
            if xs.shape[0] <= order:
                raise ValueError(f"{name}: the number of data points must exceed order to scale the covariance matrix")
            fac = ivy.divide(resids._a, xs.shape[0] - order)
        if coef.ndim == 1:
            return ndarray(coef), ndarray(ivy.multiply(base, fac))
        return ndarray(coef), ndarray(ivy.multiply(ivy.expand_dims(base, axis=-1), fac))
    return ndarray(coef)


class poly1d:  # noqa: N801 - NumPy's name
    """A polynomial as an object: coefficients highest first, arithmetic, calls, ``roots``, ``deriv``, ``integ``."""

    __hash__ = None  # type: ignore[assignment]
    __array_priority__ = 200

    def __init__(self, c_or_r: Any, r: bool = False, variable: str | None = None) -> None:
        if isinstance(c_or_r, poly1d):
            self._coeffs, self._variable = c_or_r._coeffs, c_or_r._variable
            if variable is not None:
                self._variable = variable
            return
        if r:
            c_or_r = poly(c_or_r)
        c = creation.atleast_1d(ndarray(to_ivy(c_or_r, where="numpy.poly1d", arg="c_or_r")))
        if c.ndim > 1:
            raise ValueError("numpy.poly1d: Polynomial must be 1d only.")
        c = manipulation.trim_zeros(c, trim="f")
        if c.shape[0] == 0:
            c = ndarray(ivy.zeros((1,), dtype=c._a.dtype))
        self._coeffs = c
        self._variable = "x" if variable is None else variable

    @property
    def coeffs(self) -> ndarray:
        """The coefficients, highest power first."""
        return self._coeffs

    c = coef = coefficients = coeffs

    @property
    def variable(self) -> str:
        """The name of the variable."""
        return self._variable

    @property
    def order(self) -> int:
        """The degree."""
        return self._coeffs.shape[0] - 1

    o = order

    @property
    def roots(self) -> ndarray:
        """The roots."""
        return roots(self._coeffs)

    r = roots

    def __array__(self, dtype: Any = None, copy: Any = None) -> Any:
        return self._coeffs.__array__(dtype)

    def __call__(self, val: Any) -> Any:
        return polyval(self._coeffs, val)

    def __len__(self) -> int:
        return self.order

    def __iter__(self) -> Any:
        return iter(self._coeffs)

    def __getitem__(self, val: int) -> Any:
        ind = self.order - val
        if val > self.order or val < 0:
            return self._coeffs.dtype.type(0)
        return self._coeffs[ind]

    def __setitem__(self, key: int, val: Any) -> None:
        if key < 0:
            raise ValueError("numpy.poly1d: Does not support negative powers.")
        if key > self.order:
            self._coeffs = _pad_front(self._coeffs, key + 1)
        coeffs = ndarray(self._coeffs._a)
        coeffs[self.order - key] = val
        self._coeffs = coeffs

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, poly1d):
            return NotImplemented
        a, b = self._coeffs, other._coeffs
        return a.shape == b.shape and bool(ivy.all(ivy.equal(a._a, b._a)))

    def __ne__(self, other: object) -> bool:
        eq = self.__eq__(other)
        return eq if eq is NotImplemented else not eq

    def __neg__(self) -> poly1d:
        return poly1d(-self._coeffs)

    def __pos__(self) -> poly1d:
        return self

    def __add__(self, other: Any) -> poly1d:
        return poly1d(polyadd(self._coeffs, poly1d(other)._coeffs))

    __radd__ = __add__

    def __sub__(self, other: Any) -> poly1d:
        return poly1d(polysub(self._coeffs, poly1d(other)._coeffs))

    def __rsub__(self, other: Any) -> poly1d:
        return poly1d(polysub(poly1d(other)._coeffs, self._coeffs))

    def __mul__(self, other: Any) -> poly1d:
        if isinstance(other, (int, float, complex)):
            return poly1d(_mul(self._coeffs, other))
        return poly1d(polymul(self._coeffs, poly1d(other)._coeffs))

    __rmul__ = __mul__

    def __truediv__(self, other: Any) -> Any:
        if isinstance(other, (int, float, complex)):
            return poly1d(_div(self._coeffs, other))
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other: Any) -> Any:
        return polydiv(poly1d(other), self)

    def __pow__(self, val: Any) -> poly1d:
        if not isinstance(val, int) or val < 0:
            raise ValueError("numpy.poly1d: Power to non-negative integers only.")
        res = poly1d([1])
        for _ in range(val):
            res = res * self
        return res

    def deriv(self, m: int = 1) -> poly1d:
        """The ``m``-th derivative."""
        return poly1d(polyder(self._coeffs, m))

    def integ(self, m: int = 1, k: Any = 0) -> poly1d:
        """The ``m``-th antiderivative."""
        return poly1d(polyint(self._coeffs, m, k))

    def __repr__(self) -> str:
        return f"poly1d({self._coeffs.tolist()!r})"

    def __str__(self) -> str:
        terms = []
        for i, v in enumerate(self._coeffs.tolist()):
            power = self.order - i
            terms.append(f"{v}" + ("" if power == 0 else f" {self._variable}" + ("" if power == 1 else f"**{power}")))
        return " + ".join(terms)
