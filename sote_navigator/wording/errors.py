"""Words for the errors the Qt-free layers answer with (``core.errors.Problem``).

The CLI and the GUI both word errors through here, so that a message reads the same on the
command line and in a dialog. Each problem is one row of ``PROBLEMS``.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal

from PySide6.QtCore import QT_TRANSLATE_NOOP

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.i18n import arg, format_number, translate
from sote_navigator.wording.sentences import Sentence, term

CONTEXT = "Messages"

RECORD_FIELDS: dict[str, object] = {
    "client_reference": QT_TRANSLATE_NOOP("Messages", "The client reference"),
    "municipality": QT_TRANSLATE_NOOP("Messages", "The municipality"),
    "need_value": QT_TRANSLATE_NOOP("Messages", "The description of the need"),
    "need_text": QT_TRANSLATE_NOOP("Messages", "The description of the need"),
    "client_choice": QT_TRANSLATE_NOOP("Messages", "The client's choice"),
    "note": QT_TRANSLATE_NOOP("Messages", "The note"),
}


def record_field_text(name: str) -> str:
    """A placement record's free-text field, as the subject of a sentence."""
    return term(CONTEXT, RECORD_FIELDS.get(name, RECORD_FIELDS["note"]))


SCHEMA_OBJECTS: dict[str, object] = {
    "table": QT_TRANSLATE_NOOP("Messages", "table"),
    "index": QT_TRANSLATE_NOOP("Messages", "index"),
    "trigger": QT_TRANSLATE_NOOP("Messages", "trigger"),
    "view": QT_TRANSLATE_NOOP("Messages", "view"),
    "rule": QT_TRANSLATE_NOOP("Messages", "rule"),
    "policy": QT_TRANSLATE_NOOP("Messages", "row security policy"),
}
SCHEMA_DIFFERENCES: dict[str, object] = {
    "missing": QT_TRANSLATE_NOOP("Messages", "the %1 “%2” is missing"),
    "changed": QT_TRANSLATE_NOOP("Messages", "the %1 “%2” was altered"),
    "extra": QT_TRANSLATE_NOOP("Messages", "a %1 “%2” that is not Sote Navigator’s"),
}


def schema_difference_text(facts: Mapping[str, str]) -> str:
    """What differs in a database's schema: "a trigger “x” that is not Sote Navigator's"."""
    kind = facts.get("object_type", "")
    if kind in SCHEMA_OBJECTS:
        kind = term(CONTEXT, SCHEMA_OBJECTS[kind])
    difference = SCHEMA_DIFFERENCES.get(facts.get("difference", ""), SCHEMA_DIFFERENCES["extra"])
    template = term(CONTEXT, difference)
    return arg(template, kind, facts.get("name", ""))


def _size(value: str) -> str:
    """A number of bytes as megabytes, one decimal ("4,0 MB")."""
    try:
        count = int(value)
    except ValueError:
        return value
    megabytes = (Decimal(count) / Decimal(1_000_000)).quantize(Decimal("0.1"))
    return arg(translate("Messages", "%1 MB"), format_number(megabytes))


PROBLEMS: dict[Problem, Sentence] = {
    Problem.DATABASE_NEWER: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 was written by a newer version of Sote Navigator (schema %2; this version reads up to %3): install the newer version, or use another database with --db.",
        ),
        (
            "path",
            "found",
            "supported",
        ),
    ),
    Problem.NOT_A_DATABASE: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file %1 is not a Sote Navigator database: choose another file with --db, or move it away to start with a new database.",
        ),
        ("path",),
    ),
    Problem.DATABASE_READ_ONLY: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The folder %1 cannot be written to: give yourself write permission there, or choose another place with --db or SOTE_NAVIGATOR_HOME.",
        ),
        ("path",),
    ),
    Problem.FILE_READ_ONLY: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database file %1 cannot be changed (it is read-only or locked against changes): reading works, but to save, ask for it to be made writable, or choose another database with --db.",
        ),
        ("path",),
    ),
    Problem.DATABASE_EMPTY: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is an empty file, so its catalogue and placements are gone: restore your latest backup with “sote-navigator restore FILE”, or delete the empty file to start with a new database.",
        ),
        ("path",),
    ),
    Problem.SCHEMA_ALTERED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 was changed outside Sote Navigator (%2), so it was not opened and nothing was changed: restore your latest backup with “sote-navigator restore FILE”.",
        ),
        (
            "path",
            schema_difference_text,
        ),
    ),
    Problem.RESTORE_ALTERED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup %1 was changed outside Sote Navigator (%2), so nothing was restored: use another backup.",
        ),
        (
            "path",
            schema_difference_text,
        ),
    ),
    Problem.RESTORE_PLACEMENTS_DAMAGED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Placements in the backup %1 cannot be read (%2 of them, the first is number %3), so nothing was restored: use another backup.",
        ),
        (
            "path",
            "count",
            "id",
        ),
    ),
    Problem.PLACEMENT_DAMAGED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Placement %1 is damaged: its stored %2 cannot be read. The other placements are not affected; restore a backup to get this one back.",
        ),
        (
            "id",
            "column",
        ),
    ),
    Problem.DATABASE_CORRUPT: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is damaged (%2): restore your latest backup with “sote-navigator restore FILE”; the damaged file is kept beside it.",
        ),
        (
            "path",
            "detail",
        ),
    ),
    Problem.DATABASE_BUSY: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is busy in another program for too long: try again in a moment.",
        ),
        ("path",),
    ),
    Problem.DISK_FULL: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The disk holding %1 is full (%2 free): free at least %3 there and try again; nothing was changed.",
        ),
        (
            "path",
            lambda f: _size(f.get("free", "")),
            lambda f: _size(f.get("needed", "")),
        ),
    ),
    Problem.DISK_ERROR: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Reading or writing %1 failed (%2): check the disk or the network folder and try again; nothing was changed.",
        ),
        (
            "path",
            "detail",
        ),
    ),
    Problem.DEFAULT_CATALOGUE_MISSING: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The built-in default catalogue is missing from this installation: reinstall Sote Navigator, or import a catalogue file.",
        )
    ),
    Problem.NO_DATABASE_YET: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages", "There is no database at %1 yet, so there is nothing to back up."
        ),
        ("path",),
    ),
    Problem.FILE_MISSING: Sentence(
        QT_TRANSLATE_NOOP("Messages", "The file %1 does not exist: check the name and the folder."),
        ("path",),
    ),
    Problem.BACKUP_IS_DATABASE: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages", "%1 is the database itself: choose another file name for the copy."
        ),
        ("path",),
    ),
    Problem.RESTORE_NOT_OURS: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file %1 is not a Sote Navigator database, so nothing was restored: choose a file made with the backup command.",
        ),
        ("path",),
    ),
    Problem.RESTORE_DAMAGED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup %1 is damaged (%2), so nothing was restored: use an older backup.",
        ),
        (
            "path",
            "detail",
        ),
    ),
    Problem.RESTORE_NEWER: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The backup %1 was made by a newer version of Sote Navigator (schema %2; this version reads up to %3), so nothing was restored: install the newer version first.",
        ),
        (
            "path",
            "found",
            "supported",
        ),
    ),
    Problem.APPLICATION_RUNNING: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages", "Sote Navigator is open on %1: close its window first, then restore again."
        ),
        ("path",),
    ),
    Problem.UNKNOWN_MUNICIPALITY: Sentence(
        QT_TRANSLATE_NOOP("Messages", "No municipality is called “%1”."), ("query",)
    ),
    Problem.NO_SUCH_CATALOGUE_VERSION: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "There is no catalogue version %1: see the version numbers with “catalogue history”.",
        ),
        ("version",),
    ),
    Problem.NO_EARLIER_CATALOGUE_VERSION: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages", "There is no earlier catalogue version to go back to: nothing was changed."
        )
    ),
    Problem.CATALOGUE_CHANGED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The catalogue was changed by another import while this one was being checked: nothing was written; run the import again.",
        )
    ),
    Problem.IDENTITY_CODE_IN_RECORD: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "%1 holds a personal identity code (or something shaped like one): nothing was saved. Leave it out; the placement record takes only a pseudonymous client reference.",
        ),
        (lambda f: record_field_text(f.get("field", "")),),
    ),
    Problem.DATABASE_UNSUPPORTED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "Sote Navigator cannot open the database %1: give --db a file path, or a database URL of the form %2.",
        ),
        ("path", "forms"),
    ),
    Problem.CATALOGUE_UNSIGNED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The catalogue %1 is not signed (there is no %2 beside it), so nothing was imported: ask the publisher for the signature file, or, if you know where the file comes from, import it with --allow-unsigned.",
        ),
        (
            "path",
            "signature",
        ),
    ),
    Problem.SIGNATURE_MISMATCH: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The catalogue %1 was changed after it was signed (its signature %2 does not match it), so nothing was imported and the current catalogue stays: get the file and its signature again from the publisher.",
        ),
        (
            "path",
            "signature",
        ),
    ),
    Problem.SIGNATURE_UNKNOWN_KEY: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The catalogue %1 is signed with a key this desk does not trust (fingerprint %2), so nothing was imported and the current catalogue stays: if the key is your publisher's, get its public key from them and add it with \u201csote-navigator catalogue trust FILE.pub\u201d (it goes to %3).",
        ),
        (
            "path",
            "fingerprint",
            "folder",
        ),
    ),
    Problem.SIGNATURE_UNREADABLE: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The signature file %1 is damaged or not a Sote Navigator signature, so nothing was imported: get it again from the publisher.",
        ),
        ("path",),
    ),
    Problem.KEY_FILE_UNREADABLE: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file %1 holds no Ed25519 key of the kind needed here: give the private key (made by \u201ccatalogue keygen\u201d) to sign, and the public key (.pub) to trust.",
        ),
        ("path",),
    ),
    Problem.KEY_FILE_EXISTS: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The file %1 already exists and was left as it is: choose another name, or move the old file away first.",
        ),
        ("path",),
    ),
    Problem.SERVER_UNREACHABLE: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database server of %1 cannot be reached or refused the connection (%2): check the network and the address, or ask the region's IT staff; nothing was changed.",
        ),
        ("path", "detail"),
    ),
    Problem.SERVER_FAILED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database server of %1 refused the operation (%2): nothing was changed; ask the region's IT staff if it happens again.",
        ),
        ("path", "detail"),
    ),
    Problem.BACKUP_ON_SERVER: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is on a database server: back it up and restore it with the server's own tools (%2, see the README), not with this command.",
        ),
        ("path", "tools"),
    ),
    Problem.CATALOGUE_NOT_PERMITTED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database user %1 may not import or roll back the catalogue of %2: that right belongs to the catalogue maintainer role (%3). Ask the region's catalogue maintainer to do it, or the region's IT staff for the role; nothing was changed.",
        ),
        ("user", "path", "role"),
    ),
    Problem.PASSWORD_IN_URL: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database address %1 holds a password: a password on the command line or in the settings is seen by other programs and kept in the shell history. Remove it from the address and put it in the environment variable PGPASSWORD or in the password file ~/.pgpass; nothing was opened.",
        ),
        ("path",),
    ),
    Problem.REGION_NEEDS_SERVER: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 is a file on this computer: roles and rights are set up on a region's PostgreSQL database (--db postgresql://USER@HOST/NAME).",
        ),
        ("path",),
    ),
    Problem.SERVER_SCHEMA_ALTERED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database %1 on the server was changed outside Sote Navigator (%2), so it was not used and nothing was changed: ask the region's IT staff to undo the change or to restore the database from the server's backup (pg_restore).",
        ),
        (
            "path",
            schema_difference_text,
        ),
    ),
    Problem.SERVER_NOT_PERMITTED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The database user %2 has no right to do this in %1 (a desk may read the catalogue and save placements, not delete them): ask the region's IT staff if you need it; nothing was changed.",
        ),
        ("path", "user"),
    ),
    Problem.REGION_NOT_NAMED: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "No region database is named: give --region postgresql://USER@HOST/NAME, or set location= under [region] in %1; nothing was synced.",
        ),
        ("path",),
    ),
    Problem.REGION_PASSWORD_IN_URL: Sentence(
        QT_TRANSLATE_NOOP(
            "Messages",
            "The region's address %1 holds a password: leave it out, and put the password in PGPASSWORD or in the PostgreSQL password file (~/.pgpass); nothing was synced.",
        ),
        ("path",),
    ),
    Problem.NOT_FOUND: Sentence(
        QT_TRANSLATE_NOOP("Messages", "Nothing was found for “%1”."), ("query",)
    ),
    Problem.INVALID_CATALOGUE: Sentence(
        QT_TRANSLATE_NOOP("Messages", "The catalogue file %1 is not valid: %2"),
        (
            "path",
            "detail",
        ),
    ),
}


def problem_text(error: UserFacingError) -> str:
    return PROBLEMS[error.problem].word(CONTEXT, error.facts)
