"""Refresh the PTV-derived rows of the search vocabulary, data/vocabulary.csv.

    python tools/build_vocabulary.py [--shared ../shared] [--check]

The vocabulary is one term a row: ``term, language, services, classes, source``. Rows whose
source begins with "PTV" are derived here from the reference data (../shared/data/ptv, read
only by this script, never at run time):

- the name of every statutory sote general description (GeneralDescription_SOTE.json), tied
  to the default catalogue's service of the same reference code: often an older or shorter
  name than the catalogue's ("Palveluasuminen", "Potilasasiamies");
- the ontology terms (KOKO/YSO) of each description, tied to every description listing them;
- the fi/sv/en names of the national service classes (ServiceClasses.json, ptvserclass2) the
  default catalogue's services belong to, tied to the class alone.

Every other row is curated by hand and kept as it is; a curated term wins over a derived row
for the same words. Rows that give services but no classes get the classes of their first
service in data/default-catalogue.json, so that a catalogue with other service ids is served
through the class. Output is sorted by what a row means, then language and term. ``--check``
exits 1 when the file is not what this script would write.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from sote_navigator.core.search_vocabulary import CLASS_URI, COLUMNS, key_of  # noqa: E402

VOCABULARY = ROOT / "data" / "vocabulary.csv"
CATALOGUE = ROOT / "data" / "default-catalogue.json"
PTV = "PTV"

Row = dict[str, str]


def code_of(uri: str) -> str:
    return uri.removeprefix(CLASS_URI)


def _clean_ontology(value: str) -> list[str]:
    """'sosiaalipäivystys (päivystys)' -> 'sosiaalipäivystys'; a value holding a stray URI
    and a second term (SOTE-0018) -> both terms; 'kuvantaminen -- lääketiede' -> 'kuvantaminen'."""
    out = []
    for part in re.split(r"\s*http\S+\s*|\n+", value):
        part = re.sub(r"\s*\(.*?\)\s*", " ", part).split(" -- ")[0].strip()
        if part:
            out.append(part[0].lower() + part[1:] if not part[:2].isupper() else part)
    return out


def derived_rows(shared: Path, catalogue: dict[str, object]) -> list[Row]:
    services = {s["id"]: s for s in catalogue["services"]}  # type: ignore[index]
    used_classes = {c for s in services.values() for c in s.get("classes", [])}
    descriptions = json.loads(
        (shared / "data" / "ptv" / "GeneralDescription_SOTE.json").read_text(encoding="utf-8")
    )
    rows: list[Row] = []
    ontology: dict[str, list[tuple[str, str]]] = {}
    for d in descriptions:
        code = d["ReferenceCode"]
        if code not in services:
            continue
        for name in d["Name"]:
            rows.append(
                {
                    "term": name["Label"].strip(),
                    "language": name["Lang"],
                    "services": code,
                    "classes": "",
                    "source": f"{PTV} general description {code}: name",
                }
            )
        for term in d.get("OntologyTerm", []):
            for value in _clean_ontology(term["Value"]):
                ontology.setdefault(value, []).append((code, term["Key"]))
    for value, found in ontology.items():
        codes = list(dict.fromkeys(code for code, _ in found))
        concept = found[0][1].split("\n")[0].strip()
        rows.append(
            {
                "term": value,
                "language": "fi",
                "services": " ".join(codes),
                "classes": "",
                "source": f"{PTV} general description {', '.join(codes)}: ontology term {concept}",
            }
        )
    classes = json.loads(
        (shared / "data" / "ptv" / "ServiceClasses.json").read_text(encoding="utf-8")
    )
    for c in classes:
        uri = c["Id"]
        if uri not in used_classes:
            continue
        for language, value in (c.get("Label") or {}).items():
            if language.lower() in ("fi", "sv", "en") and value:
                rows.append(
                    {
                        "term": value.strip(),
                        "language": language.lower(),
                        "services": "",
                        "classes": code_of(uri),
                        "source": f"{PTV} service class {code_of(uri)} (ptvserclass2): name",
                    }
                )
    return rows


def read_rows(path: Path) -> list[Row]:
    if not path.exists():
        return []
    with path.open(encoding="utf-8", newline="") as f:
        return [dict(r) for r in csv.DictReader(f)]


def build(shared: Path) -> str:
    catalogue = json.loads(CATALOGUE.read_text(encoding="utf-8"))
    service_classes = {s["id"]: s.get("classes", []) for s in catalogue["services"]}
    curated = [r for r in read_rows(VOCABULARY) if not r["source"].startswith(PTV)]
    taken = {key_of(r["term"]) for r in curated}
    rows = list(curated)
    for row in derived_rows(shared, catalogue):
        key = key_of(row["term"])
        if key not in taken:
            taken.add(key)
            rows.append(row)
    for row in rows:
        ids = row["services"].split()
        unknown = [i for i in ids if i not in service_classes]
        if unknown:
            raise SystemExit(f"{row['term']!r}: no such service in the catalogue: {unknown}")
        if ids and not row["classes"].strip():
            row["classes"] = " ".join(code_of(u) for u in service_classes[ids[0]])
    rows.sort(
        key=lambda r: (
            r["services"].split()[0] if r["services"] else "~" + r["classes"],
            r["language"],
            key_of(r["term"]),
        )
    )
    out = io.StringIO()
    writer = csv.DictWriter(out, COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows({c: r[c].strip() for c in COLUMNS} for r in rows)
    return out.getvalue()


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    parser.add_argument("--check", action="store_true")
    args = parser.parse_args()
    text = build(args.shared)
    if args.check:
        same = VOCABULARY.exists() and VOCABULARY.read_text(encoding="utf-8") == text
        print("up to date" if same else f"{VOCABULARY} differs from what the script writes")
        return 0 if same else 1
    VOCABULARY.write_text(text, encoding="utf-8")
    count = text.count("\n") - 1
    print(f"{VOCABULARY}: {count} terms")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
