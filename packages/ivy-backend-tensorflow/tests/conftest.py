"""Every test here runs with the tensorflow backend selected (in this thread's context)."""

import os

import pytest

os.environ.setdefault("TF_CPP_MIN_LOG_LEVEL", "2")

import ivy


@pytest.fixture(autouse=True)
def _tensorflow():
    with ivy.using_backend("tensorflow"):
        yield
