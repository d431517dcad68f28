"""The details of one service, provider or service location, as captioned plain-text rows.

Every catalogue string lands in a plain-text label: a provider called "<b>Oy</b>" shows
those characters. The pane remembers what it shows, so a language change re-words it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QBoxLayout,
    QFormLayout,
    QFrame,
    QLabel,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sote_navigator import i18n
from sote_navigator.core import localized, opening_hours
from sote_navigator.core.vocabulary import Responsibility
from sote_navigator.i18n import arg, translate
from sote_navigator.ui.tooltips import plain_tooltip
from sote_navigator.ui.widgets import Badge, plain_label
from sote_navigator.wording.catalogue_facts import (
    charge_text,
    exception_text,
    hours_lines,
    information_lines,
    languages_text,
    open_now_text,
    voucher_kind_text,
    voucher_text,
)
from sote_navigator.wording.display import isolate, shown
from sote_navigator.wording.vocabulary import (
    access_text,
    choice_text,
    example_marker,
    level_text,
    provider_kind_text,
    provision_type_text,
)

if TYPE_CHECKING:
    from sote_navigator.core.catalogue import (
        LocationDetails,
        OfferingDetails,
        RecordSource,
        RegionalUnit,
        ServiceDetails,
    )
    from sote_navigator.core.contact_routes import ContactRoute
    from sote_navigator.core.item_views import LocationView, ProviderView, ServiceView


# A value column narrower than this puts the captions above the values.
NARROWEST_VALUE = 260


class DetailsPane(QScrollArea):
    def __init__(self, placeholder: Callable[[], str], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self._placeholder = placeholder
        body = QWidget(self)
        self._body = body
        self.title = plain_label(body)
        self.title.setObjectName("detailsTitle")
        font = self.title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.25)
        self.title.setFont(font)
        self.subtitle = plain_label(body)
        self.kind_badge = Badge(Badge.KIND, body)
        self.example_badge = Badge(Badge.EXAMPLE, body)
        self.notice = plain_label(body)
        self.notice.setStyleSheet("QLabel { background:#fff3e0; padding:4px; }")
        badges = self._badges = QBoxLayout(QBoxLayout.Direction.LeftToRight)
        badges.addWidget(self.kind_badge)
        badges.addWidget(self.example_badge)
        badges.addStretch(1)
        self.form = QFormLayout()
        self.form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        layout = QVBoxLayout(body)
        layout.addWidget(self.title)
        layout.addWidget(self.subtitle)
        layout.addLayout(badges)
        layout.addWidget(self.notice)
        layout.addLayout(self.form)
        layout.addStretch(1)
        self.setWidget(body)
        # Nothing scrolls sideways: narrow, captions go above their values and badges stack.
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self._render: Callable[[], None] | None = None
        # The Finnish wall clock that "open now" and the next exception are told from.
        self.clock: Callable[[], dt.datetime] = opening_hours.now
        self.show_nothing()

    # --- what to show ---------------------------------------------------------------------

    def show_nothing(self) -> None:
        self._show(self._nothing)

    def show_service(self, view: ServiceView) -> None:
        self._show(lambda: self._service(view))

    def show_provider(self, view: ProviderView, offering: OfferingDetails | None = None) -> None:
        self._show(lambda: self._provider(view, offering))

    def show_location(
        self,
        view: LocationView,
        offering: OfferingDetails | None = None,
        others: Callable[[], Sequence[str]] = tuple,
    ) -> None:
        """``others``: the names of the other services offered at the location (read again
        in the new language when it changes)."""
        self._show(lambda: self._location(view, offering, others()))

    def wanted_height(self) -> int:
        """The height that shows everything at the current width, without scrolling."""
        body = self._body
        width = self.viewport().width()
        height = body.heightForWidth(width) if body.hasHeightForWidth() else -1
        return (height if height > 0 else body.sizeHint().height()) + 2 * self.frameWidth()

    def rows(self) -> dict[str, str]:
        """Caption -> shown text, for tests and for screen-reader checks."""
        found = {}
        for i in range(self.form.rowCount()):
            caption = self.form.itemAt(i, QFormLayout.ItemRole.LabelRole)
            value = self.form.itemAt(i, QFormLayout.ItemRole.FieldRole)
            if caption and value:
                c, v = caption.widget(), value.widget()
                if isinstance(c, QLabel) and isinstance(v, QLabel):
                    found[c.text().rstrip(":")] = v.text()
        return found

    def _show(self, render: Callable[[], None]) -> None:
        self._render = render
        render()
        self._fit_width()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._fit_width()

    def _fit_width(self) -> None:
        """Captions beside their values where both fit, above them where not; badges side
        by side where they fit, one under another where not: no text is cut at any width."""
        width = self.viewport().width() - 24
        captions = [
            widget.sizeHint().width()
            for i in range(self.form.rowCount())
            if (item := self.form.itemAt(i, QFormLayout.ItemRole.LabelRole))
            and (widget := item.widget()) is not None
        ]
        wide = width >= max(captions, default=0) + NARROWEST_VALUE
        policy = (
            QFormLayout.RowWrapPolicy.WrapLongRows
            if wide
            else QFormLayout.RowWrapPolicy.WrapAllRows
        )
        if self.form.rowWrapPolicy() != policy:
            self.form.setRowWrapPolicy(policy)
        shown_badges = [b for b in (self.kind_badge, self.example_badge) if not b.isHidden()]
        together = sum(b.sizeHint().width() + 6 for b in shown_badges) <= width
        direction = (
            QBoxLayout.Direction.LeftToRight if together else QBoxLayout.Direction.TopToBottom
        )
        if self._badges.direction() != direction:
            self._badges.setDirection(direction)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self._render is not None:
            self._render()
        super().changeEvent(event)

    # --- building ---------------------------------------------------------------------------

    def _begin(self, title: str, example: bool, kind: str = "", subtitle: str = "") -> None:
        while self.form.rowCount():
            self.form.removeRow(0)
        # Catalogue text: a long name is cut (whole in the tooltip), bidirectional text isolated.
        self.title.setText(shown(title))
        self.title.setToolTip(plain_tooltip(title) if shown(title) != isolate(title) else "")
        self.subtitle.setText(subtitle)
        self.subtitle.setVisible(bool(subtitle))
        self.kind_badge.setText(kind)
        self.kind_badge.setVisible(bool(kind))
        self.kind_badge.setAccessibleName(arg(self.tr("Provider kind: %1"), kind))
        self.example_badge.setText(example_marker())
        self.example_badge.setToolTip(
            self.tr("Invented for demonstration: not a real service or provider")
        )
        self.example_badge.setVisible(example)
        self.notice.setVisible(False)
        self.setAccessibleName(arg(self.tr("Details: %1"), title))

    def _row(self, caption: str, value: str | Iterable[str]) -> None:
        text = value if isinstance(value, str) else "\n".join(v for v in value if v)
        if not text:
            return
        label = plain_label(self.widget())
        label.setText(text)
        label.setAccessibleName(caption)
        label.setAccessibleDescription(text)
        title = QLabel(arg(self.tr("%1:"), caption), self.widget())
        title.setTextFormat(Qt.TextFormat.PlainText)
        title.setStyleSheet("QLabel { color:#444; font-weight:600; }")
        # A long caption wraps rather than leave its value a column too narrow for one word.
        title.setWordWrap(True)
        self.form.addRow(title, label)

    def _nothing(self) -> None:
        self._begin(self._placeholder(), False)

    def _service(self, view: ServiceView) -> None:
        lang = i18n.content_language()
        s = view.service
        classes = ", ".join(shown(c.name(lang)) for c in view.classes)
        self._begin(s.name(lang), s.example, subtitle=classes)
        if s.responsibility is Responsibility.MUNICIPALITY:
            self.notice.setText(
                self.tr(
                    "A municipal service, not the wellbeing services county's: refer the client "
                    "to their home municipality."
                )
            )
            self.notice.setVisible(True)
        self._row(self.tr("Description"), _description(s, lang))
        self._row(self.tr("Service level"), level_text(s.level))
        self._row(self.tr("Access"), access_text(s.access))
        self._row(self.tr("Choice"), choice_text(s.choice))
        self._row(self.tr("Eligibility"), self._eligibility(view))
        self._row(self.tr("Charge"), charge_text(s.charge))
        if s.voucher is not None:
            lines = [voucher_text(s.voucher)]
            lines += [voucher_text(published) for _, published in s.voucher.by_organiser]
            self._row(voucher_kind_text(s.voucher), lines)
        self._row(self.tr("Ways in"), _ways_in(view.routes, self.clock()))

    def _eligibility(self, view: ServiceView) -> list[str]:
        s = view.service
        lines = []
        if s.min_age is not None and s.max_age is not None:
            lines.append(arg(self.tr("aged %1 to %2"), s.min_age, s.max_age))
        elif s.min_age is not None:
            lines.append(arg(self.tr("aged %1 or over"), s.min_age))
        elif s.max_age is not None:
            lines.append(arg(self.tr("aged %1 or under"), s.max_age))
        if s.residence_required:
            lines.append(self.tr("residents of the organiser's area"))
        return lines

    def _provider(self, view: ProviderView, offering: OfferingDetails | None) -> None:
        lang = i18n.content_language()
        p = view.provider
        example = p.example or bool(offering and offering.example)
        self._begin(p.name(lang), example, provider_kind_text(p.kind))
        if offering is not None and offering.location is None:
            self._row(self.tr("Location"), self.tr("no fixed location (e.g. home visits or phone)"))
        self._row(self.tr("Business ID"), p.business_id or "")
        self._row(self.tr("Organiser"), view.organiser.name(lang) if view.organiser else "")
        self._row(self.tr("Web"), p.web or "")
        self._row(self.tr("Ways in"), _ways_in(view.routes, self.clock()))
        self._row(self.tr("Regional units served"), _unit_names(view.units))
        if offering is not None:
            self._offering_rows(offering)

    def _location(
        self, view: LocationView, offering: OfferingDetails | None, others: Sequence[str] = ()
    ) -> None:
        lang = i18n.content_language()
        x, p = view.location, view.provider
        example = x.example or bool(p and p.example) or bool(offering and offering.example)
        kind = provider_kind_text(p.kind) if p else ""
        self._begin(x.name(lang), example, kind, subtitle=shown(p.name(lang)) if p else "")
        if lang == "sv" and _source_has_no_swedish_name(x):
            # Never an invented translation: the Finnish name, and why it is the only one.
            self.notice.setText(
                self.tr("The name is in Finnish only: the source gives no Swedish name.")
            )
            self.notice.setVisible(True)
        self._row(self.tr("Address"), x.address(lang))
        if view.municipality is not None:
            self._row(self.tr("Municipality"), view.municipality.name(lang))
        self._row(self.tr("Phone"), (_phone(n.number, n.info, lang) for n in x.phones))
        self._row(self.tr("Email"), x.emails)
        self._row(self.tr("Web"), x.web)
        self._hours(x, lang)
        self._row(
            self.tr("Evenings and weekends"), self._extended_hours(x.open_evenings, x.open_weekends)
        )
        self._row(self.tr("Service languages"), languages_text(x.languages))
        access = (
            self.tr("accessible premises") if x.accessible else self.tr("not reported accessible")
        )
        self._row(self.tr("Accessibility"), [access, *localized.pick_all(x.accessibility, lang)])
        self._row(self.tr("Regional units served"), _unit_names(view.units))
        self._information_rows(x.verified_on, x.source, view.stale)
        if offering is not None:
            self._offering_rows(offering)
        self._row(self.tr("Other services here"), [shown(name) for name in others])

    def _hours(self, x: LocationDetails, lang: str) -> None:
        """The regular hours, by appointment, open now, and the next exception to them."""
        now = self.clock()
        schedule = x.schedule
        lines = hours_lines(x.hours)
        if x.by_appointment:
            lines.append(self.tr("by appointment"))
        lines.append(localized.pick(x.hours_note, lang))
        self._row(self.tr("Opening hours"), lines)
        self._row(self.tr("Now"), open_now_text(opening_hours.is_open_at(schedule, now)))
        upcoming = opening_hours.next_exception(schedule, now.date())
        if upcoming is not None:
            self._row(self.tr("Next exception"), exception_text(upcoming, now.date(), lang))

    def _information_rows(
        self, verified_on: str | None, source: RecordSource | None, stale: bool
    ) -> None:
        """How old the record's information is, and its source: nothing dated years ago is
        shown as if it were checked today."""
        self._row(self.tr("Information"), information_lines(verified_on, source, stale))

    def _extended_hours(self, evenings: bool, weekends: bool) -> str:
        if evenings and weekends:
            return self.tr("open evenings and weekends")
        if evenings:
            return self.tr("open evenings")
        if weekends:
            return self.tr("open weekends")
        return self.tr("not open evenings or weekends")

    def _offering_rows(self, o: OfferingDetails) -> None:
        self._row(self.tr("Provision"), provision_type_text(o.provision_type))
        self._row(self.tr("Languages for this service"), languages_text(o.languages))
        if o.home_visits:
            self._row(self.tr("Home visits"), self.tr("yes"))
        if o.waiting_days is not None:
            self._row(
                self.tr("Waiting time"),
                translate("DetailsPane", "about %n day(s)", None, o.waiting_days),
            )
        if o.voucher is not None:
            self._row(voucher_kind_text(o.voucher), voucher_text(o.voucher))


def _description(service: ServiceDetails, language: str) -> str:
    """The description in the UI language, else the summary in it, else any description:
    a sentence in the client's language says more than a page in the other one."""
    for kind in ("description", "summary"):
        for text in service.descriptions:
            if text.get("type") == kind and text.get("language") == language and text.get("value"):
                return str(text["value"])
    return service.description(language)


def _source_has_no_swedish_name(x: LocationDetails) -> bool:
    return (
        x.source is not None
        and x.source.lacks("sv")
        and "sv" not in localized.languages_of(x.names)
    )


def _ways_in(routes: Iterable[ContactRoute], now: dt.datetime) -> list[str]:
    # Imported here: the window's first paint does without the routes' wording.
    from sote_navigator.core.contact_routes import route_json
    from sote_navigator.wording.contact_routes import route_line

    return [route_line(route_json(r), now) for r in routes]


def _unit_names(units: Iterable[RegionalUnit]) -> list[str]:
    return [isolate(u.name(i18n.content_language())) for u in units]


def _phone(number: str, info: localized.LocalizedText, language: str) -> str:
    note = localized.pick(info, language)
    return f"{isolate(number)} ({isolate(note)})" if note else number
