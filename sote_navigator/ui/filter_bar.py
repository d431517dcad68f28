"""The filters: service in Swedish, opening hours, access, vouchers, provider kind."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QGridLayout, QLabel, QWidget

from sote_navigator.core.navigation import Feature, OfferingFilter
from sote_navigator.core.vocabulary import ProviderKind
from sote_navigator.wording.vocabulary import provider_kind_text


class FilterBar(QWidget):
    changed = Signal(object)  # OfferingFilter

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.checkboxes = {feature: QCheckBox(self) for feature in Feature}
        for feature, box in self.checkboxes.items():
            box.setObjectName(f"filter_{str(feature.name).lower()}")
            box.toggled.connect(self._emit)
        self.kind = QComboBox(self)
        self.kind.setObjectName("filter_kind")
        self.kind.addItem("", None)
        for kind in ProviderKind:
            self.kind.addItem("", kind.value)
        self.kind.currentIndexChanged.connect(self._emit)
        self._kind_caption = QLabel(self)
        self._kind_caption.setBuddy(self.kind)
        grid = QGridLayout(self)
        grid.setContentsMargins(0, 0, 0, 0)
        grid.setVerticalSpacing(2)
        order = (
            Feature.SWEDISH,
            Feature.VOUCHER,
            Feature.EVENINGS,
            Feature.WEEKENDS,
            Feature.ACCESSIBLE,
        )
        for i, feature in enumerate(order):
            grid.addWidget(self.checkboxes[feature], i // 2, i % 2)
        grid.addWidget(self._kind_caption, 3, 0)
        grid.addWidget(self.kind, 3, 1)
        grid.setColumnStretch(1, 1)
        self.retranslate()

    def retranslate(self) -> None:
        texts = {
            Feature.SWEDISH: (
                self.tr("Service in S&wedish"),
                self.tr("Only providers that serve in Swedish"),
            ),
            Feature.EVENINGS: (
                self.tr("Open &evenings"),
                self.tr("Only service locations open after 18:00 on some day"),
            ),
            Feature.WEEKENDS: (
                self.tr("Open wee&kends"),
                self.tr("Only service locations open on Saturday or Sunday"),
            ),
            Feature.ACCESSIBLE: (
                self.tr("Accessi&ble premises"),
                self.tr("Only service locations with accessible premises"),
            ),
            Feature.VOUCHER: (
                self.tr("&Voucher accepted"),
                self.tr("Only providers that accept a service voucher"),
            ),
        }
        for feature, (label, description) in texts.items():
            box = self.checkboxes[feature]
            box.setText(label)
            box.setAccessibleName(label.replace("&", ""))
            box.setAccessibleDescription(description)
            box.setToolTip(description)
        self.kind.setItemText(0, self.tr("Any kind"))
        for i, kind in enumerate(ProviderKind, start=1):
            self.kind.setItemText(i, provider_kind_text(kind))
        self._kind_caption.setText(self.tr("Provider kin&d:"))
        self.kind.setAccessibleName(self.tr("Provider kind"))
        self.kind.setAccessibleDescription(self.tr("Only providers of this kind"))

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def current(self) -> OfferingFilter:
        required = Feature(0)
        for feature, box in self.checkboxes.items():
            if box.isChecked():
                required |= feature
        kind = self.kind.currentData()
        return OfferingFilter(required, frozenset({ProviderKind(kind)}) if kind else frozenset())

    def _emit(self) -> None:
        self.changed.emit(self.current())
