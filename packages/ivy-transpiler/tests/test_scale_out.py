"""Scale-out: a transpiled model trains and runs under its target's own data-parallel engine.

Each engine runs in fresh processes started here (the way its launcher would start them): a flax
model transpiled to torch under ``DistributedDataParallel`` (gloo, two ranks), a torch model
transpiled to JAX with its batch sharded over a two-device mesh under ``jax.jit``, and a torch model
transpiled to TensorFlow under ``MirroredStrategy`` over two logical CPUs. The workers write what
they computed; the test compares it with the same transpiled model trained or run on the full
batch in one process (and with the source framework's own output).

Run as a script, this file is the worker: ``python test_scale_out.py <case> <out dir> [rank port]``.
"""

from __future__ import annotations

import datetime
import importlib.util
import json
import os
import socket
import subprocess
import sys
from pathlib import Path

import numpy as np
import pytest

STEPS, LR, BATCH = 3, 0.05, 8


def _data() -> tuple[np.ndarray, np.ndarray]:
    """A batch of the kits' MLP shape (6 inputs, 3 outputs) that splits evenly over two workers."""
    rng = np.random.default_rng(3)
    return rng.standard_normal((BATCH, 6), np.float32), rng.standard_normal((BATCH, 3), np.float32)


# -- workers (fresh processes) ----------------------------------------------------------------------
def _ddp_worker(out: Path, rank: int, port: int) -> None:
    """One gloo rank: DDP over the flax MLP transpiled to torch, trained on this rank's half of the batch."""
    import jax.numpy as jnp
    import torch
    import torch.distributed as dist
    from kits import KITS

    import ivy_transpiler

    x, y = _data()
    module = ivy_transpiler.transpile(
        KITS["flax.nnx"].make("mlp"), source="jax", target="torch", args=(jnp.asarray(x),)
    )
    os.environ.update(MASTER_ADDR="127.0.0.1", MASTER_PORT=str(port))
    dist.init_process_group("gloo", rank=rank, world_size=2, timeout=datetime.timedelta(seconds=120))
    try:
        model = torch.nn.parallel.DistributedDataParallel(module)
        optimizer = torch.optim.SGD(model.parameters(), lr=LR)
        half = slice(rank * BATCH // 2, (rank + 1) * BATCH // 2)
        xs, ys = torch.from_numpy(x[half]), torch.from_numpy(y[half])
        losses = []
        for _ in range(STEPS):
            optimizer.zero_grad()
            loss = ((model(xs) - ys) ** 2).mean()
            loss.backward()  # DDP averages the two ranks' gradients here
            optimizer.step()
            losses.append(float(loss.detach()))
        with torch.no_grad():
            losses.append(float(((model(xs) - ys) ** 2).mean()))
    finally:
        dist.destroy_process_group()
    params = {n: p.detach().numpy() for n, p in module.named_parameters()}
    np.savez(out / f"rank{rank}.npz", losses=np.asarray(losses), **params)


def _jax_mesh_worker(out: Path) -> None:
    """The torch MLP transpiled to JAX, called and differentiated under jit with its batch sharded over 2 devices."""
    import jax
    import jax.numpy as jnp
    import torch
    from jax.sharding import AxisType, NamedSharding
    from jax.sharding import PartitionSpec as P
    from kits import KITS

    import ivy_transpiler

    x, y = _data()
    model = ivy_transpiler.transpile(KITS["torch"].make("mlp"), target="jax", args=(torch.from_numpy(x),))
    # Auto axes: jit's propagation places the weight gradients' batch contraction (an all-reduce); with JAX's
    # default Explicit axes a hand-written JAX model's gradient fails the same way (out_sharding must be given)
    mesh = jax.make_mesh((2,), ("batch",), axis_types=(AxisType.Auto,))
    batch = NamedSharding(mesh, P("batch"))
    xs, ys = jax.device_put(x, batch), jax.device_put(y, batch)

    @jax.jit
    def step(m, xb, yb):
        loss, grads = jax.value_and_grad(lambda m: jnp.mean((m(xb) - yb) ** 2))(m)
        return m(xb), loss, grads.params

    output, loss, grads = step(model, xs, ys)
    explicit = NamedSharding(jax.make_mesh((2,), ("batch",), axis_types=(AxisType.Explicit,)), P("batch"))
    explicit_output = jax.jit(lambda m, xb: m(xb))(model, jax.device_put(x, explicit))
    plain_output, plain_loss, plain_grads = step(model, jnp.asarray(x), jnp.asarray(y))
    facts = {
        "devices": len(jax.devices()),
        "input_batch_sharded": xs.sharding.is_equivalent_to(batch, 2),
        "output_batch_sharded": output.sharding.is_equivalent_to(batch, 2),
        "explicit_output_spec": list(jax.typeof(explicit_output).sharding.spec),
        "output_shards": sorted(
            [s.device.id, list(s.data.shape), s.index[0].start or 0] for s in output.addressable_shards
        ),
    }
    (out / "facts.json").write_text(json.dumps(facts))
    grads = {f"grad:{n}": np.asarray(g) for n, g in grads.items()}
    plain_grads = {f"plain_grad:{n}": np.asarray(g) for n, g in plain_grads.items()}
    arrays = dict(
        output=np.asarray(output),
        explicit_output=np.asarray(explicit_output),
        loss=np.asarray(loss),
        plain_output=np.asarray(plain_output),
    )
    np.savez(out / "jax.npz", plain_loss=np.asarray(plain_loss), **arrays, **grads, **plain_grads)


def _tf_mirrored_worker(out: Path) -> None:
    """The torch MLP transpiled to TensorFlow under ``MirroredStrategy`` over two logical CPUs, trained on halves."""
    if importlib.util.find_spec("paddle") is not None:
        import paddle  # noqa: F401 - before tensorflow: the other order segfaults with today's wheels
    import keras
    import tensorflow as tf
    import torch
    from kits import KITS

    import ivy_transpiler

    cpu = tf.config.list_physical_devices("CPU")[0]
    tf.config.set_logical_device_configuration(cpu, [tf.config.LogicalDeviceConfiguration()] * 2)
    strategy = tf.distribute.MirroredStrategy(["/cpu:0", "/cpu:1"])
    x, y = _data()
    with strategy.scope():
        model = ivy_transpiler.transpile(KITS["torch"].make("mlp"), target="tensorflow", args=(torch.from_numpy(x),))
        optimizer = keras.optimizers.SGD(learning_rate=LR)
    variables = list(model.params.values())
    dataset = tf.data.Dataset.from_tensor_slices((x, y)).batch(BATCH)
    xb, yb = next(iter(strategy.experimental_distribute_dataset(dataset)))

    def replica_step(xr, yr):
        with tf.GradientTape() as tape:
            loss = tf.reduce_sum((model(xr) - yr) ** 2) / (BATCH * y.shape[1])  # this replica's share of the mean
        optimizer.apply_gradients(zip(tape.gradient(loss, variables), variables, strict=True))  # summed over replicas
        return loss

    losses, replica_rows = [], []
    for _ in range(STEPS):
        per_replica = strategy.run(replica_step, args=(xb, yb))
        losses.append(float(strategy.reduce("SUM", per_replica, axis=None)))
    replica_rows = [int(t.shape[0]) for t in strategy.experimental_local_results(xb)]
    losses.append(float(tf.reduce_mean((model(tf.constant(x)) - y) ** 2)))
    facts = {
        "replicas": strategy.num_replicas_in_sync,
        "replica_rows": replica_rows,
        "mirrored": [type(v).__name__ for v in variables],
        "variable_devices": sorted({len(strategy.experimental_local_results(v)) for v in variables}),
    }
    (out / "facts.json").write_text(json.dumps(facts))
    np.savez(out / "tf.npz", losses=np.asarray(losses), **{n: v.numpy() for n, v in model.params.items()})


# -- launching -----------------------------------------------------------------------------------
def _start(case: str, out: Path, *extra: str, env: dict[str, str] | None = None) -> subprocess.Popen:
    environment = {**os.environ, **(env or {})}
    environment["PYTHONPATH"] = os.pathsep.join([str(Path(__file__).parent), environment.get("PYTHONPATH", "")])
    return subprocess.Popen(
        [sys.executable, __file__, case, str(out), *extra],
        env=environment,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        text=True,
    )


def _finish(process: subprocess.Popen, timeout: float = 240) -> None:
    try:
        log, _ = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        process.kill()
        log, _ = process.communicate()
        pytest.fail(f"worker {process.args[2:]} timed out:\n{log[-4000:]}")
    assert process.returncode == 0, f"worker {process.args[2:]} failed:\n{log[-4000:]}"


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def _reference(kit_name: str, target: str) -> tuple[object, list[float]]:
    """The same transpiled model trained on the full batch in this one process (the kits' SGD loop)."""
    from kits import KITS, native, train

    import ivy_transpiler

    kit = KITS[kit_name]
    x, y = _data()
    model = ivy_transpiler.transpile(kit.make("mlp"), target=target, args=(native(kit.framework, x),))
    return model, train(target, model, x, y, steps=STEPS, lr=LR)


# -- tests ---------------------------------------------------------------------------------------
def test_flax_to_torch_trains_under_ddp(tmp_path):
    pytest.importorskip("flax")
    port = str(_free_port())
    ranks = [_start("ddp", tmp_path, str(rank), port) for rank in range(2)]
    module, losses = _reference("flax.nnx", "torch")  # while the ranks run
    for process in ranks:
        _finish(process)
    results = [np.load(tmp_path / f"rank{rank}.npz") for rank in range(2)]
    assert not np.allclose(results[0]["losses"], results[1]["losses"])  # each rank saw its own half
    np.testing.assert_allclose((results[0]["losses"] + results[1]["losses"]) / 2, losses, rtol=1e-5, atol=1e-6)
    for name, param in module.named_parameters():
        for result in results:
            np.testing.assert_allclose(result[name], param.detach().numpy(), rtol=1e-5, atol=1e-6, err_msg=name)


def test_torch_to_jax_batch_stays_sharded_on_a_mesh(tmp_path):
    pytest.importorskip("jax")
    import torch
    from kits import KITS

    _finish(_start("jax_mesh", tmp_path, env={"XLA_FLAGS": "--xla_force_host_platform_device_count=2"}))
    facts = json.loads((tmp_path / "facts.json").read_text())
    assert facts["devices"] == 2 and facts["input_batch_sharded"] and facts["output_batch_sharded"], facts
    assert facts["explicit_output_spec"] == ["batch", None], facts  # sharding-in-types mode too
    assert facts["output_shards"] == [[0, [BATCH // 2, 3], 0], [1, [BATCH // 2, 3], BATCH // 2]], facts
    result = np.load(tmp_path / "jax.npz")
    x, _ = _data()
    with torch.no_grad():
        expected = KITS["torch"].make("mlp")(torch.from_numpy(x)).numpy()
    np.testing.assert_allclose(result["output"], expected, rtol=1e-5, atol=1e-6)  # the torch source's own output
    np.testing.assert_allclose(result["output"], result["plain_output"], rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(result["explicit_output"], result["plain_output"], rtol=1e-6, atol=1e-6)
    np.testing.assert_allclose(result["loss"], result["plain_loss"], rtol=1e-6)
    names = [k.removeprefix("grad:") for k in result.files if k.startswith("grad:")]
    assert sorted(names) == sorted(n for n, _ in KITS["torch"].make("mlp").named_parameters())
    for name in names:
        np.testing.assert_allclose(result[f"grad:{name}"], result[f"plain_grad:{name}"], rtol=1e-5, atol=1e-6)


def test_torch_to_tensorflow_trains_under_mirrored_strategy(tmp_path):
    pytest.importorskip("tensorflow")
    worker = _start("tf_mirrored", tmp_path)
    model, losses = _reference("torch", "tensorflow")  # while the worker runs
    _finish(worker)
    facts = json.loads((tmp_path / "facts.json").read_text())
    assert facts["replicas"] == 2 and facts["replica_rows"] == [BATCH // 2, BATCH // 2], facts
    assert facts["variable_devices"] == [2] and set(facts["mirrored"]) == {"MirroredVariable"}, facts
    result = np.load(tmp_path / "tf.npz")
    np.testing.assert_allclose(result["losses"], losses, rtol=1e-5, atol=1e-6)
    for name, variable in model.params.items():
        np.testing.assert_allclose(result[name], variable.numpy(), rtol=1e-5, atol=1e-6, err_msg=name)


if __name__ == "__main__":
    _case, _out = sys.argv[1], Path(sys.argv[2])
    if _case == "ddp":
        _ddp_worker(_out, int(sys.argv[3]), int(sys.argv[4]))
    elif _case == "jax_mesh":
        _jax_mesh_worker(_out)
    else:
        _tf_mirrored_worker(_out)
