"""The streamed parse of a catalogue gives what json.loads gives, and holds far less."""

from __future__ import annotations

import json
import tracemalloc
from pathlib import Path
from typing import Any

import pytest

from sote_navigator.exchange import entity_lists, native
from sote_navigator.exchange.entity_lists import EntityList, NotStreamable, parse_document

LISTS = ("services", "offerings")


def _plain(value: Any) -> Any:
    if isinstance(value, EntityList):
        return [_plain(x) for x in value]
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    return value


TRICKY = (
    '{"format": "x", "services": [{"id": "a", "n": 12345678901234567890, "f": -1.5e-7},'
    ' {"id": "\\u00e4\\u20ac\\ud83d\\ude00 \\"q\\" \\\\", "t": [true, false, null]},'
    ' {"id": "dup", "id": "last"}, 7, "s", [], {}],'
    ' "offerings": [], "other": [1, 2, {"a": [3]}], "services": [{"id": "again"}],'
    ' "catalogue": {"publisher": "Ålands \u2013 € \U0001f600", "lone": "\\ud800"},'
    ' "n": 10, "z": 1e400}'
)


@pytest.mark.parametrize("chunk", [1, 2, 3, 7, 64, 1 << 20])
def test_parse_gives_what_json_loads_gives_at_any_chunk_size(
    chunk: int, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(entity_lists, "CHUNK", chunk)
    monkeypatch.setattr(entity_lists, "BATCH", 2)
    data = TRICKY.encode()
    parsed = parse_document(data, 0, LISTS)
    assert isinstance(parsed["services"], EntityList)
    assert not isinstance(parsed["other"], EntityList)
    assert list(parsed) == list(json.loads(data))
    assert _plain(parsed) == json.loads(data)
    # Numbers cut at a chunk boundary are read whole.
    numbers = b'{"offerings": [1234567, 89, 1.25e10]}'
    assert _plain(parse_document(numbers, 0, LISTS)) == json.loads(numbers)


@pytest.mark.parametrize(
    "text",
    [
        '{"services": [1, 2',
        '{"services": [1, 2,]}',
        '{"services": [1 2]}',
        '{"services": [NaN]}',
        '{"services": []} x',
        '{"services": []',
        '["not an object"]',
        '{"a" 1}',
        '{"services": ["\\ud800", "\xff"]}',
    ],
)
def test_what_the_stream_cannot_take_is_left_to_the_plain_parse(text: str) -> None:
    data = text.encode("utf-8", "surrogateescape") if "\xff" not in text else text.encode("latin-1")
    with pytest.raises(NotStreamable):
        parse_document(data, 0, LISTS)


def test_entity_list_reads_like_a_list(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(entity_lists, "BATCH", 3)
    items = [{"id": str(n), "v": [n]} for n in range(10)]
    listed = EntityList.of(items)
    assert len(listed) == 10 and list(listed) == items and listed == items and items == listed
    assert listed[0] == items[0] and listed[4] == items[4] and listed[-1] == items[-1]
    assert listed[2:5] == items[2:5]
    with pytest.raises(IndexError):
        listed[10]
    assert b"".join(listed.compact_json()) == json.dumps(items, separators=(",", ":")).encode()
    assert not EntityList.of([]) and list(EntityList.of([])) == []


def _document(entities: int) -> dict[str, Any]:
    return {
        "format": native.FORMAT_NAME,
        "format_version": native.FORMAT_VERSION,
        "catalogue": {"id": "t", "version": "1", "publisher": "Testi \u2013 \u20ac"},
        "offerings": [
            {
                "id": f"off-{n:06d}",
                "service": f"S-{n % 300}",
                "location": f"loc-{n % 5000:05d}",
                "languages": ["fi", "sv"],
                "waiting_days": n % 30,
                "note": [{"language": "fi", "type": "name", "value": f"Ääniä {n}"}],
            }
            for n in range(entities)
        ],
    }


def test_a_native_file_is_read_into_less_than_its_size_and_restores_whole(tmp_path: Path) -> None:
    """The whole decoded text and the whole tree are never in memory at once."""
    document = _document(25_000)
    path = tmp_path / "big.json"
    with path.open("w", encoding="utf-8") as f:
        json.dump(document, f, ensure_ascii=False, indent=2)
    size = path.stat().st_size
    assert size > 7_000_000
    tracemalloc.start()
    try:
        loaded = native.read(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    # The file's bytes, the compact lists (about 60 % of an indented file) and the pieces in
    # hand (a megabyte of text, a batch of entities): 2.4 times this file; read whole and
    # parsed at once, it took 5.5 times.
    assert peak < 3 * size
    assert loaded.document == document
    assert native.from_snapshot(native.snapshot(loaded.document)) == document
