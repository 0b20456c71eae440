"""Progress of a transpile: its stages and times on stderr when asked for, nothing otherwise."""

from __future__ import annotations

import io

import pytest
import torch

import ivy_transpiler
from ivy_transpiler import VerificationError
from ivy_transpiler._progress import Progress


def test_stages_are_reported_when_asked(capsys):
    model = torch.nn.Sequential(torch.nn.Linear(4, 3), torch.nn.ReLU())
    ivy_transpiler.transpile(model, target="numpy", args=(torch.randn(2, 4),), progress=True)
    lines = capsys.readouterr().err.splitlines()
    assert [line.split(": ", 1)[1].rsplit(" ", 1)[0] for line in lines] == [
        "capture", "trace and bind", "verify", "done in",
    ]  # fmt: skip
    assert all(line.startswith("[ivy.transpile] Sequential torch -> numpy") for line in lines)


def test_quiet_by_default_off_a_terminal(capsys):
    ivy_transpiler.transpile(lambda x: torch.sin(x), source="torch", target="numpy", args=(torch.randn(3),))
    assert capsys.readouterr().err == ""


def test_a_failing_stage_is_reported_and_raises(capsys):
    model = torch.nn.Sequential(torch.nn.Linear(4, 4), torch.nn.Dropout(0.5)).train()
    with pytest.raises(VerificationError):
        ivy_transpiler.transpile(model, target="numpy", args=(torch.randn(8, 4),), progress=True)
    assert capsys.readouterr().err.splitlines()[-1].endswith("verify failed")


class _Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def test_a_terminal_gets_one_line_redrawn_in_place():
    stream = _Terminal()
    report = Progress("net torch -> jax", stream=stream)
    with report.stage("capture"):
        pass
    report.finish()
    text = stream.getvalue()
    assert text.count("\n") == 1 and text.count("\r") == 3 and "capture" in text and "done in" in text
