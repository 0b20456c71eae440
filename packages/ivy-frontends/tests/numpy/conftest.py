"""Fixtures of the NumPy frontend's tests (the helpers live in ``npf_helpers``)."""

from __future__ import annotations

import os
import sys

import numpy as real
import pytest

sys.path.insert(0, os.path.dirname(__file__))


@pytest.fixture
def rng() -> real.random.Generator:
    """Real NumPy's generator, for inputs."""
    return real.random.default_rng(1234)
