"""Names paddle derives from others, derived here in one place instead of written one by one.

- ``ALIASES``: paddle binds these names to the very same function object as another name
  (``paddle.cat is paddle.concat``);
- ``MIRRORED``: ``paddle.Tensor.<name>`` is ``paddle.<name>`` (the tensor is the first argument);
  ``LINALG_MIRRORED``: ``paddle.Tensor.<name>`` is ``paddle.linalg.<name>``;
- ``INPLACE``: the ``name_`` forms that rebind the tensor with ``paddle.<name>``'s result
  (the dtype is kept, as paddle's in-place kernels keep it).
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

ALIASES = {
    "cat": "concat",
    "concatenate": "concat",
    "clamp": "clip",
    "div": "divide",
    "eq": "equal",
    "ge": "greater_equal",
    "gt": "greater_than",
    "le": "less_equal",
    "lt": "less_than",
    "ne": "not_equal",
    "mul": "multiply",
    "sub": "subtract",
    "ger": "outer",
    "manual_seed": "seed",
    "reverse": "flip",
    "swapaxes": "transpose",
    "swapdims": "transpose",
    "take_along_dim": "take_along_axis",
}

#: ``paddle.<name> is paddle.nn.functional.<name>`` / ``paddle.linalg.<name>``
FUNCTIONAL_ALIASES = "adaptive_avg_pool1d conv1d conv2d conv3d group_norm layer_norm pdist".split()
LINALG_ALIASES = "cholesky eigvalsh".split()

#: ``paddle.Tensor.<name> is paddle.<name>`` in paddle (read off paddle 3.x once; a table, not a rule,
#: because some paddle functions, such as the creation functions, are not methods)
MIRRORED = """
add_n addmm angle argwhere as_complex as_real as_strided atleast_1d atleast_2d atleast_3d baddbmm bitwise_invert
block_diag broadcast_shape broadcast_shapes broadcast_tensors bucketize cast cdist cholesky clamp combinations concat
cumulative_trapezoid diagflat diagonal_scatter digamma div dsplit eigvalsh eq frac frexp gammainc gammaincc gammaln
gcd ge gt histogram histogram_bin_edges histogramdd hsplit i0 i0e i1 i1e index_fill index_put inverse is_empty
is_tensor isin isneginf isposinf isreal lcm ldexp le lgamma logcumsumexp lt masked_scatter matrix_transpose mode
msort mul multigammaln multinomial multiplex nanmedian nanquantile narrow ne polar polygamma quantile rank ravel
reduce_as renorm reverse scatter_add scatter_nd scatter_reduce select_scatter sgn shard_index slice slice_scatter
softmax stack sub swapaxes swapdims take take_along_dim trapezoid unflatten unfold unique_consecutive vander view_as
view_as_complex view_as_real vsplit
""".split()

LINALG_MIRRORED = """
cholesky_inverse cholesky_solve cond corrcoef cov eig eigvals householder_product lstsq lu lu_unpack matrix_power
multi_dot ormqr pca_lowrank pinv qr slogdet solve svd_lowrank
""".split()

#: ``name_`` forms paddle has (on ``paddle`` and/or ``paddle.Tensor``), beyond ``_math.INPLACE``
INPLACE = """
abs acos acosh add addmm asin asinh atan atanh baddbmm bitwise_and bitwise_invert bitwise_left_shift bitwise_not
bitwise_or bitwise_right_shift bitwise_xor ceil clamp clip copysign cos cosh cumprod cumsum digamma div divide equal
erf erfinv exp expm1 flatten floor floor_divide floor_mod frac gammainc gammaincc gammaln gcd greater_equal
greater_than hypot i0 index_add index_fill index_put lcm ldexp lerp less less_equal less_than lgamma log log10 log1p
log2 logical_and logical_not logical_or logical_xor logit masked_fill masked_scatter mod mul multigammaln multiply
fill_diagonal_tensor
nan_to_num neg not_equal polygamma pow put_along_axis reciprocal remainder renorm reshape round rsqrt scale scatter
scatter_add sigmoid sin sinc sinh sqrt square squeeze sub subtract t tan tanh transpose tril triu trunc unsqueeze
where
""".split()


def derive(
    namespace: dict[str, Callable[..., Any]],
    methods: dict[str, Callable[..., Any]],
    linalg: Any,
    inplace: Callable[[Callable[..., Any], str], Callable[..., Any]],
    functional: dict[str, Callable[..., Any]],
) -> None:
    """Fill ``namespace`` and ``methods`` with the aliases, mirrors and in-place forms of what they hold."""
    for name in FUNCTIONAL_ALIASES:
        namespace.setdefault(name, functional[name])
    for name in LINALG_ALIASES:
        namespace.setdefault(name, getattr(linalg, name))
    for alias, target in ALIASES.items():
        if target in namespace:
            namespace.setdefault(alias, namespace[target])
        if target in methods:
            methods.setdefault(alias, methods[target])
    for name in MIRRORED:
        if name in namespace:
            methods.setdefault(name, namespace[name])
    for name in LINALG_MIRRORED:
        f = getattr(linalg, name, None)
        if callable(f):
            methods.setdefault(name, f)
    for name in INPLACE:
        base = namespace.get(name) or methods.get(name)
        if base is not None and name + "_" not in methods:
            f = inplace(base, name + "_")
            namespace.setdefault(name + "_", f)
            methods.setdefault(name + "_", f)
