"""Shared fixtures: the numpy backend is the one every CI session has."""

import sys
from pathlib import Path

import pytest

sys.path.insert(0, str(Path(__file__).parent))

import ivy


@pytest.fixture
def strict_backend() -> str:
    """The partial array_api_strict backend, registered in-process."""
    import strict_backend as module

    return ivy.register_backend(module, name="strict")


@pytest.fixture(autouse=True)
def _restore_selection():
    """Leave the global backend selection as each test found it."""
    from ivy import _dispatch

    before = _dispatch.GLOBALS["_default"]
    yield
    _dispatch.GLOBALS["_default"] = before
