"""A fixed sample of the model zoo (``zoo/``, ``nox -s zoo``) in the normal suite: one model of each
registry through the sweep's own row, which compares the transpiled model with the source framework
on inputs it was not transpiled on (and gradients, where the registry compares them)."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[3]
sys.path.insert(0, str(ROOT))  # the zoo is a folder of the repository, not an installed package

from zoo.common import attempt  # noqa: E402

#: (registry, case, target): small members of the registries the dashboard reports (Keras and
#: paddle.vision CNNs take minutes to capture on CI's two cores; the pair panel covers Keras and
#: paddle models, and ``nox -s zoo`` the whole registries)
SAMPLE = [
    ("hf", "bert", "jax"),
    ("hf", "gpt2", "tensorflow"),
    ("jax_modules", "haiku.cnn", "torch"),
    ("jax_modules", "equinox.attention", "torch"),
    ("kornia", "color.rgb_to_hsv", "jax"),
]


@pytest.mark.parametrize(("registry", "case", "target"), SAMPLE, ids=["-".join(s) for s in SAMPLE])
def test_zoo_sample_matches_its_source(registry, case, target):
    pytest.importorskip(
        {"jax_modules": "haiku", "keras": "tensorflow", "paddle_vision": "paddle"}.get(registry, "torch")
    )
    module = importlib.import_module(f"zoo.families.{registry}")
    row = attempt(module, case, target, index=0)  # index 0: the gradient sample, where the registry has one
    assert row["built"] and row["transpiled"], row.get("error")
    assert row["matched"], row.get("error")
    assert row.get("gradients", True), row.get("gradient_error", "the gradients differ")
