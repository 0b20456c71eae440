"""The one thing pyproject.toml cannot declare: ivy-api's C extension.

``ivy._accel`` runs the common case of the all-array public functions in C
(see its source). It is optional: where it does not build (no compiler), the
package installs without it and every function is its generated Python.
"""

from setuptools import Extension, setup

setup(ext_modules=[Extension("ivy._accel", ["src/ivy/_accel.c"], optional=True)])
