"""docs/zoo.md from zoo/results: per registry and target, how many models were tried, transpiled and
matched on fresh inputs (and gradients, for a sample), the median transpile time, the failure
families with their counts, the operations the frontends lack, and a plot."""

from __future__ import annotations

import json
import statistics
from collections import Counter
from pathlib import Path

HERE = Path(__file__).parent
RESULTS = HERE / "results"
DOCS = HERE.parent / "docs"
IMAGE = DOCS / "images" / "zoo.png"
TITLES = {
    "hf": "Hugging Face transformers (AutoModel, tiny configs)",
    "keras": "keras.applications (weights=None)",
    "paddle_vision": "paddle.vision.models",
    "jax_modules": "flax linen / nnx, equinox, haiku modules",
    "kornia": "kornia functions (lazy library transpile)",
}
#: the targets whose gradients the registries compare (to torch from tensorflow and paddle, to JAX from torch)
GRADIENT_TARGETS = ("jax", "torch")
SOURCES = {"hf": "torch", "keras": "tensorflow", "paddle_vision": "paddle", "jax_modules": "jax", "kornia": "torch"}


def rows() -> dict[str, list[dict]]:
    """The latest row of each (case, target) per registry."""
    found: dict[str, list[dict]] = {}
    for path in sorted(RESULTS.glob("*.jsonl")):
        latest: dict[tuple[str, str], dict] = {}
        for line in path.read_text().splitlines():
            if line.strip():
                row = json.loads(line)
                latest[(row["case"], row["target"])] = row
        found[path.stem] = list(latest.values())
    return found


def summary(table: list[dict]) -> dict:
    tried = [r for r in table if r.get("built")]
    times = [r["seconds"] for r in tried if r.get("transpiled") and "seconds" in r]
    sampled = [r for r in tried if "gradients" in r and r["target"] in GRADIENT_TARGETS]
    return {
        "tried": len(tried),
        "not built": len(table) - len(tried),
        "transpiled": sum(bool(r.get("transpiled")) for r in tried),
        "matched": sum(bool(r.get("matched")) for r in tried),
        "gradients": f"{sum(bool(r['gradients']) for r in sampled)}/{len(sampled)}" if sampled else "-",
        "median s": statistics.median(times) if times else float("nan"),
    }


def _total_time(found: dict[str, list[dict]]) -> float:
    """Wall time of the sweep: the union of the runs' spans (runs side by side count once)."""
    spans = []
    path = RESULTS / "time.json"
    if path.exists():
        spans = json.loads(path.read_text()).get("spans", [])
    starts = RESULTS / "starts.json"  # runs still going when the report was written
    if starts.exists():
        stamps = [r["at"] for table in found.values() for r in table if "at" in r]
        spans += [[s, max(stamps)] for s in json.loads(starts.read_text()) if stamps]
    total, end = 0.0, float("-inf")
    for start, stop in sorted(spans):
        if stop > end:
            total += stop - max(start, end)
            end = stop
    return total


def _plot(stats: list[tuple[str, str, dict]]) -> None:
    import matplotlib

    matplotlib.use("Agg")  # files only, no display
    import matplotlib.pyplot as plt

    labels = [f"{TITLES[r].split(' (')[0]} -> {t}" for r, t, _ in stats]
    fig, ax = plt.subplots(figsize=(8, 0.4 * len(stats) + 1.2))
    y = range(len(stats))
    share = [
        (s["transpiled"] / s["tried"] if s["tried"] else 0, s["matched"] / s["tried"] if s["tried"] else 0)
        for _, _, s in stats
    ]
    ax.barh(y, [100 * a for a, _ in share], color="#c6dbef", label="transpiled")
    ax.barh(y, [100 * b for _, b in share], color="#2171b5", height=0.5, label="matched on fresh inputs")
    for i, (_, _, s) in enumerate(stats):
        ax.text(101, i, f"{s['matched']}/{s['tried']}", va="center", fontsize=8)
    ax.set_yticks(list(y), labels, fontsize=8)
    ax.invert_yaxis()
    ax.set_xlim(0, 112)
    ax.set_xlabel("% of the models tried")
    ax.legend(loc="lower right", fontsize=8)
    fig.tight_layout()
    IMAGE.parent.mkdir(parents=True, exist_ok=True)
    fig.savefig(IMAGE, dpi=110)
    plt.close(fig)


def write() -> None:
    """Write docs/zoo.md and docs/images/zoo.png from the results."""
    found = rows()
    stats = [
        (r, t, summary([row for row in found[r] if row["target"] == t]))
        for r in TITLES
        if r in found
        for t in dict.fromkeys(row["target"] for row in found[r])
    ]
    lines = [
        "# Model zoo",
        "",
        "Real third-party models and functions through the transpiler, measured by `nox -s zoo`",
        "(`python -m zoo.sweep`; the rows are in `zoo/results/`). A model is *tried* when its library",
        "builds it (tiny configs, random weights, nothing downloaded); *transpiled* when `transpile`",
        "returns; *matched* when the transpiled model's outputs agree with the source framework's on",
        "inputs it was not transpiled on (rtol 1e-3, atol 1e-4). Gradients are compared for a sample.",
        "Each model runs in a worker process under a time limit; a model past it is a `timeout` row.",
        "",
        f"Sweep wall time: {_total_time(found) / 60:.0f} min (on a shared 2-core machine).",
        "",
        "![share of the models tried that transpile and match](images/zoo.png)",
        "",
        "| registry | source -> target | tried | transpiled | matched | gradients | median transpile (s) |",
        "|---|---|---:|---:|---:|---:|---:|",
    ]
    for registry, target, s in stats:
        lines.append(
            f"| {TITLES[registry]} | {SOURCES[registry]} -> {target} | {s['tried']} | {s['transpiled']} "
            f"| {s['matched']} | {s['gradients']} | {s['median s']:.2f} |"
        )
    failures = Counter(
        r.get("family", "?") for t in found.values() for r in t if r.get("built") and not r.get("matched")
    )
    lines += ["", "## Failure families", "", "| family | rows |", "|---|---:|"]
    lines += [f"| {f.replace('|', '/')} | {n} |" for f, n in failures.most_common(30)]
    missing = Counter(op for t in found.values() for r in t for op in r.get("missing", []))
    if missing:
        lines += ["", "## Operations the frontends lack", "", "| operation | models |", "|---|---:|"]
        lines += [f"| `{op}` | {n} |" for op, n in missing.most_common(40)]
    unbuilt = Counter(r.get("family", "?") for t in found.values() for r in t if not r.get("built"))
    if unbuilt:
        lines += ["", "## Not tried (the library could not build them from a tiny config)", "", "| why | rows |"]
        lines += ["|---|---:|", *(f"| {f.replace('|', '/')} | {n} |" for f, n in unbuilt.most_common(10))]
    lines += ["", "## Every row", ""]
    for registry in found:
        lines += [f"### {TITLES.get(registry, registry)}", "", "| case | target | result | transpile (s) |"]
        lines += ["|---|---|---|---:|"]
        for r in sorted(found[registry], key=lambda r: (r["case"], r["target"])):
            result = "matched" if r.get("matched") else (r.get("error") or r.get("family") or "?")
            result = result.replace("|", "/").replace("\n", " ")[:140]
            lines.append(f"| {r['case']} | {r['target']} | {result} | {r.get('seconds', '')} |")
        lines.append("")
    (DOCS / "zoo.md").write_text("\n".join(lines) + "\n")
    if stats:
        _plot(stats)
    print(f"docs/zoo.md: {sum(s['tried'] for _, _, s in stats)} rows tried")
