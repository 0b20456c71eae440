"""The derived families (torch.foo_, Tensor.foo_, torch.foo_copy) and the functions of ``_extras``,
one differential driver over a table of calls, against real torch on drawn inputs."""

from __future__ import annotations

import numpy as np
import pytest
import torch
from conftest import assert_same, both, run_both
from hypothesis import given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import torch as fe
from ivy_frontends.torch import _families

SMALL = hnp.array_shapes(min_dims=1, max_dims=3, min_side=1, max_side=4)
MATRIX = hnp.array_shapes(min_dims=2, max_dims=3, min_side=2, max_side=4)


def floats(shape=SMALL, lo=-5.0, hi=5.0, dtype=np.float32):
    lo, hi = float(np.float32(lo)), float(np.float32(hi))
    return hnp.arrays(dtype, shape, elements=st.floats(lo, hi, width=32, allow_subnormal=False))


def ints(shape=SMALL, lo=-40, hi=40, dtype=np.int64):
    return hnp.arrays(dtype, shape, elements=st.integers(lo, hi))


DOMAIN = {"acosh_": (1, 5), "arccosh_": (1, 5), "log_": (0.1, 5), "log2_": (0.1, 5), "log10_": (0.1, 5)}
DOMAIN.update({n: (0.1, 5) for n in ("rsqrt_", "reciprocal_", "log1p_")})
DOMAIN.update({n: (-0.9, 0.9) for n in ("asin_", "acos_", "arcsin_", "arccos_", "atanh_", "arctanh_", "logit_")})
UNARY_INPLACE = [
    n
    for n in _families.NAMESPACE_INPLACE
    if n not in {"addmv_", "index_put_", "fill_", "detach_", "gcd_", "lcm_", "ldexp_", "xlogy_", "i0_"}
    if n not in {"clamp_max_", "clamp_min_", "clip_"}
]


@pytest.mark.parametrize("name", UNARY_INPLACE)
@settings(max_examples=5)
@given(data=st.data())
def test_namespace_inplace(name, data):
    """torch.sin_(x) and friends write into ``x``; an int tensor is refused when the result is float."""
    lo, hi = DOMAIN.get(name, (-3, 3))
    x = data.draw(floats(lo=lo, hi=hi))
    (t,), (f,) = both(x)
    ref, mine = getattr(torch, name)(t), getattr(fe, name)(f)
    assert mine is f
    assert_same(f, t, 2e-5, 2e-5)
    assert_same(mine, ref, 2e-5, 2e-5)
    run_both(lambda T, a: getattr(T, name)(a), np.arange(1, 5, dtype=np.int32))


RESHAPING = {
    "squeeze_": lambda a: a.squeeze_(),
    "unsqueeze_": lambda a: a.unsqueeze_(0),
    "t_": lambda a: a.t_() if a.ndim <= 2 else a.t(),
    "transpose_": lambda a: a.transpose_(0, -1),
    "swapaxes_": lambda a: a.swapaxes_(0, -1),
    "swapdims_": lambda a: a.swapdims_(-1, 0),
    "cumsum_": lambda a: a.cumsum_(0),
    "cumprod_": lambda a: a.cumprod_(-1),
    "tril_": lambda a: a.tril_(),
    "triu_": lambda a: a.triu_(1),
    "float_power_": lambda a: a.double().float_power_(2),
    "heaviside_": lambda a: a.heaviside_(a[..., :1] * 0 + 0.5),
    "nextafter_": lambda a: a.nextafter_(a * 0),
    "renorm_": lambda a: a.renorm_(2, 0, 1.0),
}


@pytest.mark.parametrize("name", sorted(RESHAPING))
@settings(max_examples=5)
@given(x=floats(MATRIX))
def test_tensor_inplace(name, x):
    """In-place Tensor methods: the tensor itself holds the result, of torch's shape and dtype."""
    (t,), (f,) = both(x)
    try:
        ref = RESHAPING[name](t)
    except Exception:
        with pytest.raises(Exception):
            RESHAPING[name](f)
        return
    mine = RESHAPING[name](f)
    assert_same(mine, ref, 1e-5, 1e-5)
    assert_same(f, t, 1e-5, 1e-5)


COPIES = {
    "alias_copy": lambda T, a: T.alias_copy(a),
    "detach_copy": lambda T, a: T.detach_copy(a),
    "diagonal_copy": lambda T, a: T.diagonal_copy(a, 0, 0, 1),
    "expand_copy": lambda T, a: T.expand_copy(a, (2, *a.shape)),
    "narrow_copy": lambda T, a: T.narrow_copy(a, 0, 0, 1),
    "permute_copy": lambda T, a: T.permute_copy(a, list(range(a.ndim))[::-1]),
    "select_copy": lambda T, a: T.select_copy(a, 0, -1),
    "slice_copy": lambda T, a: T.slice_copy(a, 1, 0, 3, 2),
    "split_copy": lambda T, a: T.split_copy(a, 1, 1),
    "split_with_sizes_copy": lambda T, a: T.split_with_sizes_copy(a, [1, a.shape[0] - 1]),
    "squeeze_copy": lambda T, a: T.squeeze_copy(a),
    "t_copy": lambda T, a: T.t_copy(a[0] if a.ndim > 2 else a),
    "transpose_copy": lambda T, a: T.transpose_copy(a, 0, 1),
    "unbind_copy": lambda T, a: T.unbind_copy(a, 1),
    "unfold_copy": lambda T, a: T.unfold_copy(a, 0, 2, 1),
    "unsqueeze_copy": lambda T, a: T.unsqueeze_copy(a, -1),
    "view_copy": lambda T, a: T.view_copy(a, (-1,)),
    "as_strided_copy": lambda T, a: T.as_strided_copy(a, (2, 2), (1, 2), 1),
    "split_with_sizes": lambda T, a: T.split_with_sizes(a, [a.shape[0] - 1, 1], 0),
    "unsafe_split": lambda T, a: T.unsafe_split(a, 1, -1),
    "unsafe_chunk": lambda T, a: T.unsafe_chunk(a, 3, 1),
    "hsplit": lambda T, a: T.hsplit(a, 2),
    "vsplit": lambda T, a: T.vsplit(a, [1]),
    "dsplit": lambda T, a: T.dsplit(a, 1),
    "as_strided": lambda T, a: T.as_strided(a, (a.shape[0], 2), (2, 1)),
    "as_strided_": lambda T, a: a.as_strided_((2, 1), (1, 3), 2) + 0,
    "as_strided_scatter": lambda T, a: T.as_strided_scatter(a, a.flatten()[:4].reshape(2, 2) * 0 - 1, (2, 2), (2, 1)),
    "slice_scatter": lambda T, a: T.slice_scatter(a, a[:, ::2] * 2, 1, 0, None, 2),
    "select_scatter": lambda T, a: T.select_scatter(a, a[0] + 1, 0, 0),
    "diagonal_scatter": lambda T, a: T.diagonal_scatter(a, a.diagonal(1, 0, 1) * 3, 1, 0, 1),
    "fill": lambda T, a: T.fill(a, 2.5),
    "detach": lambda T, a: T.detach(a),
    "alias": lambda T, a: T.alias(a),
    "is_same_size": lambda T, a: T.is_same_size(a, a[:1]),
    "is_signed": lambda T, a: T.is_signed(a),
    "is_conj": lambda T, a: T.is_conj(a),
    "is_neg": lambda T, a: T.is_neg(a),
    "is_inference": lambda T, a: T.is_inference(a),
    "frexp": lambda T, a: T.frexp(a * 1000),
    "ldexp": lambda T, a: T.ldexp(a, T.tensor([3])),
    "trapezoid": lambda T, a: T.trapezoid(a, dim=0),
    "trapz": lambda T, a: T.trapz(a, dx=0.5),
    "trapezoid_x": lambda T, a: T.trapezoid(a, a[0].cumsum(0) if a.ndim == 2 else a.cumsum(-1)),
    "cumulative_trapezoid": lambda T, a: T.cumulative_trapezoid(a, dim=1),
    "vander": lambda T, a: T.vander(a.flatten()[:4], 3, True),
    "logcumsumexp": lambda T, a: T.logcumsumexp(a * 10, 1),
    "det": lambda T, a: T.det(a[..., :2, :2]),
    "logdet": lambda T, a: T.logdet(a[..., :2, :2]),
    "slogdet": lambda T, a: T.slogdet(a[..., :2, :2]),
    "inverse": lambda T, a: T.inverse(a[..., :2, :2] + 4 * T.eye(2)),
    "matrix_power": lambda T, a: T.matrix_power(a[..., :2, :2], 3),
    "pinverse": lambda T, a: T.pinverse(a),
    "qr": lambda T, a: T.qr(a[..., :2, :2] + 4 * T.eye(2))[1].abs(),
    "svd": lambda T, a: T.svd(a[..., :2, :2] + 4 * T.eye(2))[1],
    "cholesky": lambda T, a: T.cholesky(a @ a.mT + T.eye(a.shape[-1]), upper=True),
    "cholesky_solve": lambda T, a: T.cholesky_solve(
        a, T.linalg.cholesky(a[..., :1] @ a[..., :1].mT + T.eye(a.shape[-2]))
    ),
    "cholesky_inverse": lambda T, a: T.cholesky_inverse(
        T.linalg.cholesky(a[..., :1] @ a[..., :1].mT + T.eye(a.shape[-2]))
    ),
    "triangular_solve": lambda T, a: T.triangular_solve(
        a, a[..., :1].expand(*a.shape[:-1], a.shape[-2]).triu() + 3 * T.eye(a.shape[-2])
    )[0],
    "dist": lambda T, a: T.dist(a, a.flip(0), 3),
    "renorm": lambda T, a: T.renorm(a, 1, 0, 2.0),
    "diagflat": lambda T, a: T.diagflat(a[0], -1),
    "block_diag": lambda T, a: T.block_diag(a[0], a[0, 0], a[..., 0].T),
    "combinations": lambda T, a: T.combinations(a.flatten()[:4], 2, True),
    "quantile": lambda T, a: T.quantile(a, T.tensor([0.1, 0.5, 1.0]), dim=1, keepdim=True),
    "quantile_scalar": lambda T, a: T.quantile(a, 0.3, interpolation="midpoint"),
    "nanquantile": lambda T, a: T.nanquantile(T.where(a > 1, T.nan, a), 0.25, 0, interpolation="lower"),
    "nanmedian": lambda T, a: T.nanmedian(T.where(a > 1, T.nan, a)),
    "solve_removed": lambda T, a: T.solve(a, a),
    "eig_removed": lambda T, a: T.eig(a),
}


@pytest.mark.parametrize("name", sorted(COPIES))
@settings(max_examples=6)
@given(x=floats(hnp.array_shapes(min_dims=2, max_dims=3, min_side=2, max_side=4)))
def test_float_functions(name, x):
    """One driver over the table: results (values, dtype, shape) or errors as torch's."""
    run_both(COPIES[name], x, rtol=1e-4, atol=1e-4)


INT_CASES = {
    "gcd": lambda T, a: T.gcd(a, a.flip(0)),
    "lcm": lambda T, a: T.lcm(a, a.flip(-1)),
    "gcd_": lambda T, a: a.clone().gcd_(a * 3),
    "lcm_": lambda T, a: T.lcm_(a.clone(), a[..., :1]),
    "gcd_float": lambda T, a: T.gcd(a.float(), a.float()),
    "unravel_index": lambda T, a: T.unravel_index(a.abs(), (5, 3, 7)),
    "unravel_index_wraps": lambda T, a: T.unravel_index(a.abs() + 200, (5, 3)),
    "mode": lambda T, a: T.mode(a % 3, 0),
    "mode_keepdim": lambda T, a: T.mode(a % 4, -1, True),
    "vander": lambda T, a: T.vander(a.flatten()),
    "diagflat": lambda T, a: T.diagflat(a, 1),
    "ldexp": lambda T, a: T.ldexp(a, a.clamp(-3, 3)),
}


@pytest.mark.parametrize("name", sorted(INT_CASES))
@settings(max_examples=6)
@given(x=ints(hnp.array_shapes(min_dims=1, max_dims=2, min_side=1, max_side=5)))
def test_int_functions(name, x):
    run_both(INT_CASES[name], x)


POLYNOMIALS = [
    f"{shift}{kind}"
    for kind in (
        "chebyshev_polynomial_t",
        "chebyshev_polynomial_u",
        "chebyshev_polynomial_v",
        "chebyshev_polynomial_w",
        "hermite_polynomial_h",
        "hermite_polynomial_he",
        "laguerre_polynomial_l",
        "legendre_polynomial_p",
    )
    for shift in ("", "shifted_")
    if shift == "" or kind.startswith("chebyshev")
]


@pytest.mark.parametrize("name", POLYNOMIALS)
@settings(max_examples=5)
@given(
    x=floats(hnp.array_shapes(min_dims=1, max_dims=2, max_side=4), -1.0, 1.0),
    n=hnp.arrays(np.int64, st.sampled_from([(), (1,), (4,)]), elements=st.integers(-1, 7)),
    as_scalar=st.booleans(),
)
def test_special_polynomials(name, x, n, as_scalar):
    """Degree tensors or ints (negative: 0), broadcast against float or int inputs."""
    if as_scalar:
        run_both(lambda T, a: getattr(T.special, name)(a, int(n.flat[0]) if n.size else 3), x, rtol=1e-4, atol=1e-4)
    else:
        run_both(lambda T, a, b: getattr(T.special, name)(a, b), x, n, rtol=1e-4, atol=1e-4)
    run_both(lambda T, a: getattr(T.special, name)(a, 2), np.arange(-2, 3, dtype=np.int32))


SPECIAL_CORE = [
    n
    for n in (
        "gammaln digamma psi i0e i1 i1e modified_bessel_i0 modified_bessel_i1 modified_bessel_k0 modified_bessel_k1 "
        "scaled_modified_bessel_k0 scaled_modified_bessel_k1 bessel_j0 bessel_j1 bessel_y0 bessel_y1 erfcx "
        "spherical_bessel_j0"
    ).split()
    if hasattr(fe.special, n)
]


@pytest.mark.parametrize("name", SPECIAL_CORE)
@settings(max_examples=5)
@given(x=floats(SMALL, 0.05, 8.0), dtype=st.sampled_from([np.float32, np.float64]))
def test_special_unary(name, x, dtype):
    run_both(lambda T, a: getattr(T.special, name)(a), x.astype(dtype), rtol=1e-4, atol=1e-5)
    run_both(lambda T, a: getattr(T.special, name)(a), np.array([1, 2, 3], dtype=np.int64), rtol=1e-4, atol=1e-5)


FFT_CASES = {
    "hfft2": lambda T, a: T.fft.hfft2(a),
    "hfftn": lambda T, a: T.fft.hfftn(a, dim=(0, -1), norm="ortho"),
    "hfftn_s": lambda T, a: T.fft.hfftn(a, s=(2, 4)),
    "ihfft2": lambda T, a: T.fft.ihfft2(a.real),
    "ihfftn": lambda T, a: T.fft.ihfftn(a.real, norm="forward"),
    "ihfftn_complex": lambda T, a: T.fft.ihfftn(a),
    "cond": lambda T, a: T.linalg.cond(a.real[..., :2, :2] + 3 * T.eye(2)),
    "cond_fro": lambda T, a: T.linalg.cond(a.real[..., :2, :2] + 3 * T.eye(2), "fro"),
    "cond_inf": lambda T, a: T.linalg.cond(a.real[..., :2, :2] + 3 * T.eye(2), float("inf")),
    "cond_m2": lambda T, a: T.linalg.cond(a.real, -2),
    "tensorinv": lambda T, a: T.linalg.tensorinv(a.real[..., :2, :2].reshape(2, 2) + 3 * T.eye(2), 1),
    "solve_ex": lambda T, a: T.linalg.solve_ex(a.real[..., :2, :2] + 3 * T.eye(2), a.real[..., :2, :1])[0],
}


@pytest.mark.parametrize("name", sorted(FFT_CASES))
@settings(max_examples=5)
@given(
    x=hnp.arrays(
        np.complex64,
        hnp.array_shapes(min_dims=2, max_dims=3, min_side=2, max_side=4),
        elements=st.complex_numbers(max_magnitude=4, width=64),
    )
)
def test_fft_linalg(name, x):
    run_both(FFT_CASES[name], x, rtol=1e-4, atol=1e-4)


GAMMA_CASES = {
    "lgamma": lambda T, a: T.lgamma(a),
    "digamma": lambda T, a: a.digamma(),
    "i0": lambda T, a: T.i0(a),
    "i0_": lambda T, a: T.i0_(a.clone()),
    "lgamma_": lambda T, a: a.clone().lgamma_(),
    "polygamma": lambda T, a: T.polygamma(1, a),
    "polygamma_method": lambda T, a: a.polygamma(2),
    "mvlgamma": lambda T, a: T.mvlgamma(a + 2, 2),
    "mvlgamma_below_domain": lambda T, a: T.mvlgamma(a - 10, 3),
    "igamma": lambda T, a: T.igamma(a, a.flip(-1)),
    "igammac": lambda T, a: a.igammac(a * 2),
    "special.polygamma": lambda T, a: T.special.polygamma(3, a),
    "special.zeta": lambda T, a: T.special.zeta(a + 1, a),
    "special.gammainc": lambda T, a: T.special.gammainc(a, 2.0),
    "special.gammaincc": lambda T, a: T.special.gammaincc(a, a * 0.5),
    "special.multigammaln": lambda T, a: T.special.multigammaln(a + 3, 4),
}


@pytest.mark.parametrize("name", sorted(GAMMA_CASES))
@settings(max_examples=5)
@given(x=floats(SMALL, 0.1, 6.0), dtype=st.sampled_from([np.float32, np.float64]))
def test_gamma_family(name, x, dtype):
    """torch.* and Tensor forms of the gamma-family functions, float32 and float64, and int inputs."""
    run_both(GAMMA_CASES[name], x.astype(dtype), rtol=2e-4, atol=1e-5)
    run_both(GAMMA_CASES[name], np.array([1, 2, 5], dtype=np.int64), rtol=2e-4, atol=1e-5)


POOLS = {
    "max_pool1d_with_indices": lambda F, a: F.max_pool1d_with_indices(a[:, :, 0], 2, 1, 1),
    "max_pool2d_with_indices": lambda F, a: F.max_pool2d_with_indices(a, 3, 2, 1),
    "max_pool2d_ceil_dilation": lambda F, a: F.max_pool2d(a, 2, 2, 0, (1, 2), True, True),
    "max_pool3d_with_indices": lambda F, a: F.max_pool3d_with_indices(a[None], (1, 2, 2)),
    "adaptive_max_pool1d_with_indices": lambda F, a: F.adaptive_max_pool1d_with_indices(a[:, :, 0], 3),
    "adaptive_max_pool2d_with_indices": lambda F, a: F.adaptive_max_pool2d(a, (3, None), True),
    "adaptive_max_pool3d_with_indices": lambda F, a: F.adaptive_max_pool3d_with_indices(a[None], (1, 2, 3)),
    "max_unpool1d": lambda F, a: F.max_unpool1d(*F.max_pool1d(a[:, :, 0], 2, return_indices=True), 2),
    "max_unpool2d": lambda F, a: F.max_unpool2d(*F.max_pool2d(a, 3, 2, 1, return_indices=True), 3, 2, 1, a.shape),
    "max_unpool2d_bad_size": lambda F, a: F.max_unpool2d(
        *F.max_pool2d(a, 2, return_indices=True), 2, output_size=(99, 99)
    ),
    "max_unpool3d": lambda F, a: F.max_unpool3d(*F.max_pool3d(a[None], (1, 2, 2), return_indices=True), (1, 2, 2)),
}


@pytest.mark.parametrize("name", sorted(POOLS))
@settings(max_examples=5)
@given(x=floats(hnp.array_shapes(min_dims=4, max_dims=4, min_side=3, max_side=6)))
def test_pool_indices(name, x):
    """Values and torch's flat indices (first maximum), unbatched and batched; unpooling scatters them back."""
    run_both(lambda T, a: POOLS[name](T.nn.functional, a), x)
    run_both(
        lambda T, a: POOLS[name](T.nn.functional, a[0]) if "3d" not in name else POOLS[name](T.nn.functional, a), x
    )
