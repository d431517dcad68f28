"""What assistive technology sees of a window: its interactive widgets and their names.

Walks the Qt accessibility tree (QAccessible, the tree a screen reader reads over AT-SPI or
UI Automation) of any widget and lists the interactive elements a screen reader could not
name or describe. Generic over any widget tree, so that the checks cover every screen of
sote_navigator/ui/gallery.py, including the ones added later.

A name is the widget's accessible name, else the text of the label that names it (a QLabel
whose buddy it is: the "labelled by" relation), else a button's own text. A combo box or a
spin box never counts its current value as its name, although Qt reports the value there on
Linux: "Swedish" says what was chosen, not what is being chosen. A description is the
accessible description or the tooltip (what Qt reports); it is required of the widgets that
take or list data, where the name alone rarely says what to enter or what the rows are.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QAccessible, QAccessibleInterface
from PySide6.QtWidgets import QAbstractButton, QWidget

from tools.ui_text import plain

Role = QAccessible.Role
# What a user can press, type into, choose from or move through.
BUTTONS = {Role.PushButton, Role.CheckBox, Role.RadioButton, Role.ButtonMenu, Role.ButtonDropDown}
DATA = {Role.EditableText, Role.ComboBox, Role.SpinBox, Role.Table, Role.List, Role.Tree}
INTERACTIVE = BUTTONS | DATA | {Role.PageTab, Role.Slider, Role.Dial}
# The children of these are cells, items or parts of one control: the control is named.
NO_DESCENT = {Role.Table, Role.List, Role.Tree, Role.ComboBox, Role.SpinBox, Role.PageTabList}


@dataclass(frozen=True)
class Unnamed:
    widget: str
    role: str
    missing: str  # "name" or "description"

    def __str__(self) -> str:
        return f"{self.widget} ({self.role}): no accessible {self.missing}"


def _label_of(iface: QAccessibleInterface) -> str:
    for other, _relation in iface.relations(QAccessible.RelationFlag.Label):
        text = other.text(QAccessible.Text.Name) if other is not None else ""
        if text and text.strip():
            return plain(text)
    return ""


def accessible_name(iface: QAccessibleInterface) -> str:
    """The name a screen reader announces, by the rule in the module's docstring."""
    widget = iface.object()
    if isinstance(widget, QWidget) and widget.accessibleName().strip():
        return widget.accessibleName()
    label = _label_of(iface)
    if label:
        return label
    if iface.role() in BUTTONS or isinstance(widget, QAbstractButton):
        return plain(iface.text(QAccessible.Text.Name) or "")
    return ""


def interactive(top: QWidget) -> list[QAccessibleInterface]:
    """The interactive elements of the accessibility tree under ``top`` that are shown."""
    found: list[QAccessibleInterface] = []
    root = QAccessible.queryAccessibleInterface(top)
    stack = [root] if root is not None else []
    while stack:
        iface = stack.pop()
        if iface is None or not iface.isValid() or iface.state().invisible:
            continue
        role = iface.role()
        if role in INTERACTIVE and isinstance(iface.object(), QWidget):
            found.append(iface)
        if role not in NO_DESCENT:
            stack += [iface.child(i) for i in range(iface.childCount())]
    return found


def _name(iface: QAccessibleInterface) -> str:
    obj = iface.object()
    return f"{type(obj).__name__}#{obj.objectName() or '?'}"


def unnamed(top: QWidget) -> list[Unnamed]:
    """Interactive elements without a name, and data widgets without a description."""
    problems: list[Unnamed] = []
    for iface in interactive(top):
        role = iface.role()
        if not accessible_name(iface).strip():
            problems.append(Unnamed(_name(iface), role.name, "name"))
        description = iface.text(QAccessible.Text.Description) or ""
        if role in DATA and not description.strip():
            problems.append(Unnamed(_name(iface), role.name, "description"))
    return problems
