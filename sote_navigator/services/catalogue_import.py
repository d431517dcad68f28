"""Importing a catalogue file: read, validate, diff (nothing written), then apply at once.

``plan_import`` does all the reading and checking and says what would change;
``apply_import`` writes that plan in one transaction, so that a failure, a cancel or a killed
process leaves the previous catalogue as it was. The GUI runs both off its thread.
"""

from __future__ import annotations

import logging
import zipfile
import zlib
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.core.progress import Progress
from sote_navigator.db import catalogue_rows
from sote_navigator.db.catalogue_changes import Changes, KindChanges
from sote_navigator.db.catalogue_reading import StoredCatalogue
from sote_navigator.db.engine import writing
from sote_navigator.exchange import native, reading, validation
from sote_navigator.exchange.diff import CatalogueDiff, diff
from sote_navigator.exchange.finding_subjects import Subject, SubjectFinder
from sote_navigator.exchange.findings import Code, FileRefused, Findings, Severity, refuse
from sote_navigator.exchange.ptv import merge as ptv_merge
from sote_navigator.exchange.ptv import reader as ptv_reader
from sote_navigator.exchange.signature import signature_path
from sote_navigator.services import catalogue, catalogue_signing, region_rights
from sote_navigator.services.catalogue_signing import Signature

log = logging.getLogger(__name__)


@dataclass
class ImportPlan:
    path: Path
    source_format: str
    findings: Findings
    document: dict[str, Any] | None = None
    diff: CatalogueDiff | None = None
    source_hash: str = ""
    base_version: int | None = None
    # The publisher's checked signature; None for an unsigned file.
    signature: Signature | None = None
    # The current catalogue as read while planning, when planning needed it anyway (PTV).
    base_document: dict[str, Any] | None = field(default=None, repr=False)
    # Each finding's (file, place) → the record it is about, for words a maintainer reads.
    subjects: dict[tuple[str, str], Subject] = field(default_factory=dict, repr=False)

    @property
    def ok(self) -> bool:
        return self.document is not None and self.findings.ok

    @property
    def changes_nothing(self) -> bool:
        return self.diff is not None and self.diff.empty and not self.diff.header


class CatalogueChanged(Exception):
    """Another import or rollback finished between planning and applying."""


def detect_format(path: Path) -> str:
    """``ptv`` for a folder, a zip of several JSON files or JSON without our format tag."""
    if path.is_dir():
        return "ptv"
    head = reading.read_head(path, 4096)
    if head.startswith(reading.ZIP_MAGIC):
        with reading.open_zip(path) as archive:
            members = [n for n in archive.namelist() if n.lower().endswith(".json")]
        return "native" if len(members) == 1 and _native_member(path) else "ptv"
    if head.startswith(reading.GZIP_MAGIC):
        return "native"
    return "native" if b'"format"' in head or b"sote-navigator-catalogue" in head else "ptv"


def _native_member(path: Path) -> bool:
    with reading.open_zip(path) as archive:
        name = next(n for n in archive.namelist() if n.lower().endswith(".json"))
        try:
            with archive.open(name) as f:
                return b"sote-navigator-catalogue" in f.read(4096)
        except (zipfile.BadZipFile, zlib.error, EOFError, NotImplementedError, RuntimeError) as exc:
            # A header that lies about a member's size or checksum; an encrypted member.
            raise refuse(Code.CORRUPT_ARCHIVE, f"{path}!{name}", detail=str(exc)) from exc


def plan_import(
    engine: Engine,
    path: Path,
    source_format: str = "auto",
    progress: Progress | None = None,
    *,
    with_diff: bool = True,
    keys_folder: Path | None = None,
) -> ImportPlan:
    """Everything short of writing: the signature, the findings, the new catalogue, the diff.

    A signature beside the file is checked first, against the public keys in
    ``keys_folder`` (none trusted when None): a file changed after signing, or signed with a
    key not trusted there, is refused (UserFacingError) before it is parsed.
    """
    findings = Findings()
    try:
        checked = catalogue_signing.verify(path, keys_folder)
        if source_format == "auto":
            source_format = detect_format(path)
    except FileRefused as refused:
        findings.add(refused.finding)
        return ImportPlan(path, "native" if source_format == "auto" else source_format, findings)
    plan = ImportPlan(path, source_format, findings, signature=checked)
    current_info = catalogue.current(engine)
    plan.base_version = current_info.version_number if current_info else None
    try:
        if progress is not None:
            progress.report(0, 0, "read")
        if source_format == "ptv":
            _plan_ptv(engine, plan, progress)
        else:
            _plan_native(plan, progress)
    except FileRefused as refused:
        findings.add(refused.finding)
        plan.document = None
        return plan
    catalogue_signing.refuse_if_changed(path, plan.signature, plan.source_hash)
    if plan.document is None or not findings.ok or not with_diff:
        return plan
    if progress is not None:
        progress.report(0, 0, "diff")
    base, plan.base_document = plan.base_document, None  # not kept beyond planning
    if base is not None:
        plan.diff = _diff(base, plan.document, progress)
        return plan
    # The current catalogue is read from the database one entity list at a time.
    with engine.connect() as con:
        row = catalogue.current_row(con)
        stored = StoredCatalogue(con, dict(row.header) if row else {})
        plan.diff = _diff(stored, plan.document, progress)
    return plan


def _diff(
    current: Mapping[str, Any], document: Mapping[str, Any], progress: Progress | None
) -> CatalogueDiff:
    return diff(
        current,
        document,
        catalogue_rows.comparable,
        catalogue_rows.comparable_columns,
        progress,
    )


def _plan_native(plan: ImportPlan, progress: Progress | None) -> None:
    loaded = native.read(plan.path)
    plan.source_hash = loaded.source_hash
    if progress is not None:
        progress.report(0, 0, "validate")
    validation.validate(loaded.document, str(plan.path), progress=progress, findings=plan.findings)
    plan.document = loaded.document
    plan.subjects = SubjectFinder(loaded.document).subjects(plan.findings)


def _plan_ptv(engine: Engine, plan: ImportPlan, progress: Progress | None) -> None:
    findings = plan.findings
    plan.source_hash = reading.file_hash(plan.path)
    objects = ptv_reader.read_objects(ptv_reader.parsed_sources(plan.path, findings), findings)
    collected = ptv_merge.collect(objects, findings, progress)
    try:
        _plan_collected(engine, plan, collected, progress)
    finally:
        read = plan.document or {
            "services": list(collected.services.values()),
            "providers": list(collected.providers.values()),
            "locations": list(collected.locations.values()),
        }
        plan.subjects = SubjectFinder(read, collected.origins).subjects(findings)


def _plan_collected(
    engine: Engine, plan: ImportPlan, collected: ptv_merge.PtvImport, progress: Progress | None
) -> None:
    findings = plan.findings
    if not (collected.services or collected.locations or collected.providers):
        if findings.ok:
            findings.error(Code.NO_PTV_DATA, str(plan.path), "$")
        return
    if not findings.ok:
        return
    current = catalogue.export_document(engine)
    # merge_into leaves ``current`` as it was, so the diff can compare against it.
    plan.base_document = current
    document = ptv_merge.merge_into(current, collected)
    if progress is not None:
        progress.report(0, 0, "validate")
    checked = validation.validate(
        document,
        str(plan.path),
        locate=_ptv_locator(document, collected.origins, str(plan.path)),
        progress=progress,
    )
    # Warnings about what the catalogue already held are not this file's business.
    findings.extend(f for f in checked if f.severity is Severity.ERROR or f.file != str(plan.path))
    plan.document = document


def _ptv_locator(
    document: dict[str, Any], origins: ptv_merge.Origins, file: str
) -> validation.Locator:
    fallback = validation.default_locator(file)

    def locate(kind: str, index: int | None, inner: str) -> tuple[str, str]:
        if index is not None and kind in ("services", "providers", "locations"):
            origin = origins.get((kind, document[kind][index].get("id")))
            if origin is not None:
                return origin[0], f"{origin[1]} ({kind}{inner})"
        return fallback(kind, index, inner)

    return locate


def apply_import(
    engine: Engine,
    plan: ImportPlan,
    progress: Progress | None = None,
    *,
    allow_unsigned: bool = False,
) -> int | None:
    """Install the planned catalogue in one transaction. None when it changes nothing.

    An unsigned file is installed only when the user said so (``allow_unsigned``: the
    window's confirmation, the command line's --allow-unsigned).
    """
    if not plan.ok or plan.document is None:
        raise ValueError("an import plan with errors cannot be applied")
    region_rights.require_catalogue_rights(engine)
    if plan.signature is None and not allow_unsigned:
        raise UserFacingError(
            Problem.CATALOGUE_UNSIGNED,
            {"path": str(plan.path), "signature": str(signature_path(plan.path))},
        )
    if plan.changes_nothing:
        return None
    if plan.signature is None:
        log.info("importing %s unsigned, as the user allowed", plan.path.name)
    else:
        log.info(
            "importing %s signed by %s at %s with the trusted key %s (%s)",
            plan.path.name,
            plan.signature.signer,
            plan.signature.signed_at.isoformat(),
            plan.signature.key_name,
            plan.signature.fingerprint,
        )
    with writing(engine) as con:
        row = catalogue.current_row(con)
        if (row.id if row else None) != plan.base_version:
            raise CatalogueChanged
        return catalogue.install(
            con,
            plan.document,
            source_hash=plan.source_hash,
            source_format=plan.source_format,
            source_name=plan.path.name,
            progress=progress,
            changes=changes_of(plan.diff) if plan.diff is not None else None,
        )


def changes_of(found: CatalogueDiff) -> Changes:
    """The diff's keys, as the store takes them."""
    return {
        kind: KindChanges(
            frozenset(c.key for c in d.added),
            frozenset(c.key for c in d.changed),
            frozenset(c.key for c in d.removed),
        )
        for kind, d in found.kinds.items()
    }


def export_catalogue(engine: Engine, path: Path) -> None:
    native.write(path, catalogue.export_document(engine))
