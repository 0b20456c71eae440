"""Train a small CNN on scikit-learn's handwritten digits, on any Ivy backend.

    pip install scikit-learn ivy-api ivy-backend-torch   # or -jax, -tensorflow, -paddle
    python examples/train_digits.py --backend torch

The model, the optimizer and the training loop are written once with Ivy's
stateful API (``ivy.Module``, ``ivy.layers``, ``ivy.optimizers``,
``ivy.Trainer``); the backend is picked on the command line. With the same
``--seed`` every backend starts from the same weights and sees the batches in
the same order. The digits (1797 8x8 images, shipped inside scikit-learn) are
split 80/20; the script prints the test accuracy (about 97%) and the time.
"""

from __future__ import annotations

import argparse
import os
import sys
import time


def parse() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--backend", default="torch", help="numpy has no autodiff: torch, jax, tensorflow or paddle")
    parser.add_argument("--epochs", type=int, default=6)
    parser.add_argument("--batch-size", type=int, default=64)
    parser.add_argument("--lr", type=float, default=3e-3)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument(
        "--jit",
        choices=["auto", "on", "off"],
        default="auto",
        help="compile each training step with ivy.jit (auto: on for jax, whose op-by-op mode is slow)",
    )
    parser.add_argument(
        "--threads",
        type=int,
        default=1,
        help="CPU threads for the framework (the model is tiny: one is fastest; 0: the framework's default)",
    )
    parser.add_argument("--save", default=None, help="write the trained weights here (.safetensors or .npz)")
    return parser.parse_args()


def main() -> int:
    args = parse()
    if args.threads:  # read by the frameworks when they are imported, i.e. when the backend is selected
        for name in ("OMP_NUM_THREADS", "MKL_NUM_THREADS", "TF_NUM_INTRAOP_THREADS", "TF_NUM_INTEROP_THREADS"):
            os.environ[name] = str(args.threads)

    import numpy as np
    from sklearn.datasets import load_digits

    import ivy

    ivy.set_backend(args.backend)
    layers = ivy.layers

    # -- data: 8x8 grey images in [0, 16], standardised; a fixed 80/20 split -----------------
    images, labels = load_digits(return_X_y=True)
    images = (images.reshape(-1, 1, 8, 8) / 16.0).astype("float32")
    order = np.random.default_rng(args.seed).permutation(len(images))
    split = int(0.8 * len(images))
    train_idx, test_idx = order[:split], order[split:]
    mean, std = images[train_idx].mean(), images[train_idx].std()
    images = (images - mean) / std
    train = (images[train_idx], labels[train_idx].astype("int64"))
    test = (images[test_idx], labels[test_idx].astype("int64"))

    # -- the model -----------------------------------------------------------------------------
    class DigitsCNN(ivy.Module):
        def __init__(self):
            self.features = layers.Sequential(
                layers.Conv2d(1, 16, 3, padding=1),
                layers.BatchNorm2d(16),
                layers.ReLU(),
                layers.MaxPool2d(2),  # 16 x 4 x 4
                layers.Conv2d(16, 32, 3, padding=1),
                layers.BatchNorm2d(32),
                layers.ReLU(),
                layers.MaxPool2d(2),  # 32 x 2 x 2
            )
            self.classifier = layers.Sequential(layers.Flatten(), layers.Linear(32 * 2 * 2, 10))

        def forward(self, x):
            return self.classifier(self.features(x))

    ivy.random.seed(args.seed)  # the same initial weights on every backend
    model = DigitsCNN()
    steps = args.epochs * (len(train[0]) // args.batch_size)
    optimizer = ivy.optimizers.AdamW(lr=ivy.optimizers.warmup_cosine(args.lr, steps // 20, steps), weight_decay=1e-4)
    jit = args.jit == "on" or (args.jit == "auto" and args.backend == "jax")
    trainer = ivy.Trainer(model, optimizer, ivy.nn.cross_entropy, metrics=["accuracy"], jit=jit)

    print(f"backend {ivy.current_backend()}, jit {'on' if jit else 'off'}, {model.num_parameters():,} parameters")
    print(model)
    started = time.perf_counter()
    trainer.fit(train, epochs=args.epochs, batch_size=args.batch_size, drop_last=True, seed=args.seed)
    seconds = time.perf_counter() - started
    result = trainer.evaluate(test)
    print(f"test accuracy {result['accuracy']:.4f} (loss {result['loss']:.4f}), training took {seconds:.1f}s")
    if args.save:
        model.save(args.save)
        print(f"weights saved to {args.save}")
    return 0 if result["accuracy"] > 0.9 else 1


if __name__ == "__main__":
    sys.exit(main())
