"""The support matrix is measured from the hookspecs and the installed backends."""

from ivy.spec import SPECS
from ivy.support import backend_support, markdown


def test_every_public_function_is_probed_on_numpy():
    table = backend_support("numpy")
    public = {s.qualname for s in SPECS.values() if s.public and not s.core}
    assert set(table) == public
    standard = {s.qualname for s in SPECS.values() if s.public and not s.core and s.standard}
    assert all(table[name].implemented for name in standard)
    assert table["add"].supported and not table["add"].failed
    assert set(table["logical_and"].supported) == {"bool"}


def test_missing_functions_and_dtypes_are_reported(strict_backend):
    table = backend_support(strict_backend)
    assert not table["sin"].implemented
    assert table["add"].implemented and "float64" in table["add"].supported
    text = markdown(["numpy", strict_backend])
    assert "| `sin` | floating | ✓ | ✗ not implemented |" in text
