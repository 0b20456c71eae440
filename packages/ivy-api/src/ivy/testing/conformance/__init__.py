"""The ivy conformance kit: every public function of ivy checked against the
Array API standard's reference implementation (``array_api_strict``), on the
backends chosen with ``--ivy-backend``.

Run it with::

    pytest --pyargs ivy.testing.conformance --ivy-backend NAME

The tests are derived from the hookspecs in :mod:`ivy.spec`; ``test_coverage``
fails when a public function has no conformance coverage.
"""
