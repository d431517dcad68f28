"""The municipality type-ahead: Finnish or Swedish name or code in, routing out.

Choosing a municipality shows who organises its services, which regional unit serves it,
its language status and, in a bilingual municipality, the right to service in Swedish.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QModelIndex, Signal
from PySide6.QtWidgets import (
    QCompleter,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.i18n import arg
from sote_navigator.ui.list_models import ID_ROLE, MunicipalityListModel, municipality_label
from sote_navigator.ui.widgets import Badge, ClearingLineEdit, name_clear_button, plain_label
from sote_navigator.wording.display import shown
from sote_navigator.wording.vocabulary import language_status_text

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import LookupAnswer, Routing
    from sote_navigator.services.navigator import Navigator

_POSTAL_CODE = re.compile(r"^\d{5}$")


class MunicipalityField(QWidget):
    routing_changed = Signal(object)  # Routing | None
    # The client's postal code became five digits, or stopped being them (distances change).
    postal_code_changed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._navigator: Navigator | None = None
        self._routing: Routing | None = None
        self._answer: LookupAnswer | None = None
        # Enter pressed before the database was open: chosen on attach.
        self._enter_pending = False
        self.edit = ClearingLineEdit(self)
        self.edit.setObjectName("municipalityEdit")
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(260)
        self._model = MunicipalityListModel(self)
        self._completer = QCompleter(self._model, self)
        self._completer.setCompletionMode(QCompleter.CompletionMode.UnfilteredPopupCompletion)
        self._completer.setMaxVisibleItems(10)
        self.edit.setCompleter(self._completer)
        self._caption = QLabel(self)
        self._caption.setBuddy(self.edit)
        self.heading = plain_label(self)
        self.heading.setObjectName("municipalityHeading")
        font = self.heading.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.2)
        self.heading.setFont(font)
        self.organiser = plain_label(self)
        self.unit = plain_label(self)
        self.languages = plain_label(self)
        self.swedish_right = Badge(Badge.RIGHT, self)
        # Optional, as in the placement wizard: only to list the nearest places first. Never
        # stored: the window forgets it with the municipality.
        self.postal_code = QLineEdit(self)
        self.postal_code.setObjectName("postalCode")
        self.postal_code.setMaxLength(5)
        self._postal_caption = QLabel(self)
        self._postal_caption.setBuddy(self.postal_code)
        self._postal = ""
        self._organiser_caption, self._unit_caption, self._languages_caption = (
            QLabel(self),
            QLabel(self),
            QLabel(self),
        )
        self._layout()
        self.postal_code.textChanged.connect(self._postal_code_edited)
        self.edit.textEdited.connect(self._suggest)
        self.edit.returnPressed.connect(self._choose_typed)
        self.edit.escaped.connect(lambda: self._set_routing(None, None))
        self._completer.activated[QModelIndex].connect(  # type: ignore[index]
            self._choose_suggestion
        )
        self.retranslate()
        self._show()

    def _layout(self) -> None:
        left = QVBoxLayout()
        left.addWidget(self._caption)
        left.addWidget(self.edit)
        postal = QHBoxLayout()  # one row: the top of the window stays as low as it was
        postal.addWidget(self._postal_caption)
        postal.addWidget(self.postal_code, 1)
        left.addLayout(postal)
        left.addStretch(1)
        facts = QFormLayout()
        facts.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        facts.addRow(self.heading)
        facts.addRow(self._organiser_caption, self.organiser)
        facts.addRow(self._unit_caption, self.unit)
        languages = QHBoxLayout()
        languages.addWidget(self.languages, 1)
        facts.addRow(self._languages_caption, languages)
        facts.addRow(self.swedish_right)
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.addLayout(left)
        row.addSpacing(16)
        row.addLayout(facts, 1)

    def attach(self, navigator: Navigator) -> None:
        """Start answering; what was typed before is looked up now, and chosen if Enter was
        pressed on it (a counsellor may type before the database has opened)."""
        self._navigator = navigator
        if self._enter_pending:
            self._enter_pending = False
            self._choose_typed()
        elif self.edit.text().strip() and self.edit.hasFocus():
            self._suggest(self.edit.text())

    @property
    def routing(self) -> Routing | None:
        return self._routing

    @property
    def client_postal_code(self) -> str:
        """The postal code typed, when it is five digits; else empty."""
        return self._postal

    def _postal_code_edited(self, text: str) -> None:
        postal = text.strip() if _POSTAL_CODE.match(text.strip()) else ""
        if postal != self._postal:
            self._postal = postal
            self.postal_code_changed.emit()

    def retranslate(self) -> None:
        self._caption.setText(self.tr("&Municipality (name or code):"))
        self.edit.setPlaceholderText(self.tr("e.g. Porvoo, Borgå or 638"))
        self.edit.setAccessibleName(self.tr("The client's home municipality"))
        self.edit.setAccessibleDescription(
            self.tr(
                "Type a municipality's Finnish or Swedish name or its code, then press Enter "
                "or choose a suggestion. Escape clears it."
            )
        )
        name_clear_button(self.edit)
        self._postal_caption.setText(self.tr("Postal &code (optional):"))
        self.postal_code.setPlaceholderText(self.tr("nearest places first"))
        hint = self.postal_code.fontMetrics().horizontalAdvance(self.postal_code.placeholderText())
        self.postal_code.setMinimumWidth(hint + 24)  # the hint whole, in every language
        self.postal_code.setAccessibleName(self.tr("The client's postal code"))
        self._organiser_caption.setText(self.tr("Organiser:"))
        self._unit_caption.setText(self.tr("Regional unit:"))
        self._languages_caption.setText(self.tr("Language status:"))
        self.swedish_right.setText(self.tr("Entitled to service in Swedish"))
        self.swedish_right.setAccessibleName(self.swedish_right.text())
        self._show()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def choose(self, text: str) -> Routing | None:
        """Choose the municipality ``text`` names, as if typed and confirmed with Enter."""
        self.edit.setText(text)
        self._choose_typed()
        return self._routing

    def _suggest(self, text: str) -> None:
        self._enter_pending = False  # typing on after Enter: the new text waits for its own
        if self._navigator is None:
            return
        self._model.set_items(self._navigator.complete(text))
        if self._model.rowCount() and self.edit.hasFocus():
            self._completer.complete()
        elif popup := self._completer.popup():
            popup.hide()

    def _choose_suggestion(self, index: QModelIndex) -> None:
        code = index.data(ID_ROLE)
        if self._navigator is None or not code:
            return
        routing = self._navigator.routing(str(code))
        if routing is not None:
            from sote_navigator.core.catalogue import LookupAnswer

            self._set_routing(routing, LookupAnswer(routing.municipality.code, routing))

    def _choose_typed(self) -> None:
        text = self.edit.text().strip()
        if not text:
            self._set_routing(None, None)
            return
        if self._navigator is None:
            self._enter_pending = True
            return
        answer = self._navigator.find_municipality(text)
        self._set_routing(answer.routing, answer)

    def _set_routing(self, routing: Routing | None, answer: LookupAnswer | None) -> None:
        self._answer = answer
        changed = (routing and routing.municipality.code) != (
            self._routing and self._routing.municipality.code
        )
        self._routing = routing
        if routing is None and self.postal_code.text():
            # The window forgets the client's postal code with the municipality.
            blocked = self.postal_code.blockSignals(True)
            self.postal_code.clear()
            self.postal_code.blockSignals(blocked)
            self._postal = ""
        self._show()
        if changed:
            self.routing_changed.emit(routing)

    def _show(self) -> None:
        language = i18n.content_language()
        r, answer = self._routing, self._answer
        self.swedish_right.setVisible(bool(r and r.municipality.language_status.bilingual))
        if r is None:
            self.organiser.clear()
            self.unit.clear()
            self.languages.clear()
            self.heading.setText(self._no_routing_text(answer))
            return
        heading = municipality_label(r.municipality, language)
        if answer is not None and answer.merger is not None:
            heading += "\n" + arg(
                self.tr("%1 merged into %2 on %3."),
                shown(answer.merger.former_name(language)),
                shown(r.municipality.name(language)),
                i18n.format_date(answer.merger.merged_on),
            )
        self.heading.setText(heading)
        organiser = shown(r.organiser.name(language))
        if not r.organiser.in_reform:
            organiser += "\n" + self.tr(
                "Outside the reform: this region organises its own social and health care."
            )
        self.organiser.setText(organiser)
        self.unit.setText(shown(r.regional_unit.name(language)))
        self.languages.setText(language_status_text(r.municipality.language_status))

    def _no_routing_text(self, answer: LookupAnswer | None) -> str:
        if answer is None:
            return self.tr("No municipality chosen: showing the whole country.")
        text = arg(self.tr("No municipality is called \u201c%1\u201d."), answer.query)
        if answer.suggestions:
            names = ", ".join(shown(mu.name(i18n.content_language())) for mu in answer.suggestions)
            text += " " + arg(self.tr("Did you mean: %1?"), names)
        return text
