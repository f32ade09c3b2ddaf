"""The conditions of use (CGU) of the platform, accepted for the structure by an administrator.

The text and its version are data (`resources/cgu/cgu.md`, a small header then Markdown):
a new version is published by replacing that file. Until an administrator accepts the
current version, everyone can sign in; the others see a banner, administrators are asked.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from importlib.resources import files

from sqlalchemy import select

from peps_desktop.core.accounts.administrators import acting_administrator
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared import audit
from peps_desktop.core.shared.clock import Clock
from peps_desktop.errors import UserError
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.models import Account, Structure

CGU_FILE = "cgu.md"
ACCEPTED = "cgu_acceptees"


@dataclass(frozen=True)
class Conditions:
    version: str
    title: str
    text: str  # Markdown


@dataclass(frozen=True)
class CguState:
    current: Conditions
    accepted_version: str | None
    accepted_at: dt.datetime | None
    accepted_by: str | None

    @property
    def accepted(self) -> bool:
        return self.accepted_version == self.current.version


def _damaged(reason: str) -> UserError:
    return UserError(
        translate("Cgu", "The conditions of use file is damaged ({reason}).").format(reason=reason)
    )


def parse_conditions(document: str) -> Conditions:
    """`---`, `version: …`, `titre: …`, `---`, then the text."""
    lines = document.lstrip("\ufeff").splitlines()
    if not lines or lines[0].strip() != "---" or "---" not in (line.strip() for line in lines[1:]):
        raise _damaged(translate("Cgu", "no header between two lines “---”"))
    end = next(index for index, line in enumerate(lines[1:], 1) if line.strip() == "---")
    header = {}
    for line in lines[1:end]:
        key, _, value = line.partition(":")
        header[key.strip().lower()] = value.strip()
    version, title = header.get("version", ""), header.get("titre", "")
    text = "\n".join(lines[end + 1 :]).strip()
    if not version or not title or not text:
        raise _damaged(translate("Cgu", "a version, a title and a text are required"))
    return Conditions(version=version, title=title, text=text)


def current_conditions() -> Conditions:
    resource = files("peps_desktop.resources") / "cgu" / CGU_FILE
    return parse_conditions(resource.read_text(encoding="utf-8"))


def cgu_state(store: Store, user: SignedIn, conditions: Conditions | None = None) -> CguState:
    current = conditions or current_conditions()
    with store.read_session() as session:
        structure = session.get(Structure, user.structure_id)
        assert structure is not None
        by_name = None
        if structure.cgu_accepted_by is not None:
            names = session.execute(
                select(Account.prenom, Account.nom).where(
                    Account.login == structure.cgu_accepted_by
                )
            ).first()
            by_name = f"{names[0]} {names[1]}" if names else structure.cgu_accepted_by
        return CguState(current, structure.cgu_version, structure.cgu_accepted_at, by_name)


def accept_cgu(
    store: Store, clock: Clock, user: SignedIn, version: str, conditions: Conditions | None = None
) -> None:
    """An administrator accepts `version`, which must be the current one, for the structure."""
    current = conditions or current_conditions()
    if version != current.version:
        raise UserError(
            translate(
                "Cgu",
                "Version {version} of the conditions of use is not the current one "
                "({current}): read the current version before accepting it.",
            ).format(version=version, current=current.version)
        )
    now = clock.now()
    with store.session() as session:
        administrator = acting_administrator(session, user, now.date())
        structure = session.get(Structure, administrator.structure_id)
        assert structure is not None
        structure.cgu_version = current.version
        structure.cgu_accepted_at = now
        structure.cgu_accepted_by = administrator.login
        audit.record(
            session,
            clock,
            administrator.login,
            ACCEPTED,
            structure.nom,
            version=current.version,
            nom=administrator.nom,
            prenom=administrator.prenom,
            date=now.isoformat(sep=" "),
        )
