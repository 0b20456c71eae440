"""The ``ivy.frontends`` plugin object of the tensorflow frontend."""

from __future__ import annotations

from typing import Any

from ivy_frontends._plugin import Capture


class TensorFlowFrontend:
    """TensorFlow emulated on ivy: ``namespace`` plays ``tf``; ``capture`` runs real TF programs on it."""

    name = "tensorflow"

    @property
    def namespace(self) -> Any:
        import ivy_frontends.tensorflow as namespace

        return namespace

    def capture(self, program: Any, *example_args: Any) -> Capture:
        """A real TF function or Keras model traced to a graph and bound to the raw-ops frontend."""
        from ivy_frontends.tensorflow._capture import capture

        return capture(program, *example_args)

    def coverage(self) -> dict[str, tuple[set[str], set[str]]]:
        """Real public names per TF namespace and those the frontend emulates (see ``_coverage``)."""
        from ivy_frontends.tensorflow._coverage import coverage

        return coverage()

    def __repr__(self) -> str:
        return "<ivy frontend 'tensorflow'>"


frontend = TensorFlowFrontend()
