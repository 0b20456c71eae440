"""The hookspecs cover the whole standard, and the namespace is derived from them."""

import inspect

import array_api_strict
import pytest

import ivy
from ivy._codegen import parameter_role
from ivy.spec import API_VERSION, SPECS, public_specs
from ivy.spec._marker import resolve

array_api_strict.set_array_api_strict_flags(api_version=API_VERSION)

STRICT_DTYPES = {"bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
                 "float32", "float64", "complex64", "complex128"}  # fmt: skip


STRICT_ONLY = {"set_array_api_strict_flags", "get_array_api_strict_flags", "reset_array_api_strict_flags",
               "ArrayAPIStrictFlags", "Array", "Device", "linalg", "fft", "__array_api_version__"}  # fmt: skip


def _strict_names(module: object) -> set[str]:
    return set(module.__all__) - STRICT_ONLY


def test_api_version_is_the_latest():
    assert ivy.__array_api_version__ == "2025.12" == array_api_strict.__array_api_version__


@pytest.mark.parametrize("namespace", ["", "linalg", "fft"])
def test_every_standard_name_is_present(namespace):
    strict = array_api_strict if not namespace else getattr(array_api_strict, namespace)
    ours = ivy if not namespace else getattr(ivy, namespace)
    expected = _strict_names(strict)
    missing = sorted(name for name in expected if not hasattr(ours, name))
    assert not missing, f"names of the standard missing from ivy{'.' + namespace if namespace else ''}: {missing}"


def test_every_standard_function_has_a_hookspec():
    functions = {n for n in _strict_names(array_api_strict) if inspect.isfunction(getattr(array_api_strict, n))}
    declared = {s.name for s in public_specs("")}
    assert functions - declared == set()


@pytest.mark.parametrize("spec", [s for s in SPECS.values() if s.public and s.standard], ids=lambda s: s.qualname)
def test_signature_matches_the_standard(spec):
    namespace = array_api_strict
    for part in filter(None, spec.namespace.split(".")):
        namespace = getattr(namespace, part)
    reference = inspect.signature(getattr(namespace, spec.name))
    ours = inspect.signature(getattr(ivy if not spec.namespace else getattr(ivy, spec.namespace), spec.name))
    as_pairs = lambda sig: [(p.name, p.kind) for p in sig.parameters.values()]  # noqa: E731
    assert as_pairs(ours) == as_pairs(reference)
    for ours_param, reference_param in zip(ours.parameters.values(), reference.parameters.values()):
        if isinstance(reference_param.default, (type(None), bool, int, float, str)):  # not a private sentinel
            assert ours_param.default == reference_param.default


@pytest.mark.parametrize("spec", [s for s in SPECS.values() if s.core], ids=lambda s: s.qualname)
def test_core_implementations_keep_the_spec_signature(spec):
    implementation = inspect.signature(resolve(spec.core))
    declared = spec.signature
    assert [(p.name, p.kind) for p in implementation.parameters.values()] == [
        (p.name, p.kind) for p in declared.parameters.values()
    ]


def test_dtypes_and_constants():
    for name in STRICT_DTYPES:
        assert isinstance(getattr(ivy, name), ivy.DType)
    assert ivy.pi == array_api_strict.pi and ivy.e == array_api_strict.e and ivy.newaxis is None


def test_public_functions_carry_their_spec():
    for spec in (s for s in SPECS.values() if s.public):
        function = getattr(ivy if not spec.namespace else getattr(ivy, spec.namespace), spec.name)
        assert function.__doc__ == spec.function.__doc__
        assert function.__ivy_spec__ is spec


def test_parameter_roles_are_derived_from_annotations():
    roles = {p.name: parameter_role(p) for p in SPECS["concat"].signature.parameters.values()}
    assert roles == {"arrays": "arrays", "axis": "plain"}
    roles = {p.name: parameter_role(p) for p in SPECS["sum"].signature.parameters.values()}
    assert roles == {"x": "array", "axis": "plain", "dtype": "dtype", "keepdims": "plain"}
