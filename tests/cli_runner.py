"""Running the real command line in a subprocess, as a counsellor or a script would."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any


@dataclass
class Run:
    code: int
    out: str
    err: str

    def json(self) -> Any:
        return json.loads(self.out)


def run_cli(
    args: Sequence[str],
    *,
    home: Path | None = None,
    env: dict[str, str] | None = None,
    preexec: Callable[[], None] | None = None,
    timeout: float = 120,
) -> Run:
    environment = dict(os.environ)
    environment.pop("SOTE_NAVIGATOR_HOME", None)
    if home is not None:
        environment["SOTE_NAVIGATOR_HOME"] = str(home)
    environment.setdefault("QT_QPA_PLATFORM", "offscreen")
    environment.update(env or {})
    result = subprocess.run(
        [sys.executable, "-m", "sote_navigator", *args],
        capture_output=True,
        text=True,
        env=environment,
        timeout=timeout,
        preexec_fn=preexec,
        cwd=Path(__file__).resolve().parent.parent,
    )
    return Run(result.returncode, result.stdout, result.stderr)
