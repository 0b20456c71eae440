"""The model zoo sweep: real third-party models and functions through the transpiler.

``python -m zoo.sweep`` (``nox -s zoo``) tries every model of each registry in ``zoo.families``
in worker subprocesses under a time limit, appends one row per (model, target) to
``zoo/results/<registry>.jsonl`` (a rerun resumes where the last one stopped) and writes the
dashboard ``docs/zoo.md`` with its plot (``zoo.report``).
"""
