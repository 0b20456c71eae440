"""Which variables a block of statements assigns and reads: what converted control flow carries."""

from __future__ import annotations

import ast

_SCOPES = (ast.FunctionDef, ast.AsyncFunctionDef, ast.Lambda, ast.ClassDef)
_COMPREHENSIONS = (ast.ListComp, ast.SetComp, ast.DictComp, ast.GeneratorExp)


def _target_names(target: ast.AST, found: list[str]) -> None:
    if isinstance(target, ast.Name):
        found.append(target.id)
    elif isinstance(target, (ast.Tuple, ast.List)):
        for element in target.elts:
            _target_names(element, found)
    elif isinstance(target, ast.Starred):
        _target_names(target.value, found)


def assigned(statements: list[ast.stmt]) -> list[str]:
    """Names the statements bind in their own scope, in order of first binding (nested scopes excluded)."""
    found: list[str] = []

    def visit(node: ast.AST) -> None:
        if isinstance(node, (ast.FunctionDef, ast.AsyncFunctionDef, ast.ClassDef)):
            found.append(node.name)
            for decorator in node.decorator_list:
                visit(decorator)
            return
        if isinstance(node, (ast.Lambda, *_COMPREHENSIONS)):
            return
        if isinstance(node, (ast.Assign,)):
            for target in node.targets:
                _target_names(target, found)
        elif isinstance(node, (ast.AugAssign, ast.AnnAssign, ast.For, ast.AsyncFor)):
            _target_names(node.target, found)
        elif isinstance(node, ast.NamedExpr):
            _target_names(node.target, found)
        elif isinstance(node, ast.withitem) and node.optional_vars is not None:
            _target_names(node.optional_vars, found)
        elif isinstance(node, (ast.Import, ast.ImportFrom)):
            found.extend((a.asname or a.name).split(".")[0] for a in node.names)
        elif isinstance(node, ast.ExceptHandler) and node.name:
            found.append(node.name)
        for child in ast.iter_child_nodes(node):
            visit(child)

    for statement in statements:
        visit(statement)
    return list(dict.fromkeys(found))


def loaded(nodes: list[ast.AST]) -> set[str]:
    """Every name read anywhere in ``nodes``, nested functions included (what they may close over)."""
    return {n.id for node in nodes for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)}


def read_first(statements: list[ast.stmt]) -> set[str]:
    """Names the statements may read before assigning them (on some path through them)."""
    written: set[str] = set()
    found: set[str] = set()

    def block(body: list[ast.stmt], written: set[str]) -> set[str]:
        written = set(written)
        for statement in body:
            written = one(statement, written)
        return written

    def expression(node: ast.AST | None, written: set[str]) -> None:
        if node is not None:
            found.update(loaded([node]) - written)

    def one(statement: ast.stmt, written: set[str]) -> set[str]:
        if isinstance(statement, ast.If):
            expression(statement.test, written)
            return block(statement.body, written) & block(statement.orelse, written)
        if isinstance(statement, (ast.While, ast.For, ast.AsyncFor)):
            expression(statement.test if isinstance(statement, ast.While) else statement.iter, written)
            inner = set(written)
            if not isinstance(statement, ast.While):
                names: list[str] = []
                _target_names(statement.target, names)
                inner |= set(names)
            block(statement.body, inner)
            block(statement.orelse, written)
            return written
        if isinstance(statement, ast.AugAssign) and isinstance(statement.target, ast.Name):
            found.update({statement.target.id} - written)
        found.update(loaded([statement]) - written)
        return written | set(assigned([statement]))

    block(statements, written)
    return found


def jumps(statements: list[ast.AST], *, loop_level: bool = True) -> list[ast.stmt]:
    """``return``/``break``/``continue``/``yield``/``global``/``nonlocal`` that leave the statements
    (a ``break`` inside a nested loop, or anything inside a nested function, stays inside)."""
    found: list[ast.stmt] = []

    def visit(node: ast.AST, in_loop: bool) -> None:
        if isinstance(node, _SCOPES):
            return
        if isinstance(node, (ast.Return, ast.Global, ast.Nonlocal, ast.Yield, ast.YieldFrom, ast.Await)):
            found.append(node)
        elif isinstance(node, (ast.Break, ast.Continue)) and not in_loop:
            found.append(node)
        for child in ast.iter_child_nodes(node):
            nested = in_loop or (isinstance(node, (ast.While, ast.For, ast.AsyncFor)) and child in node.body)
            visit(child, nested)

    for statement in statements:
        visit(statement, not loop_level)
    return found
