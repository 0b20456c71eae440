"""The convenience classes (``Polynomial``, ``Chebyshev``, ...): a series with a domain and a window.

``p(x)`` evaluates the series at ``x`` mapped linearly from ``domain`` to ``window``;
arithmetic keeps the class, domain, window and symbol; ``fit``/``fromroots``/
``identity``/``basis`` build instances; ``convert``/``cast`` change basis or domain.
"""

from __future__ import annotations

import numbers
from typing import Any

import ivy
from ivy_frontends.numpy._ndarray import ndarray, to_ivy
from ivy_frontends.numpy.polynomial import _bases
from ivy_frontends.numpy.polynomial._family import Basis, Family, _as_int, as_series, trimcoef

_STYLE = {"style": "unicode"}


def set_default_printstyle(style: str) -> None:
    """Print series with ``'unicode'`` or ``'ascii'`` powers."""
    if style not in ("unicode", "ascii"):
        raise ValueError(f"numpy.polynomial.set_default_printstyle: Unsupported format string '{style}'")
    _STYLE["style"] = style


def _pair(value: Any, what: str) -> ivy.Array:
    [x] = as_series([value], trim=False, name=f"numpy.polynomial: {what}")
    if x.shape[0] != 2:
        raise ValueError(f"numpy.polynomial: {what.capitalize()} has wrong number of elements.")
    return x


def mapparms(old: Any, new: Any) -> tuple[Any, Any]:
    """``off, scl`` of the linear map taking interval ``old`` onto ``new``."""
    (l1, r1), (l2, r2) = _as_list(old), _as_list(new)
    return (r1 * l2 - r2 * l1) / (r1 - l1), (r2 - l2) / (r1 - l1)


def _as_list(v: Any) -> list:
    return ndarray(to_ivy(v)).tolist()


def _getdomain(x: Any) -> ivy.Array:
    [a] = as_series([x], trim=False)
    if a.dtype.kind == "c":
        lo = ivy.add(ivy.min(ivy.real(a)), ivy.multiply(ivy.min(ivy.imag(a)), 1j))
        hi = ivy.add(ivy.max(ivy.real(a)), ivy.multiply(ivy.max(ivy.imag(a)), 1j))
        return ivy.stack([lo, hi])
    return ivy.stack([ivy.min(a), ivy.max(a)])


class _Interval:
    """``domain``/``window``: the basis's default interval (made on access), or the instance's own."""

    def __set_name__(self, owner: type, name: str) -> None:
        self.name = name

    def __get__(self, obj: Any, cls: type) -> ndarray:
        if obj is not None and self.name in obj.__dict__:
            return obj.__dict__[self.name]
        return ndarray(ivy.asarray(list(cls._basis.domain), dtype=ivy.float64))

    def __set__(self, obj: Any, value: ndarray) -> None:
        obj.__dict__[self.name] = value


class ABCPolyBase:
    """A series in one basis with ``domain``, ``window`` and ``symbol``."""

    __hash__ = None  # type: ignore[assignment]
    __array_ufunc__ = None
    maxpower = 100
    basis_name: str | None = None
    _basis: Basis
    domain = _Interval()
    window = _Interval()

    def __init__(self, coef: Any, domain: Any = None, window: Any = None, symbol: str = "x") -> None:
        [c] = as_series([coef], trim=False, name=f"numpy.polynomial.{type(self).__name__}")
        self.coef = ndarray(c)
        if domain is not None:
            self.domain = ndarray(_pair(domain, "domain"))
        if window is not None:
            self.window = ndarray(_pair(window, "window"))
        if not isinstance(symbol, str):
            raise TypeError(f"numpy.polynomial.{type(self).__name__}: Symbol must be a non-empty string")
        if not symbol.isidentifier():
            raise ValueError(f"numpy.polynomial.{type(self).__name__}: Symbol string must be a valid Python identifier")
        self._symbol = symbol

    @property
    def symbol(self) -> str:
        """The name of the variable in printed series."""
        return self._symbol

    @classmethod
    def _fam(cls) -> Family:
        return Family(cls._basis)

    @property
    def _coef(self) -> ivy.Array:
        return self.coef._a

    def _new(self, coef: Any) -> ABCPolyBase:
        return type(self)(coef, self.domain, self.window, self.symbol)

    # -- comparisons ------------------------------------------------------
    def has_samecoef(self, other: ABCPolyBase) -> bool:
        """Whether the coefficients are equal."""
        a, b = self._coef, other._coef
        return a.shape == b.shape and bool(ivy.all(ivy.equal(a, b)))

    def has_samedomain(self, other: ABCPolyBase) -> bool:
        """Whether the domains are equal."""
        return bool(ivy.all(ivy.equal(self.domain._a, other.domain._a)))

    def has_samewindow(self, other: ABCPolyBase) -> bool:
        """Whether the windows are equal."""
        return bool(ivy.all(ivy.equal(self.window._a, other.window._a)))

    def has_sametype(self, other: Any) -> bool:
        """Whether ``other`` is of this class."""
        return isinstance(other, type(self))

    def __eq__(self, other: object) -> bool:
        return (
            isinstance(other, type(self))
            and self.has_samedomain(other)
            and self.has_samewindow(other)
            and self.has_samecoef(other)
            and self.symbol == other.symbol
        )

    def __ne__(self, other: object) -> bool:
        return not self == other

    # -- evaluation -------------------------------------------------------
    def mapparms(self) -> tuple[Any, Any]:
        """``off, scl`` mapping the domain onto the window."""
        return mapparms(self.domain._a, self.window._a)

    def __call__(self, arg: Any) -> Any:
        off, scl = self.mapparms()
        if isinstance(arg, ABCPolyBase):
            mapped = arg * scl + off
            b = self._basis
            vals = [mapped * 0 + 1, (mapped - b.beta(0)) / b.alpha(0)]
            for k in range(1, self.coef.shape[0] - 1):
                vals.append(((mapped - b.beta(k)) * vals[k] - vals[k - 1] * b.gamma(k)) / b.alpha(k))
            total = vals[0] * self.coef[0].item()
            for k in range(1, self.coef.shape[0]):
                total = total + vals[k] * self.coef[k].item()
            return total
        x = to_ivy(arg, where=f"numpy.polynomial.{type(self).__name__}", arg="arg")
        x = ivy.add(ivy.multiply(x, scl), off)
        return self._fam().val(x, self._coef)

    def __len__(self) -> int:
        return self.coef.shape[0]

    def __iter__(self) -> Any:
        return iter(self.coef)

    # -- arithmetic -------------------------------------------------------
    def _other(self, other: Any) -> Any:
        if isinstance(other, ABCPolyBase):
            if not isinstance(other, type(self)):
                raise TypeError("numpy.polynomial: Polynomial types differ")
            if not self.has_samedomain(other):
                raise TypeError("numpy.polynomial: Domains differ")
            if not self.has_samewindow(other):
                raise TypeError("numpy.polynomial: Windows differ")
            if self.symbol != other.symbol:
                raise ValueError("numpy.polynomial: Polynomial symbols differ")
            return other._coef
        return other

    def _binary(self, fn: str, other: Any, reflected: bool = False) -> Any:
        try:
            c = self._other(other)
            args = (c, self._coef) if reflected else (self._coef, c)
            return getattr(self._fam(), fn)(*args)
        except (TypeError, ValueError):
            if isinstance(other, ABCPolyBase):
                raise
            return NotImplemented

    def __add__(self, other: Any) -> Any:
        r = self._binary("add", other)
        return r if r is NotImplemented else self._new(r)

    def __radd__(self, other: Any) -> Any:
        r = self._binary("add", other, True)
        return r if r is NotImplemented else self._new(r)

    def __sub__(self, other: Any) -> Any:
        r = self._binary("sub", other)
        return r if r is NotImplemented else self._new(r)

    def __rsub__(self, other: Any) -> Any:
        r = self._binary("sub", other, True)
        return r if r is NotImplemented else self._new(r)

    def __mul__(self, other: Any) -> Any:
        r = self._binary("mul", other)
        return r if r is NotImplemented else self._new(r)

    def __rmul__(self, other: Any) -> Any:
        r = self._binary("mul", other, True)
        return r if r is NotImplemented else self._new(r)

    def __truediv__(self, other: Any) -> Any:
        if not isinstance(other, numbers.Number) or isinstance(other, bool):
            raise TypeError(f"numpy.polynomial: unsupported types for true division: '{type(other).__name__}'")
        return self._new(ivy.divide(self._coef, other))

    def __divmod__(self, other: Any) -> Any:
        r = self._binary("div", other)
        return r if r is NotImplemented else (self._new(r[0]), self._new(r[1]))

    def __rdivmod__(self, other: Any) -> Any:
        r = self._binary("div", other, True)
        return r if r is NotImplemented else (self._new(r[0]), self._new(r[1]))

    def __floordiv__(self, other: Any) -> Any:
        r = self.__divmod__(other)
        return r if r is NotImplemented else r[0]

    def __rfloordiv__(self, other: Any) -> Any:
        r = self.__rdivmod__(other)
        return r if r is NotImplemented else r[0]

    def __mod__(self, other: Any) -> Any:
        r = self.__divmod__(other)
        return r if r is NotImplemented else r[1]

    def __rmod__(self, other: Any) -> Any:
        r = self.__rdivmod__(other)
        return r if r is NotImplemented else r[1]

    def __pow__(self, other: Any) -> ABCPolyBase:
        return self._new(self._fam().pow(self._coef, other, maxpower=self.maxpower))

    def __neg__(self) -> ABCPolyBase:
        return self._new(ivy.negative(self._coef))

    def __pos__(self) -> ABCPolyBase:
        return self

    # -- shape of the series ---------------------------------------------
    def copy(self) -> ABCPolyBase:
        """A copy."""
        return self._new(ivy.asarray(self._coef, copy=True))

    def degree(self) -> int:
        """The degree (number of coefficients minus one)."""
        return self.coef.shape[0] - 1

    def truncate(self, size: Any) -> ABCPolyBase:
        """The first ``size`` coefficients."""
        isize = _as_int(size, "size")
        if isize < 1:
            raise ValueError("numpy.polynomial: size must be a positive integer")
        return self._new(self._coef[:isize])

    def cutdeg(self, deg: Any) -> ABCPolyBase:
        """Truncated to degree ``deg``."""
        return self.truncate(_as_int(deg, "deg") + 1)

    def trim(self, tol: Any = 0) -> ABCPolyBase:
        """Trailing coefficients not above ``tol`` removed."""
        return self._new(trimcoef(self._coef, tol))

    # -- calculus ---------------------------------------------------------
    def integ(self, m: int = 1, k: Any = (), lbnd: Any = None) -> ABCPolyBase:
        """The ``m``-th integral; its value at ``lbnd`` (default: the domain's image of 0) is ``k``."""
        off, scl = self.mapparms()
        lb = 0 if lbnd is None else off + scl * lbnd
        return self._new(self._fam().integ(self._coef, m, k, lb, 1.0 / scl))

    def deriv(self, m: int = 1) -> ABCPolyBase:
        """The ``m``-th derivative."""
        _off, scl = self.mapparms()
        return self._new(self._fam().der(self._coef, m, scl))

    def roots(self) -> ndarray:
        """The roots in the domain, sorted."""
        r = self._fam().roots(self._coef)._a
        off, scl = mapparms(self.window._a, self.domain._a)
        return ndarray(ivy.add(off, ivy.multiply(scl, r)))

    def linspace(self, n: int = 100, domain: Any = None) -> tuple[ndarray, ndarray]:
        """``n`` equally spaced points of ``domain`` and the series' values there."""
        d = _as_list(self.domain._a if domain is None else domain)
        x = ndarray(ivy.linspace(d[0], d[1], n, dtype=ivy.float64))
        return x, self(x)

    # -- constructors -----------------------------------------------------
    @classmethod
    def fit(
        cls,
        x: Any,
        y: Any,
        deg: Any,
        domain: Any = None,
        rcond: Any = None,
        full: bool = False,
        w: Any = None,
        window: Any = None,
        symbol: str = "x",
    ) -> Any:
        """The least-squares fit, with ``domain`` defaulting to the range of ``x``."""
        if domain is None:
            domain = _getdomain(x)
        elif isinstance(domain, list) and not domain:
            domain = cls.domain._a
        window = cls.window._a if window is None else window
        off, scl = mapparms(domain, window)
        xnew = ivy.add(ivy.multiply(to_ivy(x), scl), off)
        res = cls._fam().fit(xnew, y, deg, w=w, rcond=rcond, full=full)
        if full:
            return cls(res[0], domain, window, symbol), res[1]
        return cls(res, domain, window, symbol)

    @classmethod
    def fromroots(cls, roots: Any, domain: Any = (), window: Any = None, symbol: str = "x") -> ABCPolyBase:
        """The series with these roots (leading power-basis coefficient one in the window)."""
        [r] = as_series([roots], trim=False)
        if domain is None:
            domain = _getdomain(r)
        elif isinstance(domain, (list, tuple)) and not domain:
            domain = cls.domain._a
        window = cls.window._a if window is None else window
        off, scl = mapparms(domain, window)
        coef = cls._fam().fromroots(ivy.add(off, ivy.multiply(scl, r)))._a
        return cls(ivy.divide(coef, scl ** r.shape[0]), domain, window, symbol)

    @classmethod
    def identity(cls, domain: Any = None, window: Any = None, symbol: str = "x") -> ABCPolyBase:
        """The series of ``x`` on ``domain``."""
        domain = cls.domain._a if domain is None else domain
        window = cls.window._a if window is None else window
        off, scl = mapparms(window, domain)
        return cls(cls._fam().line(off, scl), domain, window, symbol)

    @classmethod
    def basis(cls, deg: Any, domain: Any = None, window: Any = None, symbol: str = "x") -> ABCPolyBase:
        """The basis polynomial of degree ``deg``."""
        ideg = _as_int(deg, "deg")
        if ideg < 0:
            raise ValueError("numpy.polynomial: deg must be non-negative integer")
        domain = cls.domain._a if domain is None else domain
        window = cls.window._a if window is None else window
        return cls([0] * ideg + [1], domain, window, symbol)

    @classmethod
    def cast(cls, series: ABCPolyBase, domain: Any = None, window: Any = None) -> ABCPolyBase:
        """``series`` converted to this class."""
        return series.convert(domain, cls, window)

    def convert(self, domain: Any = None, kind: type | None = None, window: Any = None) -> ABCPolyBase:
        """The same function as a series of ``kind`` on ``domain``/``window``."""
        kind = type(self) if kind is None else kind
        domain = kind.domain._a if domain is None else domain
        window = kind.window._a if window is None else window
        return self(kind.identity(domain, window=window, symbol=self.symbol))

    # -- printing ---------------------------------------------------------
    def __repr__(self) -> str:
        coef = ", ".join(repr(v) for v in self.coef.tolist())
        dom = ", ".join(repr(v) for v in self.domain.tolist())
        win = ", ".join(repr(v) for v in self.window.tolist())
        return f"{type(self).__name__}([{coef}], domain=[{dom}], window=[{win}], symbol='{self.symbol}')"

    def __str__(self) -> str:
        sup = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
        terms = []
        for k, v in enumerate(self.coef.tolist()):
            if k == 0:
                terms.append(f"{v}")
                continue
            power = "" if k == 1 else (str(k).translate(sup) if _STYLE["style"] == "unicode" else f"**{k}")
            name = self.symbol if self.basis_name is None else f"{self.basis_name}_{k}({self.symbol})"
            if self.basis_name is not None:
                power = ""
            dot = "·" if _STYLE["style"] == "unicode" else " "
            terms.append(f"{v}{dot}{name}{power}")
        return " + ".join(terms)


def _make(name: str, basis: Basis, basis_name: str | None) -> type:
    return type(
        name,
        (ABCPolyBase,),
        {
            "_basis": basis,
            "basis_name": basis_name,
            "__doc__": f"NumPy's ``{name}`` series class on ivy.",
            "__module__": __name__,
        },
    )


Polynomial = _make("Polynomial", _bases.POWER, None)
Chebyshev = _make("Chebyshev", _bases.CHEB, "T")
Legendre = _make("Legendre", _bases.LEG, "P")
Laguerre = _make("Laguerre", _bases.LAG, "L")
Hermite = _make("Hermite", _bases.HERM, "H")
HermiteE = _make("HermiteE", _bases.HERME, "He")
