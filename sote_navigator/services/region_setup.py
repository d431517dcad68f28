"""``region init``: the roles of a region's shared database and their rights (db.region_roles)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field

from sqlalchemy import Engine

from sote_navigator.core.errors import Problem, UserFacingError
from sote_navigator.db import region_roles
from sote_navigator.db.engine import database_of, writing

MAINTAINER = region_roles.MAINTAINER
DESK = region_roles.DESK


@dataclass
class RoleSetup:
    created_roles: list[str] = field(default_factory=list)
    created_logins: list[str] = field(default_factory=list)
    members: list[tuple[str, str]] = field(default_factory=list)  # (login, role)
    record_tables: list[str] = field(default_factory=list)


def init_roles(
    engine: Engine, desks: Sequence[str] = (), maintainers: Sequence[str] = ()
) -> RoleSetup:
    """Create the maintainer and desk roles if missing, grant their rights anew, and make the
    named login roles members (a login role that does not exist is created without a password:
    the operator sets one). Idempotent; one transaction. Needs the database owner's rights."""
    if engine.dialect.name != "postgresql":
        raise UserFacingError(Problem.REGION_NEEDS_SERVER, {"path": database_of(engine).shown})
    done = RoleSetup(record_tables=region_roles.record_tables())
    with writing(engine) as con:
        done.created_roles = region_roles.create_roles(con)
        region_roles.grant(con)
        for role, logins in ((region_roles.DESK, desks), (region_roles.MAINTAINER, maintainers)):
            for login in logins:
                if region_roles.create_login(con, login):
                    done.created_logins.append(login)
                region_roles.add_member(con, role, login)
                done.members.append((login, role))
    return done
