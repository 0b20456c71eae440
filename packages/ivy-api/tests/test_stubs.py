"""The type stubs generated from the hookspecs are current and cover the whole public namespace."""

from __future__ import annotations

import ast

import ivy
from ivy import _namespace, _stubs


def test_stubs_are_current():
    for filename, make in _stubs.stubs().items():
        assert (_stubs.PACKAGE / filename).read_text() == make(), f"run `python -m ivy._stubs` ({filename} is stale)"


def _declared(tree: ast.Module) -> set[str]:
    names = set()
    for node in tree.body:
        if isinstance(node, (ast.FunctionDef, ast.ClassDef)):
            names.add(node.name)
        elif isinstance(node, ast.AnnAssign) and isinstance(node.target, ast.Name):
            names.add(node.target.id)
        elif isinstance(node, ast.ImportFrom):
            names.update(alias.asname for alias in node.names if alias.asname)
    return names


def test_every_public_name_is_declared_with_its_signature():
    main = ast.parse((_stubs.PACKAGE / "__init__.pyi").read_text())
    assert set(ivy.__all__) <= _declared(main)
    for extension in _namespace.EXTENSIONS:
        module = getattr(ivy, extension)
        assert set(module.__all__) <= _declared(ast.parse((_stubs.PACKAGE / f"{extension}.pyi").read_text()))
    stubbed = {node.name: node for node in main.body if isinstance(node, ast.FunctionDef)}
    # positional-only and keyword-only markers are kept: add(x1, x2, /), sum(x, /, *, axis=...)
    assert [a.arg for a in stubbed["add"].args.posonlyargs] == ["x1", "x2"]
    assert "axis" in [a.arg for a in stubbed["sum"].args.kwonlyargs]
