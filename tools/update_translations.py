"""Keep translations/ in step with the code: lupdate into the .ts files, lrelease into .qm.

    python tools/update_translations.py             update .ts (keeping translations), build .qm
    python tools/update_translations.py --list      update, then list what is left to translate
    python tools/update_translations.py --export F  update, then write the unfinished strings
                                                    to F (JSON) for translating in an editor
    python tools/update_translations.py --apply F   put the translations filled in F into the
                                                    .ts files, then update and build again

A pass after new code lands: --export todo.json, fill in every "translation", --apply todo.json,
commit translations/. The exported file lists, for each language, the strings with their
context (the class or the translate() context) and the plural forms wanted ("numerus").
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

if __package__ in (None, ""):
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from tools import linguist


def update() -> None:
    linguist.TRANSLATIONS.mkdir(exist_ok=True)
    for language in linguist.LANGUAGES:
        ts = linguist.ts_path(language)
        linguist.lupdate(language, ts)
        linguist.lrelease(ts, linguist.qm_path(language))


def todo() -> dict[str, list[dict[str, object]]]:
    out: dict[str, list[dict[str, object]]] = {}
    for language in linguist.LANGUAGES:
        entries = []
        for m in linguist.unfinished(language):
            forms = 2 if m.numerus else 1
            current = [t for t in m.translations if t] if not m.unfinished else m.translations
            entries.append(
                {
                    "context": m.context,
                    "source": m.source,
                    "comment": m.comment,
                    "numerus": m.numerus,
                    # lupdate may have guessed from a similar string: check it.
                    "translation": (current + [""] * forms)[:forms],
                }
            )
        out[language] = entries
    return out


def apply(path: Path) -> int:
    data = json.loads(path.read_text(encoding="utf-8"))
    total = 0
    for language, entries in data.items():
        filled = {
            (e["context"], e["source"], e.get("comment", "")): list(e["translation"])
            for e in entries
        }
        total += linguist.write_translations(linguist.ts_path(language), filled)
    return total


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--list", action="store_true", help="list unfinished strings")
    parser.add_argument("--export", type=Path, metavar="FILE.json")
    parser.add_argument("--apply", type=Path, metavar="FILE.json")
    args = parser.parse_args(argv)
    if args.apply:
        print(f"{apply(args.apply)} translations applied")
    update()
    left = todo()
    if args.export:
        args.export.write_text(json.dumps(left, ensure_ascii=False, indent=1) + "\n", "utf-8")
        print(f"wrote {args.export}")
    if args.list:
        for language, entries in left.items():
            for e in entries:
                print(f"{language}\t{e['context']}\t{e['source']!r}")
    for language, entries in left.items():
        print(f"{language}: {len(entries)} unfinished")
    return 0


if __name__ == "__main__":
    sys.exit(main())
