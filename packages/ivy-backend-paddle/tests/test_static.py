"""Hooks take a static program's values: ivy code run under ``paddle.jit.to_static`` (as a transpiled
model's is when exported), saved with ``paddle.jit.save`` and loaded back, matches the numpy backend."""

from __future__ import annotations

import math

import numpy as np
import paddle

import ivy


def _program(x, q, mask):
    """Elementwise ops with non-finite constants, a NaN-propagating softmax, reshapes, masked attention."""
    y = ivy.nn.relu(x) + ivy.clip(x, -1.0, math.inf) + ivy.hypot(x, x) - ivy.where(ivy.isnan(x), math.nan, x)
    s = ivy.nn.softmax(ivy.reshape(x, (2, 6)), axis=-1)
    q = ivy.reshape(q, (1, 2, 3, 2))
    return ivy.reshape(y, (-1,)), s, ivy.nn.scaled_dot_product_attention(q, q, q, mask=mask)


def test_static_program_saves_loads_and_matches_numpy(tmp_path):
    rng = np.random.default_rng(0)
    x = rng.standard_normal((3, 4)).astype(np.float32)
    x[0, 0], x[1, 1], x[2, 2] = np.nan, np.inf, -np.inf
    q = rng.standard_normal((3, 4)).astype(np.float32)
    mask = rng.random((3, 3)) > 0.3
    np.fill_diagonal(mask, True)
    with ivy.using_backend("numpy"):
        expected = [np.asarray(r.data) for r in _program(*map(ivy.asarray, (x, q, mask)))]

    def program(x, q, mask):  # paddle maps the input specs onto named parameters
        return tuple(r.data for r in _program(ivy.asarray(x), ivy.asarray(q), ivy.asarray(mask)))

    spec = [paddle.static.InputSpec(list(a.shape), str(a.dtype)) for a in (x, q, mask)]
    paddle.jit.save(paddle.jit.to_static(program, input_spec=spec, full_graph=True), str(tmp_path / "program"))
    loaded = paddle.jit.load(str(tmp_path / "program"))
    results = loaded(*map(paddle.to_tensor, (x, q, mask)))
    assert len(results) == len(expected)
    for result, want in zip(results, expected, strict=True):
        np.testing.assert_allclose(result.numpy(), want, rtol=1e-5, atol=1e-6)
