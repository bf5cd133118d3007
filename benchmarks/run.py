"""Run every benchmark and print one table: ``python -m benchmarks.run``."""

from __future__ import annotations

import importlib
import pkgutil
import sys
from pathlib import Path


def main() -> int:
    here = Path(__file__).resolve().parent
    rows: list[tuple[str, str, float, str]] = []
    for mod in sorted(m.name for m in pkgutil.iter_modules([str(here)]) if m.name.startswith("bench_")):
        module = importlib.import_module(f"benchmarks.{mod}")
        for name, value, unit in module.run():
            rows.append((mod.removeprefix("bench_"), name, value, unit))
    width = max(len(r[1]) for r in rows)
    print(f"{'suite':<10} {'benchmark':<{width}} {'value':>12}  unit")
    print("-" * (width + 40))
    for suite, name, value, unit in rows:
        print(f"{suite:<10} {name:<{width}} {value:>12.3f}  {unit}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
