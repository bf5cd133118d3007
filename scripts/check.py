"""
Run every check of the project, in order, and fail if any fails:

    ruff check  ->  mypy --strict src  ->  docs build (-W)  ->  spec scores (informational)
    ->  pytest (last, so its summary is the closing line)
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
PY = sys.executable


def run(title: str, cmd: list[str], *, required: bool = True, tail: int | None = None) -> bool:
    print(f"\n=== {title}: {' '.join(cmd)}", flush=True)
    if tail is None:
        ok = subprocess.run(cmd, cwd=ROOT).returncode == 0
    else:
        proc = subprocess.run(cmd, cwd=ROOT, capture_output=True, text=True)
        print("\n".join((proc.stdout + proc.stderr).strip().splitlines()[-tail:]))
        ok = proc.returncode == 0
    if not ok:
        print(f"=== {title}: {'FAILED' if required else 'not clean (informational)'}", flush=True)
    return ok or not required


def main() -> int:
    results = [
        run("ruff", [PY, "-m", "ruff", "check", "src", "tests", "benchmarks", "demo", "scripts"]),
        run("mypy", [PY, "-m", "mypy", "--strict", "src/globus_sdk"]),
        run("typing tests", [PY, "-m", "mypy", "--strict", "--warn-unused-ignores", "tests/typing"]),
        run("docs", [PY, "-m", "sphinx", "-W", "-q", "-b", "html", "docs", "docs/_build/html"]),
    ]
    if (SHARED / "tools").is_dir():
        env_note = "informational: the spec tools from ../shared"
        run(f"api surface ({env_note})",
            [PY, str(SHARED / "tools" / "api_surface_check.py")], required=False, tail=1)
        run(f"wire ({env_note})",
            [PY, str(SHARED / "tools" / "wire_check.py")], required=False, tail=1)
    results.append(run("pytest", [PY, "-m", "pytest", "-q",]))
    failed = not all(results)
    print(f"\n=== checks {'FAILED' if failed else 'passed'}", flush=True)
    return 1 if failed else 0


if __name__ == "__main__":
    os.environ.setdefault("PYTHONDONTWRITEBYTECODE", "1")
    sys.exit(main())
