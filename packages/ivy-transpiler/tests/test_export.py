"""Transpiled models deploy with each target's own export tools, reloaded in a fresh process.

Each model is exported, loaded by a new Python process that imports only the target framework
(not ivy), run there on inputs other than the example, and compared with the source model. Per
target: a torch CNN (batch norm in eval mode with running statistics that are not the defaults) and
a small transformer encoder; for the torch target, a flax CNN and a Keras encoder. One fresh process per test
checks all of its models (starting a framework is most of the cost).
"""

from __future__ import annotations

import subprocess
import sys
import textwrap

import numpy as np
import pytest
from kits import KITS, as_numpy, native

import ivy_transpiler

#: the encoder's input: (batch, tokens, width)
ENCODER = (2, 5, 8)


def _random(shape, seed: int) -> np.ndarray:
    return np.random.default_rng(seed).standard_normal(shape, np.float32)


def _fresh(tmp_path, code: str) -> None:
    """Run ``code`` in a new interpreter in ``tmp_path`` (it reads and writes ``.npy`` files there)."""
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], cwd=tmp_path, capture_output=True, text=True, timeout=300
    )
    assert done.returncode == 0, done.stderr[-3000:]


def _close(actual, expected):
    np.testing.assert_allclose(actual, expected, rtol=1e-4, atol=1e-5)


def _torch_encoder():
    import torch

    torch.manual_seed(0)  # torch's own encoder layer: attention, layer norms, a ReLU feed-forward
    return torch.nn.TransformerEncoderLayer(ENCODER[2], 2, 16, dropout=0.0, batch_first=True).eval()


def _keras_encoder():
    import keras

    keras.utils.set_random_seed(0)
    tokens = keras.Input(ENCODER[1:])
    h = keras.layers.LayerNormalization()(tokens)
    x = tokens + keras.layers.MultiHeadAttention(2, 4)(h, h)
    h = keras.layers.LayerNormalization()(x)
    return keras.Model(tokens, x + keras.layers.Dense(8)(keras.layers.Dense(16, activation="gelu")(h)))


def _torch_sources() -> dict:
    """``{name: (torch model, input shape)}``: what the tensorflow, jax and paddle targets export."""
    return {"cnn": (KITS["torch"].make("cnn"), KITS["torch"].shape("cnn")[0]), "encoder": (_torch_encoder(), ENCODER)}


def _prepare(tmp_path, sources: dict, target: str, source: str = "torch") -> dict:
    """Each source model transpiled to ``target``, its new input saved as ``<name>_x.npy``, and the
    source's own output on it: ``{name: (transpiled, example input, expected)}``."""
    framework = {"torch": "torch", "jax": "jax", "tensorflow": "tensorflow"}[source]
    prepared = {}
    for name, (model, shape) in sources.items():
        x, x2 = _random(shape, 0), _random(shape, 2)
        np.save(tmp_path / f"{name}_x.npy", x2)
        transpiled = ivy_transpiler.transpile(model, source=source, target=target, args=(native(framework, x),))
        if framework == "tensorflow":  # Keras: inference mode
            expected = as_numpy(model(native("tensorflow", x2), training=False))
        else:
            expected = as_numpy(model(native(framework, x2)))
        prepared[name] = (transpiled, x, expected)
    return prepared


def test_tensorflow_saved_model_and_tflite_reload(tmp_path):
    """The CNN is saved after one call, the encoder with an explicit input signature; both convert to TFLite."""
    import tensorflow as tf

    prepared = _prepare(tmp_path, _torch_sources(), "tensorflow")
    model, x, _ = prepared["cnn"]
    model(tf.constant(x))  # the call whose input signature is exported
    tf.saved_model.save(model, str(tmp_path / "cnn"))
    encoder = prepared["encoder"][0]
    signature = tf.function(encoder.__call__, input_signature=[tf.TensorSpec(ENCODER, tf.float32, name="x0")])
    tf.saved_model.save(encoder, str(tmp_path / "encoder"), signatures=signature.get_concrete_function())
    for name in prepared:
        (tmp_path / f"{name}.tflite").write_bytes(
            tf.lite.TFLiteConverter.from_saved_model(str(tmp_path / name)).convert()
        )
    _fresh(
        tmp_path,
        """
        import warnings
        import numpy as np, tensorflow as tf
        warnings.simplefilter("ignore")  # tf.lite.Interpreter's deprecation notice
        for name in ("cnn", "encoder"):
            x = tf.constant(np.load(f"{name}_x.npy"))
            loaded = tf.saved_model.load(name)
            np.save(f"{name}_serving.npy", loaded.signatures["serving_default"](x0=x)["output_0"].numpy())
            if name == "cnn":
                np.save("cnn_call.npy", loaded(x).numpy())
            lite = tf.lite.Interpreter(model_path=f"{name}.tflite")
            lite.allocate_tensors()
            lite.set_tensor(lite.get_input_details()[0]["index"], x.numpy())
            lite.invoke()
            np.save(f"{name}_tflite.npy", lite.get_tensor(lite.get_output_details()[0]["index"]))
        """,
    )
    for name, (_, _, expected) in prepared.items():
        for how in ("serving", "tflite", "call")[: 3 if name == "cnn" else 2]:
            _close(np.load(tmp_path / f"{name}_{how}.npy"), expected)


def test_torch_export_onnx_and_jit_trace_reload(tmp_path):
    """A flax CNN and a Keras encoder to torch: ``torch.export`` (repeatable) and ONNX run by onnxruntime;
    ``jit.trace`` too."""
    import torch

    flax = _prepare(
        tmp_path, {"flax_cnn": (KITS["flax.nnx"].make("cnn"), KITS["flax.nnx"].shape("cnn")[0])}, "torch", "jax"
    )
    keras = _prepare(tmp_path, {"keras_encoder": (_keras_encoder(), ENCODER)}, "torch", "tensorflow")
    prepared = {**flax, **keras}  # a CNN (batch norm with running statistics) and an encoder
    for name, (module, x, expected) in prepared.items():
        x, x2 = torch.from_numpy(x), torch.from_numpy(np.load(tmp_path / f"{name}_x.npy"))
        exported = torch.export.export(module, (x,))
        if name == "flax_cnn":
            again = torch.export.export(module, (x,))  # exporting left the module as it was
            _close(as_numpy(again.module()(x2)), expected)
            _close(as_numpy(module(x2)), expected)  # and it still runs eagerly
            torch.jit.trace(module, (x,), check_trace=False).save(str(tmp_path / "traced.pt"))
        torch.export.save(exported, tmp_path / f"{name}.pt2")
        torch.onnx.export(module, (x,), str(tmp_path / f"{name}.onnx"), dynamo=True, verbose=False)  # after the exports
    _fresh(
        tmp_path,
        f"""
        import numpy as np, onnxruntime, torch
        for name in {list(prepared)!r}:
            x = np.load(f"{{name}}_x.npy")
            program = torch.export.load(f"{{name}}.pt2").module()
            np.save(f"{{name}}_exported.npy", program(torch.from_numpy(x)).detach().numpy())
            session = onnxruntime.InferenceSession(f"{{name}}.onnx", providers=["CPUExecutionProvider"])
            np.save(f"{{name}}_onnx.npy", session.run(None, {{session.get_inputs()[0].name: x}})[0])
        x = torch.from_numpy(np.load("flax_cnn_x.npy"))
        np.save("flax_cnn_traced.npy", torch.jit.load("traced.pt")(x).detach().numpy())
        """,
    )
    for name, (_, _, expected) in prepared.items():
        for how in ("exported", "onnx", "traced")[: 3 if name == "flax_cnn" else 2]:
            _close(np.load(tmp_path / f"{name}_{how}.npy"), expected)


def test_jax_export_reloads(tmp_path):
    """The CNN and the encoder at their shapes; the MLP with a symbolic batch dimension, run at other sizes."""
    import jax
    import jax.numpy as jnp

    sources = {**_torch_sources(), "mlp": (KITS["torch"].make("mlp"), KITS["torch"].shape("mlp")[0])}
    prepared = _prepare(tmp_path, sources, "jax")
    for name, (model, x, _) in prepared.items():
        shape = (jax.export.symbolic_shape("b")[0], *x.shape[1:]) if name == "mlp" else x.shape
        exported = jax.export.export(jax.jit(model.apply))(model.params, jax.ShapeDtypeStruct(shape, jnp.float32))
        (tmp_path / f"{name}.jax").write_bytes(exported.serialize())
        np.savez(tmp_path / f"{name}_params.npz", **{n: np.asarray(p) for n, p in model.params.items()})
    sizes = {size: _random((size, 6), size) for size in (1, 7)}  # batch sizes other than the example's
    np.savez(tmp_path / "mlp_sizes.npz", **{str(k): v for k, v in sizes.items()})
    _fresh(
        tmp_path,
        """
        import numpy as np, jax
        def restored(name):
            call = jax.export.deserialize(open(f"{name}.jax", "rb").read()).call
            params = dict(np.load(f"{name}_params.npz"))
            return lambda x: np.asarray(call(params, x))
        for name in ("cnn", "encoder", "mlp"):
            np.save(f"{name}_out.npy", restored(name)(np.load(f"{name}_x.npy")))
        mlp = restored("mlp")
        np.savez("mlp_sizes_out.npz", **{k: mlp(v) for k, v in np.load("mlp_sizes.npz").items()})
        """,
    )
    for name, (_, _, expected) in prepared.items():
        _close(np.load(tmp_path / f"{name}_out.npy"), expected)
    outputs = np.load(tmp_path / "mlp_sizes_out.npz")
    for size, value in sizes.items():
        _close(outputs[str(size)], KITS["torch"].call(sources["mlp"][0], value))


def test_paddle_jit_save_reloads(tmp_path):
    """``paddle.jit.to_static`` (whole graph) builds a static program from the transpiled layer; saved, loaded, run."""
    import paddle

    prepared = _prepare(tmp_path, _torch_sources(), "paddle")
    for name, (layer, x, _) in prepared.items():
        spec = [paddle.static.InputSpec(list(x.shape), "float32", "x0")]
        paddle.jit.save(paddle.jit.to_static(layer, input_spec=spec, full_graph=True), str(tmp_path / name))
    _fresh(
        tmp_path,
        """
        import numpy as np, paddle
        for name in ("cnn", "encoder"):
            loaded = paddle.jit.load(name)
            np.save(f"{name}_out.npy", loaded(paddle.to_tensor(np.load(f"{name}_x.npy"))).numpy())
        """,
    )
    for name, (_, _, expected) in prepared.items():
        _close(np.load(tmp_path / f"{name}_out.npy"), expected)


@pytest.fixture(scope="module")
def bert():
    """A tiny Hugging Face BERT (random weights) transpiled torch -> JAX, and its last hidden state as a function."""
    from test_hf_transformers import _inputs, _model

    model = _model("sdpa")
    transpiled = ivy_transpiler.transpile(model, source="torch", target="jax", kwargs=_inputs(0))

    def hidden(params, ids, mask):
        return transpiled.apply(params, input_ids=ids, attention_mask=mask)["last_hidden_state"]

    def expected(inputs):
        return as_numpy(model(**inputs).last_hidden_state)

    return transpiled, hidden, expected, _inputs


def test_bert_to_jax_export_reloads(tmp_path, bert):
    import jax

    transpiled, hidden, expected, inputs = bert
    example = {k: v.numpy() for k, v in inputs(0).items()}
    exported = jax.export.export(jax.jit(hidden))(transpiled.params, example["input_ids"], example["attention_mask"])
    (tmp_path / "bert.jax").write_bytes(exported.serialize())
    np.savez(tmp_path / "params.npz", **{n: np.asarray(p) for n, p in transpiled.params.items()})
    other = inputs(1)  # other tokens, other padding
    np.savez(tmp_path / "x.npz", **{k: v.numpy() for k, v in other.items()})
    _fresh(
        tmp_path,
        """
        import numpy as np, jax
        restored = jax.export.deserialize(open("bert.jax", "rb").read())
        x = np.load("x.npz")
        np.save("out.npy", np.asarray(restored.call(dict(np.load("params.npz")), x["input_ids"], x["attention_mask"])))
        """,
    )
    _close(np.load(tmp_path / "out.npy"), expected(other))


@pytest.mark.xfail(
    strict=True,
    raises=TypeError,
    reason="the traced program reads the batch size as a number: ivy.reshape refuses the symbolic dimension "
    "it is given (a CNN's flatten or attention's head split bakes in the example's batch the same way)",
)
def test_bert_to_jax_exports_with_symbolic_batch(bert):
    import jax

    transpiled, hidden, expected, inputs = bert
    example = {k: v.numpy() for k, v in inputs(0).items()}
    (batch,) = jax.export.symbolic_shape("b")
    specs = [jax.ShapeDtypeStruct((batch, v.shape[1]), v.dtype) for v in example.values()]
    exported = jax.export.export(jax.jit(hidden))(transpiled.params, *specs)
    wider = {k: np.concatenate([v.numpy(), v.numpy()[:1]]) for k, v in inputs(1).items()}  # a batch of 3
    import torch

    _close(
        np.asarray(exported.call(transpiled.params, *wider.values())),
        expected({k: torch.from_numpy(v) for k, v in wider.items()}),
    )
