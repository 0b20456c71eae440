"""A first look at Ivy on the NumPy backend: one array API, explicit semantics.

python examples/quickstart.py
"""

import ivy


def standardize(x: ivy.Array) -> ivy.Array:
    """Framework-agnostic code: written once against `ivy`, run on any backend."""
    return (x - ivy.mean(x, axis=0)) / ivy.std(x, axis=0, correction=1)


def main() -> None:
    print(f"installed backends: {', '.join(ivy.available_backends())}")
    ivy.set_backend("numpy")
    print(f"selected backend:   {ivy.current_backend()}\n")

    x = ivy.reshape(ivy.arange(12, dtype=ivy.float64), (4, 3)) ** 2
    print("x =", x, sep="\n")
    print("standardize(x) =", standardize(x), sep="\n")

    a = ivy.asarray([[4.0, 1.0], [1.0, 3.0]])
    values, vectors = ivy.linalg.eigh(a)
    print("\neigenvalues of a:", values)
    print("a @ v - v * w   :", ivy.max(ivy.abs(a @ vectors - vectors * values)), "(residual)")
    print("rfft([1, 2, 3, 4]):", ivy.fft.rfft(ivy.asarray([1.0, 2.0, 3.0, 4.0])))

    # Semantics are the core's: the standard's promotion and weak Python scalars.
    small = ivy.asarray([1, 2, 3], dtype=ivy.int8)
    print("\nint8 array + 1      ->", (small + 1).dtype)
    print("int8 + uint8 arrays ->", ivy.result_type(ivy.int8, ivy.uint8))

    # Immutable-or-not, __setitem__ behaves the same on every backend.
    y = ivy.zeros((2, 3))
    y[0, :] = ivy.asarray([1.0, 2.0, 3.0])
    print("after y[0, :] = ...:", y, sep="\n")

    # Bad input gets an error that names the function, the argument and what was expected.
    try:
        ivy.add(ivy.ones((2, 3)), ivy.ones((4,)))
    except ValueError as error:
        print(f"\n{type(error).__name__}: {error}")


if __name__ == "__main__":
    main()
