"""Who may change what in a region's shared database (PostgreSQL roles, db.region_roles)."""

from __future__ import annotations

from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import region_roles
from sote_navigator.db.engine import database_of


def require_catalogue_rights(engine: Engine) -> None:
    """Refuse, before anything is written, an import or a rollback by a user who lacks the
    catalogue maintainer's rights (a desk): one sentence naming the right and who to ask."""
    if region_roles.may_change_catalogue(engine):
        return
    raise UserFacingError(
        Problem.CATALOGUE_NOT_PERMITTED,
        {
            "user": region_roles.user_name(engine),
            "path": database_of(engine).shown,
            "role": region_roles.MAINTAINER,
        },
    )
