"""A small training loop: epochs over batches, metrics, a plain-text progress bar, checkpoints, early stopping.

::

    trainer = ivy.stateful.Trainer(model, ivy.optimizers.Adam(lr=1e-3), ivy.nn.cross_entropy, metrics=["accuracy"])
    history = trainer.fit((x_train, y_train), epochs=10, batch_size=64, validation=(x_test, y_test))

Each step differentiates the model's functional view (``model.apply``) with
``ivy.value_and_grad`` and applies the optimizer's pure ``update``, so it
runs the same on every differentiable backend; with ``jit=True`` the whole
step is compiled with ``ivy.jit`` (fast on JAX; random layers such as
dropout would repeat one mask, so they are refused).
"""

from __future__ import annotations

import math
import os
import sys
import time
from collections.abc import Callable, Iterable
from typing import Any, TextIO

import ivy
from ivy.stateful import _tree
from ivy.stateful import init as _init
from ivy.stateful.module import Module, to_array
from ivy.stateful.optimizers import Optimizer


def accuracy(outputs: ivy.Array, targets: ivy.Array) -> ivy.Array:
    """The fraction of rows whose largest output is the target class (targets: indices, or one-hot/probabilities)."""
    predicted = ivy.argmax(outputs, axis=-1)
    if targets.ndim == outputs.ndim:
        targets = ivy.argmax(targets, axis=-1)
    return ivy.mean(ivy.astype(predicted == ivy.astype(targets, predicted.dtype), ivy.float32))


METRICS: dict[str, Callable] = {"accuracy": accuracy}


class EarlyStopping:
    """Stop when ``monitor`` has not improved by more than ``min_delta`` for ``patience`` epochs.

    ``mode`` is ``"min"`` or ``"max"`` (by default ``"max"`` for accuracies,
    else ``"min"``); with ``restore_best`` the best epoch's weights are put
    back at the end.
    """

    def __init__(
        self,
        monitor: str | None = None,
        patience: int = 5,
        min_delta: float = 0.0,
        mode: str | None = None,
        restore_best: bool = True,
    ):
        self.monitor, self.patience, self.min_delta, self.mode = monitor, patience, min_delta, mode
        self.restore_best = restore_best


def _is_stochastic(module: Module) -> bool:
    for sub in module.modules():
        p = getattr(sub, "p", None) if type(sub).__name__ == "Dropout" else getattr(sub, "dropout", None)
        if isinstance(p, (int, float)) and not isinstance(p, bool) and p > 0:
            return True
    return False


def _read(slots: dict[str, list[tuple[dict, str]]]) -> dict[str, Any]:
    return {path: places[0][0][places[0][1]] for path, places in slots.items()}


def _write(slots: dict[str, list[tuple[dict, str]]], values: dict[str, Any]) -> None:
    for path, places in slots.items():
        value = values[path]
        for store, name in places:
            store[name] = value


class Trainer:
    """Trains ``model`` with ``optimizer`` on ``loss(outputs, targets)``.

    ``metrics`` are names (``"accuracy"``) or ``{name: function(outputs,
    targets)}``; they are averaged over each epoch's samples, as is the loss.
    """

    def __init__(
        self,
        model: Module,
        optimizer: Optimizer,
        loss: Callable,
        *,
        metrics: Iterable[str] | dict[str, Callable] | None = None,
        jit: bool = False,
    ):
        self.model, self.optimizer, self.loss = model, optimizer, loss
        if metrics is None:
            metrics = {}
        elif not isinstance(metrics, dict):
            unknown = [m for m in metrics if m not in METRICS]
            if unknown:
                raise ivy.IvyValueError(f"ivy.stateful.Trainer: unknown metrics {unknown} (known: {list(METRICS)})")
            metrics = {name: METRICS[name] for name in metrics}
        self.metrics = dict(metrics)
        if jit and _is_stochastic(model):
            raise ivy.IvyValueError(
                "ivy.stateful.Trainer: jit=True would compile one dropout mask into every step; "
                "use jit=False for models with dropout"
            )
        self.jit = jit
        self.history: dict[str, list[float]] = {}
        self.epoch = 0
        self._step_fn = self._build_step()
        self._eval_fn: Callable | None = None

    # -- one step -----------------------------------------------------------------------------
    def _build_step(self) -> Callable:
        model, optimizer, loss = self.model, self.optimizer, self.loss

        def objective(params: Any, buffers: Any, x: Any, y: Any) -> tuple:
            out, new_buffers = model.apply(params, x, buffers=buffers, training=True, return_buffers=True)
            return loss(out, y), (_tree.flat(new_buffers), out)

        value_and_grad = ivy.value_and_grad(objective, has_aux=True)

        def step(params: Any, buffers: Any, state: Any, x: Any, y: Any) -> tuple:
            (value, (new_buffers, out)), grads = value_and_grad(params, buffers, x, y)
            params, state = optimizer.update(params, grads, state)
            return value, out, params, new_buffers, state

        return ivy.jit(step) if self.jit else step

    def _forward(self, x: Any) -> ivy.Array:
        """The model's outputs in evaluation mode (compiled with ``jit``)."""
        if not self.jit:
            return self.model(x)
        if self._eval_fn is None:
            model = self.model
            self._eval_fn = ivy.jit(lambda params, buffers, x: model.apply(params, x, buffers=buffers, training=False))
        return self._eval_fn(self.model.parameters(), self.model.buffers(), x)

    def train_step(self, x: Any, y: Any) -> tuple[ivy.Array, ivy.Array]:
        """One optimizer update on a batch; returns ``(loss, outputs)``."""
        model, optimizer = self.model, self.optimizer
        # flat {path: array} dicts read from and written back to where the arrays live: no tree
        # nesting, and no checks of arrays that come out of this step with their shapes unchanged
        param_slots, buffer_slots = model._slots("_parameters", "_buffers")
        params, buffers = _read(param_slots), _read(buffer_slots)
        if optimizer.state is None:
            optimizer.state = optimizer.init(params)
        value, out, params, buffers, optimizer.state = self._step_fn(
            params, buffers, optimizer.state, to_array(x), to_array(y)
        )
        _write(param_slots, params)
        _write(buffer_slots, buffers)
        return value, out

    # -- data ------------------------------------------------------------------------------------
    @staticmethod
    def _batches(
        data: Any, batch_size: int, order: ivy.Array | None = None, drop_last: bool = False
    ) -> Iterable[tuple[Any, Any]]:
        if callable(data):
            yield from data()
            return
        if not isinstance(data, tuple):
            yield from data
            return
        x, y = (to_array(part) for part in data)
        if order is not None:
            x, y = ivy.take(x, order, axis=0), ivy.take(y, order, axis=0)
        end = x.shape[0] - (x.shape[0] % batch_size if drop_last else 0)
        for start in range(0, end, batch_size):
            yield x[start : start + batch_size], y[start : start + batch_size]

    @staticmethod
    def _count(data: Any, batch_size: int, drop_last: bool = False) -> int | None:
        if isinstance(data, tuple):
            return len(data[0]) // batch_size if drop_last else math.ceil(len(data[0]) / batch_size)
        return len(data) if hasattr(data, "__len__") else None

    # -- evaluation ------------------------------------------------------------------------------
    def evaluate(self, data: Any, batch_size: int = 256) -> dict[str, float]:
        """Loss and metrics over ``data`` (``(x, y)`` or an iterable of batches), in evaluation mode."""
        model = self.model
        mode = model.training
        model.eval()
        totals: dict[str, float] = {}
        seen = 0
        try:
            for x, y in self._batches(data, batch_size):
                x, y = to_array(x), to_array(y)
                out = self._forward(x)
                count = int(x.shape[0])
                self._accumulate(totals, float(self.loss(out, y)), out, y, count)
                seen += count
        finally:
            model.train(mode)
        return {name: total / max(seen, 1) for name, total in totals.items()}

    def predict(self, x: Any, batch_size: int = 256) -> ivy.Array:
        """The model's outputs on ``x``, in evaluation mode, batch by batch."""
        model = self.model
        mode = model.training
        model.eval()
        try:
            x = to_array(x)
            parts = [self._forward(x[start : start + batch_size]) for start in range(0, x.shape[0], batch_size)]
        finally:
            model.train(mode)
        return ivy.concat(parts, axis=0)

    def _accumulate(self, totals: dict[str, float], loss: float, out: Any, y: Any, count: int) -> None:
        totals["loss"] = totals.get("loss", 0.0) + loss * count
        for name, metric in self.metrics.items():
            totals[name] = totals.get(name, 0.0) + float(metric(out, y)) * count

    # -- checkpoints -----------------------------------------------------------------------------
    def save_checkpoint(self, directory: Any) -> None:
        """Write the model (``model.safetensors``) and optimizer state (``optimizer.safetensors``) to ``directory``."""
        from ivy.stateful import serialization

        os.makedirs(directory, exist_ok=True)
        self.model.save(os.path.join(directory, "model.safetensors"))
        serialization.save(
            self.optimizer.state_dict(),
            os.path.join(directory, "optimizer.safetensors"),
            metadata={"epoch": self.epoch, "optimizer": type(self.optimizer).__name__},
        )

    def load_checkpoint(self, directory: Any) -> None:
        """Restore a checkpoint written by :meth:`save_checkpoint` (by this or any other backend)."""
        from ivy.stateful import serialization

        self.model.load(os.path.join(directory, "model.safetensors"))
        path = os.path.join(directory, "optimizer.safetensors")
        self.optimizer.load(path)
        epoch = serialization.metadata(path).get("epoch", "0")
        if not (epoch.isascii() and epoch.isdigit()):
            raise ivy.FileFormatError(f"ivy.Trainer.load_checkpoint: {path}: the epoch is {epoch!r}, not an integer")
        self.epoch = int(epoch)

    # -- the loop ------------------------------------------------------------------------------------
    def fit(
        self,
        train: Any,
        *,
        epochs: int = 1,
        batch_size: int = 32,
        validation: Any = None,
        shuffle: bool = True,
        drop_last: bool = False,
        seed: int = 0,
        checkpoint: Any = None,
        early_stopping: EarlyStopping | int | None = None,
        verbose: bool = True,
        stream: TextIO | None = None,
    ) -> dict[str, list[float]]:
        """Train for ``epochs`` epochs; returns the history (``{"loss": [...], "val_loss": [...], ...}``).

        ``train`` and ``validation`` are ``(x, y)`` pairs of arrays (any
        backend's, or NumPy's), or iterables of ``(x, y)`` batches (or
        functions returning one, called once per epoch). Pairs are shuffled
        each epoch with ``ivy.random.permutation`` seeded from ``seed`` and the
        epoch, the same order on every backend; ``drop_last`` leaves out the
        last, smaller batch of each epoch (one batch shape: one compilation
        with ``jit``). ``checkpoint`` is a directory
        where the best epoch (by the monitored value) is saved;
        ``early_stopping`` an :class:`EarlyStopping` or a patience.
        """
        stream = sys.stdout if stream is None else stream
        stopper = EarlyStopping(patience=early_stopping) if isinstance(early_stopping, int) else early_stopping
        monitor = (stopper.monitor if stopper else None) or ("val_loss" if validation is not None else "loss")
        mode = (stopper.mode if stopper else None) or ("max" if monitor.endswith("accuracy") else "min")
        best, best_state, waited = None, None, 0
        total_batches = self._count(train, batch_size, drop_last)
        for _ in range(epochs):
            self.epoch += 1
            started = time.perf_counter()
            order = None
            if shuffle and isinstance(train, tuple):
                order = ivy.random.permutation(len(train[0]), seed=_init.derive_seed(seed, f"epoch{self.epoch}"))
            totals: dict[str, float] = {}
            seen = 0
            bar = _Progress(stream, self.epoch, epochs, total_batches, verbose)
            for x, y in self._batches(train, batch_size, order, drop_last):
                value, out = self.train_step(x, y)
                count = int(out.shape[0])
                self._accumulate(totals, float(value), out, to_array(y), count)
                seen += count
                bar.update({name: total / seen for name, total in totals.items()}, time.perf_counter() - started)
            results = {name: total / max(seen, 1) for name, total in totals.items()}
            if validation is not None:
                results.update(
                    {f"val_{k}": v for k, v in self.evaluate(validation, batch_size=max(batch_size, 256)).items()}
                )
            for name, value in results.items():
                self.history.setdefault(name, []).append(value)
            bar.finish(results, time.perf_counter() - started)
            current = results.get(monitor)
            if current is None:
                raise ivy.IvyValueError(f"ivy.stateful.Trainer.fit: cannot monitor {monitor!r}; have {list(results)}")
            delta = stopper.min_delta if stopper else 0.0
            improved = best is None or (current < best - delta if mode == "min" else current > best + delta)
            if improved:
                best, waited = current, 0
                if stopper and stopper.restore_best:
                    best_state = dict(self.model.state_dict())
                if checkpoint is not None:
                    self.save_checkpoint(checkpoint)
            else:
                waited += 1
                if stopper and waited >= stopper.patience:
                    if verbose:
                        print(f"early stopping: {monitor} has not improved for {waited} epochs", file=stream)
                    break
        if best_state is not None:
            self.model.load_state_dict(best_state)
        return self.history


class _Progress:
    """A plain-text progress bar: redrawn in place on a terminal, one line per epoch elsewhere."""

    def __init__(self, stream: TextIO, epoch: int, epochs: int, total: int | None, verbose: bool):
        self.stream, self.epoch, self.epochs, self.total, self.verbose = stream, epoch, epochs, total, verbose
        self.done = 0
        self.live = verbose and hasattr(stream, "isatty") and stream.isatty()

    def _line(self, values: dict[str, float], seconds: float) -> str:
        width = len(str(self.epochs))
        head = f"epoch {self.epoch:>{width}}/{self.epochs}"
        if self.total:
            filled = int(20 * self.done / self.total)
            head += f" [{'=' * filled}{'.' * (20 - filled)}] {self.done}/{self.total}"
        else:
            head += f" {self.done} batches"
        metrics = "  ".join(f"{name} {value:.4f}" for name, value in values.items())
        return f"{head}  {metrics}  {seconds:.1f}s"

    def update(self, values: dict[str, float], seconds: float) -> None:
        self.done += 1
        if self.live:
            self.stream.write("\r" + self._line(values, seconds))
            self.stream.flush()

    def finish(self, values: dict[str, float], seconds: float) -> None:
        if self.verbose:
            self.stream.write(("\r" if self.live else "") + self._line(values, seconds) + "\n")
            self.stream.flush()
