"""A function's source rewritten so its ``if``/``while``/``for range`` go through :mod:`._runtime`.

Each converted statement becomes functions of the variables it assigns (found by
:mod:`._analysis`) and one runtime call, which runs them as Python when the condition is a
Python value and stages ``ivy.cond``/``ivy.while_loop`` when it is an array computed from the
inputs. Statements whose jumps cannot be expressed so (a ``return`` on one path only, a ``break``
nested deeper than one ``if``) are left as they are. Line numbers and the file name stay the
original's, so errors still name the program's own lines.
"""

from __future__ import annotations

import ast
import inspect
import textwrap
from collections import Counter
from typing import Any

from ivy_transpiler._autograph import _analysis

RUNTIME = "__ivy_ag"  # the runtime module's name inside converted functions
_IMPORT = f"import ivy_transpiler._autograph._runtime as {RUNTIME}"


def _rt(name: str) -> ast.expr:
    return ast.Attribute(value=ast.Name(id=RUNTIME, ctx=ast.Load()), attr=name, ctx=ast.Load())


def _call(name: str, *args: ast.expr) -> ast.Call:
    return ast.Call(func=_rt(name), args=list(args), keywords=[])


def _thunk(expression: ast.expr) -> ast.Lambda:
    empty = ast.arguments(posonlyargs=[], args=[], kwonlyargs=[], kw_defaults=[], defaults=[])
    return ast.Lambda(args=empty, body=expression)


def _names_tuple(names: list[str], ctx: ast.expr_context) -> ast.Tuple:
    return ast.Tuple(elts=[ast.Name(id=n, ctx=ctx) for n in names], ctx=ctx)


def _constant(value: Any) -> ast.expr:
    if isinstance(value, tuple):
        return ast.Tuple(elts=[_constant(v) for v in value], ctx=ast.Load())
    return ast.Constant(value=value)


def _function(name: str, params: list[str], body: list[ast.stmt], returns: list[str] | None) -> ast.FunctionDef:
    body = list(body) or [ast.Pass()]
    if returns is not None:
        body.append(ast.Return(value=_names_tuple(returns, ast.Load())))
    arguments = ast.arguments(
        posonlyargs=[], args=[ast.arg(arg=p) for p in params], kwonlyargs=[], kw_defaults=[], defaults=[]
    )
    return ast.FunctionDef(name=name, args=arguments, body=body, decorator_list=[], returns=None, type_params=[])


def _always_ends(body: list[ast.stmt], kinds: tuple[type, ...]) -> bool:
    """Every path through ``body`` ends in one of ``kinds`` (``return``, ``raise``)."""
    if not body:
        return False
    last = body[-1]
    if isinstance(last, kinds):
        return True
    if isinstance(last, ast.If):
        return _always_ends(last.body, kinds) and _always_ends(last.orelse, kinds)
    return False


def fold_returns(body: list[ast.stmt]) -> list[ast.stmt]:
    """``if c: ...return a`` followed by more statements: the rest moved into the ``else``, so both
    branches return (what ``if_return`` converts)."""
    out: list[ast.stmt] = []
    for i, statement in enumerate(body):
        if isinstance(statement, ast.If) and _analysis.jumps([statement]):
            rest = body[i + 1 :]
            if rest and _always_ends(statement.body, (ast.Return,)) and not statement.orelse:
                statement.orelse = rest
                out.append(statement)
                return out
        out.append(statement)
    return out


def _lower_jumps(body: list[ast.stmt], flag: str) -> list[ast.stmt] | None:
    """A loop body's ``break``/``continue`` (at its top or in a top-level ``if``'s branch end) as a flag
    and ``else`` branches; ``None`` when they sit deeper."""
    out: list[ast.stmt] = []
    for i, statement in enumerate(body):
        if isinstance(statement, ast.Break):
            return [*out, ast.Assign(targets=[ast.Name(id=flag, ctx=ast.Store())], value=ast.Constant(True))]
        if isinstance(statement, ast.Continue):
            return out
        if not _analysis.jumps([statement]):
            out.append(statement)
            continue
        if not isinstance(statement, ast.If):
            return None
        rest = _lower_jumps(body[i + 1 :], flag)
        if rest is None:
            return None
        branches = []
        for branch in (statement.body, statement.orelse):
            ends = bool(branch) and isinstance(branch[-1], (ast.Break, ast.Continue))
            lowered = _lower_jumps(branch, flag)
            if lowered is None or (_analysis.jumps(branch) and not ends) or _analysis.jumps(branch[:-1]):
                return None
            branches.append(lowered if ends else lowered + rest)
        statement.body, statement.orelse = branches[0] or [ast.Pass()], branches[1]
        return [*out, statement]
    return out


class Converter(ast.NodeTransformer):
    """Rewrites one function definition (its nested functions included)."""

    def __init__(self, function: ast.FunctionDef, filename: str) -> None:
        self.filename = filename
        self.loads = Counter(
            n.id for n in ast.walk(function) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load)
        )
        self.count = 0

    # -- helpers ---------------------------------------------------------------------------------
    def _fresh(self, kind: str) -> str:
        self.count += 1
        return f"__ivy_ag_{kind}{self.count}"

    def _where(self, node: ast.AST) -> ast.Constant:
        return ast.Constant(f"{self.filename}:{node.lineno}")

    def _live(self, node: ast.AST, names: list[str]) -> set[str]:
        """Of ``names``, those read outside ``node`` somewhere in the function."""
        inner = Counter(n.id for n in ast.walk(node) if isinstance(n, ast.Name) and isinstance(n.ctx, ast.Load))
        return {n for n in names if self.loads[n] > inner[n] or n.startswith("__ivy_ag_")}  # a loop's flag

    def _test(self, node: ast.expr) -> ast.expr:
        """A condition with ``and``/``or``/``not`` made lazy and array-aware."""
        if isinstance(node, ast.BoolOp):
            kind = "and_" if isinstance(node.op, ast.And) else "or_"
            return _call(kind, *(_thunk(self._test(v)) for v in node.values))
        if isinstance(node, ast.UnaryOp) and isinstance(node.op, ast.Not):
            return _call("not_", self._test(node.operand))
        return node

    @staticmethod
    def _values(names: list[str]) -> ast.Call:
        return _call("values", *(_thunk(ast.Name(id=n, ctx=ast.Load())) for n in names))

    def _assign(self, names: list[str], value: ast.expr, node: ast.AST) -> ast.stmt:
        if not names:
            return ast.copy_location(ast.Expr(value=value), node)
        return ast.copy_location(ast.Assign(targets=[_names_tuple(names, ast.Store())], value=value), node)

    # -- statements ------------------------------------------------------------------------------
    def visit_FunctionDef(self, node: ast.FunctionDef) -> ast.FunctionDef:
        node.body = fold_returns(node.body)
        self.generic_visit(node)
        return node

    def visit_If(self, node: ast.If) -> Any:
        node.body, node.orelse = fold_returns(node.body), fold_returns(node.orelse)
        jumps = _analysis.jumps([node])
        returns = _always_ends(node.body, (ast.Return,)) and _always_ends(node.orelse, (ast.Return,))
        raises = [name for name, branch in (("body", node.body), ("orelse", node.orelse))
                  if branch and isinstance(branch[-1], ast.Raise) and not _analysis.jumps(branch)]  # fmt: skip
        if jumps and not (returns and all(isinstance(j, ast.Return) for j in jumps)):
            self.generic_visit(node)
            return node
        names = _analysis.assigned(node.body + node.orelse)
        live = self._live(node, names)
        self.generic_visit(node)
        test = self._test(node.test)
        true_name, false_name = self._fresh("if_true"), self._fresh("if_false")
        if returns:
            functions = [_function(true_name, names, node.body, None), _function(false_name, names, node.orelse, None)]
            call = _call("if_return", test, ast.Name(id=true_name, ctx=ast.Load()),
                         ast.Name(id=false_name, ctx=ast.Load()), self._values(names), self._where(node))  # fmt: skip
            result: ast.stmt = ast.copy_location(ast.Return(value=call), node)
        else:
            functions = [
                _function(true_name, names, node.body, names),
                _function(false_name, names, node.orelse, names),
            ]
            branches = (ast.Name(id=true_name, ctx=ast.Load()), ast.Name(id=false_name, ctx=ast.Load()))
            if raises and len(raises) == 1:
                call = _call("if_raise", test, *branches, ast.Constant(raises[0]), self._values(names))
            else:
                mask = tuple(n in live for n in names)
                call = _call("if_stmt", test, *branches, self._values(names), _constant(tuple(names)),
                             _constant(mask), self._where(node))  # fmt: skip
            result = self._assign(names, call, node)
        return [*(ast.copy_location(f, node) for f in functions), result]

    def _loop(self, node: ast.While | ast.For, body: list[ast.stmt], extra: list[str]) -> tuple | None:
        """The loop's variables and what it carries; ``None`` when its jumps are not convertible."""
        if node.orelse or _analysis.jumps(body):
            return None
        names = [n for n in _analysis.assigned(body) if n not in extra]
        reads = _analysis.read_first(body) | (_analysis.loaded([node.test]) if isinstance(node, ast.While) else set())
        live = self._live(node, names)
        carried = tuple(n in reads or n in live for n in names)
        return names, carried

    def visit_While(self, node: ast.While) -> Any:
        flag = self._fresh("break")
        body = _lower_jumps(node.body, flag) if _analysis.jumps(node.body, loop_level=True) else node.body
        if body is None or node.orelse:
            self.generic_visit(node)
            return node
        uses_flag = any(isinstance(n, ast.Name) and n.id == flag for s in body for n in ast.walk(s))
        test = node.test
        if uses_flag:
            test = ast.BoolOp(
                op=ast.And(), values=[ast.UnaryOp(op=ast.Not(), operand=ast.Name(id=flag, ctx=ast.Load())), test]
            )
        probe = ast.While(test=test, body=body, orelse=[])
        found = self._loop(probe, body, [])
        if found is None:
            self.generic_visit(node)
            return node
        names, carried = found
        node.body = body
        self.generic_visit(node)
        test_name, body_name = self._fresh("while_test"), self._fresh("while_body")
        functions = [
            _function(test_name, names, [ast.Return(value=self._test(test))], None),
            _function(body_name, names, node.body, names),
        ]
        call = _call("while_stmt", ast.Name(id=test_name, ctx=ast.Load()), ast.Name(id=body_name, ctx=ast.Load()),
                     self._values(names), _constant(tuple(names)), _constant(carried), self._where(node))  # fmt: skip
        start = (
            [ast.Assign(targets=[ast.Name(id=flag, ctx=ast.Store())], value=ast.Constant(False))] if uses_flag else []
        )
        return [*(ast.copy_location(s, node) for s in (*start, *functions)), self._assign(names, call, node)]

    def visit_For(self, node: ast.For) -> Any:
        iterator = node.iter
        is_range = (
            isinstance(iterator, ast.Call)
            and isinstance(iterator.func, ast.Name)
            and iterator.func.id == "range"
            and 1 <= len(iterator.args) <= 3
            and not iterator.keywords
            and isinstance(node.target, ast.Name)
        )
        flag = self._fresh("break")
        body = _lower_jumps(node.body, flag) if _analysis.jumps(node.body) else node.body
        if (
            not is_range
            or body is None
            or any(isinstance(n, ast.Name) and n.id == flag for s in body for n in ast.walk(s))
        ):
            self.generic_visit(node)
            return node
        found = self._loop(node, body, [node.target.id])
        if found is None:
            self.generic_visit(node)
            return node
        names, carried = found
        node.body = body
        self.generic_visit(node)
        bounds = ast.Tuple(elts=[_Bounds().visit(a) for a in iterator.args], ctx=ast.Load())
        body_name = self._fresh("for_body")
        function = _function(body_name, [node.target.id, *names], node.body, names)
        call = _call("for_range", bounds, ast.Name(id=body_name, ctx=ast.Load()), self._values(names),
                     _constant(tuple(names)), _constant(carried), self._where(node))  # fmt: skip
        return [ast.copy_location(function, node), self._assign(names, call, node)]

    def visit_Assert(self, node: ast.Assert) -> ast.stmt:
        self.generic_visit(node)
        message = node.msg if node.msg is not None else ast.Constant("")
        return ast.copy_location(ast.Expr(value=_call("assert_", _thunk(node.test), _thunk(message))), node)

    def visit_IfExp(self, node: ast.IfExp) -> ast.expr:
        self.generic_visit(node)
        call = _call("if_exp", self._test(node.test), _thunk(node.body), _thunk(node.orelse), self._where(node))
        return ast.copy_location(call, node)


class _Bounds(ast.NodeTransformer):
    """``int(x)`` and ``x.item()`` in a ``range``'s bounds: the array itself when it depends on the inputs."""

    def visit_Call(self, node: ast.Call) -> ast.expr:
        self.generic_visit(node)
        if isinstance(node.func, ast.Name) and node.func.id == "int" and len(node.args) == 1 and not node.keywords:
            return ast.copy_location(_call("int_", node.args[0]), node)
        if isinstance(node.func, ast.Attribute) and node.func.attr == "item" and not node.args and not node.keywords:
            return ast.copy_location(_call("item_", node.func.value), node)
        return node


class NotConvertibleSource(Exception):
    """The function's source cannot be converted (no source, a closure that does not fit, ...)."""


def convert(function: Any) -> Any:
    """A code object for ``function`` with its control flow converted (same closure variables)."""
    code = function.__code__
    try:
        source = textwrap.dedent(inspect.getsource(function))
    except (OSError, TypeError) as error:
        raise NotConvertibleSource(f"no source for {function.__qualname__}") from error
    tree = ast.parse(source)
    definition = tree.body[0]
    if not isinstance(definition, ast.FunctionDef) or definition.name != code.co_name:
        raise NotConvertibleSource(f"{function.__qualname__} is not a plain def")
    ast.increment_lineno(tree, code.co_firstlineno - 1)
    definition.decorator_list = []
    definition = Converter(definition, code.co_filename).visit(definition)
    first = 1 if definition.body and isinstance(definition.body[0], ast.Expr) and isinstance(
        getattr(definition.body[0], "value", None), ast.Constant) else 0  # fmt: skip
    (importing,) = ast.parse(_IMPORT).body
    definition.body.insert(first, ast.copy_location(importing, definition))
    freevars = list(code.co_freevars)
    factory = _function(
        "__ivy_ag_factory", freevars, [definition, ast.Return(value=ast.Name(id=definition.name, ctx=ast.Load()))], None
    )
    module = ast.Module(body=[ast.copy_location(factory, definition)], type_ignores=[])
    ast.fix_missing_locations(module)
    namespace: dict[str, Any] = {}
    exec(compile(module, code.co_filename, "exec"), namespace)
    new = namespace["__ivy_ag_factory"](*([None] * len(freevars))).__code__
    if new.co_freevars != code.co_freevars:
        raise NotConvertibleSource(f"{function.__qualname__}: its closure does not fit the converted code")
    return new
