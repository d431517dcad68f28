"""File → Import catalogue…: findings and changes shown, confirm imports, cancel changes nothing."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QCheckBox, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from bench.national_catalogue import generate
from sote_navigator.exchange.findings import Code, Finding, Severity
from sote_navigator.services import catalogue
from sote_navigator.services.workspace import Workspace
from sote_navigator.ui.catalogue_menu import CatalogueMenu, age_days
from sote_navigator.ui.findings_model import FindingsModel
from sote_navigator.ui.import_dialog import ImportDialog
from sote_navigator.ui.main_window import MainWindow
from tests.catalogue_factory import small_catalogue, texts


def write(path: Path, doc: dict[str, Any]) -> Path:
    path.write_text(json.dumps(doc, ensure_ascii=False), encoding="utf-8")
    return path


def changed() -> dict[str, Any]:
    doc = small_catalogue()
    doc["catalogue"]["version"] = "2"
    doc["services"][1]["names"] = texts(
        "Kotihoito ja kotisairaanhoito", "Hemvård och hemsjukvård", "Home nursing"
    )
    return doc


def test_findings_model_passes_the_model_tester(qtmodeltester: Any) -> None:
    model = FindingsModel()
    model.set_findings(
        [
            Finding(Code.SCHEMA, Severity.ERROR, "a.json", "$.services[0]", {"message": "m"}),
            Finding(Code.MISSING_SWEDISH, Severity.WARNING, "a.json", "$.locations[2].names"),
        ]
    )
    qtmodeltester.check(model)
    assert model.rowCount() == 2


def test_check_shows_changes_and_import_installs(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    dialog.check(write(tmp_path / "v2.json", changed()))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    diff_text = dialog.findChild(type(dialog._diff), "importDiff").toPlainText()
    assert "Changed: service \u201cHome nursing\u201d (S-HOMECARE): name" in diff_text
    button = dialog.findChild(type(dialog._import), "importButton")
    assert not button.isEnabled(), "an unsigned file waits for the user's consent"
    dialog.findChild(QCheckBox, "acceptUnsigned").click()
    assert button.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000) as blocker:
        button.click()
    (changes,) = blocker.args
    assert changes.catalogue_before == 1 and changes.catalogue_after == 2
    info = catalogue.current(small_engine)
    assert info is not None and info.version == "2"


def test_invalid_file_shows_findings_and_cannot_be_imported(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    doc = changed()
    doc["offerings"][0]["provider"] = "prov-nobody"
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    dialog.check(write(tmp_path / "bad.json", doc))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert dialog.findings_model.rowCount() == 1
    assert dialog.findings_model.finding(0).code is Code.DANGLING_REFERENCE
    assert not dialog._import.isEnabled()
    assert "cannot be imported" in dialog._summary.text()


@pytest.mark.slow
def test_cancel_stops_checking_and_the_window_stays_responsive(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    big = write(tmp_path / "national.json", generate(seed=2))
    dialog = ImportDialog(Workspace(engine=small_engine))
    qtbot.addWidget(dialog)
    ticks: list[int] = []
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.append(1))
    timer.start(20)
    stages: list[str] = []
    dialog.check(big)
    assert dialog.busy
    op = dialog._operation
    assert op is not None
    op.progressed.connect(lambda _d, _t, stage: stages.append(stage))
    qtbot.waitUntil(lambda: "validate" in stages or not dialog.busy, timeout=60_000)
    dialog.cancel_work()
    qtbot.waitUntil(lambda: not dialog.busy, timeout=60_000)
    timer.stop()
    assert "Cancelled" in dialog._summary.text()
    assert len(ticks) >= 5, "the GUI thread kept handling events while the work ran"
    info = catalogue.current(small_engine)
    assert info is not None and info.catalogue_id == "test.small"


def test_main_window_has_import_action_and_status(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    window = MainWindow(Workspace(engine=small_engine), tmp_path / "x.sqlite")
    qtbot.addWidget(window)
    menu: CatalogueMenu = window.catalogue_menu
    assert menu.import_action.text() == "&Import catalogue\u2026"
    assert "Catalogue Testiluettelo" not in menu.status.text()  # English UI: English name
    assert "version 1" in menu.status.text()
    assert "imported today" in menu.status.text()
    dialog = menu.open_import()
    dialog.check(write(tmp_path / "v2.json", changed()))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    dialog.findChild(QCheckBox, "acceptUnsigned").setChecked(True)
    with qtbot.waitSignal(window.changes.published, timeout=20_000):
        dialog.apply()
    assert "version 2" in menu.status.text()


def test_age_in_days() -> None:
    import datetime as dt

    from sote_navigator.core.catalogue import CatalogueInfo

    info = CatalogueInfo("x", "1", "p", [], None, dt.datetime(2026, 1, 1), "native", "f", 1, {})
    assert age_days(info, dt.datetime(2026, 1, 31, 12)) == 30


def _signed(tmp_path: Path, doc: dict[str, Any], name: str = "Test publisher") -> tuple[Path, Path]:
    """A catalogue file signed with a new key, and a keys folder that trusts that key."""
    from sote_navigator.services import catalogue_signing

    key = tmp_path / "publisher.key"
    catalogue_signing.keygen(key, name)
    keys = tmp_path / "trusted-keys"
    catalogue_signing.trust_key(tmp_path / "publisher.pub", keys)
    path = write(tmp_path / "signed.json", doc)
    catalogue_signing.sign_file(path, key)
    return path, keys


def test_a_signed_file_shows_its_signer_and_imports_without_asking(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    path, keys = _signed(tmp_path, changed(), "Pirkanmaan hyvinvointialue")
    dialog = ImportDialog(Workspace(engine=small_engine), keys_folder=keys)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    signer = dialog.findChild(QLabel, "importSignature")
    assert signer.isVisible()
    assert signer.text().startswith("Signed by Pirkanmaan hyvinvointialue on ")
    assert str(dt.date.today().year) in signer.text()
    assert not dialog.findChild(QCheckBox, "acceptUnsigned").isVisible()
    assert dialog._import.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog._import.click()
    assert catalogue.current(small_engine).version == "2"  # type: ignore[union-attr]


def test_an_unsigned_file_needs_the_counsellors_consent(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    dialog = ImportDialog(Workspace(engine=small_engine), keys_folder=tmp_path / "no-keys")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(write(tmp_path / "v2.json", changed()))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "not signed" in dialog.findChild(QLabel, "importSignature").text()
    consent = dialog.findChild(QCheckBox, "acceptUnsigned")
    assert consent.isVisible() and not consent.isChecked()
    assert not dialog._import.isEnabled()
    dialog.apply()  # even called directly, nothing is imported without the consent
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "is not signed" in dialog._summary.text()
    assert catalogue.current(small_engine).version == "1"  # type: ignore[union-attr]
    dialog.check(write(tmp_path / "v2.json", changed()))
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    consent.click()
    assert consent.isChecked() and dialog._import.isEnabled()
    with qtbot.waitSignal(dialog.imported, timeout=20_000):
        dialog._import.click()
    assert catalogue.current(small_engine).version == "2"  # type: ignore[union-attr]


def test_an_altered_signed_file_is_refused_in_one_sentence(
    qtbot: QtBot, small_engine: Engine, tmp_path: Path
) -> None:
    path, keys = _signed(tmp_path, changed())
    path.write_bytes(path.read_bytes().replace(b"Home nursing", b"Home nursinG"))
    dialog = ImportDialog(Workspace(engine=small_engine), keys_folder=keys)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.check(path)
    qtbot.waitUntil(lambda: not dialog.busy, timeout=20_000)
    assert "was changed after it was signed" in dialog._summary.text()
    assert not dialog._import.isEnabled()
    assert not dialog.findChild(QCheckBox, "acceptUnsigned").isVisible()
    assert catalogue.current(small_engine).version == "1"  # type: ignore[union-attr]
