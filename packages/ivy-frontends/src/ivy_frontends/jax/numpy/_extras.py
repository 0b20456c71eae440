"""jax.numpy's index helpers (``r_``, ``c_``, ``mgrid``, ``ogrid``, ``s_``, ``index_exp``), ``vectorize``,
``ufunc``/``frompyfunc``, ``einsum_path``, ``array_repr``/``array_str``, NumPy's abstract scalar kinds it
re-exports and ``ComplexWarning``.

The index helpers are the NumPy frontend's, with keys and results converted to JAX Arrays.
"""

from __future__ import annotations

import functools
import itertools
import math
import re
from collections.abc import Callable
from typing import Any

from ivy_frontends.jax.numpy._delegate import from_np, to_np


class _Indexer:
    """A NumPy-frontend index helper (``np.r_`` and friends) whose results are JAX Arrays."""

    def __init__(self, name: str) -> None:
        self.name = name

    def __getitem__(self, key: Any) -> Any:
        import ivy_frontends.numpy as np_frontend

        out = from_np(getattr(np_frontend, self.name)[to_np(key)])
        return list(out) if isinstance(out, tuple) else out  # JAX's ogrid gives a list

    def __len__(self) -> int:
        return 0

    def __repr__(self) -> str:
        return f"jax.numpy.{self.name}"


r_, c_, mgrid, ogrid = (_Indexer(n) for n in ("r_", "c_", "mgrid", "ogrid"))


def _index_expressions() -> tuple[Any, Any]:
    from ivy_frontends.numpy.indexing import index_exp, s_

    return s_, index_exp


s_, index_exp = _index_expressions()


class ComplexWarning(RuntimeWarning):
    """NumPy's warning for a cast that drops an imaginary part (re-exported by jax.numpy)."""


class character:  # noqa: N801 - NumPy's name
    """NumPy's abstract kind of string scalars (no JAX dtype is one)."""


class flexible:  # noqa: N801 - NumPy's name
    """NumPy's abstract kind of variable-size scalars (no JAX dtype is one)."""


class object_:  # noqa: N801 - NumPy's name
    """NumPy's object scalar type (JAX arrays never hold Python objects)."""


def _host(a: Any) -> Any:
    from ivy_frontends.jax._array import asarray

    return asarray(a).numpy()


def array_repr(
    arr: Any, max_line_width: int | None = None, precision: int | None = None, suppress_small: Any = None
) -> str:
    """jnp.array_repr: NumPy's repr of the values, under JAX's class name ``ArrayImpl``."""
    import numpy as np

    impl = type("ArrayImpl", (np.ndarray,), {})
    return np.array_repr(_host(arr).view(impl), max_line_width, precision, suppress_small)


def array_str(
    a: Any, max_line_width: int | None = None, precision: int | None = None, suppress_small: Any = None
) -> str:
    """jnp.array_str: NumPy's str of the values."""
    import numpy as np

    return np.array_str(_host(a), max_line_width, precision, suppress_small)


_DIMS = re.compile(r"\(([^()]*)\)")


def _core_dims(signature: str) -> list[tuple[str, ...]]:
    """The inputs' core dimension names of a gufunc signature ``(m,n),(n)->(m)``."""
    if "->" not in signature:
        raise ValueError(f"jax.numpy.vectorize: not a valid gufunc signature: {signature!r}")
    ins = signature.replace(" ", "").split("->")[0]
    return [tuple(d for d in m.split(",") if d) for m in _DIMS.findall(ins)]


def vectorize(pyfunc: Callable[..., Any], *, excluded: Any = frozenset(), signature: str | None = None) -> Callable:
    """jnp.vectorize: ``pyfunc`` mapped over the broadcast leading (loop) dimensions of its array arguments, called
    once per index with the core dimensions that ``signature`` names (none by default); results are stacked."""
    from ivy_frontends.jax import numpy as jnp

    excluded = set(excluded)

    @functools.wraps(pyfunc)
    def run(*args: Any, **kwargs: Any) -> Any:
        pos = [i for i in range(len(args)) if i not in excluded]
        keys = [k for k in kwargs if k not in excluded]
        arrays = [jnp.asarray(args[i]) for i in pos] + [jnp.asarray(kwargs[k]) for k in keys]
        core_in = _core_dims(signature) if signature else [()] * len(arrays)
        if len(core_in) != len(arrays):
            raise TypeError(f"jax.numpy.vectorize: wrong number of positional arguments: expected {len(core_in)}")
        for a, core in zip(arrays, core_in, strict=True):
            if a.ndim < len(core):
                raise ValueError(f"jax.numpy.vectorize: input with shape {a.shape} has fewer dims than {core}")
        loops = [a.shape[: a.ndim - len(c)] for a, c in zip(arrays, core_in, strict=True)]
        batch = tuple(jnp.broadcast_shapes(*loops)) if loops else ()
        arrays = [jnp.broadcast_to(a, batch + a.shape[len(s) :]) for a, s in zip(arrays, loops, strict=True)]
        results = []
        for idx in itertools.product(*(range(n) for n in batch)):
            call_args, call_kwargs = list(args), dict(kwargs)
            for j, i in enumerate(pos):
                call_args[i] = arrays[j][idx] if idx else arrays[j]
            for j, k in enumerate(keys):
                call_kwargs[k] = arrays[len(pos) + j][idx] if idx else arrays[len(pos) + j]
            results.append(pyfunc(*call_args, **call_kwargs))
        if not batch:
            return results[0]
        if not results:
            raise ValueError("jax.numpy.vectorize: cannot map over size-0 loop dimensions")
        if isinstance(results[0], tuple):
            return tuple(_stack([r[i] for r in results], batch) for i in range(len(results[0])))
        return _stack(results, batch)

    return run


def _stack(values: list[Any], batch: tuple[int, ...]) -> Any:
    from ivy_frontends.jax import numpy as jnp

    out = jnp.stack([jnp.asarray(v) for v in values])
    return jnp.reshape(out, batch + tuple(out.shape[1:]))


class ufunc:  # noqa: N801 - JAX's name
    """jnp.ufunc: a Python function of ``nin`` arrays made elementwise (by ``vectorize``), with ``outer``,
    ``reduce`` and ``accumulate`` folded along an axis for binary ones."""

    def __init__(
        self,
        func: Callable[..., Any],
        /,
        nin: int,
        nout: int,
        *,
        name: str | None = None,
        nargs: int | None = None,
        identity: Any = None,
        call: Callable[..., Any] | None = None,
        reduce: Callable[..., Any] | None = None,
        accumulate: Callable[..., Any] | None = None,
        at: Callable[..., Any] | None = None,
        reduceat: Callable[..., Any] | None = None,
    ) -> None:
        self.func, self.nin, self.nout = func, int(nin), int(nout)
        self.__name__ = name or getattr(func, "__name__", "ufunc")
        self.nargs = nin if nargs is None else nargs
        self.identity = identity
        self._call = call or vectorize(func)
        self._reduce, self._accumulate, self._at, self._reduceat = reduce, accumulate, at, reduceat

    def __repr__(self) -> str:
        return f"<jnp.ufunc '{self.__name__}'>"

    def __call__(self, *args: Any) -> Any:
        if len(args) != self.nin:
            raise TypeError(f"{self!r}: expected {self.nin} positional arguments, got {len(args)}")
        return self._call(*args)

    def _binary(self, method: str) -> None:
        if self.nin != 2 or self.nout != 1:
            raise ValueError(f"{method} is only supported for binary ufuncs with a single output, got {self!r}")

    def outer(self, A: Any, B: Any, /) -> Any:  # noqa: N803 - JAX's names
        """The function of every pair: shape ``A.shape + B.shape``."""
        from ivy_frontends.jax import numpy as jnp

        self._binary("outer")
        a, b = jnp.asarray(A), jnp.asarray(B)
        return self(jnp.reshape(a, a.shape + (1,) * b.ndim), b)

    def _folds(self, a: Any, axis: int | None, initial: Any) -> tuple[list[Any], int]:
        from ivy_frontends.jax import numpy as jnp

        a = jnp.asarray(a)
        if axis is None:
            a, axis = jnp.ravel(a), 0
        axis = axis % max(a.ndim, 1)
        rows = [jnp.take(a, i, axis=axis) for i in range(a.shape[axis])]
        if initial is None and self.identity is not None and not rows:
            initial = self.identity
        acc = [] if initial is None else [jnp.broadcast_to(jnp.asarray(initial), a.shape[:axis] + a.shape[axis + 1 :])]
        if not acc and not rows:
            raise ValueError(f"reduction of an empty axis with no identity: {self!r}")
        for row in rows:
            acc.append(self(acc[-1], row) if acc else row)
        return acc, axis

    def reduce(
        self,
        a: Any,
        axis: int | None = 0,
        dtype: Any = None,
        out: None = None,
        keepdims: bool = False,
        initial: Any = None,
        where: Any = None,
    ) -> Any:
        """The function folded left to right along ``axis`` (all axes, flattened, for None)."""
        from ivy_frontends.jax import numpy as jnp

        self._binary("reduce")
        if self._reduce is not None:
            return self._reduce(a, axis=axis, dtype=dtype, keepdims=keepdims, initial=initial, where=where)
        if where is not None:
            raise NotImplementedError(f"{self!r}.reduce: argument 'where' is not supported by the frontend")
        acc, ax = self._folds(a, axis, initial)
        res = acc[-1]
        if keepdims:
            res = jnp.expand_dims(res, tuple(range(jnp.ndim(a))) if axis is None else ax)
        return res if dtype is None else jnp.asarray(res, dtype=dtype)

    def accumulate(self, a: Any, axis: int = 0, dtype: Any = None, out: None = None) -> Any:
        """The running fold along ``axis``."""
        from ivy_frontends.jax import numpy as jnp

        self._binary("accumulate")
        if self._accumulate is not None:
            return self._accumulate(a, axis=axis, dtype=dtype)
        acc, ax = self._folds(a, axis, None)
        res = jnp.stack(acc, axis=ax)
        return res if dtype is None else jnp.asarray(res, dtype=dtype)

    def at(self, a: Any, indices: Any, b: Any = None, /, **kwargs: Any) -> Any:
        """Only through a given ``at`` implementation (JAX arrays are immutable; the frontend builds none)."""
        if self._at is None:
            raise NotImplementedError(f"{self!r}.at: not supported by the frontend without an 'at' implementation")
        return self._at(a, indices, b, **kwargs)

    def reduceat(self, a: Any, indices: Any, axis: int = 0, dtype: Any = None, out: None = None) -> Any:
        """Only through a given ``reduceat`` implementation."""
        if self._reduceat is None:
            raise NotImplementedError(f"{self!r}.reduceat: not supported by the frontend without an implementation")
        return self._reduceat(a, indices, axis=axis, dtype=dtype)


def frompyfunc(func: Callable[..., Any], /, nin: int, nout: int, *, identity: Any = None) -> ufunc:
    """jnp.frompyfunc: ``func`` as a ``jnp.ufunc``."""
    return ufunc(func, nin, nout, identity=identity)


def _pair_cost(a: str, b: str, others: list[str], sizes: dict[str, int]) -> tuple[int, str]:
    keep = "".join(sorted({c for c in a + b if any(c in o for o in others)}))
    size = lambda s: math.prod(sizes[c] for c in s)  # noqa: E731
    return size(keep) - size(a) - size(b), keep


def einsum_path(subscripts: str, /, *operands: Any, optimize: Any = "auto") -> tuple[list[tuple[int, ...]], str]:
    """jnp.einsum_path: a pairwise contraction order (greedy: the pair that shrinks the operands most, pairs
    sharing an index first; left to right for ``optimize=False``) and a short report of it."""
    from ivy_frontends.jax import numpy as jnp

    if "..." in subscripts:
        raise NotImplementedError("jax.numpy.einsum_path: ellipsis subscripts are not supported by the frontend")
    spec = subscripts.replace(" ", "")
    inputs, _, out = spec.partition("->")
    terms = inputs.split(",")
    if len(terms) != len(operands):
        raise ValueError(f"jax.numpy.einsum_path: {len(terms)} subscripts for {len(operands)} operands")
    if "->" not in spec:
        out = "".join(sorted(c for c in set(inputs) - {","} if inputs.count(c) == 1))
    sizes = {c: n for t, op in zip(terms, operands, strict=True) for c, n in zip(t, jnp.shape(op), strict=True)}
    if isinstance(optimize, (list, tuple)):
        path = [tuple(p) for p in optimize if not isinstance(p, str)]
    elif len(terms) == 1:
        path = [(0,)]
    elif optimize is False:
        path = [(0, 1)] * (len(terms) - 1)
    else:
        path, left = [], list(terms)
        while len(left) > 1:
            best = None
            for i, j in itertools.combinations(range(len(left)), 2):
                others = [t for k, t in enumerate(left) if k not in (i, j)] + [out]
                cost, keep = _pair_cost(left[i], left[j], others, sizes)
                key = (not set(left[i]) & set(left[j]), cost)
                if best is None or key < best[0]:
                    best = (key, (i, j), keep)
            _, (i, j), keep = best
            path.append((i, j))
            left = [t for k, t in enumerate(left) if k not in (i, j)] + [keep]
    report = f"  Complete contraction:  {inputs}->{out}\n  Naive scaling:  {len(sizes)}\n  Path:  {path}"
    return path, report
