"""Hatch build hook: compile ivy-api's optional C extension, ``ivy._accel``.

``ivy._accel`` runs the common case of the all-array public functions in C
(see its source). It is optional: with ``IVY_PURE_PYTHON`` set, or where no C
compiler works, the wheel is pure Python and every function is its generated
Python (a warning says why). The compiler and flags are the ones this Python
was built with (``sysconfig``), ``CC``/``CFLAGS``/``LDSHARED`` overriding them.
A regular wheel gets the extension added; an editable install gets it next to
the sources (``src/ivy``), where the editable install imports ``ivy`` from.
"""

from __future__ import annotations

import os
import shlex
import shutil
import subprocess
import sysconfig
import tempfile
import warnings
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

SOURCE = Path("src") / "ivy" / "_accel.c"


def _command(variable: str, default: str) -> list[str]:
    return shlex.split(os.environ.get(variable) or sysconfig.get_config_var(variable) or default)


def _compile(source: Path, target: Path) -> str | None:
    """Compile ``source`` into the extension module ``target``; None, or why it failed."""
    compiler, linker = _command("CC", "cc"), _command("LDSHARED", "cc -shared")
    if shutil.which(compiler[0]) is None:  # a Python built elsewhere names its builder's compiler
        compiler, linker = ["cc"], ["cc", "-shared"]
    flags = shlex.split(os.environ.get("CFLAGS") or sysconfig.get_config_var("CFLAGS") or "-O2")
    flags += shlex.split(sysconfig.get_config_var("CCSHARED") or "-fPIC")
    objects = target.with_suffix(".o")
    include = sysconfig.get_paths()["include"]
    steps = [
        [*compiler, *flags, f"-I{include}", "-c", str(source), "-o", str(objects)],
        [*linker, str(objects), "-o", str(target)],
    ]
    try:
        for step in steps:
            try:
                done = subprocess.run(step, capture_output=True, text=True, check=False)
            except OSError as error:
                return f"{shlex.join(step)}: {error}"
            if done.returncode:
                output = (done.stderr or done.stdout).strip()[-2000:]
                return f"{shlex.join(step)} exited with {done.returncode}: {output}"
        return None
    finally:
        objects.unlink(missing_ok=True)


class AccelBuildHook(BuildHookInterface):
    """Adds ``ivy/_accel<EXT_SUFFIX>`` to the wheel when it compiles."""

    PLUGIN_NAME = "custom"

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        if self.target_name != "wheel":
            return
        name = "_accel" + sysconfig.get_config_var("EXT_SUFFIX")
        editable = version == "editable"
        in_tree = Path(self.root) / "src" / "ivy" / name
        if os.environ.get("IVY_PURE_PYTHON"):
            if editable:
                in_tree.unlink(missing_ok=True)  # a stale build would still be imported
            return
        target = Path(tempfile.mkdtemp(prefix="ivy-accel-")) / name
        failure = _compile(Path(self.root) / SOURCE, target)
        if failure is not None:
            warnings.warn(f"ivy-api: building without ivy._accel (pure Python): {failure}", stacklevel=1)
            if editable:
                in_tree.unlink(missing_ok=True)
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        if editable:  # replaced, not rewritten: a running process may have the old one mapped
            staged = in_tree.with_name(f".{name}.new")
            shutil.copyfile(target, staged)
            os.replace(staged, in_tree)
        else:
            build_data["force_include"][str(target)] = f"ivy/{name}"
