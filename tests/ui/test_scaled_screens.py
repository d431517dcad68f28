"""Every gallery screen at 150 % and 200 % display scale (QT_SCALE_FACTOR, which Qt reads when
the application starts: hence a subprocess), in Finnish and Swedish, on the default catalogue:
no text cut off or elided out of its label, no window larger than the laptop size it is
checked at, and the pictures come out at the scaled size."""

from __future__ import annotations

import os
import re
import struct
import subprocess
import sys
from pathlib import Path

import pytest

from sote_navigator.ui import gallery

ROOT = Path(__file__).resolve().parents[2]
LINE = re.compile(r"^(?P<png>\S+\.png): (?P<count>\d+) cut off$")


def _png_size(path: Path) -> tuple[int, int]:
    with path.open("rb") as f:
        header = f.read(24)
    assert header[:8] == b"\x89PNG\r\n\x1a\n", path
    width, height = struct.unpack(">II", header[16:24])
    return width, height


@pytest.mark.parametrize("scale", [1.5, 2.0])
def test_every_screen_renders_without_clipping_when_scaled(tmp_path: Path, scale: float) -> None:
    env = dict(os.environ)
    env["QT_QPA_PLATFORM"] = "offscreen"
    env["SOTE_NAVIGATOR_HOME"] = str(tmp_path / "home")
    env.pop("QT_SCALE_FACTOR", None)
    out = tmp_path / "shots"
    command = [sys.executable, "tools/screenshots.py", "--lang", "fi", "sv"]
    result = subprocess.run(
        [*command, "--scale", str(scale), "--out", str(out)],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    reports = [m for m in map(LINE.match, result.stdout.splitlines()) if m]
    screens = gallery.screens()
    assert len(reports) == 2 * len(screens), result.stdout
    cut = [m.group("png") for m in reports if m.group("count") != "0"]
    assert not cut, result.stdout
    for screen in screens:
        if screen.size is None:
            continue
        width, height = _png_size(out / f"{screen.name}-fi.png")
        # Device pixels: the logical size times the scale (rounded by Qt).
        assert width == pytest.approx(screen.size[0] * scale, abs=2), screen.name
        assert height == pytest.approx(screen.size[1] * scale, abs=2), screen.name
