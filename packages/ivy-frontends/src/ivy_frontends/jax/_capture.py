"""Capture of real JAX programs: ``jax.make_jaxpr`` gives the exact primitive program,
which is then interpreted equation by equation with the ``jax.lax`` frontend's
primitive table on the current ivy backend.

Sub-jaxprs (``jit``/``pjit``, ``closed_call``, ``custom_jvp_call``,
``custom_vjp_call``, ``remat``, ``cond``, ``while``, ``scan``) are interpreted
recursively; literals and constvars become ivy arrays. Primitives the frontend
lacks are reported all at once (``MissingOperations``, ``jax.lax.<name>`` and
count) before anything runs. The jaxpr is made on the first call (or from the
example inputs given to ``capture``) and reused for inputs of the same
structure, shapes and dtypes. Dtypes are those of the jaxpr, i.e. of the real
JAX's configuration (float32 unless ``jax_enable_x64`` is on).
"""

from __future__ import annotations

from collections import Counter
from typing import Any

import ivy
from ivy_frontends._plugin import Capture, MissingOperations, import_framework
from ivy_frontends.jax import _dtypes
from ivy_frontends.jax._array import Array, _to_host, to_ivy
from ivy_frontends.jax.lax import MULTIPLE_RESULTS, PRIMITIVES

_SUB_JAXPR = ("jaxpr", "call_jaxpr", "fun_jaxpr")
_CALLS = {"pjit", "jit", "closed_call", "core_call", "custom_jvp_call", "custom_vjp_call", "custom_vjp_call_jaxpr"}
_CALLS |= {"remat", "checkpoint", "remat2", "custom_lin", "cond", "while", "scan"}


def _sub_jaxprs(eqn: Any) -> list[Any]:
    out = []
    for name, value in eqn.params.items():
        if name in (*_SUB_JAXPR, "cond_jaxpr", "body_jaxpr"):
            out.append(value)
        elif name == "branches":
            out.extend(value)
    return out


def _open(j: Any) -> tuple[Any, list[Any]]:
    """(jaxpr, consts) of a ClosedJaxpr or an open Jaxpr."""
    if hasattr(j, "consts") and hasattr(j, "jaxpr"):
        return j.jaxpr, list(j.consts)
    return j, []


def missing_primitives(jaxpr: Any, counts: Counter | None = None) -> Counter:
    """``jax.lax.<primitive>`` -> count for every primitive (nested ones included) the frontend lacks."""
    counts = Counter() if counts is None else counts
    for eqn in jaxpr.eqns:
        name = eqn.primitive.name
        if name in _CALLS:
            for sub in _sub_jaxprs(eqn):
                missing_primitives(_open(sub)[0], counts)
        elif name not in PRIMITIVES:
            counts[f"jax.lax.{name}"] += 1
    return counts


def _dtype_name(aval: Any) -> str | None:
    d = getattr(aval, "dtype", None)
    return None if d is None else str(d)


def _fit(x: Any, aval: Any) -> ivy.Array:
    """A value as an ivy array of the aval's dtype."""
    name = _dtype_name(aval)
    a = x if isinstance(x, ivy.Array) else to_ivy(x)
    if name in _dtypes.DTYPES and a.dtype.name != name:
        a = ivy.astype(a, _dtypes.DTYPES[name].ivy)
    return a


def eval_jaxpr(jaxpr: Any, consts: list[Any], *args: Any) -> list[ivy.Array]:
    """Run a jaxpr on ivy arrays with the ``jax.lax`` frontend's primitives."""
    core = import_framework("jax.extend.core")
    env: dict[Any, Any] = {}

    def read(v: Any) -> Any:
        if isinstance(v, core.Literal):
            return _fit(v.val, v.aval)
        return env[v]

    for v, c in zip(jaxpr.constvars, consts, strict=True):
        env[v] = _fit(c, v.aval)
    for v, a in zip(jaxpr.invars, args, strict=True):
        env[v] = _fit(a, v.aval)
    for eqn in jaxpr.eqns:
        invals = [read(v) for v in eqn.invars]
        name = eqn.primitive.name
        if name in _CALLS:
            outs = _call(name, eqn, invals)
        else:
            out = PRIMITIVES[name](*invals, **eqn.params)
            outs = list(out) if (eqn.primitive.multiple_results or name in MULTIPLE_RESULTS) else [out]
        for v, o in zip(eqn.outvars, outs, strict=True):
            if not isinstance(v, core.DropVar):
                env[v] = _fit(o, v.aval)
    return [read(v) for v in jaxpr.outvars]


def _run_sub(j: Any, *args: Any) -> list[ivy.Array]:
    jaxpr, consts = _open(j)
    return eval_jaxpr(jaxpr, consts, *args)


def _call(name: str, eqn: Any, invals: list[Any]) -> list[Any]:
    p = eqn.params
    if name == "cond":
        index = int(Array(invals[0]).item())
        branches = p["branches"]
        return _run_sub(branches[min(max(index, 0), len(branches) - 1)], *invals[1:])
    if name == "while":
        cn, bn = p["cond_nconsts"], p["body_nconsts"]
        cconsts, bconsts, carry = invals[:cn], invals[cn : cn + bn], invals[cn + bn :]
        while bool(Array(_run_sub(p["cond_jaxpr"], *cconsts, *carry)[0]).item()):
            carry = _run_sub(p["body_jaxpr"], *bconsts, *carry)
        return carry
    if name == "scan":
        nc, ncarry, length = p["num_consts"], p["num_carry"], p["length"]
        consts, carry, xs = invals[:nc], invals[nc : nc + ncarry], invals[nc + ncarry :]
        ys: list[list[Any]] = []
        steps = range(length - 1, -1, -1) if p.get("reverse") else range(length)
        for i in steps:
            outs = _run_sub(p["jaxpr"], *consts, *carry, *[x[i] for x in xs])
            carry, y = outs[:ncarry], outs[ncarry:]
            ys.append(y)
        if p.get("reverse"):
            ys.reverse()
        n_ys = len(eqn.outvars) - ncarry
        stacked = [ivy.stack([y[k] for y in ys]) for k in range(n_ys)] if ys else []
        if not ys:
            stacked = [
                ivy.zeros(tuple(v.aval.shape), dtype=_dtypes.DTYPES[_dtype_name(v.aval)].ivy)
                for v in eqn.outvars[ncarry:]
            ]
        return list(carry) + stacked
    for key in _SUB_JAXPR:
        if key in p:
            return _run_sub(p[key], *invals)
    raise NotImplementedError(f"jax frontend: cannot interpret {name}")


def _leaf_to_spec(jax: Any, leaf: Any) -> Any:
    if isinstance(leaf, Array):
        return jax.ShapeDtypeStruct(leaf.shape, leaf.dtype.name)
    if isinstance(leaf, ivy.Array):
        return jax.ShapeDtypeStruct(tuple(leaf.shape), leaf.dtype.name)
    return leaf


def _leaf_to_ivy(leaf: Any) -> Any:
    if isinstance(leaf, Array):
        return leaf._a
    if isinstance(leaf, (ivy.Array, bool, int, float, complex)):
        return leaf
    return to_ivy(leaf)


def _signature(leaves: list[Any]) -> tuple[Any, ...]:
    out = []
    for leaf in leaves:
        if isinstance(leaf, (Array, ivy.Array)):
            out.append((tuple(leaf.shape), leaf.dtype.name))
        elif hasattr(leaf, "shape") and hasattr(leaf, "dtype"):
            out.append((tuple(leaf.shape), str(leaf.dtype)))
        else:
            out.append(type(leaf).__name__)
    return tuple(out)


def capture(program: Any, *example_args: Any) -> Capture:
    """Bind a JAX function (any pytree inputs and outputs) or a flax model (see ``_flax``) to the frontend."""
    from ivy_frontends.jax import _flax

    if _flax.is_model(program):
        return _flax.capture_model(program, capture)
    jax = import_framework("jax")
    tree_util = jax.tree_util
    cache: dict[Any, Any] = {}
    name = getattr(program, "__name__", type(program).__name__)
    captured = Capture(run=lambda *a, **k: None, name=name)

    def trace(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, list[Any]]:
        leaves, treedef = tree_util.tree_flatten((args, kwargs))
        key = (treedef, _signature(leaves))
        if key not in cache:
            specs = [_leaf_to_spec(jax, leaf) for leaf in leaves]
            s_args, s_kwargs = tree_util.tree_unflatten(treedef, specs)
            closed, shapes = jax.make_jaxpr(lambda *a, **k: program(*a, **k), return_shape=True)(*s_args, **s_kwargs)
            missing = missing_primitives(closed.jaxpr)
            if missing:
                raise MissingOperations("jax", missing)
            cache[key] = (closed, tree_util.tree_structure(shapes))
        return cache[key], leaves

    def run(*args: Any, **kwargs: Any) -> Any:
        (closed, out_tree), leaves = trace(args, kwargs)
        if args:
            _record_parameters(tree_util, captured, args[0])
        flat_in = [_leaf_to_ivy(leaf) for leaf in leaves]
        outs = eval_jaxpr(closed.jaxpr, list(closed.consts), *flat_in)
        return tree_util.tree_unflatten(out_tree, [Array(o) for o in outs])

    captured.run = run
    if example_args:
        trace(example_args, {})
        _record_parameters(tree_util, captured, example_args[0])
    return captured


def _record_parameters(tree_util: Any, captured: Capture, first: Any) -> None:
    """The leaves of a pytree first argument (a params tree), by path name."""
    if not isinstance(first, (dict, list, tuple)) and not hasattr(first, "__dataclass_fields__"):
        return
    for path, leaf in tree_util.tree_flatten_with_path(first)[0]:
        if isinstance(leaf, (Array, ivy.Array)) or (hasattr(leaf, "shape") and hasattr(leaf, "dtype")):
            captured.parameters[tree_util.keystr(path)] = _leaf_to_ivy(leaf)


def to_host(x: Any) -> Any:
    """A frontend result as NumPy values (pytrees mapped)."""
    if isinstance(x, Array):
        return x.numpy()
    if isinstance(x, ivy.Array):
        return _to_host(x)
    if isinstance(x, (list, tuple)):
        return type(x)(to_host(e) for e in x)
    if isinstance(x, dict):
        return {k: to_host(v) for k, v in x.items()}
    return x
