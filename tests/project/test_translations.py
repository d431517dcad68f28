"""translations/ is complete and in step with the code (fix: python tools/update_translations.py).

Run ``python tools/update_translations.py --export todo.json`` to see what is missing, fill it
in, and ``--apply todo.json``.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tools import linguist

FIX = "run: python tools/update_translations.py --export todo.json, translate, --apply todo.json"


@pytest.mark.parametrize("language", linguist.LANGUAGES)
def test_every_string_is_translated(language: str) -> None:
    left = [f"{m.context}: {m.source!r}" for m in linguist.unfinished(language)]
    assert not left, f"{len(left)} unfinished in {language} ({FIX}):\n" + "\n".join(left)


@pytest.mark.parametrize("language", ("fi", "sv"))
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = [
        f"{m.context}: {m.source!r} -> {text!r}"
        for m in linguist.read_ts(linguist.ts_path(language))
        for text in m.placeholder_problems()
    ]
    assert not wrong, "placeholders differ from the source:\n" + "\n".join(wrong)


def test_english_carries_the_plural_forms() -> None:
    plurals = [m for m in linguist.read_ts(linguist.ts_path("en")) if m.numerus]
    every = [m for m in linguist.read_ts(linguist.ts_path("fi")) if m.numerus]
    assert plurals, "no %n string: the plural machinery is untested"
    assert {m.key for m in plurals} == {m.key for m in every}


def test_lupdate_finds_no_string_missing_from_the_ts_files(tmp_path: Path) -> None:
    for language in linguist.LANGUAGES:
        committed = linguist.ts_path(language)
        copy = tmp_path / committed.name
        shutil.copy(committed, copy)
        linguist.lupdate(language, copy)
        before = {m.key for m in linguist.read_ts(committed)}
        after = {m.key for m in linguist.read_ts(copy)}
        added = sorted(after - before)
        gone = sorted(before - after)
        assert not added, f"{language}: strings not in {committed.name} ({FIX}): {added}"
        assert not gone, f"{language}: strings no longer in the code ({FIX}): {gone}"


@pytest.mark.parametrize("language", linguist.LANGUAGES)
def test_committed_qm_is_built_from_the_ts(language: str, tmp_path: Path) -> None:
    built = tmp_path / f"{language}.qm"
    linguist.lrelease(linguist.ts_path(language), built)
    committed = linguist.qm_path(language)
    assert committed.exists(), f"{committed.name} is missing ({FIX})"
    assert committed.read_bytes() == built.read_bytes(), f"{committed.name} is stale ({FIX})"
