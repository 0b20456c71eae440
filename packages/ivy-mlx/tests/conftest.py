"""Test-process set-up: PaddlePaddle is imported before anything imports TensorFlow (the other
order segfaults with today's wheels)."""

import importlib.util

if importlib.util.find_spec("paddle") is not None:
    import paddle  # noqa: F401
