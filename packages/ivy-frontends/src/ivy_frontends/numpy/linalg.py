"""``numpy.linalg`` on ivy: solvers, decompositions, norms (integers computed in float64)."""

# ruff: noqa: A002 - NumPy's own names (sum, max, round, range, ...) shadow builtins on purpose

from __future__ import annotations

from typing import Any, NamedTuple

import ivy
from ivy_frontends.numpy import linear
from ivy_frontends.numpy._helpers import arr
from ivy_frontends.numpy._ndarray import ndarray, wrap

__all__ = [
    "LinAlgError",
    "solve",
    "inv",
    "det",
    "slogdet",
    "eig",
    "eigh",
    "eigvals",
    "eigvalsh",
    "svd",
    "svdvals",
    "qr",
    "cholesky",
    "pinv",
    "matrix_rank",
    "matrix_power",
    "norm",
    "vector_norm",
    "matrix_norm",
    "lstsq",
    "cond",
    "multi_dot",
    "trace",
    "diagonal",
    "outer",
    "cross",
    "matmul",
    "tensordot",
    "vecdot",
    "matrix_transpose",
    "tensorinv",
    "tensorsolve",
]


class LinAlgError(ValueError):
    """NumPy's linear-algebra error (singular matrix, non-square input, ...)."""


def _mat(a: Any, name: str, arg: str = "a", square: bool = True) -> ivy.Array:
    x = arr(a, f"numpy.linalg.{name}", arg)
    if x.ndim < 2:
        raise LinAlgError(
            f"numpy.linalg.{name}: {x.ndim}-dimensional array given. Array must be at least two-dimensional"
        )
    if square and x.shape[-1] != x.shape[-2]:
        raise LinAlgError(f"numpy.linalg.{name}: Last 2 dimensions of the array must be square")
    return x if x.dtype.kind in "fc" else ivy.astype(x, ivy.float64)


def _call(name: str, fn: Any, *args: Any, **kwargs: Any) -> Any:
    try:
        result = fn(*args, **kwargs)
    except (ValueError, RuntimeError) as error:
        text = str(error).lower()
        if "singular" in text or "positive" in text or "converge" in text or "invertible" in text:
            raise LinAlgError(f"numpy.linalg.{name}: {error}") from error
        raise
    if name in _CHECKED and not isinstance(result, tuple) and not bool(ivy.all(ivy.isfinite(result))):
        if all(bool(ivy.all(ivy.isfinite(a))) for a in args if isinstance(a, ivy.Array)):
            # Some backends (JAX) return infinities or NaNs for a singular matrix where NumPy raises.
            raise LinAlgError(f"numpy.linalg.{name}: Singular matrix")
    return result


_CHECKED = {"solve", "inv", "tensorinv", "tensorsolve", "matrix_power", "cholesky"}


def solve(a: Any, b: Any) -> ndarray:
    """``x`` with ``a @ x == b`` (``b`` a vector or a stack of matrices)."""
    x = _mat(a, "solve")
    y = arr(b, "numpy.linalg.solve", "b")
    y = ivy.astype(y, ivy.result_type(x, y if y.dtype.kind in "fc" else ivy.float64))
    x = ivy.astype(x, y.dtype)
    if y.ndim == 1:
        return ndarray(ivy.squeeze(_call("solve", ivy.linalg.solve, x, ivy.expand_dims(y, axis=-1)), axis=-1))
    return ndarray(_call("solve", ivy.linalg.solve, x, y))


def inv(a: Any) -> ndarray:
    """The inverse matrix."""
    return ndarray(_call("inv", ivy.linalg.inv, _mat(a, "inv")))


def det(a: Any) -> ndarray:
    """The determinant."""
    return ndarray(ivy.linalg.det(_mat(a, "det")))


class SlogdetResult(NamedTuple):
    sign: Any
    logabsdet: Any


def slogdet(a: Any) -> SlogdetResult:
    """Sign and log of the absolute value of the determinant."""
    r = ivy.linalg.slogdet(_mat(a, "slogdet"))
    return SlogdetResult(ndarray(r.sign), ndarray(r.logabsdet))


def _real_if_real(x: ivy.Array, *results: ivy.Array) -> tuple[ivy.Array, ...]:
    """NumPy's rule for real input: when every eigenvalue is real, the results are real."""
    if x.dtype.kind != "c" and not bool(ivy.any(ivy.not_equal(ivy.imag(results[0]), 0))):
        return tuple(ivy.real(r) for r in results)
    return results


def eig(a: Any) -> Any:
    """Eigenvalues and right eigenvectors of a general matrix (real when all eigenvalues of real input are)."""
    x = _mat(a, "eig")
    r = _call("eig", ivy.linalg.eig, x)
    return wrap(type(r)(*_real_if_real(x, *r)))


def eigh(a: Any, UPLO: str = "L") -> Any:  # noqa: N803
    """Eigenvalues (ascending) and eigenvectors of a symmetric/Hermitian matrix."""
    x = _mat(a, "eigh")
    x = ivy.tril(x) if UPLO == "L" else ivy.triu(x)
    diag = ivy.linalg.diagonal(x)
    sym = ivy.add(x, ivy.conj(ivy.matrix_transpose(x)) if x.dtype.kind == "c" else ivy.matrix_transpose(x))
    eye = ivy.eye(x.shape[-1], dtype=x.dtype)
    sym = ivy.subtract(sym, ivy.multiply(ivy.expand_dims(diag, axis=-1), eye))
    return wrap(_call("eigh", ivy.linalg.eigh, sym))


def eigvals(a: Any) -> ndarray:
    """Eigenvalues of a general matrix."""
    x = _mat(a, "eigvals")
    return ndarray(_real_if_real(x, _call("eigvals", ivy.linalg.eigvals, x))[0])


def eigvalsh(a: Any, UPLO: str = "L") -> ndarray:  # noqa: N803
    """Eigenvalues of a symmetric/Hermitian matrix, ascending."""
    return eigh(a, UPLO)[0]


def svd(a: Any, full_matrices: bool = True, compute_uv: bool = True, hermitian: bool = False) -> Any:
    """Singular value decomposition ``U, S, Vh`` (or just ``S``)."""
    x = _mat(a, "svd", square=False)
    if not compute_uv:
        return ndarray(ivy.linalg.svdvals(x))
    return wrap(_call("svd", ivy.linalg.svd, x, full_matrices=full_matrices))


def svdvals(x: Any, /) -> ndarray:
    """Singular values, descending."""
    return ndarray(ivy.linalg.svdvals(_mat(x, "svdvals", "x", square=False)))


def qr(a: Any, mode: str = "reduced") -> Any:
    """QR decomposition ('reduced', 'complete' or 'r')."""
    x = _mat(a, "qr", square=False)
    if mode == "r":
        return ndarray(ivy.linalg.qr(x, mode="reduced").R)
    if mode not in ("reduced", "complete"):
        raise ValueError(f"numpy.linalg.qr: argument 'mode': unrecognized mode {mode!r}")
    return wrap(ivy.linalg.qr(x, mode=mode))


def cholesky(a: Any, /, *, upper: bool = False) -> ndarray:
    """Cholesky factor (lower by default) of a positive-definite matrix."""
    return ndarray(_call("cholesky", ivy.linalg.cholesky, _mat(a, "cholesky"), upper=upper))


def pinv(a: Any, rcond: Any = None, hermitian: bool = False, *, rtol: Any = None) -> ndarray:
    """Moore-Penrose pseudo-inverse (NumPy's default cutoff ``rcond=1e-15``)."""
    cutoff = rtol if rtol is not None else (1e-15 if rcond is None else rcond)
    return ndarray(ivy.linalg.pinv(_mat(a, "pinv", square=False), rtol=cutoff))


def matrix_rank(A: Any, tol: Any = None, hermitian: bool = False, *, rtol: Any = None) -> ndarray:  # noqa: N803
    """Number of singular values above the tolerance."""
    x = arr(A, "numpy.linalg.matrix_rank", "A")
    if x.ndim < 2:
        return ndarray(ivy.astype(ivy.any(ivy.not_equal(x, 0)), ivy.int64))
    x = _mat(x, "matrix_rank", "A", square=False)
    if tol is not None:
        s = ivy.linalg.svdvals(x)
        return ndarray(ivy.count_nonzero(ivy.greater(s, tol), axis=-1))
    return ndarray(ivy.linalg.matrix_rank(x, rtol=rtol))


def matrix_power(a: Any, n: int) -> ndarray:
    """``a`` multiplied by itself ``n`` times (negative ``n``: of its inverse)."""
    x = arr(a, "numpy.linalg.matrix_power")
    if x.ndim < 2 or x.shape[-1] != x.shape[-2]:
        raise LinAlgError("numpy.linalg.matrix_power: Last 2 dimensions of the array must be square")
    if n < 0:
        x, n = _call("matrix_power", ivy.linalg.inv, _mat(x, "matrix_power")), -n
    return ndarray(ivy.linalg.matrix_power(x, n))


def _float(x: ivy.Array) -> ivy.Array:
    return x if x.dtype.kind in "fc" else ivy.astype(x, ivy.float64)


def norm(x: Any, ord: Any = None, axis: Any = None, keepdims: bool = False) -> ndarray:
    """Vector or matrix norm, chosen like NumPy by ``ord`` and ``axis``."""
    a = _float(arr(x, "numpy.linalg.norm", "x"))
    if axis is None:
        if ord is None:
            return ndarray(ivy.linalg.vector_norm(a, axis=None, keepdims=keepdims))
        axis = tuple(range(a.ndim))
    if isinstance(axis, int) or len(axis) == 1:
        ax = axis if isinstance(axis, int) else axis[0]
        return ndarray(ivy.linalg.vector_norm(a, axis=ax, keepdims=keepdims, ord=2 if ord is None else ord))
    if len(axis) != 2:
        raise ValueError("numpy.linalg.norm: improper number of dimensions to norm")
    moved = ivy.moveaxis(a, tuple(axis), (-2, -1))
    result = ivy.linalg.matrix_norm(moved, keepdims=keepdims, ord="fro" if ord is None else ord)
    if keepdims:
        result = ivy.moveaxis(result, (-2, -1), tuple(axis))
    return ndarray(result)


def vector_norm(x: Any, /, *, axis: Any = None, keepdims: bool = False, ord: Any = 2) -> ndarray:
    """The standard's vector norm."""
    return ndarray(
        ivy.linalg.vector_norm(_float(arr(x, "numpy.linalg.vector_norm", "x")), axis=axis, keepdims=keepdims, ord=ord)
    )


def matrix_norm(x: Any, /, *, keepdims: bool = False, ord: Any = "fro") -> ndarray:
    """The standard's matrix norm over the last two axes."""
    return ndarray(ivy.linalg.matrix_norm(_mat(x, "matrix_norm", "x", square=False), keepdims=keepdims, ord=ord))


def lstsq(a: Any, b: Any, rcond: Any = None) -> tuple:
    """Least-squares solution, residuals, rank and singular values."""
    x = _mat(a, "lstsq", square=False)
    y = _float(arr(b, "numpy.linalg.lstsq", "b"))
    m, n = x.shape[-2], x.shape[-1]
    cutoff = (1e-15 if False else max(m, n) * ivy.finfo(x.dtype).eps) if rcond is None else rcond
    solution = ivy.matmul(ivy.linalg.pinv(x, rtol=cutoff), y)
    rank = ivy.linalg.matrix_rank(x, rtol=cutoff)
    fitted = ivy.subtract(ivy.matmul(x, solution), y)
    if int(rank) == n and m > n:
        resid = ivy.sum(ivy.square(ivy.abs(fitted)), axis=0)
        resid = ivy.reshape(resid, (1,)) if resid.ndim == 0 else resid
    else:
        resid = ivy.zeros((0,), dtype=x.dtype)
    return ndarray(solution), ndarray(resid), int(rank), ndarray(ivy.linalg.svdvals(x))


def cond(x: Any, p: Any = None) -> ndarray:
    """Condition number (2-norm by default)."""
    a = _mat(x, "cond", "x", square=p is not None and p not in (2, -2))
    if p is None or p in (2, -2):
        s = ivy.linalg.svdvals(a)
        hi, lo = ivy.max(s, axis=-1), ivy.min(s, axis=-1)
        return ndarray(ivy.divide(hi, lo) if p != -2 else ivy.divide(lo, hi))
    return ndarray(ivy.multiply(ivy.linalg.matrix_norm(a, ord=p), ivy.linalg.matrix_norm(ivy.linalg.inv(a), ord=p)))


def multi_dot(arrays: Any, *, out: Any = None) -> ndarray:
    """Chain of ``dot`` products, left to right."""
    xs = list(arrays)
    if len(xs) < 2:
        raise ValueError("numpy.linalg.multi_dot: expecting at least two arrays")
    result = linear.dot(xs[0], xs[1])
    for x in xs[2:]:
        result = linear.dot(result, x)
    return result


def trace(x: Any, /, *, offset: int = 0, dtype: Any = None) -> ndarray:
    """Trace over the last two axes."""
    from ivy_frontends.numpy._helpers import dtype_arg

    return ndarray(
        ivy.linalg.trace(arr(x, "numpy.linalg.trace", "x"), offset=offset, dtype=dtype_arg(dtype, "numpy.linalg.trace"))
    )


def diagonal(x: Any, /, *, offset: int = 0) -> ndarray:
    """Diagonal over the last two axes."""
    return ndarray(ivy.linalg.diagonal(arr(x, "numpy.linalg.diagonal", "x"), offset=offset))


def outer(x1: Any, x2: Any, /) -> ndarray:
    """Outer product of two vectors."""
    return ndarray(ivy.linalg.outer(arr(x1, "numpy.linalg.outer", "x1"), arr(x2, "numpy.linalg.outer", "x2")))


def cross(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """Cross product of 3-vectors."""
    return linear.cross(x1, x2, axis=axis)


def matmul(x1: Any, x2: Any, /) -> ndarray:
    """Matrix product."""
    return linear.matmul(x1, x2)


def tensordot(x1: Any, x2: Any, /, *, axes: Any = 2) -> ndarray:
    """Tensor contraction."""
    return linear.tensordot(x1, x2, axes)


def vecdot(x1: Any, x2: Any, /, *, axis: int = -1) -> ndarray:
    """Vector dot product along ``axis``."""
    return linear.vecdot(x1, x2, axis=axis)


def matrix_transpose(x: Any, /) -> ndarray:
    """Swap the last two axes."""
    return ndarray(ivy.matrix_transpose(arr(x, "numpy.linalg.matrix_transpose", "x")))


def tensorinv(a: Any, ind: int = 2) -> ndarray:
    """Inverse of ``a`` seen as a matrix over its first ``ind`` axes."""
    x = _float(arr(a, "numpy.linalg.tensorinv"))
    left, right = x.shape[:ind], x.shape[ind:]
    rows = 1
    for n in left:
        rows *= n
    inverse = _call("tensorinv", ivy.linalg.inv, ivy.reshape(x, (rows, -1)))
    return ndarray(ivy.reshape(inverse, right + left))


def tensorsolve(a: Any, b: Any, axes: Any = None) -> ndarray:
    """``x`` with ``tensordot(a, x, x.ndim) == b``."""
    x = _float(arr(a, "numpy.linalg.tensorsolve"))
    y = _float(arr(b, "numpy.linalg.tensorsolve", "b"))
    rest = x.shape[y.ndim :]
    rows = y.size
    sol = _call("tensorsolve", ivy.linalg.solve, ivy.reshape(x, (rows, -1)), ivy.reshape(y, (rows, 1)))
    return ndarray(ivy.reshape(sol, rest))
