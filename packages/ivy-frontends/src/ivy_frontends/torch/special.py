# ruff: noqa: A002, N812 - torch's own argument and function names (input, min, max, sum, ...)
"""``torch.special`` of the frontend: the functions ivy can express."""

from __future__ import annotations

import math
from typing import Any

import ivy
from ivy_frontends._shared.naming import named
from ivy_frontends.torch import _dtypes as D
from ivy_frontends.torch._pointwise import _sinc as torch_sinc
from ivy_frontends.torch._promotion import unary_float
from ivy_frontends.torch._tensor import Tensor, tensor_arg, wrap


def _f(x: Any, name: str) -> Any:
    return unary_float(tensor_arg(x, f"torch.special.{name}"))


def _unary(name: str, fn: Any) -> Any:
    def special(input: Any, *, out: Any = None) -> Tensor:
        return wrap(fn(_f(input, name)))

    return named(special, name, f"torch.special.{name}")


_TABLE = {
    "erf": ivy.erf,
    "erfc": lambda x: ivy.subtract(1, ivy.erf(x)),
    "erfinv": ivy.erfinv,
    "expit": ivy.nn.sigmoid,
    "exp2": lambda x: ivy.pow(2.0, x),
    "expm1": ivy.expm1,
    "log1p": ivy.log1p,
    "sinc": torch_sinc,
    "round": ivy.round,
    "ndtr": lambda x: ivy.multiply(0.5, ivy.add(1, ivy.erf(ivy.divide(x, math.sqrt(2))))),
    "ndtri": lambda x: ivy.multiply(math.sqrt(2), ivy.erfinv(ivy.subtract(ivy.multiply(2, x), 1))),
    "log_ndtr": lambda x: ivy.log(ivy.multiply(0.5, ivy.add(1, ivy.erf(ivy.divide(x, math.sqrt(2)))))),
    "i0": lambda x: _i0(x),
    "entr": lambda x: ivy.where(
        ivy.greater(x, 0),
        ivy.negative(ivy.multiply(x, ivy.log(ivy.where(ivy.greater(x, 0), x, ivy.ones_like(x))))),
        ivy.where(ivy.equal(x, 0), ivy.zeros_like(x), ivy.full_like(x, -math.inf)),
    ),
}


def _i0(x: Any) -> Any:
    """Modified Bessel function of order 0 by its power series (accurate for moderate |x|)."""
    q = ivy.divide(ivy.square(x), 4)
    term = ivy.ones_like(x)
    total = ivy.ones_like(x)
    for k in range(1, 60):
        term = ivy.divide(ivy.multiply(term, q), k * k)
        total = ivy.add(total, term)
    return total


for _name, _fn in _TABLE.items():
    globals()[_name] = _unary(_name, _fn)


def logit(input: Any, eps: Any = None, *, out: Any = None) -> Tensor:
    """torch.special.logit."""
    x = _f(input, "logit")
    if eps is not None:
        x = ivy.clip(x, eps, 1 - eps)
    return wrap(ivy.log(ivy.divide(x, ivy.subtract(1, x))))


def xlogy(input: Any, other: Any, *, out: Any = None) -> Tensor:
    """torch.special.xlogy."""
    from ivy_frontends.torch._registry import NAMESPACE

    return NAMESPACE["xlogy"](input, other)


def xlog1py(input: Any, other: Any, *, out: Any = None) -> Tensor:
    """torch.special.xlog1py: ``x * log1p(y)``, 0 where ``x == 0``."""
    x, y = _f(input, "xlog1py"), _f(other, "xlog1py")
    r = ivy.multiply(x, ivy.log1p(y))
    return wrap(ivy.where(ivy.equal(x, 0), ivy.zeros_like(r), r))


def logsumexp(input: Any, dim: Any, keepdim: bool = False) -> Tensor:
    """torch.special.logsumexp."""
    return wrap(
        ivy.logsumexp(
            _f(input, "logsumexp"), axis=tuple(dim) if isinstance(dim, (list, tuple)) else dim, keepdims=keepdim
        )
    )


def softmax(input: Any, dim: int, *, dtype: Any = None) -> Tensor:
    """torch.special.softmax."""
    x = tensor_arg(input, "torch.special.softmax")._ivy
    if dtype is not None:
        x = ivy.astype(x, D.as_dtype(dtype)._ivy)
    return wrap(ivy.nn.softmax(x, axis=dim))


def log_softmax(input: Any, dim: int, *, dtype: Any = None) -> Tensor:
    """torch.special.log_softmax."""
    x = tensor_arg(input, "torch.special.log_softmax")._ivy
    if dtype is not None:
        x = ivy.astype(x, D.as_dtype(dtype)._ivy)
    return wrap(ivy.nn.log_softmax(x, axis=dim))


# -- orthogonal polynomials ---------------------------------------------------------------------
#: name -> (p_1 from x, recurrence p_{k+1} from (k, x, p_k, p_{k-1})); p_0 is 1 for all, p_n is 0 for n < 0
_POLYNOMIALS = {
    "chebyshev_polynomial_t": (lambda x: x, lambda k, x, p, q: ivy.subtract(ivy.multiply(ivy.multiply(2, x), p), q)),
    "chebyshev_polynomial_u": (
        lambda x: ivy.multiply(2, x),
        lambda k, x, p, q: ivy.subtract(ivy.multiply(ivy.multiply(2, x), p), q),
    ),
    "chebyshev_polynomial_v": (
        lambda x: ivy.subtract(ivy.multiply(2, x), 1),
        lambda k, x, p, q: ivy.subtract(ivy.multiply(ivy.multiply(2, x), p), q),
    ),
    "chebyshev_polynomial_w": (
        lambda x: ivy.add(ivy.multiply(2, x), 1),
        lambda k, x, p, q: ivy.subtract(ivy.multiply(ivy.multiply(2, x), p), q),
    ),
    "hermite_polynomial_h": (
        lambda x: ivy.multiply(2, x),
        lambda k, x, p, q: ivy.subtract(ivy.multiply(ivy.multiply(2, x), p), ivy.multiply(2 * k, q)),
    ),
    "hermite_polynomial_he": (lambda x: x, lambda k, x, p, q: ivy.subtract(ivy.multiply(x, p), ivy.multiply(k, q))),
    "laguerre_polynomial_l": (
        lambda x: ivy.subtract(1, x),
        lambda k, x, p, q: ivy.divide(
            ivy.subtract(ivy.multiply(ivy.subtract(2 * k + 1, x), p), ivy.multiply(k, q)), k + 1
        ),
    ),
    "legendre_polynomial_p": (
        lambda x: x,
        lambda k, x, p, q: ivy.divide(
            ivy.subtract(ivy.multiply(ivy.multiply(2 * k + 1, x), p), ivy.multiply(k, q)), k + 1
        ),
    ),
}


def _polynomial(name: str, first: Any, step: Any, shifted: bool) -> Any:
    def polynomial(input: Any, n: Any, *, out: Any = None) -> Tensor:
        from ivy_frontends.torch._promotion import result_type

        operands = [v if isinstance(v, Tensor) else wrap(ivy.asarray(v)) for v in (input, n)]
        if not isinstance(input, Tensor) and not isinstance(n, Tensor):
            raise TypeError(f"torch.special.{name}(): argument 'input' must be Tensor, not {type(input).__name__}")
        dtype = result_type(input, n)
        if dtype._ivy.kind in "biu":
            dtype = D.get_default_dtype()
        x = ivy.astype(operands[0]._ivy, dtype._ivy)
        if shifted:
            x = ivy.subtract(ivy.multiply(2, x), 1)
        order = ivy.astype(ivy.trunc(ivy.astype(operands[1]._ivy, ivy.float64)), ivy.int64)
        top = int(ivy.max(order)) if order.size else 0
        x, order = ivy.broadcast_arrays(x, order)
        prev, cur = ivy.ones_like(x), first(x)
        result = ivy.where(ivy.equal(order, 0), prev, ivy.zeros_like(x))
        result = ivy.where(ivy.equal(order, 1), cur, result)
        for k in range(1, top):
            prev, cur = cur, step(k, x, cur, prev)
            result = ivy.where(ivy.equal(order, k + 1), cur, result)
        return wrap(result)

    return named(polynomial, name, f"torch.special.{name}: the degree-``n`` polynomial at ``input`` (0 for n < 0).")


for _name, (_first, _step) in _POLYNOMIALS.items():
    globals()[_name] = _polynomial(_name, _first, _step, False)
    if _name.startswith("chebyshev"):
        _shifted = f"shifted_{_name}"
        globals()[_shifted] = _polynomial(_shifted, _first, _step, True)


def spherical_bessel_j0(input: Any, *, out: Any = None) -> Tensor:
    """torch.special.spherical_bessel_j0: ``sin(x) / x`` (1 at 0)."""
    x = _f(input, "spherical_bessel_j0")
    small = ivy.less(ivy.abs(x), 1e-4)
    safe = ivy.where(small, ivy.ones_like(x), x)
    series = ivy.subtract(1, ivy.divide(ivy.square(x), 6))
    return wrap(ivy.where(small, series, ivy.divide(ivy.sin(safe), safe)))


# -- the core's special functions, once it has them ---------------------------------------------
#: torch.special name -> ivy function name (published only when the core provides it)
_CORE_UNARY = {
    "gammaln": "lgamma",
    "digamma": "digamma",
    "psi": "digamma",
    "i0e": "i0e",
    "i1": "i1",
    "i1e": "i1e",
    "modified_bessel_i0": "i0",
    "modified_bessel_i1": "i1",
    "modified_bessel_k0": "modified_bessel_k0",
    "modified_bessel_k1": "modified_bessel_k1",
    "scaled_modified_bessel_k0": "modified_bessel_k0e",
    "scaled_modified_bessel_k1": "modified_bessel_k1e",
    "bessel_j0": "bessel_j0",
    "bessel_j1": "bessel_j1",
    "bessel_y0": "bessel_y0",
    "bessel_y1": "bessel_y1",
    "erfcx": "erfcx",
    "i0": "i0",
    "erfc": "erfc",
    "ndtri": "ndtri",
    "log_ndtr": "log_ndtr",
    "entr": "entr",
}
for _name, _core in _CORE_UNARY.items():
    if hasattr(ivy, _core):
        globals()[_name] = _unary(_name, getattr(ivy, _core))


def _binary_core(name: str, core: str) -> Any:
    def special(input: Any, other: Any, *, out: Any = None) -> Tensor:
        from ivy_frontends.torch._promotion import binary

        if core != "zeta":  # only zeta has scalar overloads
            tensor_arg(input, f"special_{name}", "input")
            tensor_arg(other, f"special_{name}", "other")
        x, y, dtype = binary(input, other, f"torch.special.{name}")
        if dtype._ivy.kind in "biu" and core != "zeta":  # torch has no integer igamma kernels
            from ivy_frontends.torch._tensor import _LEGACY

            kernel = "igamma" if core == "gammainc" else "igammac"
            raise NotImplementedError(f"\"{kernel}_cpu\" not implemented for '{_LEGACY[dtype._ivy.name]}'")
        if dtype._ivy.kind in "biu":
            x, y = (
                ivy.astype(ivy.asarray(x), D.get_default_dtype()._ivy),
                ivy.astype(ivy.asarray(y), D.get_default_dtype()._ivy),
            )
        return wrap(getattr(ivy, core)(x, y))

    return named(special, name, f"torch.special.{name}")


for _name, _core in (("gammainc", "gammainc"), ("gammaincc", "gammaincc"), ("zeta", "zeta")):
    if hasattr(ivy, _core):
        globals()[_name] = _binary_core(_name, _core)

if hasattr(ivy, "polygamma"):

    def polygamma(n: int, input: Any, *, out: Any = None) -> Tensor:
        """torch.special.polygamma: the ``n``-th derivative of the digamma function."""
        return wrap(ivy.polygamma(n, _f(input, "polygamma")))


if hasattr(ivy, "lgamma"):

    def multigammaln(input: Any, p: int, *, out: Any = None) -> Tensor:
        """torch.special.multigammaln: ``log`` of the multivariate gamma function of dimension ``p``."""
        x = _f(input, "multigammaln")
        if p < 1:
            raise RuntimeError("p has to be greater than or equal to 1")
        total = ivy.full_like(x, p * (p - 1) / 4 * math.log(math.pi))
        for j in range(p):
            total = ivy.add(total, ivy.lgamma(ivy.subtract(x, j / 2)))
        return wrap(total)


# -- the same functions under their torch.* and Tensor names -------------------------------------
def _publish() -> None:
    """torch.lgamma/digamma/i0/igamma/igammac/polygamma/mvlgamma and their Tensor methods (and ``_`` forms)."""
    from ivy_frontends.torch._inplace import make_inplace
    from ivy_frontends.torch._registry import add

    table = {"lgamma": "gammaln", "digamma": "digamma", "i0": "i0", "igamma": "gammainc", "igammac": "gammaincc"}
    for name, special in table.items():
        fn = globals().get(special)
        if fn is not None:
            add(name, fn)
            add(f"{name}_", make_inplace(fn, name), namespace=name == "i0")
    if "polygamma" in globals():
        add("polygamma", polygamma, method=False)

        def polygamma_method(self: Tensor, n: int) -> Tensor:
            return polygamma(n, self)

        add("polygamma", named(polygamma_method, "polygamma", "Tensor.polygamma(n)"), namespace=False)
        add("polygamma_", make_inplace(polygamma_method, "polygamma"), namespace=False)
    if "multigammaln" in globals():
        add("mvlgamma", multigammaln)
        add("mvlgamma_", make_inplace(multigammaln, "mvlgamma"), namespace=False)


_publish()
