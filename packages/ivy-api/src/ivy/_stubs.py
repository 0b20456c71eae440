"""Type stubs of the public namespace, generated from the hookspecs.

The ``ivy`` namespace is built at run time (functions generated on first use),
which type checkers and IDEs cannot see. ``python -m ivy._stubs`` writes
``ivy/__init__.pyi`` with every public function's signature as its hookspec
declares it (``ivy/linalg.pyi``, ``ivy/fft.pyi``... for the extensions) and
``ivy/_operators.pyi`` with ``ivy.Array``'s operators; a test keeps both
current. Array parameters accept native arrays too, so they are typed
``ArrayIn`` (``Array | Any``); results are ``ivy.Array``.
"""

from __future__ import annotations

import builtins
import inspect
import re
import sys
from pathlib import Path
from types import ModuleType
from typing import Any

HEADER = "# Generated from the hookspecs by `python -m ivy._stubs`: do not edit.\n"
PACKAGE = Path(__file__).parent
_IDENTIFIER = re.compile(r"\b[A-Za-z_][A-Za-z_0-9]*\b")
#: names annotations may use that come from typing / collections.abc
_TYPING = {"Any": "typing", "Literal": "typing", "Callable": "collections.abc", "Sequence": "collections.abc"}


class _Imports:
    """The ``from module import name`` lines a stub needs, in a stable order."""

    def __init__(self) -> None:
        self.lines: dict[str, set[str]] = {}

    def add(self, module: str, name: str, alias: str | None = None) -> None:
        self.lines.setdefault(module, set()).add(f"{name} as {alias}" if alias else name)

    def render(self) -> str:
        return "\n".join(f"from {m} import {', '.join(sorted(n))}" for m, n in sorted(self.lines.items()))


def _annotation(text: str, scope: dict[str, Any], imports: _Imports, parameter: bool) -> str:
    """A hookspec annotation (a string) as stub text: aliases inlined, names imported."""

    def name(match: re.Match) -> str:
        word = match.group(0)
        if word == "Array":
            return "ArrayIn" if parameter else "Array"
        if word == "bool":  # ivy.bool is a dtype: the stub names the builtin explicitly
            return "builtins.bool"
        if word in ("None", "float", "int", "complex", "str", "tuple", "list", "dict", "object", "type"):
            return word
        if word in _TYPING:
            imports.add(_TYPING[word], word)
            return word
        value = scope.get(word)
        if isinstance(value, str):  # a string alias such as Reduction = "Literal['mean', ...]"
            return _annotation(value, scope, imports, parameter)
        if isinstance(value, type):
            imports.add(value.__module__, word)
            return word
        if value is not None:  # a typing alias object such as Shape = int | tuple[int, ...]
            return _annotation(str(value).replace("typing.", ""), scope, imports, parameter)
        return word

    # Literal contents are strings: leave them alone
    pieces = re.split(r"('[^']*')", text)
    return "".join(p if p.startswith("'") else _IDENTIFIER.sub(name, p) for p in pieces)


def _signature(spec: Any, imports: _Imports, indent: str = "") -> str:
    function = spec.function
    scope = sys.modules[function.__module__].__dict__
    signature = inspect.signature(function)
    parts: list[str] = []
    saw_keyword_only = False
    parameters = list(signature.parameters.values())
    for index, p in enumerate(parameters):
        text = p.name
        if p.kind is p.VAR_POSITIONAL:
            text = f"*{p.name}"
            saw_keyword_only = True
        elif p.kind is p.KEYWORD_ONLY and not saw_keyword_only:
            parts.append("*")
            saw_keyword_only = True
        if p.annotation is not p.empty:
            text += f": {_annotation(str(p.annotation), scope, imports, parameter=True)}"
        if p.default is not p.empty:
            text += " = ..."
        parts.append(text)
        following = parameters[index + 1] if index + 1 < len(parameters) else None
        if p.kind is p.POSITIONAL_ONLY and (following is None or following.kind is not p.POSITIONAL_ONLY):
            parts.append("/")
    returns = signature.return_annotation
    result = "None" if returns is signature.empty else _annotation(str(returns), scope, imports, parameter=False)
    summary = (spec.doc.splitlines() or [""])[0].replace('"""', "'''").replace("\\", "\\\\")
    return f'{indent}def {spec.name}({", ".join(parts)}) -> {result}:\n{indent}    """{summary}"""\n{indent}    ...'


def _explicit(name: str, value: Any, imports: _Imports) -> str | None:
    """How a name the package defines outright appears in the stub (``None``: an import covers it)."""
    from ivy._dtypes import DType

    if isinstance(value, DType):
        imports.add("ivy._dtypes", "DType")
        return f"{name}: DType"
    if value is None:
        return f"{name}: None"
    if isinstance(value, (float, int, str)) and not isinstance(value, bool):
        return f"{name}: {type(value).__name__}"
    if isinstance(value, ModuleType):
        parent, _, leaf = value.__name__.rpartition(".")
        return f"from {parent} import {leaf} as {name}"
    module = getattr(value, "__module__", None)
    if module == "ivy":  # defined in ivy/__init__.py itself
        signature = str(inspect.signature(value)).replace("'", "")
        return f"def {name}{signature}: ..."
    if module:
        imports.add(module, getattr(value, "__name__", name), name)
        return None
    return f"{name}: Any"


def _functions(namespace: str, imports: _Imports) -> list[str]:
    """The stubs of one namespace's generated functions (``ivy.linalg`` also offers the main ones it aliases)."""
    from ivy.spec import LINALG_ALIASES, public_specs

    specs = list(public_specs(namespace))
    if namespace == "linalg":
        main = {spec.name: spec for spec in public_specs("")}
        specs += [main[n] for n in LINALG_ALIASES]
    return [_signature(spec, imports) for spec in specs]


def _module(header: str, imports: _Imports, *blocks: str) -> str:
    parts = [HEADER + header, "import builtins\n" + imports.render(), *blocks]
    return "\n\n\n".join(b.strip("\n") for b in parts) + "\n"


def namespace_stub() -> str:
    """The text of ``ivy/__init__.pyi``."""
    import ivy
    from ivy import _namespace
    from ivy.spec import public_specs

    imports = _Imports()
    imports.add("typing", "Any")
    imports.add("typing", "TypeAlias")
    imports.add("ivy._array", "Array", "Array")
    functions = _functions("", imports)
    generated = {spec.name for spec in public_specs("")}
    explicit = [f"from ivy import {extension} as {extension}" for extension in _namespace.EXTENSIONS]
    for name in ivy.__all__:
        if name not in generated and name not in _namespace.EXTENSIONS:
            line = _explicit(name, getattr(ivy, name), imports)
            if line:
                explicit.append(line)
    return _module(
        '"""ivy: the public namespace."""',
        imports,
        "#: an ivy.Array or a native array of the selected backend\nArrayIn: TypeAlias = Array | Any",
        "__version__: str\n__array_api_version__: str\n" + "\n".join(sorted(explicit, key=_imports_first)),
        *functions,
    )


def _imports_first(line: str) -> tuple[bool, str]:
    return not line.startswith(("import ", "from ")), line


def extension_stub(extension: str) -> str:
    """The text of ``ivy/<extension>.pyi`` (``ivy.linalg``, ``ivy.fft``, ...)."""
    imports = _Imports()
    imports.add("ivy", "ArrayIn")
    imports.add("ivy._array", "Array")
    return _module(f'"""``ivy.{extension}``."""', imports, *_functions(extension, imports))


def operators_stub() -> str:
    """The text of ``ivy/_operators.pyi``: ``ivy.Array``'s operators, typed."""
    from ivy._array import BINARY_OPERATORS, COMPARISONS, UNARY_OPERATORS

    operand = "Array | int | float | complex | bool"
    lines = [
        HEADER,
        "from typing import Any\n\nfrom ivy._array import Array\n\n",
        "class Operators:",
        '    """The standard\'s operators of ``ivy.Array`` (installed at import from the public functions)."""',
        "",
    ]
    for dunder in BINARY_OPERATORS:
        for prefix in ("", "r", "i"):
            lines.append(f"    def __{prefix}{dunder}__(self, other: {operand}, /) -> Array: ...")
    for dunder in COMPARISONS:
        kind = "object" if dunder in ("eq", "ne") else operand
        ignore = "  # type: ignore[override]" if dunder in ("eq", "ne") else ""
        lines.append(f"    def __{dunder}__(self, other: {kind}, /) -> Array: ...{ignore}")
    for dunder in UNARY_OPERATORS:
        lines.append(f"    def __{dunder}__(self) -> Array: ...")
    lines.append("    __hash__: Any")
    return "\n".join(lines) + "\n"


def stubs() -> dict[str, Any]:
    """File name (in the ivy package) -> a function making its text."""
    from ivy._namespace import EXTENSIONS

    made = {"__init__.pyi": namespace_stub, "_operators.pyi": operators_stub}
    made.update({f"{e}.pyi": (lambda e=e: extension_stub(e)) for e in EXTENSIONS})
    return made


def main(argv: list[str] | None = None) -> int:
    """Write the stubs (``--check``: only report whether they are current, exit 1 if not)."""
    check = "--check" in (argv if argv is not None else sys.argv[1:])
    stale = []
    for filename, make in stubs().items():
        path, text = PACKAGE / filename, make()
        if path.exists() and path.read_text() == text:
            continue
        stale.append(filename)
        if not check:
            path.write_text(text)
    if check and stale:
        builtins.print(f"ivy stubs out of date: {', '.join(stale)}; run `python -m ivy._stubs`", file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
