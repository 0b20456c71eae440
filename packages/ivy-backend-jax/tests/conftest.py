"""Every test here runs on the jax backend; JAX compiles per shape, so no hypothesis deadline."""

import pytest
from hypothesis import HealthCheck, settings

import ivy

# The indexing-path fixture is the same for every example of a test, as intended.
settings.register_profile(
    "ivy-backend-jax",
    deadline=None,
    max_examples=40,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
settings.load_profile("ivy-backend-jax")


@pytest.fixture(autouse=True)
def _jax_backend():
    with ivy.using_backend("jax"):
        yield
