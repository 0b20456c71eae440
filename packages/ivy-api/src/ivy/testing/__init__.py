"""Testing tools shipped with ivy-api: the pytest plugin and the conformance kit.

The conformance kit checks a backend against the Python Array API standard
(2025.12, with the ``linalg`` and ``fft`` extensions), function by function:
every public function declared in :mod:`ivy.spec` is called with inputs drawn
by hypothesis (every dtype the backend supports, 0-d and empty arrays, NaN,
infinities, signed zeros, integer bounds) and compared with the standard's
reference implementation, ``array_api_strict``; elementwise functions are
also checked on special values against Python's ``math``.

Run it against an installed backend::

    pytest --pyargs ivy.testing.conformance --ivy-backend NAME

or against a backend that is not installed as a package::

    pytest --pyargs ivy.testing.conformance --ivy-backend my_package.my_backend:plugin

Without ``--ivy-backend`` every installed backend is tested. ``--ivy-examples
N`` (or ``IVY_CONFORMANCE_EXAMPLES=N``) sets the number of hypothesis examples
per test (default 25); the usual hypothesis options (``--hypothesis-seed``,
``--hypothesis-show-statistics``...) apply. The kit needs ``numpy``,
``hypothesis`` and ``array-api-strict>=2.6``.

The ``ivy_backend`` fixture of :mod:`ivy.testing.plugin` is available to any
test suite: a test that asks for it runs once per chosen backend, with that
backend active.
"""
