"""The graph tracer: record an Ivy computation as a DAG of functional calls.

``ivy.trace_graph(fn, *args, **kwargs)`` runs ``fn`` once on concrete values
with a recording stand-in for the selected backend, so every call of a
public function (made by ``fn`` itself, not inside a composite) becomes a
node. The resulting :class:`Graph` is pruned from its outputs back, can be
called, inspected, printed as Python source, drawn, saved, and bound to any
backend's native arrays.
"""

from ivy.tracer.graph import Graph, Node
from ivy.tracer.recording import trace_graph

__all__ = ["Graph", "Node", "trace_graph"]
