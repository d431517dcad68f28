"""What a window shows as text: every string a user can see, and text that does not fit.

Generic over any widget tree, so that the checks cover windows, dialogs and wizard pages that
are added later (sote_navigator/ui/gallery.py lists them).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QAction, QFontMetrics, QTextDocumentFragment
from PySide6.QtGui import Qt as GuiQt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionGroupBox,
    QTabWidget,
    QTextEdit,
    QToolButton,
    QWidget,
    QWizard,
    QWizardPage,
)

MAX_ROWS = 200
# What a wrapped label cannot break: Qt breaks a line at spaces and after a hyphen
# ("loviisa-" / "hammashoitola" in a web address), so only the stretches between those count.
_UNBREAKABLE = re.compile(r"[^-]+-?|-")
# A dynamic property on an action whose text is the same in every UI language on purpose
# (the language names of the Language menu), or on a widget whose content is in another
# language on purpose (a placement summary in the client's language): not checked for leftovers.
UNTRANSLATED = "untranslatedText"


def plain(text: str) -> str:
    """Text as shown: markup removed, mnemonic ampersands dropped ("&&" stays one "&")."""
    if GuiQt.mightBeRichText(text):
        text = QTextDocumentFragment.fromHtml(text).toPlainText()
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _model_strings(model: QAbstractItemModel | None) -> list[str]:
    if model is None:
        return []
    out: list[str] = []
    root = QModelIndex()
    try:
        columns = model.columnCount(root)
    except TypeError:  # QAbstractListModel keeps columnCount private: one column
        columns = 1
    for section in range(columns):
        for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            header = model.headerData(section, Qt.Orientation.Horizontal, role)
            if isinstance(header, str):
                out.append(header)
    for row in range(min(model.rowCount(root), MAX_ROWS)):
        for column in range(columns):
            index = model.index(row, column, root)
            for role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
                value = model.data(index, role)
                if isinstance(value, str):
                    out.append(value)
    return out


def _widget_strings(w: QWidget) -> list[str]:
    out = [w.toolTip(), w.statusTip(), w.whatsThis(), w.accessibleName()]
    out.append(w.accessibleDescription())
    if w.isWindow():
        out.append(w.windowTitle())
    if isinstance(w, QLabel | QAbstractButton):
        out.append(w.text())
    elif isinstance(w, QGroupBox):
        out.append(w.title())
    elif isinstance(w, QLineEdit):
        out.append(w.placeholderText())
    elif isinstance(w, QTextEdit | QPlainTextEdit):
        out.append(w.placeholderText())
        if w.isReadOnly():
            out.append(w.toPlainText())
    elif isinstance(w, QComboBox):
        out += [w.itemText(i) for i in range(w.count())]
        out.append(w.placeholderText())
    elif isinstance(w, QTabWidget):
        for i in range(w.count()):
            out += [w.tabText(i), w.tabToolTip(i)]
    elif isinstance(w, QMenu):
        out.append(w.title())
    elif isinstance(w, QAbstractItemView):
        out += _model_strings(w.model())
    elif isinstance(w, QWizardPage):
        out += [w.title(), w.subTitle()]
    if isinstance(w, QWizard):
        out += [w.buttonText(b) for b in QWizard.WizardButton if b != QWizard.WizardButton.NoButton]
    return out


def visible_strings(top: QWidget) -> list[str]:
    """Every string the widget tree shows or can show: texts, titles, tips, menus, items."""
    out: list[str] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.property(UNTRANSLATED):
            out += _widget_strings(w)
    for action in top.findChildren(QAction):
        if action.property(UNTRANSLATED):
            out += [action.statusTip(), action.whatsThis()]
            continue
        out += [action.text(), action.iconText(), action.toolTip(), action.statusTip()]
        out.append(action.whatsThis())
    return [plain(s) for s in out if s and s.strip()]


@dataclass(frozen=True)
class CutOff:
    widget: str
    text: str
    needed: int
    available: int

    def __str__(self) -> str:
        return f"{self.widget}: {self.text!r} needs {self.needed} px, has {self.available} px"


def _name(w: QWidget) -> str:
    return f"{type(w).__name__}#{w.objectName() or '?'}"


def _label_cut(label: QLabel) -> CutOff | None:
    text = label.text()
    if not text or not label.pixmap().isNull():
        return None
    inner = label.contentsRect().width() - 2 * label.margin() - max(label.indent(), 0)
    fm = label.fontMetrics()
    if label.wordWrap():
        # A long compound word cannot wrap: it is cut if it is wider than the label.
        pieces = (piece for word in plain(text).split() for piece in _UNBREAKABLE.findall(word))
        longest = max((fm.horizontalAdvance(piece) for piece in pieces), default=0)
        if longest > inner:
            return CutOff(_name(label), plain(text), longest, inner)
        needed = label.heightForWidth(label.width())
        if needed > label.height():
            return CutOff(_name(label), plain(text), needed, label.height())
        return None
    if GuiQt.mightBeRichText(text) and label.textFormat() != Qt.TextFormat.PlainText:
        hint = label.minimumSizeHint()
        if hint.width() > label.width():
            return CutOff(_name(label), plain(text), hint.width(), label.width())
        return None
    if label.buddy() is not None:  # "&" marks the mnemonic, it is not drawn
        text = plain(text)
    lines = text.split("\n")
    needed = max(fm.horizontalAdvance(line) for line in lines)
    if needed > inner:
        return CutOff(_name(label), text, needed, inner)
    tall = fm.height() * len(lines)
    if tall > label.contentsRect().height():
        return CutOff(_name(label), text, tall, label.contentsRect().height())
    return None


def _button_cut(button: QAbstractButton) -> CutOff | None:
    text = plain(button.text())
    if not text:
        return None
    style = button.style()
    fm = button.fontMetrics()
    needed = fm.horizontalAdvance(text)
    if not button.icon().isNull():
        needed += button.iconSize().width() + 4
    if isinstance(button, QCheckBox):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_IndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_CheckBoxLabelSpacing, None, button)
    elif isinstance(button, QRadioButton):
        needed += style.pixelMetric(QStyle.PixelMetric.PM_ExclusiveIndicatorWidth, None, button)
        needed += style.pixelMetric(QStyle.PixelMetric.PM_RadioButtonLabelSpacing, None, button)
    else:
        needed += 2 * style.pixelMetric(QStyle.PixelMetric.PM_ButtonMargin, None, button)
    if needed > button.width():
        return CutOff(_name(button), text, needed, button.width())
    return None


def _group_cut(box: QGroupBox) -> CutOff | None:
    title = plain(box.title())
    if not title:
        return None
    option = QStyleOptionGroupBox()
    box.initStyleOption(option)
    needed = QFontMetrics(box.font()).horizontalAdvance(title)
    label = box.style().subControlRect(
        QStyle.ComplexControl.CC_GroupBox, option, QStyle.SubControl.SC_GroupBoxLabel, box
    )
    available = min(label.width(), box.width() - max(label.left(), 0))
    if needed > available:
        return CutOff(_name(box), title, needed, available)
    return None


def _placeholder_cut(edit: QLineEdit) -> CutOff | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    margins = edit.textMargins()
    available = edit.contentsRect().width() - margins.left() - margins.right() - 4
    needed = edit.fontMetrics().horizontalAdvance(text)
    if needed > available:
        return CutOff(_name(edit), text, needed, available)
    return None


def _shows_button_text(w: QWidget) -> bool:
    if isinstance(w, QToolButton):
        icon_only = w.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly
        return not (icon_only and not w.icon().isNull())
    return isinstance(w, QPushButton | QCheckBox | QRadioButton)


def cut_off(top: QWidget) -> list[CutOff]:
    """Texts wider (or taller) than the visible widget that shows them."""
    problems: list[CutOff] = []
    for w in [top, *top.findChildren(QWidget)]:
        if not w.isVisibleTo(top) and w is not top:
            continue
        found: CutOff | None = None
        if isinstance(w, QLabel):
            found = _label_cut(w)
        elif _shows_button_text(w):
            assert isinstance(w, QAbstractButton)
            found = _button_cut(w)
        elif isinstance(w, QGroupBox):
            found = _group_cut(w)
        elif isinstance(w, QLineEdit):
            found = _placeholder_cut(w)
        if found is not None:
            problems.append(found)
    return problems
