"""``tf.linalg.LinearOperator*``: structured matrices, each defined by its dense form.

Every operator builds its ``(..., M, N)`` matrix from ``ivy`` calls; the shared methods (``matmul``, ``solve``,
``determinant``, ...) work on that matrix. Structure is kept where it decides a result's form (``adjoint`` and
``inverse`` return operators); TF's faster structured algorithms are not reproduced, its answers are.
"""

from __future__ import annotations

from typing import Any

import ivy
from ivy_frontends.tensorflow import _dtypes as d
from ivy_frontends.tensorflow._tensor import InvalidArgumentError, Tensor, TensorShape, as_tensor


def _a(x: Any) -> Any:
    return as_tensor(x)._ivy


def _adj(a: Any) -> Any:
    return ivy.conj(ivy.matrix_transpose(a))


class LinearOperator:
    """tf.linalg.LinearOperator: the base of the operators; subclasses define ``_dense()``."""

    def __init__(
        self,
        dtype: Any = None,
        is_non_singular: Any = None,
        is_self_adjoint: Any = None,
        is_positive_definite: Any = None,
        is_square: Any = None,
        name: Any = None,
        parameters: Any = None,
        graph_parents: Any = None,
    ) -> None:
        self._dtype = d.as_dtype(dtype) if dtype is not None else None
        self.is_non_singular = is_non_singular
        self.is_self_adjoint = is_self_adjoint
        self.is_positive_definite = is_positive_definite
        self._is_square = is_square
        self.name = name
        self.parameters = parameters or {}

    def _dense(self) -> Any:
        raise NotImplementedError(f"{type(self).__name__} defines no matrix")

    @property
    def dtype(self) -> d.DType:
        return self._dtype if self._dtype is not None else d.from_ivy(self._dense().dtype)

    @property
    def shape(self) -> TensorShape:
        return TensorShape(tuple(self._dense().shape))

    def shape_tensor(self, name: str = "shape_tensor") -> Tensor:
        return Tensor(ivy.asarray(list(self.shape), dtype=ivy.int32))

    @property
    def batch_shape(self) -> TensorShape:
        return TensorShape(tuple(self.shape[:-2]))

    @property
    def tensor_rank(self) -> int:
        return len(self.shape)

    @property
    def range_dimension(self) -> int:
        return self.shape[-2]

    @property
    def domain_dimension(self) -> int:
        return self.shape[-1]

    @property
    def is_square(self) -> bool:
        return self.shape[-1] == self.shape[-2] if self._is_square is None else bool(self._is_square)

    def to_dense(self, name: str = "to_dense") -> Tensor:
        return Tensor(self._dense())

    def matmul(self, x: Any, adjoint: bool = False, adjoint_arg: bool = False, name: str = "matmul") -> Any:
        if isinstance(x, LinearOperator):
            left = LinearOperatorAdjoint(self) if adjoint else self
            right = LinearOperatorAdjoint(x) if adjoint_arg else x
            return LinearOperatorComposition([left, right])
        a, b = self._dense(), _a(x)
        if a.dtype != b.dtype:
            raise TypeError(
                f"Expected argument to have dtype {d.from_ivy(a.dtype).name}, got {d.from_ivy(b.dtype).name}"
            )
        return Tensor(ivy.matmul(_adj(a) if adjoint else a, _adj(b) if adjoint_arg else b))

    def __matmul__(self, other: Any) -> Any:
        return self.matmul(other)

    def matvec(self, x: Any, adjoint: bool = False, name: str = "matvec") -> Tensor:
        out = self.matmul(Tensor(ivy.expand_dims(_a(x), axis=-1)), adjoint=adjoint)
        return Tensor(ivy.squeeze(out._ivy, -1))

    def solve(self, rhs: Any, adjoint: bool = False, adjoint_arg: bool = False, name: str = "solve") -> Any:
        if isinstance(rhs, LinearOperator):
            inv = LinearOperatorInversion(LinearOperatorAdjoint(self) if adjoint else self)
            return LinearOperatorComposition([inv, LinearOperatorAdjoint(rhs) if adjoint_arg else rhs])
        if self.is_non_singular is False:
            raise NotImplementedError("Exact solve not implemented for an operator that is expected to be singular.")
        a, b = self._dense(), _a(rhs)
        return Tensor(ivy.linalg.solve(_adj(a) if adjoint else a, _adj(b) if adjoint_arg else b))

    def solvevec(self, rhs: Any, adjoint: bool = False, name: str = "solve") -> Tensor:
        out = self.solve(Tensor(ivy.expand_dims(_a(rhs), axis=-1)), adjoint=adjoint)
        return Tensor(ivy.squeeze(out._ivy, -1))

    def _square(self, what: str) -> Any:
        if not self.is_square:
            raise NotImplementedError(f"{what} not implemented for a non-square operator.")
        return self._dense()

    def determinant(self, name: str = "det") -> Tensor:
        return Tensor(ivy.linalg.det(self._square("Determinant")))

    def log_abs_determinant(self, name: str = "log_abs_det") -> Tensor:
        a = self._square("Log abs determinant")
        out = ivy.linalg.slogdet(a)[1]
        return Tensor(ivy.astype(out, a.dtype) if ivy.isdtype(a.dtype, "complex floating") else out)

    def trace(self, name: str = "trace") -> Tensor:
        a = self._dense()
        return Tensor(ivy.sum(ivy.linalg.diagonal(a), axis=-1, dtype=a.dtype))

    def diag_part(self, name: str = "diag_part") -> Tensor:
        return Tensor(ivy.linalg.diagonal(self._dense()))

    def add_to_tensor(self, x: Any, name: str = "add_to_tensor") -> Tensor:
        return Tensor(ivy.add(self._dense(), _a(x)))

    def adjoint(self, name: str = "adjoint") -> LinearOperator:
        return self if self.is_self_adjoint else LinearOperatorAdjoint(self)

    H = property(adjoint)

    def inverse(self, name: str = "inverse") -> LinearOperator:
        if not self.is_square:
            raise ValueError("Cannot take the inverse: This operator represents a non square matrix.")
        return LinearOperatorInversion(self)

    def cholesky(self, name: str = "cholesky") -> LinearOperator:
        if not (self.is_self_adjoint and self.is_positive_definite):
            raise ValueError("Cholesky decomposition only applies to self-adjoint positive definite operators.")
        return LinearOperatorLowerTriangular(Tensor(ivy.linalg.cholesky(self._dense())), is_non_singular=True)

    def eigvals(self, name: str = "eigvals") -> Tensor:
        if not self.is_self_adjoint:
            raise NotImplementedError("Only self-adjoint matrices are supported.")
        return Tensor(ivy.linalg.eigvalsh(self._dense()))

    def cond(self, name: str = "cond") -> Tensor:
        s = ivy.linalg.svdvals(self._dense())
        return Tensor(ivy.divide(ivy.max(s, axis=-1), ivy.min(s, axis=-1)))

    def __repr__(self) -> str:
        return f"<{type(self).__name__} shape={tuple(self.shape)} dtype={self.dtype.name}>"


def _flags(kw: dict[str, Any]) -> dict[str, Any]:
    keys = ("is_non_singular", "is_self_adjoint", "is_positive_definite", "is_square", "name")
    return {k: kw[k] for k in keys if k in kw}


class LinearOperatorFullMatrix(LinearOperator):
    """tf.linalg.LinearOperatorFullMatrix: a given ``[..., M, N]`` matrix."""

    def __init__(self, matrix: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self._matrix = _a(matrix)

    def _dense(self) -> Any:
        return self._matrix


class LinearOperatorDiag(LinearOperator):
    """tf.linalg.LinearOperatorDiag: ``diag([..., N])`` as an ``N x N`` operator."""

    def __init__(self, diag: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self._diag = _a(diag)

    def _dense(self) -> Any:
        n = self._diag.shape[-1]
        return ivy.multiply(ivy.expand_dims(self._diag, axis=-2), ivy.eye(n, dtype=self._diag.dtype))


class LinearOperatorLowerTriangular(LinearOperator):
    """tf.linalg.LinearOperatorLowerTriangular: the lower triangle of ``tril`` (the rest is ignored)."""

    def __init__(self, tril: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self._tril = ivy.tril(_a(tril))

    def _dense(self) -> Any:
        return self._tril


class LinearOperatorIdentity(LinearOperator):
    """tf.linalg.LinearOperatorIdentity: ``I`` of ``num_rows`` (float32 by default), optionally batched."""

    def __init__(self, num_rows: Any, batch_shape: Any = None, dtype: Any = None, **kwargs: Any) -> None:
        kwargs.pop("assert_proper_shapes", None)
        super().__init__(dtype=dtype or d.float32, **_flags(kwargs))
        self._n = int(num_rows)
        self._batch = tuple(int(b) for b in batch_shape) if batch_shape is not None else ()

    def _scale(self) -> Any:
        return None

    def _dense(self) -> Any:
        e = ivy.eye(self._n, dtype=self._dtype._ivy)
        s = self._scale()
        if s is not None:
            e = ivy.multiply(ivy.expand_dims(ivy.expand_dims(s, axis=-1), axis=-1), e)
        return ivy.broadcast_to(e, self._batch + tuple(e.shape)) if self._batch else e


class LinearOperatorScaledIdentity(LinearOperatorIdentity):
    """tf.linalg.LinearOperatorScaledIdentity: ``multiplier * I`` (the multiplier's shape is the batch shape)."""

    def __init__(self, num_rows: Any, multiplier: Any, **kwargs: Any) -> None:
        kwargs.pop("assert_proper_shapes", None)
        self._multiplier = _a(multiplier)
        super().__init__(num_rows, dtype=d.from_ivy(self._multiplier.dtype), **_flags(kwargs))

    def _scale(self) -> Any:
        return self._multiplier


class LinearOperatorZeros(LinearOperator):
    """tf.linalg.LinearOperatorZeros: an all-zero ``num_rows x num_columns`` operator (float32 by default)."""

    def __init__(
        self, num_rows: Any, num_columns: Any = None, batch_shape: Any = None, dtype: Any = None, **kwargs: Any
    ) -> None:
        kwargs.pop("assert_proper_shapes", None)
        super().__init__(dtype=dtype or d.float32, **_flags(kwargs))
        self._rows = int(num_rows)
        self._cols = int(num_columns) if num_columns is not None else self._rows
        if kwargs.get("is_square", True) and self._rows != self._cols:
            raise ValueError(
                f"LinearOperatorZeros initialized as is_square=True, but got num_rows({self._rows}) "
                f"!= num_columns({self._cols})"
            )
        self._batch = tuple(int(b) for b in batch_shape) if batch_shape is not None else ()

    def _dense(self) -> Any:
        return ivy.zeros((*self._batch, self._rows, self._cols), dtype=self._dtype._ivy)


class LinearOperatorAdjoint(LinearOperator):
    """tf.linalg.LinearOperatorAdjoint: the conjugate transpose of ``operator``."""

    def __init__(self, operator: LinearOperator, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.operator = operator

    def _dense(self) -> Any:
        return _adj(self.operator._dense())


class LinearOperatorInversion(LinearOperator):
    """tf.linalg.LinearOperatorInversion: the inverse of a square ``operator``."""

    def __init__(self, operator: LinearOperator, **kwargs: Any) -> None:
        if operator.is_non_singular is False:
            raise ValueError("operator must be non-singular.")
        super().__init__(**_flags(kwargs))
        self.operator = operator

    def _dense(self) -> Any:
        return ivy.linalg.inv(self.operator._dense())


class LinearOperatorComposition(LinearOperator):
    """tf.linalg.LinearOperatorComposition: ``operators[0] @ operators[1] @ ...``."""

    def __init__(self, operators: Any, **kwargs: Any) -> None:
        ops = list(operators)
        if not ops:
            raise ValueError(f"Expected a non-empty list of operators. Found: {ops}")
        super().__init__(**_flags(kwargs))
        self.operators = ops

    def _dense(self) -> Any:
        out = self.operators[0]._dense()
        for op in self.operators[1:]:
            out = ivy.matmul(out, op._dense())
        return out


def _block(rows: list[list[Any]], dtype: Any, batch: tuple[int, ...]) -> Any:
    """A dense matrix from a grid of blocks (``None`` for a zero block)."""
    heights = [next(b for b in row if b is not None).shape[-2] for row in rows]
    widths = [next(r[j] for r in rows if r[j] is not None).shape[-1] for j in range(len(rows[0]))]
    out_rows = []
    for i, row in enumerate(rows):
        parts = [
            ivy.broadcast_to(b, batch + tuple(b.shape[-2:]))
            if b is not None
            else ivy.zeros((*batch, heights[i], widths[j]), dtype=dtype)
            for j, b in enumerate(row)
        ]
        out_rows.append(ivy.concat(parts, axis=-1))
    return ivy.concat(out_rows, axis=-2)


def _batch_of(mats: list[Any]) -> tuple[int, ...]:
    return tuple(ivy.broadcast_shapes(*[tuple(m.shape[:-2]) for m in mats]))


class LinearOperatorBlockDiag(LinearOperator):
    """tf.linalg.LinearOperatorBlockDiag: ``operators`` on the block diagonal."""

    def __init__(self, operators: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.operators = list(operators)

    def _dense(self) -> Any:
        mats = [op._dense() for op in self.operators]
        k = len(mats)
        grid = [[mats[i] if i == j else None for j in range(k)] for i in range(k)]
        return _block(grid, mats[0].dtype, _batch_of(mats))


class LinearOperatorBlockLowerTriangular(LinearOperator):
    """tf.linalg.LinearOperatorBlockLowerTriangular: rows of operators ``[[A00], [A10, A11], ...]``."""

    def __init__(self, operators: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.operators = [list(row) for row in operators]
        for i, row in enumerate(self.operators):
            if len(row) != i + 1:
                raise ValueError(
                    f"Argument `operators[{i}]` must contain `{i + 1}` blocks. Received: {len(row)} blocks."
                )

    def _dense(self) -> Any:
        k = len(self.operators)
        mats = [[op._dense() for op in row] for row in self.operators]
        grid = [[mats[i][j] if j <= i else None for j in range(k)] for i in range(k)]
        return _block(grid, mats[0][0].dtype, _batch_of([m for row in mats for m in row]))


class LinearOperatorKronecker(LinearOperator):
    """tf.linalg.LinearOperatorKronecker: the Kronecker product of ``operators``."""

    def __init__(self, operators: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.operators = list(operators)

    def _dense(self) -> Any:
        out = self.operators[0]._dense()
        for op in self.operators[1:]:
            b = op._dense()
            m, n = out.shape[-2:]
            p, q = b.shape[-2:]
            prod = ivy.multiply(
                ivy.reshape(out, (*tuple(out.shape[:-2]), m, 1, n, 1)),
                ivy.reshape(b, (*tuple(b.shape[:-2]), 1, p, 1, q)),
            )
            out = ivy.reshape(prod, (*tuple(prod.shape[:-4]), m * p, n * q))
        return out


class LinearOperatorLowRankUpdate(LinearOperator):
    """tf.linalg.LinearOperatorLowRankUpdate: ``base + U diag(diag_update) V^H`` (``V`` defaults to ``U``)."""

    def __init__(
        self, base_operator: LinearOperator, u: Any, diag_update: Any = None, v: Any = None, **kwargs: Any
    ) -> None:
        kwargs.pop("is_diag_update_positive", None)
        super().__init__(**_flags(kwargs))
        self.base_operator = base_operator
        self.u = _a(u)
        self.v = _a(v) if v is not None else self.u
        self.diag_update = _a(diag_update) if diag_update is not None else None

    def _dense(self) -> Any:
        u = self.u
        if self.diag_update is not None:
            u = ivy.multiply(u, ivy.expand_dims(self.diag_update, axis=-2))
        return ivy.add(self.base_operator._dense(), ivy.matmul(u, _adj(self.v)))


class LinearOperatorHouseholder(LinearOperator):
    """tf.linalg.LinearOperatorHouseholder: ``I - 2 v v^H / (v^H v)``, the reflection through ``v``'s hyperplane."""

    def __init__(self, reflection_axis: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self._v = _a(reflection_axis)

    def _dense(self) -> Any:
        v = self._v
        n = v.shape[-1]
        outer = ivy.multiply(ivy.expand_dims(v, axis=-1), ivy.expand_dims(ivy.conj(v), axis=-2))
        norm = ivy.sum(ivy.multiply(v, ivy.conj(v)), axis=-1, keepdims=True)
        two = ivy.asarray(2.0, dtype=v.dtype)
        return ivy.subtract(
            ivy.eye(n, dtype=v.dtype), ivy.divide(ivy.multiply(two, outer), ivy.expand_dims(norm, axis=-1))
        )


class LinearOperatorPermutation(LinearOperator):
    """tf.linalg.LinearOperatorPermutation: the matrix with ``P[i, perm[i]] = 1`` (float32 by default)."""

    def __init__(self, perm: Any, dtype: Any = None, **kwargs: Any) -> None:
        super().__init__(dtype=dtype or d.float32, **_flags(kwargs))
        self.perm = _a(perm)

    def _dense(self) -> Any:
        n = self.perm.shape[-1]
        hit = ivy.equal(ivy.expand_dims(self.perm, axis=-1), ivy.astype(ivy.arange(n), self.perm.dtype))
        return ivy.astype(hit, self._dtype._ivy)


class LinearOperatorToeplitz(LinearOperator):
    """tf.linalg.LinearOperatorToeplitz: ``T[i, j] = col[i - j]`` on and below the diagonal, ``row[j - i]`` above."""

    def __init__(self, col: Any, row: Any, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.col, self.row = _a(col), _a(row)

    def _dense(self) -> Any:
        n = self.col.shape[-1]
        i = ivy.reshape(ivy.arange(n), (n, 1))
        j = ivy.reshape(ivy.arange(n), (1, n))
        below = ivy.greater_equal(i, j)
        k = ivy.abs(ivy.subtract(i, j))
        from_col = ivy.take(self.col, ivy.reshape(k, (-1,)), axis=-1)
        from_row = ivy.take(self.row, ivy.reshape(k, (-1,)), axis=-1)
        flat = ivy.where(ivy.reshape(below, (-1,)), from_col, from_row)
        return ivy.reshape(flat, (*tuple(flat.shape[:-1]), n, n))


class LinearOperatorTridiag(LinearOperator):
    """tf.linalg.LinearOperatorTridiag: a tridiagonal matrix in TF's compact, sequence or matrix format."""

    def __init__(self, diagonals: Any, diagonals_format: str = "compact", **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.diagonals, self.diagonals_format = diagonals, diagonals_format

    def _dense(self) -> Any:
        from ivy_frontends.tensorflow.linalg import _tridiag_dense, _tridiagonals

        return _tridiag_dense(*_tridiagonals(self.diagonals, self.diagonals_format))


class _Circulant(LinearOperator):
    """Block-circulant operators over the last ``rank`` axes of ``spectrum`` (its DFT)."""

    rank = 1

    def __init__(self, spectrum: Any, input_output_dtype: Any = None, **kwargs: Any) -> None:
        super().__init__(**_flags(kwargs))
        self.spectrum = _a(spectrum)
        self._io = d.as_dtype(input_output_dtype) if input_output_dtype is not None else d.complex64
        if not (
            self.spectrum.dtype in (ivy.complex64, ivy.complex128) or ivy.isdtype(self.spectrum.dtype, "real floating")
        ):
            raise TypeError(f"Argument spectrum must have dtype float or complex, got {self.spectrum.dtype}")

    @property
    def dtype(self) -> d.DType:
        return self._io

    def _spectrum(self) -> Any:
        s = self.spectrum
        return (
            s
            if ivy.isdtype(s.dtype, "complex floating")
            else ivy.astype(s, ivy.complex64 if s.dtype == ivy.float32 else ivy.complex128)
        )

    def determinant(self, name: str = "det") -> Tensor:
        """The product of the spectrum (TF's answer, in the operator's dtype)."""
        flat = ivy.reshape(self._spectrum(), (*tuple(self.spectrum.shape[: -self.rank]), -1))
        det = ivy.prod(flat, axis=-1)
        return Tensor(ivy.astype(det if self._io.is_complex else ivy.real(det), self._io._ivy))

    def log_abs_determinant(self, name: str = "log_abs_det") -> Tensor:
        """The sum of the spectrum's log magnitudes."""
        flat = ivy.reshape(ivy.abs(self._spectrum()), (*tuple(self.spectrum.shape[: -self.rank]), -1))
        return Tensor(ivy.astype(ivy.sum(ivy.log(flat), axis=-1), self._io._ivy))

    def _dense(self) -> Any:
        s = self.spectrum
        if not ivy.isdtype(s.dtype, "complex floating"):
            s = ivy.astype(s, ivy.complex64 if s.dtype == ivy.float32 else ivy.complex128)
        sizes = tuple(s.shape[-self.rank :])
        kernel = ivy.fft.ifftn(s, axes=tuple(range(-self.rank, 0)))
        n = 1
        for v in sizes:
            n *= v
        idx = ivy.reshape(ivy.arange(n), (n,))
        rows, cols = ivy.reshape(idx, (n, 1)), ivy.reshape(idx, (1, n))
        flat_index = ivy.zeros((n, n), dtype=rows.dtype)
        stride = n
        for size in sizes:
            stride //= size
            ri = ivy.remainder(ivy.floor_divide(rows, ivy.full_like(rows, stride)), ivy.full_like(rows, size))
            ci = ivy.remainder(ivy.floor_divide(cols, ivy.full_like(cols, stride)), ivy.full_like(cols, size))
            diff = ivy.remainder(ivy.add(ivy.subtract(ri, ci), ivy.full_like(ri, size)), ivy.full_like(ri, size))
            flat_index = ivy.add(flat_index, ivy.multiply(diff, ivy.full_like(diff, stride)))
        flat_kernel = ivy.reshape(kernel, (*tuple(kernel.shape[: -self.rank]), n))
        dense = ivy.take(flat_kernel, ivy.reshape(flat_index, (-1,)), axis=-1)
        dense = ivy.reshape(dense, (*tuple(dense.shape[:-1]), n, n))
        want = self._io._ivy
        if not ivy.isdtype(want, "complex floating"):
            dense = ivy.real(dense)
        return ivy.astype(dense, want)


class LinearOperatorCirculant(_Circulant):
    """tf.linalg.LinearOperatorCirculant: the circulant matrix whose DFT is ``spectrum`` (complex64 by default)."""


class LinearOperatorCirculant2D(_Circulant):
    """tf.linalg.LinearOperatorCirculant2D: block circulant with circulant blocks (``spectrum`` ``[..., N0, N1]``)."""

    rank = 2


class LinearOperatorCirculant3D(_Circulant):
    """tf.linalg.LinearOperatorCirculant3D: three nested levels of circulant blocks."""

    rank = 3


OPERATORS = {n: v for n, v in dict(globals()).items() if n.startswith("LinearOperator")}
_ = InvalidArgumentError
