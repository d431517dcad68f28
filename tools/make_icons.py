"""Draw the application icon: an SVG source, PNGs in the sizes desktops ask for, .ico and .icns.

Run from the repository root: ``python tools/make_icons.py``. The outputs are committed under
resources/icons/, so building the application never needs this script.
"""

from __future__ import annotations

import os
import struct
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

NAME = "sote-navigator"
PNG_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)
ICO_SIZES = (16, 24, 32, 48, 64, 128, 256)
# ICNS element types holding PNG data, by pixel size.
ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08", 512: b"ic09"}

# A compass needle in a ring on a rounded tile: "find the way", legible down to 16 pixels.
SVG = """<?xml version="1.0" encoding="UTF-8"?>
<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256" viewBox="0 0 256 256">
  <defs>
    <linearGradient id="tile" x1="0" y1="0" x2="0" y2="1">
      <stop offset="0" stop-color="#2b7bb9"/>
      <stop offset="1" stop-color="#17486f"/>
    </linearGradient>
  </defs>
  <rect x="8" y="8" width="240" height="240" rx="52" fill="url(#tile)"/>
  <circle cx="128" cy="128" r="84" fill="none" stroke="#ffffff" stroke-width="16"/>
  <polygon points="128,52 154,128 102,128" fill="#ff7a59"/>
  <polygon points="128,204 154,128 102,128" fill="#ffffff"/>
  <circle cx="128" cy="128" r="12" fill="#17486f"/>
</svg>
"""


def render(renderer: QSvgRenderer, size: int) -> QImage:
    image = QImage(size, size, QImage.Format.Format_ARGB32_Premultiplied)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    renderer.render(painter)
    painter.end()
    return image


def png_bytes(image: QImage) -> bytes:
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    image.save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())


def ico(pngs: dict[int, bytes]) -> bytes:
    """A Windows icon with PNG-compressed entries (supported since Windows Vista)."""
    sizes = [s for s in ICO_SIZES if s in pngs]
    header = struct.pack("<HHH", 0, 1, len(sizes))
    offset = len(header) + 16 * len(sizes)
    entries, blobs = b"", b""
    for s in sizes:
        blob = pngs[s]
        dim = 0 if s >= 256 else s  # 0 means 256 in an ICONDIRENTRY
        entries += struct.pack("<BBBBHHII", dim, dim, 0, 0, 1, 32, len(blob), offset)
        offset += len(blob)
        blobs += blob
    return header + entries + blobs


def icns(pngs: dict[int, bytes]) -> bytes:
    body = b"".join(
        kind + struct.pack(">I", 8 + len(pngs[s])) + pngs[s]
        for s, kind in ICNS_TYPES.items()
        if s in pngs
    )
    return b"icns" + struct.pack(">I", 8 + len(body)) + body


def main() -> int:
    root = Path(__file__).resolve().parent.parent
    out = root / "resources" / "icons"
    out.mkdir(parents=True, exist_ok=True)
    _app = QGuiApplication(sys.argv[:1])
    (out / f"{NAME}.svg").write_text(SVG, encoding="utf-8")
    renderer = QSvgRenderer(QByteArray(SVG.encode("utf-8")))
    if not renderer.isValid():
        raise SystemExit("the SVG source does not parse")
    pngs = {size: png_bytes(render(renderer, size)) for size in PNG_SIZES}
    for size, blob in pngs.items():
        (out / f"{NAME}-{size}.png").write_bytes(blob)
    (out / f"{NAME}.ico").write_bytes(ico(pngs))
    (out / f"{NAME}.icns").write_bytes(icns(pngs))
    print(f"wrote {len(pngs)} PNGs, .svg, .ico and .icns to {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
