"""Families of torch names derived from their base functions in one place.

- ``torch.foo_``: the functions torch publishes in its namespace in place (``torch.sin_(x)``) are
  the Tensor methods ``foo_`` already built from ``foo``;
- ``Tensor.foo_`` for the methods whose in-place forms change the shape (``t_``, ``squeeze_``) or
  have no registry entry yet;
- ``torch.foo_copy``: torch's copying view variants; the frontend's views never alias, so each is
  its base function.
"""

from __future__ import annotations

from typing import Any

from ivy_frontends._shared.naming import named
from ivy_frontends.torch._inplace import make_inplace
from ivy_frontends.torch._tensor import Tensor

#: in-place forms torch exposes as ``torch.<name>`` (the method of the same name does the work)
NAMESPACE_INPLACE = (
    "acos_ acosh_ arccos_ arccosh_ arcsin_ arcsinh_ arctan_ arctanh_ asin_ asinh_ atan_ atanh_ ceil_ clamp_max_ "
    "clamp_min_ clip_ conj_physical_ cos_ cosh_ deg2rad_ erf_ erfc_ exp2_ expm1_ fix_ floor_ frac_ log10_ log1p_ "
    "log2_ log_ logit_ neg_ negative_ rad2deg_ reciprocal_ rsqrt_ sin_ sinc_ sinh_ square_ tan_ tanh_ trunc_ xlogy_ "
    "addmv_ index_put_ fill_ zero_ detach_ gcd_ lcm_ ldexp_ i0_"
).split()

#: Tensor methods with a same-shape in-place form (result cast to the tensor's dtype)
METHOD_INPLACE = "cumsum cumprod float_power heaviside nextafter tril triu renorm gcd lcm ldexp".split()

#: Tensor methods whose in-place form may change the tensor's shape
RESHAPING_INPLACE = "squeeze unsqueeze swapaxes swapdims t transpose".split()

#: ``torch.<base>_copy``: base name per copy variant (``None``: the same name without ``_copy``)
COPIES = (
    "alias detach diagonal expand narrow permute select slice split split_with_sizes squeeze t transpose "
    "unbind unfold unsqueeze view view_as_complex view_as_real as_strided"
).split()
#: copy variants whose base has another name in the frontend
_COPY_BASE = {"alias": "clone"}


def _reshaping_inplace(fn: Any, name: str) -> Any:
    def inplace(self: Tensor, *args: Any, **kwargs: Any) -> Tensor:
        self._ivy = fn(self, *args, **kwargs)._ivy
        return self

    return named(inplace, f"{name}_", f"In-place ``{name}``: the tensor takes the result's shape.")


def _copy(fn: Any, name: str) -> Any:
    def copy(*args: Any, out: Any = None, **kwargs: Any) -> Any:
        return fn(*args, **kwargs)

    return named(copy, f"{name}_copy", f"torch.{name}_copy: ``{name}`` (frontend views never alias: already a copy).")


def install(namespace: dict[str, Any], methods: dict[str, Any]) -> None:
    """Fill ``namespace`` (torch.*) and ``methods`` (Tensor.*) with the derived families."""
    for base in METHOD_INPLACE:
        if base in methods:
            methods.setdefault(f"{base}_", make_inplace(methods[base], base))
    for base in RESHAPING_INPLACE:
        if base in methods:
            methods.setdefault(f"{base}_", _reshaping_inplace(methods[base], base))
    for name in NAMESPACE_INPLACE:
        fn = methods.get(name) or getattr(Tensor, name, None)
        if fn is not None:
            namespace.setdefault(name, fn)
    for base in COPIES:
        fn = namespace.get(base) or methods.get(base) or getattr(Tensor, _COPY_BASE.get(base, base), None)
        if fn is not None:
            namespace.setdefault(f"{base}_copy", _copy(fn, base))
