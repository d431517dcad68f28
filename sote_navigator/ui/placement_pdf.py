"""The placement summary as a PDF, printed through Qt off the GUI thread."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QObject
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QTextDocument
from PySide6.QtPrintSupport import QPrinter

from sote_navigator import paths
from sote_navigator.core.progress import Progress
from sote_navigator.ui.background import Operation

FONT_FAMILY = "DejaVu Sans"
MARGIN_MM = 18


def write_pdf(html: str, path: Path, title: str) -> Path:
    """Print ``html`` into an A4 PDF at ``path``. Safe to call from a worker thread."""
    document = QTextDocument()
    document.setDefaultFont(QFont(FONT_FAMILY, 10))
    document.setHtml(html)
    document.setMetaInformation(QTextDocument.MetaInformation.DocumentTitle, title)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
    # A client's summary: created owner-only before Qt writes into it.
    paths.open_private(path, "wb").close()
    printer.setOutputFileName(str(path))
    printer.setDocName(title)
    printer.setPageLayout(
        QPageLayout(
            QPageSize(QPageSize.PageSizeId.A4),
            QPageLayout.Orientation.Portrait,
            QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM),
            QPageLayout.Unit.Millimeter,
        )
    )
    document.print_(printer)
    if not path.exists() or path.stat().st_size == 0:
        raise OSError(f"the PDF could not be written to {path}")
    paths.make_private(path)
    return path


def save_pdf_in_background(
    parent: QObject,
    html: str,
    path: Path,
    title: str,
    on_saved: Callable[[Path], None],
    on_failed: Callable[[BaseException], None],
) -> Operation:
    """Start writing the PDF in the thread pool; the callbacks run on the GUI thread."""

    def work(progress: Progress) -> Path:
        progress.check()
        return write_pdf(html, path, title)

    operation = Operation(work, parent)
    operation.succeeded.connect(on_saved)
    operation.failed.connect(on_failed)
    operation.start()
    return operation
