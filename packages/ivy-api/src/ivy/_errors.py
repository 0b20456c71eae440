"""Ivy's exceptions. Each also derives from the builtin a caller would catch."""


class IvyError(Exception):
    """Base of every error Ivy raises itself."""


class IvyTypeError(IvyError, TypeError):
    """An argument of the wrong type or dtype."""


class IvyValueError(IvyError, ValueError):
    """An argument of the right type with a wrong value (shape, mode...)."""


class IvyOverflowError(IvyValueError, OverflowError):
    """A Python scalar that does not fit the dtype it is to take (``300`` for int8)."""


class FileFormatError(IvyValueError):
    """A file Ivy reads (a saved graph, a state file) is corrupt, truncated or not in its format."""


class LinAlgError(IvyValueError):
    """A matrix a linear-algebra function cannot work with: singular (``inv``, ``solve``)
    or not positive definite (``cholesky``). A ``ValueError``, as NumPy's ``LinAlgError``."""


class IvyMemoryError(IvyError, MemoryError):
    """An allocation that cannot succeed: larger than can be addressed, or the device is out of memory."""


class IvyIndexError(IvyError, IndexError):
    """An index or axis out of range."""


class AxisError(IvyValueError, IndexError):
    """An axis out of range for the array's rank."""


class BackendNotFoundError(IvyError, LookupError):
    """No backend of that name is installed, or none could be chosen."""


class BackendError(IvyError, RuntimeError):
    """A backend failed on arguments the core found valid."""


class NotImplementedByBackend(IvyError, NotImplementedError):
    """The selected backend does not implement this function."""
