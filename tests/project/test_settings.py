"""Settings: declared once, typed, with defaults, in the data folder, on the GUI thread only."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest

from sote_navigator import paths, settings
from sote_navigator.settings import UI_LANGUAGE, Setting, Settings, WrongThread


def test_every_setting_is_declared_once_with_a_default_of_its_type() -> None:
    keys = [s.key for s in settings.ALL]
    assert len(keys) == len(set(keys))
    for setting in settings.ALL:
        assert isinstance(setting.default, setting.type)
        assert setting.valid(setting.default)  # type: ignore[arg-type]


def test_defaults_then_remembered_in_the_data_folder(tmp_path: Path) -> None:
    store = Settings()
    assert store.path == paths.data_dir() / "settings.ini"
    assert str(store.path).startswith(str(tmp_path))  # SOTE_NAVIGATOR_HOME isolates tests
    assert store.get(UI_LANGUAGE) == ""
    store.set(UI_LANGUAGE, "sv")
    assert Settings().get(UI_LANGUAGE) == "sv"
    assert "language=sv" in store.path.read_text(encoding="utf-8")
    store.reset(UI_LANGUAGE)
    assert Settings().get(UI_LANGUAGE) == ""


def test_a_bad_value_in_the_file_reads_as_the_default(tmp_path: Path) -> None:
    path = tmp_path / "settings.ini"
    path.write_text("[ui]\nlanguage=klingon\n", encoding="utf-8")
    assert Settings(path).get(UI_LANGUAGE) == ""


def test_a_bad_value_is_refused() -> None:
    with pytest.raises(ValueError):
        Settings().set(UI_LANGUAGE, "de")


def test_types_are_kept(tmp_path: Path) -> None:
    flag: Setting[bool] = Setting("test/flag", bool, False)
    count: Setting[int] = Setting("test/count", int, 3)
    store = Settings(tmp_path / "typed.ini")
    assert store.get(flag) is False and store.get(count) == 3
    store.set(flag, True)
    store.set(count, 12)
    again = Settings(tmp_path / "typed.ini")
    assert again.get(flag) is True and again.get(count) == 12


def test_settings_refuse_other_threads() -> None:
    errors: list[BaseException] = []

    def touch() -> None:
        try:
            Settings()
        except WrongThread as error:
            errors.append(error)

    worker = threading.Thread(target=touch)
    worker.start()
    worker.join()
    assert len(errors) == 1
