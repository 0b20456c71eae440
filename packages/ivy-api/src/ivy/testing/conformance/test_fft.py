"""The ``fft`` extension against the reference: transforms along any axis or
set of axes, with and without ``n``/``s`` (cropping and zero padding), every
``norm``; frequencies and shifts. Inputs are finite; half-spectra given to
the real-output transforms have real DC (and Nyquist) terms, the only inputs
for which their result is defined independently of the algorithm.
"""

from __future__ import annotations

from typing import Any

from hypothesis import strategies as st

from ivy.testing.conformance._cases import (
    OMIT,
    Call,
    Case,
    Draw,
    axes_tuples,
    conformance_test,
    derive,
    register,
    spec,
)
from ivy.testing.conformance._strategies import ArrayData, Context, DTypeRef, arrays, finite, shapes

#: Transforms whose input is a half spectrum (its length ``m`` gives an output of ``2 * (m - 1)``).
HALF_SPECTRUM = {"irfft", "irfftn", "hfft"}


def _case(qualname: str, draw_values: Any, **options: Any) -> Case:
    s = spec(qualname)

    def draw_call(draw: Draw, ctx: Context) -> Call:
        return derive(s, draw, draw_values(s, draw, ctx))

    options.setdefault("tolerance", "fft")
    return Case(s, draw_call, **options)


def _signal(draw: Draw, ctx: Context, kind: str, min_side: int) -> ArrayData:
    dtype = draw(ctx.dtype(kind))
    shape = draw(shapes(min_dims=1, min_side=min_side, max_side=5, max_size=40))
    return draw(arrays(dtype, shape, finite(10.0)))


def _real_edges(x: ArrayData, axes: list[int]) -> ArrayData:
    """The half spectrum with a real first (and, for even lengths, last) term along the last axis."""
    if not x.values or not axes:
        return x

    values = x.numpy().copy()
    axis = axes[-1]
    index = [slice(None)] * x.ndim
    index[axis] = 0
    values[tuple(index)] = values[tuple(index)].real
    return ArrayData(x.dtype, x.shape, tuple(complex(v) for v in values.ravel().tolist()))


def _one_dimensional(s: Any, draw: Draw, ctx: Context) -> dict:
    half = s.name in HALF_SPECTRUM
    x = _signal(draw, ctx, s.dtypes, 2 if half else 1)
    axis = draw(st.integers(-x.ndim, x.ndim - 1))
    n = draw(st.sampled_from([OMIT, None, *range(1 if not half else 2, 8)]))
    if half:
        x = _real_edges(x, [axis])
    return {"x": x, "axis": draw(st.sampled_from([OMIT, -1])) if axis == -1 else axis, "n": n}


def _many_dimensional(s: Any, draw: Draw, ctx: Context) -> dict:
    half = s.name in HALF_SPECTRUM
    x = _signal(draw, ctx, s.dtypes, 2 if half else 1)
    form = draw(st.sampled_from(["axes", "s", "both", "neither"]))
    axes = list(draw(axes_tuples(x.ndim, min_size=1))) if form in ("axes", "both") else None
    chosen_axes = axes if axes is not None else list(range(x.ndim))
    sizes = None
    if form in ("s", "both"):
        count = len(axes) if axes is not None else draw(st.integers(1, x.ndim))
        sizes = draw(st.lists(st.integers(2 if half else 1, 6), min_size=count, max_size=count))
        if axes is None:
            chosen_axes = list(range(x.ndim - count, x.ndim))
    if half:
        x = _real_edges(x, chosen_axes)
    return {"x": x, "axes": axes if axes is not None else OMIT, "s": sizes if sizes is not None else OMIT}


def _frequencies(s: Any, draw: Draw, ctx: Context) -> dict:
    dtype = draw(st.sampled_from([OMIT, None, *ctx.dtypes("real floating")]))
    return {
        "n": draw(st.integers(1, 10)),
        "d": draw(st.sampled_from([OMIT, 1.0, 0.5, 2.0, 0.1])),
        "dtype": DTypeRef(dtype) if isinstance(dtype, str) else dtype,
    }


def _shift(s: Any, draw: Draw, ctx: Context) -> dict:
    x = draw(arrays(draw(ctx.dtype("floating")), shapes(min_dims=1)))
    axes: Any = draw(st.sampled_from([OMIT, None, "int", "tuple"]))
    if axes == "int":
        axes = draw(st.integers(-x.ndim, x.ndim - 1))
    elif axes == "tuple":
        axes = list(draw(axes_tuples(x.ndim)))
    return {"x": x, "axes": axes}


ONE_DIMENSIONAL = ("fft", "ifft", "rfft", "irfft", "hfft", "ihfft")
MANY_DIMENSIONAL = ("fftn", "ifftn", "rfftn", "irfftn")

CASES = [
    *(register(_case(f"fft.{name}", _one_dimensional)) for name in ONE_DIMENSIONAL),
    *(register(_case(f"fft.{name}", _many_dimensional)) for name in MANY_DIMENSIONAL),
    register(_case("fft.fftfreq", _frequencies, tolerance="elementwise")),
    register(_case("fft.rfftfreq", _frequencies, tolerance="elementwise")),
    register(_case("fft.fftshift", _shift, tolerance="exact")),
    register(_case("fft.ifftshift", _shift, tolerance="exact")),
]

test_fft = conformance_test(CASES)
