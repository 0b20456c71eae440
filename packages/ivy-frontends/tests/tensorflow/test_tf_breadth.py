"""The breadth of tf.*, tf.math, tf.nn, tf.linalg and tf.signal against real TF: one differential driver.

Each case names a call written once for both namespaces and the inputs it takes, as ``kind:shape`` specs
(``f`` floats, ``p`` positive floats, ``u`` in (0, 1), ``i`` small ints, ``k`` small non-negative ints, ``c``
complex, ``s`` symmetric positive-definite, ``b`` bools). Shape letters are sizes drawn per example and shared by
the case's inputs (``n``, ``m`` in 1..4; ``e`` even 2..6), digits fixed sizes; the float dtype (float32 or
float64) is drawn too. TF's result or its error is the reference (``conftest.run_both``).
"""

from __future__ import annotations

import numpy as np
import pytest
from conftest import run_both
from hypothesis import Phase, given, settings
from hypothesis import strategies as st
from hypothesis.extra import numpy as hnp

from ivy_frontends import tensorflow as fe

_RANGES = {
    k: (float(np.float32(lo)), float(np.float32(hi)))
    for k, (lo, hi) in {"f": (-4, 4), "p": (0.1, 4), "u": (0.02, 0.98)}.items()
}


def _array(data, spec, sizes, dtype):
    kind, _, dims = spec.partition(":")
    shape = tuple(sizes[d] if d.isalpha() else int(d) for d in dims.split(",") if d)
    if kind in _RANGES:
        lo, hi = _RANGES[kind]
        elems = st.floats(lo, hi, width=32, allow_subnormal=False)
        return data.draw(hnp.arrays(np.float32, shape, elements=elems)).astype(dtype)
    if kind == "i":
        return data.draw(hnp.arrays(np.int32, shape, elements=st.integers(-9, 9)))
    if kind == "k":
        return data.draw(hnp.arrays(np.int32, shape, elements=st.integers(0, 3)))
    if kind == "b":
        return data.draw(hnp.arrays(np.bool_, shape))
    if kind == "c":
        re = data.draw(hnp.arrays(np.float32, shape, elements=st.floats(-4, 4, width=32)))
        im = data.draw(hnp.arrays(np.float32, shape, elements=st.floats(-4, 4, width=32)))
        return (re + 1j * im).astype(np.complex64 if dtype == np.float32 else np.complex128)
    if kind == "s":
        a = data.draw(hnp.arrays(np.float32, shape, elements=st.floats(-2, 2, width=32))).astype(dtype)
        return a @ np.swapaxes(a, -1, -2) + shape[-1] * np.eye(shape[-1], dtype=dtype)
    raise ValueError(spec)


def _sizes():
    return st.fixed_dictionaries(
        {"n": st.integers(1, 4), "m": st.integers(1, 4), "e": st.sampled_from([2, 4, 6]), "q": st.sampled_from([4, 8])}
    )


CASES: dict = {}


def case(name, specs, fn, tol=None, dtypes=(np.float32, np.float64), ref=None):
    """Register a differential case: ``fn(namespace, *arrays)`` on arrays drawn from ``specs``.

    ``ref(tf, *arrays)``, when given, is what real TF computes instead (an op TF's CPU build lacks, written with
    the TF ops that compute the same thing)."""
    if ref is not None:
        mine = fn

        def fn(ns, *a):
            return (ref if ns.__name__ == "tensorflow" else mine)(ns, *a)

    CASES[name] = (specs, fn, tol, dtypes)


# ---- tf.math
case("math.accumulate_n", ["f:n,m", "f:n,m"], lambda ns, a, b: ns.math.accumulate_n([a, b, a]))
case("math.erfcinv", ["u:n,m"], lambda ns, a: ns.math.erfcinv(a * 2.0), tol=1e-4)
case("math.erfcinv_edges", [], lambda ns: ns.math.erfcinv(ns.constant([0.0, 1.0, 2.0, 2.5, -0.5])))
case("math.erfcinv_int", ["k:n"], lambda ns, a: ns.math.erfcinv(a))
case(
    "math.unsorted_segment_sqrt_n",
    ["f:4,m", "k:4"],
    lambda ns, a, i: ns.math.unsorted_segment_sqrt_n(a, i, 5),
)
case("math.approx_max_k", ["f:n,4"], lambda ns, a: ns.math.approx_max_k(a, 2))  # float64 is refused
case(
    "math.approx_min_k",
    ["f:4,n"],
    lambda ns, a: ns.math.approx_min_k(a, 3, reduction_dimension=0),
    dtypes=(np.float32,),
    ref=lambda tf, a: tuple(
        tf.transpose(-r) if i == 0 else tf.transpose(r) for i, r in enumerate(tf.math.top_k(-tf.transpose(a), 3))
    ),
)
_DECLARED = {n for n in dir(fe.math) if not n.startswith("_")}  # the special functions the core declares so far
for _name in {"lgamma", "digamma", "bessel_i0", "bessel_i0e", "bessel_i1", "bessel_i1e"} & _DECLARED:
    case(f"math.{_name}", ["p:n,m"], lambda ns, a, _n=_name: getattr(ns.math, _n)(a * 3.0), tol=1e-4)
for _name in {"igamma", "igammac", "zeta"} & _DECLARED:
    case(f"math.{_name}", ["p:n,m", "p:n,m"], lambda ns, a, b, _n=_name: getattr(ns.math, _n)(a + 1.0, b), tol=1e-4)
if "polygamma" in _DECLARED:
    case("math.polygamma", ["k:n,m", "p:n,m"], lambda ns, k, x: ns.math.polygamma(ns.cast(k, x.dtype), x), tol=1e-4)
if "betainc" in _DECLARED:
    case("math.betainc", ["p:n", "p:n", "u:n"], lambda ns, a, b, x: ns.math.betainc(a, b, x), tol=1e-4)
if "lbeta" in _DECLARED:
    case("math.lbeta", ["p:n,m"], lambda ns, a: ns.math.lbeta(a), tol=1e-4)
if "lgamma" in _DECLARED:
    case("math.lgamma_int", ["k:n"], lambda ns, a: ns.math.lgamma(a))

# ---- tf.signal
case("signal.fftnd", ["c:n,m,3"], lambda ns, a: ns.signal.fftnd(a), 1e-3, ref=lambda tf, a: tf.signal.fft3d(a))
case(
    "signal.fftnd_crop",
    ["c:n,4,3"],
    lambda ns, a: ns.signal.fftnd(a, fft_length=[2, 2], axes=[-2, -1]),
    1e-3,
    ref=lambda tf, a: tf.signal.fft2d(a[..., :2, :2]),
)
case(
    "signal.ifftnd",
    ["c:n,m"],
    lambda ns, a: ns.signal.ifftnd(a, norm="ortho"),
    1e-3,
    ref=lambda tf, a: tf.signal.ifft2d(a) * tf.cast(tf.sqrt(float(tf.size(a))), a.dtype),
)
case(
    "signal.rfftnd",
    ["f:n,m,4"],
    lambda ns, a: ns.signal.rfftnd(a, fft_length=[3, 4], axes=[-2, -1]),
    1e-3,
    (np.float32,),
    ref=lambda tf, a: tf.signal.rfft2d(a, fft_length=[3, 4]),
)
case(
    "signal.irfftnd",
    ["c:n,m,3"],
    lambda ns, a: ns.signal.irfftnd(a, fft_length=[2, 4], axes=[-2, -1]),
    1e-3,
    (np.float32,),
    ref=lambda tf, a: tf.signal.irfft2d(a, fft_length=[2, 4]),
)
case("signal.rfft3d", ["f:n,m,4"], lambda ns, a: ns.signal.rfft3d(a), tol=1e-3)
case("signal.irfft3d", ["c:2,n,m,3"], lambda ns, a: ns.signal.irfft3d(a), tol=1e-3)
for _t in (1, 2, 3, 4):
    case(f"signal.dct{_t}", ["f:n,q"], lambda ns, a, _t=_t: ns.signal.dct(a, type=_t), tol=1e-4)
    case(f"signal.idct{_t}", ["f:q"], lambda ns, a, _t=_t: ns.signal.idct(a, type=_t, n=5), tol=1e-4)
    case(f"signal.dct{_t}_ortho", ["f:n,q"], lambda ns, a, _t=_t: ns.signal.dct(a, type=_t, norm="ortho"), tol=1e-4)
case("signal.dct_int", ["k:4"], lambda ns, a: ns.signal.dct(a))
case("signal.frame", ["f:n,9"], lambda ns, a: ns.signal.frame(a, 4, 2), tol=0)
case("signal.frame_pad", ["f:9,n"], lambda ns, a: ns.signal.frame(a, 4, 3, pad_end=True, pad_value=1.5, axis=0), tol=0)
case("signal.frame_short", ["f:n,2"], lambda ns, a: ns.signal.frame(a, 4, 3), tol=0)
case("signal.overlap_and_add", ["f:n,3,4"], lambda ns, a: ns.signal.overlap_and_add(a, 2), tol=1e-5)
case("signal.overlap_and_add_rank1", ["f:4"], lambda ns, a: ns.signal.overlap_and_add(a, 2))
for _w in ("hann_window", "hamming_window"):
    case(f"signal.{_w}", ["k:1"], lambda ns, k, _w=_w: getattr(ns.signal, _w)(int(k[0]) + 1), tol=1e-6)
    case(f"signal.{_w}_sym64", ["k:1"], lambda ns, k, _w=_w: getattr(ns.signal, _w)(int(k[0]) + 5, False, ns.float64))
    case(f"signal.{_w}_int", [], lambda ns, _w=_w: getattr(ns.signal, _w)(4, dtype=ns.int32))
case("signal.vorbis_window", ["k:1"], lambda ns, k: ns.signal.vorbis_window(int(k[0]) + 3), tol=1e-6)
case("signal.kaiser_window", ["k:1"], lambda ns, k: ns.signal.kaiser_window(int(k[0]) + 1, 4.0), tol=1e-5)
case("signal.kaiser_window_64", [], lambda ns: ns.signal.kaiser_window(7, dtype=ns.float64), tol=1e-9)
case(
    "signal.kaiser_bessel_derived_window",
    ["k:1"],
    lambda ns, k: ns.signal.kaiser_bessel_derived_window(2 * int(k[0]) + 2, 3.0),
    tol=1e-5,
)
case("signal.stft", ["f:n,20"], lambda ns, a: ns.signal.stft(a, 8, 4), tol=1e-4)
case("signal.stft_pad", ["f:n,19"], lambda ns, a: ns.signal.stft(a, 6, 3, fft_length=10, pad_end=True), tol=1e-4)
case(
    "signal.inverse_stft",
    ["f:n,20"],
    lambda ns, a: ns.signal.inverse_stft(ns.signal.stft(a, 8, 2), 8, 2, window_fn=ns.signal.inverse_stft_window_fn(2)),
    tol=1e-4,
)
case("signal.inverse_stft_window_fn", [], lambda ns: ns.signal.inverse_stft_window_fn(3)(8, ns.float32), tol=1e-6)
case("signal.mdct", ["f:n,16"], lambda ns, a: ns.signal.mdct(a, 8), tol=1e-4)
case("signal.mdct_ortho", ["f:n,16"], lambda ns, a: ns.signal.mdct(a, 8, window_fn=None, norm="ortho"), tol=1e-4)
case("signal.inverse_mdct", ["f:n,3,4"], lambda ns, a: ns.signal.inverse_mdct(a), tol=1e-4)
case(
    "signal.inverse_mdct_ortho",
    ["f:3,4"],
    lambda ns, a: ns.signal.inverse_mdct(a, window_fn=None, norm="ortho"),
    tol=1e-4,
)
case(
    "signal.linear_to_mel",
    ["k:1"],
    lambda ns, k: ns.signal.linear_to_mel_weight_matrix(4 + int(k[0]), 33, 8000, 100.0, 3000.0),
    tol=1e-4,
)
case("signal.mfccs", ["f:n,e"], lambda ns, a: ns.signal.mfccs_from_log_mel_spectrograms(a), tol=1e-4)


# ---- tf.linalg
case("linalg.banded_lower", ["f:3,4", "f:4,n"], lambda ns, b, r: ns.linalg.banded_triangular_solve(b + 6.0, r), 1e-4)
case(
    "linalg.banded_upper",
    ["f:2,4", "f:4,n"],
    lambda ns, b, r: ns.linalg.banded_triangular_solve(b + 6.0, r, lower=False, adjoint=True),
    1e-4,
)
case(
    "linalg.cholesky_solve",
    ["s:n,n", "f:n,m"],
    lambda ns, a, r: ns.linalg.cholesky_solve(ns.linalg.cholesky(a), r),
    1e-4,
)
case(
    "linalg.eigvals_sorted",
    ["f:n,n"],
    lambda ns, a: (ns.sort(ns.math.real(ns.linalg.eigvals(a))), ns.sort(ns.math.imag(ns.linalg.eigvals(a)))),
    1e-3,
)
case(
    "linalg.eig_reconstructs",
    ["s:n,n"],
    lambda ns, a: (lambda e, v: ns.math.real(ns.matmul(v * e[None, :], ns.linalg.inv(v))))(*ns.linalg.eig(a)),
    1e-3,
)
case(
    "linalg.eigh_tridiagonal",
    ["f:4", "f:3"],
    lambda ns, a, b: ns.linalg.eigh_tridiagonal(a, b),
    1e-4,
)
case(
    "linalg.logm",
    ["s:n,n"],
    lambda ns, a: ns.linalg.logm(ns.cast(a, ns.complex128 if a.dtype == ns.float64 else ns.complex64)),
    1e-3,
)
case("linalg.logm_real", ["s:n,n"], lambda ns, a: ns.linalg.logm(a))
case("linalg.sqrtm", ["s:n,n"], lambda ns, a: ns.linalg.sqrtm(a), 1e-3)
case("matrix_square_root", ["s:n,n"], lambda ns, a: ns.matrix_square_root(a), 1e-3)
case("linalg.lu", ["f:n,n"], lambda ns, a: ns.linalg.lu(a + 10.0 * ns.eye(tf_n(a), dtype=a.dtype)), 1e-4)
case(  # distinct magnitudes: the pivot among equal ones is LAPACK's choice, not TF's contract
    "linalg.lu_pivots",
    ["f:2,n,n"],
    lambda ns, a: ns.linalg.lu(a + ns.reshape(ns.range(ns.size(a), dtype=a.dtype), a.shape) * 0.013)[1],
)
case(
    "linalg.lu_reconstruct",
    ["f:2,n,n"],
    lambda ns, a: ns.linalg.lu_reconstruct(*ns.linalg.lu(a + 10.0 * ns.eye(tf_n(a), dtype=a.dtype))),
    1e-4,
)
case(
    "linalg.lu_solve",
    ["f:n,n", "f:n,m"],
    lambda ns, a, r: ns.linalg.lu_solve(*ns.linalg.lu(a + 10.0 * ns.eye(tf_n(a), dtype=a.dtype)), r),
    1e-4,
)
case(
    "linalg.lu_matrix_inverse",
    ["f:n,n"],
    lambda ns, a: ns.linalg.lu_matrix_inverse(*ns.linalg.lu(a + 10.0 * ns.eye(tf_n(a), dtype=a.dtype))),
    1e-4,
)
case("linalg.matrix_rank", ["f:n,m"], lambda ns, a: ns.linalg.matrix_rank(ns.matmul(a, a, transpose_b=True)))
case("linalg.matrix_rank_tol", ["f:n,m"], lambda ns, a: ns.linalg.matrix_rank(a, tol=1.0), 1e-4)
case("linalg.tensor_diag", ["f:n,m"], lambda ns, a: ns.linalg.tensor_diag(a))
case("linalg.tensor_diag_part", ["f:n,m,n,m"], lambda ns, a: ns.linalg.tensor_diag_part(a))
case("linalg.tensor_diag_part_bad", ["f:n,m,2"], lambda ns, a: ns.linalg.tensor_diag_part(a))
case("linalg.tridiagonal_matmul", ["f:n,3,4", "f:n,4,m"], lambda ns, d, r: ns.linalg.tridiagonal_matmul(d, r), 1e-4)
case(
    "linalg.tridiagonal_solve",
    ["f:3,4", "f:4,m"],
    lambda ns, d, r: ns.linalg.tridiagonal_solve(d + ns.constant([[0.0], [9.0], [0.0]], dtype=d.dtype), r),
    1e-4,
)
case(
    "linalg.tridiagonal_solve_seq",
    ["f:3,4", "f:m,4"],
    lambda ns, d, r: ns.linalg.tridiagonal_solve(
        [d[0], d[1] + 9.0, d[2]], r, diagonals_format="sequence", transpose_rhs=True
    ),
    1e-4,
)


def ns_of(x):
    """The namespace (real TF or the frontend) a tensor belongs to."""
    import tensorflow as tf

    return tf if isinstance(x, (tf.Tensor, tf.Variable)) else fe


def tf_n(a):
    """The trailing size of a (frontend or TF) tensor as an int."""
    return int(a.shape[-1])


def _op_summary(op, x):
    """What a square operator answers: its matrix, products, solves, determinants and traces."""
    x = ns_of(x).cast(x, op.dtype)
    return (
        op.to_dense(),
        op.matmul(x),
        op.matmul(x, adjoint=True),
        op.matvec(x[..., 0]),
        op.solve(x),
        op.solvevec(x[..., 0], adjoint=True),
        op.log_abs_determinant(),
        op.trace(),
        op.diag_part(),
        op.adjoint().to_dense(),
        op.inverse().to_dense(),
        op.add_to_tensor(op.to_dense() * 0.5),
    )


_OPS = {
    "FullMatrix": (["s:n,n"], lambda L, m: L.LinearOperatorFullMatrix(m)),
    "Diag": (["p:n"], lambda L, v: L.LinearOperatorDiag(v + 1.0)),
    "LowerTriangular": (["s:n,n"], lambda L, m: L.LinearOperatorLowerTriangular(m)),
    "Identity": (["p:n"], lambda L, v: L.LinearOperatorIdentity(int(v.shape[0]), dtype=v.dtype)),
    "ScaledIdentity": (["p:1"], lambda L, v: L.LinearOperatorScaledIdentity(3, v[0] + 1.0)),
    "Adjoint": (["s:n,n"], lambda L, m: L.LinearOperatorAdjoint(L.LinearOperatorLowerTriangular(m))),
    "Inversion": (["s:n,n"], lambda L, m: L.LinearOperatorInversion(L.LinearOperatorFullMatrix(m))),
    "Composition": (
        ["s:n,n", "p:n"],
        lambda L, m, v: L.LinearOperatorComposition([L.LinearOperatorFullMatrix(m), L.LinearOperatorDiag(v)]),
    ),
    "BlockDiag": (
        ["s:n,n", "s:2,2"],
        lambda L, a, b: L.LinearOperatorBlockDiag([L.LinearOperatorFullMatrix(a), L.LinearOperatorFullMatrix(b)]),
    ),
    "BlockLowerTriangular": (
        ["s:n,n", "f:2,n", "s:2,2"],
        lambda L, a, c, b: L.LinearOperatorBlockLowerTriangular(
            [[L.LinearOperatorFullMatrix(a)], [L.LinearOperatorFullMatrix(c), L.LinearOperatorFullMatrix(b)]]
        ),
    ),
    "Kronecker": (
        ["s:n,n", "s:2,2"],
        lambda L, a, b: L.LinearOperatorKronecker([L.LinearOperatorFullMatrix(a), L.LinearOperatorFullMatrix(b)]),
    ),
    "LowRankUpdate": (
        ["p:n", "f:n,2", "p:2"],
        lambda L, d, u, w: L.LinearOperatorLowRankUpdate(L.LinearOperatorDiag(d + 1.0), u, diag_update=w),
    ),
    "Householder": (["p:n"], lambda L, v: L.LinearOperatorHouseholder(v)),
    "Permutation": (["f:4"], lambda L, v: L.LinearOperatorPermutation([2, 0, 3, 1], dtype=v.dtype)),
    "Toeplitz": (["f:n", "f:n"], lambda L, c, r: L.LinearOperatorToeplitz(c * 0.1 + 5.0, r * 0.1 + 5.0)),
    "Tridiag": (["f:3,n"], lambda L, dg: L.LinearOperatorTridiag(dg * 0.1 + [[0.0], [5.0], [0.0]])),
    "Circulant": (
        ["p:n"],
        lambda L, s: L.LinearOperatorCirculant(s + 1.0),
    ),
    "Circulant2D": (["p:2,2"], lambda L, s: L.LinearOperatorCirculant2D(s + 1.0)),
    "Circulant3D": (["p:2,2,2"], lambda L, s: L.LinearOperatorCirculant3D(s + 1.0)),
}
for _op, (_specs, _make) in _OPS.items():
    case(
        f"linalg.LinearOperator{_op}",
        [*_specs, "f:8,2"],
        lambda ns, *a, _make=_make: (lambda op: _op_summary(op, a[-1][: int(op.shape[-1])]))(_make(ns.linalg, *a[:-1])),
        1e-3,
        (np.float32,) if "Circulant" in _op else (np.float32, np.float64),  # TF: complex64 by default
    )
case(
    "linalg.LinearOperatorZeros",
    ["f:n,2"],
    lambda ns, x: (lambda op: (op.to_dense(), op.matmul(x), op.trace(), op.shape_tensor()))(
        ns.linalg.LinearOperatorZeros(3, int(x.shape[0]), dtype=x.dtype)
    ),
)
case(
    "linalg.LinearOperator_composed",
    ["s:n,n", "s:n,n"],
    lambda ns, a, b: ns.linalg.LinearOperatorFullMatrix(a).matmul(ns.linalg.LinearOperatorFullMatrix(b)).to_dense(),
    1e-4,
)


# ---- tf.* (top namespace)
case("space_to_batch_nd", ["f:2,4,6,n"], lambda ns, x: ns.space_to_batch_nd(x, [2, 3], [[0, 0], [0, 0]]), 0)
case("space_to_batch_pad", ["f:1,3,4,n"], lambda ns, x: ns.space_to_batch(x, [2, 2], [[1, 0], [0, 2]]), 0)
case("space_to_batch_bad", ["f:1,3,4,n"], lambda ns, x: ns.space_to_batch_nd(x, [2, 2], [[0, 0], [0, 0]]))
case("batch_to_space", ["f:4,2,3,n"], lambda ns, x: ns.batch_to_space(x, [2, 2], [[0, 1], [1, 0]]), 0)
case(
    "required_space_to_batch_paddings",
    ["k:2"],
    lambda ns, k: ns.required_space_to_batch_paddings(k + 3, [2, 3], [[1, 0], [0, int(k[0])]]),
)
case("broadcast_dynamic_shape", ["k:1"], lambda ns, k: ns.broadcast_dynamic_shape(ns.constant([1, 3]), k + 2))
case(
    "clip_by_global_norm",
    ["f:n,m", "f:m"],
    lambda ns, a, b: (lambda r: (*r[0], r[1]))(ns.clip_by_global_norm([a, b], 2.0)),
    1e-5,
    (np.float32,),
)
case("complex", ["f:n,m", "f:n,m"], lambda ns, a, b: ns.complex(a, b))
case("complex_mixed", ["f:n", "k:n"], lambda ns, a, b: ns.complex(a, b))
case("dynamic_partition", ["f:4,m", "k:4"], lambda ns, x, p: ns.dynamic_partition(x, p, 4), 0)
case("dynamic_partition_bad", ["f:4", "k:4"], lambda ns, x, p: ns.dynamic_partition(x, p + 5, 4))
case(
    "dynamic_stitch",
    ["f:3,m", "f:2,m"],
    lambda ns, a, b: ns.dynamic_stitch([ns.constant([0, 4, 2]), ns.constant([1, 2])], [a, b]),
    0,
)
case("histogram_fixed_width", ["f:n,m"], lambda ns, x: ns.histogram_fixed_width(x, [-2.0, 3.0], nbins=5))
case("histogram_fixed_width_bins", ["f:n,m"], lambda ns, x: ns.histogram_fixed_width_bins(x, [-2.0, 3.0], nbins=4))
case("identity_n", ["f:n", "i:m"], lambda ns, a, b: ns.identity_n([a, b]), 0)
case("guarantee_const", ["f:n"], lambda ns, a: ns.guarantee_const(a), 0)
case("realdiv", ["f:n,m", "p:m"], lambda ns, a, b: ns.realdiv(a, b))
case("realdiv_int", ["i:n", "k:n"], lambda ns, a, b: ns.realdiv(a, b + 1))
case("truncatediv", ["i:n,m", "i:m"], lambda ns, a, b: ns.truncatediv(a, b * 2 + 1))
case("truncatediv_zero", ["i:n"], lambda ns, a: ns.truncatediv(a, a * 0))
case("truncatediv_float", ["f:n", "p:n"], lambda ns, a, b: ns.truncatediv(a, b))
case("truncatemod", ["i:n,m", "i:m"], lambda ns, a, b: ns.truncatemod(a, b * 2 + 1))
case("truncatemod_float", ["f:n", "p:n"], lambda ns, a, b: ns.truncatemod(a, b), 1e-5)
case("scalar_mul", ["f:n,m"], lambda ns, a: ns.scalar_mul(2.5, a))
case(
    "reverse_sequence",
    ["f:3,5,m", "k:3"],
    lambda ns, x, k: ns.reverse_sequence(x, ns.cast(k + 1, ns.int64), seq_axis=1, batch_axis=0),
    0,
)
case(
    "reverse_sequence_t",
    ["f:5,3", "k:3"],
    lambda ns, x, k: ns.reverse_sequence(x, k, seq_axis=0, batch_axis=1),
    0,
)
case("sequence_mask", ["k:n,m"], lambda ns, k: ns.sequence_mask(k))
case("sequence_mask_len", ["k:n"], lambda ns, k: ns.sequence_mask(k, 5, dtype=ns.float32))
case("saturate_cast", ["f:n,m"], lambda ns, a: ns.saturate_cast(a * 100.0, ns.int8))
case("saturate_cast_u8", ["i:n,m"], lambda ns, a: ns.saturate_cast(a * 40, ns.uint8))
case("saturate_cast_big", [], lambda ns: ns.saturate_cast(ns.constant([3e9, -3e9, 1.5]), ns.int32))
case("shape_n", ["f:n,m", "i:m"], lambda ns, a, b: ns.shape_n([a, b], out_type=ns.int64))
case("unique_with_counts", ["k:n"], lambda ns, a: tuple(ns.unique_with_counts(a)))
case("unravel_index", ["k:n"], lambda ns, a: ns.unravel_index(a * 3, [3, 4]))
case("unravel_index_oob", ["k:n"], lambda ns, a: ns.unravel_index(a + 12, [3, 4]))
case("get_static_value", ["f:n,m"], lambda ns, a: ns.constant(ns.get_static_value(a)), 0)
case("is_symbolic_tensor", ["f:n"], lambda ns, a: ns.constant(ns.is_symbolic_tensor(a)))
case("Assert_ok", ["f:n"], lambda ns, a: ns.Assert(ns.reduce_all(a < 5.0), [a]))
case("Assert_fails", ["f:n"], lambda ns, a: ns.Assert(ns.reduce_all(a > 5.0), [a]))
case("assert_equal", ["i:n"], lambda ns, a: ns.assert_equal(a, a))
case("assert_equal_fails", ["i:n"], lambda ns, a: ns.assert_equal(a, a + 1))
case("assert_greater", ["i:n", "i:n"], lambda ns, a, b: ns.assert_greater(a, b))
case("assert_less", ["i:n", "i:n"], lambda ns, a, b: ns.assert_less(a, b + 20))
case("assert_less_dtype", ["i:n", "f:n"], lambda ns, a, b: ns.assert_less(a, b))
case("assert_rank", ["f:n,m"], lambda ns, a: ns.assert_rank(a, 2))
case("assert_rank_fails", ["f:n,m"], lambda ns, a: ns.assert_rank(a, 3))
case("approx_top_k", ["f:n,5"], lambda ns, a: ns.approx_top_k(a, 2), dtypes=(np.float32,))
case("constant_initializer", ["f:2,3"], lambda ns, a: ns.constant_initializer(a.numpy())([3, 2], ns.float64), 0)
case("zeros_initializer", ["k:2"], lambda ns, k: ns.zeros_initializer()(k + 1, ns.int32))
case("ones_initializer", ["k:2"], lambda ns, k: ns.ones_initializer()([int(k[0]) + 1, 2]))
case("grad_pass_through", ["f:n"], lambda ns, a: ns.grad_pass_through(ns.square)(a))
case("recompute_grad", ["f:n"], lambda ns, a: ns.recompute_grad(lambda x: ns.sin(x) * 2.0)(a), 1e-5)
case(
    "custom_gradient",
    ["f:n"],
    lambda ns, a: ns.custom_gradient(lambda x: (ns.exp(x), lambda dy: dy))(a),
    1e-5,
)
case("cond", ["f:n", "b:1"], lambda ns, a, p: ns.cond(p[0], lambda: a * 2.0, lambda: a - 1.0))
case("cond_tuple", ["f:n", "f:1"], lambda ns, a, p: ns.cond(p[0] > 0, lambda: (a, a + 1.0), lambda: (a * 0.0, a)))
case(
    "case",
    ["k:1", "f:n"],
    lambda ns, k, a: ns.case([(k[0] > 2, lambda: a * 3.0), (k[0] > 0, lambda: a * 2.0)], default=lambda: a),
)
case(
    "switch_case",
    ["k:1", "f:n"],
    lambda ns, k, a: ns.switch_case(k[0], [lambda: a, lambda: a * 2.0, lambda: -a]),
)
case(
    "while_loop",
    ["f:n", "k:1"],
    lambda ns, a, k: ns.while_loop(lambda i, s: i < k[0] + 1, lambda i, s: (i + 1, s * 0.5 + a), [0, a]),
    1e-5,
)
case(
    "while_loop_max_iter",
    ["f:n"],
    lambda ns, a: ns.while_loop(lambda s: ns.reduce_sum(s) < 1e6, lambda s: [s + 1.0], [a], maximum_iterations=3),
)
case("scan", ["f:4,m"], lambda ns, a: ns.scan(lambda acc, x: acc * 0.5 + x, a), 1e-5)
case(
    "scan_init_reverse",
    ["f:4,m", "f:m"],
    lambda ns, a, b: ns.scan(lambda acc, x: acc - x, a, initializer=b, reverse=True),
    1e-5,
)
case("foldl", ["f:4,m"], lambda ns, a: ns.foldl(lambda acc, x: acc * 2.0 - x, a), 1e-5)
case("foldr", ["f:4,m", "f:m"], lambda ns, a, b: ns.foldr(lambda acc, x: acc * 2.0 - x, a, initializer=b), 1e-5)
case("map_fn", ["f:n,m"], lambda ns, a: ns.map_fn(lambda r: ns.reduce_sum(r * r), a), 1e-5)
case(
    "map_fn_tuple",
    ["f:n,m", "f:n,m"],
    lambda ns, a, b: ns.map_fn(lambda xy: xy[0] - xy[1], (a, b), fn_output_signature=a.dtype),
)
case("vectorized_map", ["f:n,m"], lambda ns, a: ns.vectorized_map(lambda r: ns.reduce_max(r), a))
case("eig_top", ["s:n,n"], lambda ns, a: ns.sort(ns.math.real(ns.eigvals(a))), 1e-3)
case("eig_vectors_top", ["s:n,n"], lambda ns, a: ns.abs(ns.eig(a)[1][:0]), 1e-3)
for _n in ("fftnd", "ifftnd"):
    case(
        f"{_n}_top",
        ["c:n,m"],
        lambda ns, a, _n=_n: getattr(ns, _n)(a),
        1e-3,
        ref=lambda tf, a, _n=_n: getattr(tf.signal, _n.replace("nd", "2d"))(a),
    )
case("rfftnd_top", ["f:n,4"], lambda ns, a: ns.rfftnd(a), 1e-3, (np.float32,), ref=lambda tf, a: tf.signal.rfft2d(a))
case(
    "irfftnd_top",
    ["c:n,3"],
    lambda ns, a: ns.irfftnd(a),
    1e-3,
    (np.float32,),
    ref=lambda tf, a: tf.signal.irfft2d(a),
)
case(
    "TensorSpec",
    ["f:n,m"],
    lambda ns, a: ns.constant(
        [
            ns.TensorSpec([None, int(a.shape[1])], a.dtype).is_compatible_with(a),
            ns.TensorSpec([2, 2], ns.int32).is_compatible_with(a),
            ns.TensorSpec.from_tensor(a) == ns.TensorSpec(a.shape, a.dtype),
            ns.type_spec_from_value(a).shape.as_list() == list(a.shape),
            isinstance(ns.TensorSpec([1]), ns.TypeSpec),
        ]
    ),
)
case(
    "UnconnectedGradients",
    [],
    lambda ns: ns.constant(
        [ns.UnconnectedGradients.ZERO.value == "zero", ns.UnconnectedGradients.NONE.value == "none"]
    ),
)
case(
    "IndexedSlices",
    ["f:3,m", "k:3"],
    lambda ns, v, i: (lambda s: (s.values, s.indices, s.dense_shape, ns.constant(s.shape.as_list())))(
        ns.IndexedSlices(v, i, ns.constant([5, int(v.shape[1])]))
    ),
    0,
)
case(
    "IndexedSlices_dense",
    ["f:3,m", "k:3"],
    lambda ns, v, i: (
        ns.convert_to_tensor(ns.IndexedSlices(v, i, ns.constant([4, int(v.shape[1])])))
        if ns.__name__ == "tensorflow"
        else ns.IndexedSlices(v, i, ns.constant([4, int(v.shape[1])])).to_dense()
    ),
)
case(
    "TensorArray",
    ["f:3,m", "f:m"],
    lambda ns, a, b: (
        lambda ta: (
            ta.stack(),
            ta.read(1),
            ta.size(),
            ta.gather([2, 0]),
            ns.TensorArray(a.dtype, 3).unstack(a).concat(),
        )
    )(ns.TensorArray(a.dtype, size=3).unstack(a).write(1, b)),
    0,
)
case(
    "TensorArray_dynamic",
    ["f:m"],
    lambda ns, b: (lambda ta: (ta.stack(), ta.size()))(
        ns.TensorArray(b.dtype, size=0, dynamic_size=True).write(0, b).write(2, b * 2.0)
    ),
)
case("TensorArray_bad_dtype", ["i:m"], lambda ns, b: ns.TensorArray(ns.float32, size=1).write(0, b).stack())
case("TensorArray_oob", ["f:m"], lambda ns, b: ns.TensorArray(b.dtype, size=1).write(3, b).stack())


def _module(ns, a, b):
    """A two-level ``tf.Module`` holding variables; its variables in TF's order."""

    class Inner(ns.Module):
        def __init__(self):
            super().__init__()
            self.w = ns.Variable(a, name="w")
            self.frozen = ns.Variable(b, trainable=False)

    class Outer(ns.Module):
        def __init__(self):
            super().__init__(name="outer")
            self.inner = Inner()
            self.bias = ns.Variable(b * 2.0)
            self.blocks = [ns.Variable(a * 3.0)]

    m = Outer()
    return (
        [ns.identity(v) for v in m.variables],
        [ns.identity(v) for v in m.trainable_variables],
        [ns.identity(v) for v in m.non_trainable_variables],
        ns.constant([len(m.submodules), int(m.name == "outer"), int(m.inner.name == "inner")]),
    )


case("Module", ["f:n,m", "f:m"], _module, 0)


# ---- tf.nn
case("nn.approx_max_k", ["f:n,5"], lambda ns, a: ns.nn.approx_max_k(a, 3), dtypes=(np.float32,))
case("nn.zero_fraction", ["i:n,m"], lambda ns, a: ns.nn.zero_fraction(a))
case("nn.atrous_conv2d", ["f:1,7,6,2", "f:3,2,2,3"], lambda ns, x, w: ns.nn.atrous_conv2d(x, w, 2, "SAME"), 1e-4)
for _pad in ("SAME", "VALID"):
    for _s in (1, 2):
        case(
            f"nn.conv2d_transpose_{_pad}_{_s}",
            ["f:2,3,3,m", "f:3,2,4,m"],
            lambda ns, x, w, _pad=_pad, _s=_s: ns.nn.conv2d_transpose(
                x, w, [2, 3 * _s + (2 if _pad == "VALID" else 0), 3 * _s + (1 if _pad == "VALID" else 0), 4], _s, _pad
            ),
            1e-4,
        )
case(
    "nn.conv1d_transpose",
    ["f:1,4,m", "f:3,2,m"],
    lambda ns, x, w: ns.nn.conv1d_transpose(x, w, [1, 8, 2], 2, "SAME"),
    1e-4,
)
case(
    "nn.conv3d_transpose",
    ["f:1,2,2,2,m", "f:2,2,2,3,m"],
    lambda ns, x, w: ns.nn.conv3d_transpose(x, w, [1, 4, 4, 4, 3], 2, "VALID"),
    1e-4,
)
case(
    "nn.conv_transpose",
    ["f:1,4,4,m", "f:2,2,2,m"],
    lambda ns, x, w: ns.nn.conv_transpose(x, w, [1, 8, 5, 2], [2, 1], "VALID"),
    1e-4,
)
case(
    "nn.atrous_conv2d_transpose",
    ["f:1,5,5,m", "f:3,3,2,m"],
    lambda ns, x, w: ns.nn.atrous_conv2d_transpose(x, w, [1, 5, 5, 2], 2, "SAME"),
    1e-4,
)
case(  # TF's CPU build has no kernel for the V2 ops: the V1 ops compute the same gradients
    "conv2d_backprop_input_v2",
    ["f:1,5,4,2", "f:3,3,2,m", "f:1,3,2,m"],
    lambda ns, x, w, dy: ns.conv2d_backprop_input_v2(x, w, dy, [1, 2, 2, 1], "SAME"),
    1e-4,
    (np.float32,),
    ref=lambda tf, x, w, dy: tf.raw_ops.Conv2DBackpropInput(
        input_sizes=tf.shape(x), filter=w, out_backprop=dy, strides=[1, 2, 2, 1], padding="SAME"
    ),
)
case(
    "conv2d_backprop_filter_v2",
    ["f:1,5,4,2", "f:3,3,2,m", "f:1,3,2,m"],
    lambda ns, x, w, dy: ns.conv2d_backprop_filter_v2(x, w, dy, [1, 2, 2, 1], "SAME"),
    1e-4,
    (np.float32,),
    ref=lambda tf, x, w, dy: tf.raw_ops.Conv2DBackpropFilter(
        input=x, filter_sizes=tf.shape(w), out_backprop=dy, strides=[1, 2, 2, 1], padding="SAME"
    ),
)
case(
    "nn.depthwise_backprop_input",
    ["f:3,3,2,m", "f:1,3,3,2"],
    lambda ns, w, dy: ns.nn.depthwise_conv2d_backprop_input(
        [1, 5, 6, 2],
        w,
        ns.reshape(ns.tile(dy, [1, 1, 1, int(w.shape[3])]), [1, 3, 3, 2 * int(w.shape[3])]),
        [1, 2, 2, 1],
        "SAME",
    ),
    1e-4,
)
case(
    "nn.depthwise_backprop_filter",
    ["f:1,5,6,2", "f:1,3,3,2"],
    lambda ns, x, dy: ns.nn.depthwise_conv2d_backprop_filter(
        x, [3, 3, 2, 2], ns.concat([dy, dy * 2.0], axis=-1), [1, 2, 2, 1], "SAME"
    ),
    1e-4,
)
case("nn.depth_to_space", ["f:n,2,3,8"], lambda ns, x: ns.nn.depth_to_space(x, 2), 0)
case("nn.depth_to_space_bad", ["f:n,2,3,6"], lambda ns, x: ns.nn.depth_to_space(x, 2))
case("nn.space_to_depth", ["f:n,4,6,m"], lambda ns, x: ns.nn.space_to_depth(x, 2), 0)
case("nn.space_to_batch", ["f:1,4,4,m"], lambda ns, x: ns.nn.space_to_batch(x, [2, 2], [[0, 0], [2, 0]]), 0)
for _pad in ("SAME", "VALID"):
    case(
        f"nn.dilation2d_{_pad}",
        ["f:n,5,6,2", "f:2,3,2"],
        lambda ns, x, f, _pad=_pad: ns.nn.dilation2d(x, f, [1, 1, 2, 1], _pad, "NHWC", [1, 2, 1, 1]),
        1e-5,
    )
    case(
        f"nn.erosion2d_{_pad}",
        ["f:n,5,6,2", "f:2,3,2"],
        lambda ns, x, f, _pad=_pad: ns.nn.erosion2d(x, f, [1, 2, 1, 1], _pad, "NHWC", [1, 1, 2, 1]),
        1e-5,
    )
    case(
        f"nn.max_pool_with_argmax_{_pad}",
        ["f:2,5,6,m"],
        lambda ns, x, _pad=_pad: tuple(ns.nn.max_pool_with_argmax(x, 2, 2, _pad, include_batch_in_index=True)),
        0,
        (np.float32,),
    )
case("nn.pool_max", ["f:n,5,4,m"], lambda ns, x: ns.nn.pool(x, [2, 3], "MAX", strides=[1, 2], padding="SAME"), 1e-5)
case("nn.pool_avg_1d", ["f:n,7,m"], lambda ns, x: ns.nn.pool(x, [3], "AVG", strides=[2]), 1e-5)
case(
    "nn.separable_conv2d",
    ["f:1,5,5,2", "f:3,3,2,2", "f:1,1,4,m"],
    lambda ns, x, d, p: ns.nn.separable_conv2d(x, d, p, [1, 1, 1, 1], "SAME"),
    1e-4,
)
case(
    "nn.batch_norm_with_global_normalization",
    ["f:n,m", "f:m", "p:m", "f:m", "f:m"],
    lambda ns, x, mu, var, beta, gamma: ns.nn.batch_norm_with_global_normalization(x, mu, var, beta, gamma, 1e-3, True),
    1e-5,
)
case(
    "nn.sufficient_statistics",
    ["f:n,m,3", "f:3"],
    lambda ns, x, sh: ns.nn.sufficient_statistics(x, [0, 1], shift=sh, keepdims=True),
    1e-5,
)
case("nn.sufficient_statistics_noshift", ["f:n,m"], lambda ns, x: ns.nn.sufficient_statistics(x, [1])[:3], 1e-5)
case("nn.weighted_moments", ["f:n,m", "p:n,m"], lambda ns, x, w: ns.nn.weighted_moments(x, [1], w), 1e-4)
case("nn.weighted_moments_keep", ["f:n,m", "p:m"], lambda ns, x, w: ns.nn.weighted_moments(x, [0, 1], w, True), 1e-4)
case("nn.scale_regularization_loss", ["f:1", "f:1"], lambda ns, a, b: ns.nn.scale_regularization_loss([a[0], b[0]]))
case(
    "nn.all_candidate_sampler",
    ["k:n,2"],
    lambda ns, t: tuple(ns.nn.all_candidate_sampler(ns.cast(t, ns.int64), 2, 5, True)),
)
case(
    "nn.compute_accidental_hits",
    ["k:n,2", "k:5"],
    lambda ns, t, s: tuple(ns.nn.compute_accidental_hits(ns.cast(t, ns.int64), ns.cast(s, ns.int64), 2)),
)
case(
    "nn.collapse_repeated",
    ["k:3,6", "k:3"],
    lambda ns, lab, n: ns.nn.collapse_repeated(lab, n + 3),
)
case("nn.ctc_unique_labels", ["k:3,5"], lambda ns, lab: ns.nn.ctc_unique_labels(lab))
case(
    "nn.ctc_loss",
    ["f:6,2,5", "k:2,3"],
    lambda ns, lg, lab: ns.nn.ctc_loss(lab + 1, lg, ns.constant([3, 2]), ns.constant([6, 5])),
    1e-4,
    (np.float32,),  # TF's ctc_loss fails inside on float64 logits
)
case(
    "nn.ctc_loss_batch_major_blank_last",
    ["f:2,5,4", "k:2,2"],
    lambda ns, lg, lab: ns.nn.ctc_loss(lab % 3, lg, ns.constant([2, 1]), ns.constant([5, 4]), False, blank_index=-1),
    1e-4,
    (np.float32,),
)


case(
    "conv",
    ["f:1,5,6,2", "f:3,2,2,m"],
    lambda ns, x, w: ns.conv(x, w, [1, 2, 1, 1], "SAME", dilations=[1, 1, 2, 1]),
    1e-4,
    (np.float32,),
)
case(
    "conv_explicit",
    ["f:1,5,6,2", "f:3,2,2,m"],
    lambda ns, x, w: ns.conv(x, w, [1, 1, 1, 1], "EXPLICIT", explicit_paddings=[0, 0, 1, 2, 0, 1, 0, 0]),
    1e-4,
    (np.float32,),
)
case(
    "SparseTensor",
    ["f:3", "k:3"],
    lambda ns, v, k: (lambda sp: (sp.indices, sp.values, sp.dense_shape, ns.constant(sp.shape.as_list())))(
        ns.SparseTensor([[0, 1], [1, 0], [2, 3]], v, [3, 4])
    ),
    0,
)
case(
    "nn.ctc_greedy_decoder",
    ["f:6,2,4"],
    lambda ns, x: (lambda r: (r[0][0].indices, r[0][0].values, r[0][0].dense_shape, r[1]))(
        ns.nn.ctc_greedy_decoder(x, ns.constant([6, 4]))
    ),
    1e-5,
)
case(
    "nn.ctc_greedy_decoder_blank0",
    ["f:5,3,4"],
    lambda ns, x: (lambda r: (r[0][0].indices, r[0][0].values, r[0][0].dense_shape, r[1]))(
        ns.nn.ctc_greedy_decoder(x, ns.constant([5, 2, 3]), merge_repeated=False, blank_index=0)
    ),
    1e-5,
)
_SP_IDS = ([[0, 0], [0, 1], [2, 0], [2, 1], [3, 0]], [1, 3, 0, 2, 3], [4, 5])
for _comb in ("sum", "mean", "sqrtn"):
    case(
        f"nn.embedding_lookup_sparse_{_comb}",
        ["f:4,m", "p:5"],
        lambda ns, p, w, _comb=_comb: ns.nn.embedding_lookup_sparse(
            p, ns.SparseTensor(*_SP_IDS), ns.SparseTensor(_SP_IDS[0], w, _SP_IDS[2]), combiner=_comb
        ),
        1e-5,
    )
case(
    "nn.safe_embedding_lookup_sparse",
    ["f:4,m", "f:5"],
    lambda ns, p, w: ns.nn.safe_embedding_lookup_sparse(
        p, ns.SparseTensor(_SP_IDS[0], [1, -1, 0, 2, 3], _SP_IDS[2]), ns.SparseTensor(_SP_IDS[0], w, _SP_IDS[2])
    ),
    1e-5,
)
case(
    "nn.safe_embedding_lookup_sparse_default",
    ["f:4,m"],
    lambda ns, p: ns.nn.safe_embedding_lookup_sparse(p, ns.SparseTensor(*_SP_IDS), combiner="sum", default_id=2),
    1e-5,
)
for _pad in ("SAME", "VALID"):
    case(
        f"nn.with_space_to_batch_{_pad}",
        ["f:1,6,7,2", "f:3,2,2,m"],
        lambda ns, x, w, _pad=_pad: ns.nn.with_space_to_batch(
            x, [2, 2], _pad, lambda v, n, p: ns.nn.conv2d(v, w, 1, p), filter_shape=[3, 2]
        ),
        1e-4,
    )
_SAMPLED = ([0, 3, 5], [[0.5], [0.25]], [0.3, 0.2, 0.1])
for _loss in ("nce_loss", "sampled_softmax_loss"):
    case(
        f"nn.{_loss}",
        ["f:6,m", "f:6", "k:2,1", "f:2,m"],
        lambda ns, w, b, lab, x, _loss=_loss: getattr(ns.nn, _loss)(
            w,
            b,
            ns.cast(lab, ns.int64),
            x,
            3,
            6,
            sampled_values=tuple(
                ns.constant(v, dtype=w.dtype) if i else ns.constant(v, dtype=ns.int64) for i, v in enumerate(_SAMPLED)
            ),
        ),
        1e-4,
    )
    case(
        f"nn.{_loss}_hits",
        ["f:6,m", "f:6", "f:2,m"],
        lambda ns, w, b, x, _loss=_loss: getattr(ns.nn, _loss)(
            w,
            b,
            ns.constant([[3], [1]], dtype=ns.int64),
            x,
            3,
            6,
            sampled_values=tuple(
                ns.constant(v, dtype=w.dtype) if i else ns.constant(v, dtype=ns.int64) for i, v in enumerate(_SAMPLED)
            ),
            remove_accidental_hits=True,
        ),
        1e-4,
    )


@pytest.mark.parametrize("name", sorted(CASES))
@settings(max_examples=5, phases=[Phase.explicit, Phase.generate])  # no shrinking: TF calls make it minutes
@given(data=st.data())
def test_breadth(name, data):
    specs, fn, tol, dtypes = CASES[name]
    sizes = data.draw(_sizes())
    dtype = data.draw(st.sampled_from(dtypes))
    arrays = [_array(data, s, sizes, dtype) for s in specs]
    run_both(fn, *arrays, rtol=tol, atol=tol)


@pytest.mark.parametrize("dtype", ["float32", "float64"])
def test_random_initializers(dtype):
    """The random initializers give TF's shapes and dtypes and their distributions (ivy's streams, not TF's
    numbers): normal moments and uniform bounds and mean on 4000 draws."""
    import tensorflow as tf

    for kind, args, check in [
        ("random_normal_initializer", (1.0, 2.0), lambda v: abs(v.mean() - 1.0) < 0.15 and abs(v.std() - 2.0) < 0.15),
        (
            "random_uniform_initializer",
            (-1.0, 3.0),
            lambda v: v.min() >= -1.0 and v.max() < 3.0 and abs(v.mean() - 1.0) < 0.15,
        ),
    ]:
        ref = getattr(tf, kind)(*args, seed=4)([40, 100], getattr(tf, dtype))
        mine = getattr(fe, kind)(*args, seed=4)([40, 100], getattr(fe, dtype))
        assert mine.dtype.name == ref.dtype.name and tuple(mine.shape) == tuple(ref.shape)
        assert check(mine.numpy()) and check(ref.numpy())
