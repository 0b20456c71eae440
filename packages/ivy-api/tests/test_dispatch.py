"""Selecting backends: global, context-local, per thread, by environment, by default."""

import os
import subprocess
import sys
import threading

import numpy as np
import pytest

import ivy


def test_set_and_unset(strict_backend):
    ivy.set_backend("numpy")
    assert ivy.current_backend() == "numpy"
    assert isinstance(ivy.asarray([1, 2]).data, np.ndarray)
    ivy.set_backend(strict_backend)
    assert ivy.current_backend() == "strict"
    assert not isinstance(ivy.asarray([1, 2]).data, np.ndarray)
    ivy.unset_backend()


def test_function_imported_before_a_switch_follows_the_current_backend(strict_backend):
    from ivy import add

    ivy.set_backend("numpy")
    assert isinstance(add(ivy.asarray([1]), 1).data, np.ndarray)
    ivy.set_backend(strict_backend)
    assert type(add(ivy.asarray([1]), 1).data).__module__.startswith("array_api_strict")


def test_using_backend_nests_and_restores(strict_backend):
    ivy.set_backend("numpy")
    with ivy.using_backend(strict_backend):
        assert ivy.current_backend() == "strict"
        with ivy.using_backend("numpy"):
            assert ivy.current_backend() == "numpy"
        assert ivy.current_backend() == "strict"
    assert ivy.current_backend() == "numpy"


def test_threads_do_not_see_each_others_choice(strict_backend):
    """Two threads inside using_backend at the same moment, each seeing its own."""
    ivy.set_backend("numpy")
    barrier = threading.Barrier(2, timeout=30)
    seen: dict[str, list] = {}

    def work(name: str) -> None:
        with ivy.using_backend(name):
            barrier.wait()  # both are now inside their block
            observed = []
            for step in range(200):
                result = ivy.add(ivy.asarray([step]), 1)
                observed.append((ivy.current_backend(), type(result.data).__module__.split(".")[0]))
            barrier.wait()
            seen[name] = observed

    threads = [threading.Thread(target=work, args=(name,)) for name in ("numpy", strict_backend)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert set(seen["numpy"]) == {("numpy", "numpy")}
    assert set(seen["strict"]) == {("strict", "array_api_strict")}
    assert ivy.current_backend() == "numpy"


def test_new_threads_use_the_global_choice(strict_backend):
    ivy.set_backend(strict_backend)
    result = {}
    thread = threading.Thread(target=lambda: result.setdefault("name", ivy.current_backend()))
    thread.start()
    thread.join()
    assert result["name"] == "strict"


def _fresh_process(code: str, **env: str) -> subprocess.CompletedProcess:
    environment = {k: v for k, v in os.environ.items() if k != "IVY_BACKEND"} | env
    return subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, env=environment)


def test_ivy_backend_environment_variable_selects():
    done = _fresh_process("import ivy; print(ivy.current_backend())", IVY_BACKEND="numpy")
    assert done.returncode == 0 and done.stdout.strip() == "numpy"


def test_unknown_backend_in_environment_is_a_clear_error():
    done = _fresh_process("import ivy; ivy.add(1, 2)", IVY_BACKEND="nosuch")
    assert done.returncode != 0
    assert "no backend named 'nosuch'" in done.stderr and "pip install ivy-backend-nosuch" in done.stderr


def test_the_only_installed_backend_is_chosen_by_default():
    code = (
        "import ivy, ivy._backends as b; b._discover(); "
        "[b._registered.pop(n) for n in list(b._registered) if n != 'numpy']; "
        "print(ivy.add(ivy.asarray([1]), 1), ivy.current_backend())"
    )
    done = _fresh_process(code)
    assert done.returncode == 0, done.stderr
    assert done.stdout.split() == ["[2]", "numpy"]


def test_no_backend_to_choose_is_a_clear_error():
    code = "import ivy, ivy._backends as b; b._discover(); b._registered.clear(); ivy.asarray([1])"
    done = _fresh_process(code)
    assert done.returncode != 0
    assert "BackendNotFoundError" in done.stderr and "ivy.set_backend" in done.stderr


def test_registering_an_import_path():
    name = ivy.register_backend("strict_backend", name="strict_by_path")
    with ivy.using_backend(name):
        assert ivy.sum(ivy.asarray([1, 2, 3])).__int__() == 6


@pytest.mark.parametrize("bad", [3, None, "NUMPY"])
def test_unknown_names_list_the_installed_backends(bad):
    with pytest.raises(ivy.BackendNotFoundError, match=r"installed: .*numpy"):
        ivy.set_backend(bad)
