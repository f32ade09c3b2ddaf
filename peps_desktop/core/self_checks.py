"""The Qt-free checks of `peps-desktop --self-test`: store, search index, keyring.

Each check returns a `CheckResult` instead of raising, so that one broken part of a bundle
does not hide the others. The store checks run on a temporary store with a throw-away data
key: the self-test never touches the user's store or keyring entries.
"""

from __future__ import annotations

import datetime as dt
import os
from dataclasses import dataclass
from enum import Enum
from importlib.metadata import entry_points
from pathlib import Path

import keyring
import segno
from keyring.backends.fail import Keyring as NoKeyring
from sqlalchemy import select

from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.core.shared import totp
from peps_desktop.core.shared.clock import Clock
from peps_desktop.core.shared.documents import document_path
from peps_desktop.core.shared.phone_numbers import normalise_telephone
from peps_desktop.i18n import translate
from peps_desktop.store import Store
from peps_desktop.store.engine import sqlite_url
from peps_desktop.store.migrate import current_revision, head_revision, open_store
from peps_desktop.store.models import Courrier
from peps_desktop.store.search_fts import fts_ready

SELF_TEST_FILE = "self-test.sqlite3"
# Enough to fill every view of the main window, small enough to seed in a moment.
SELF_TEST_ACCOUNTS = 4
SELF_TEST_COURRIERS = 40


class Outcome(Enum):
    OK = "ok"
    WARNING = "warning"  # works, in a degraded way
    FAILED = "failed"


@dataclass(frozen=True)
class CheckResult:
    name: str
    outcome: Outcome
    detail: str


def open_self_test_store(folder: Path, clock: Clock) -> tuple[Store, CheckResult]:
    """A store migrated to head in `folder`, filled with a small demo."""
    store = open_store(
        sqlite_url(folder / SELF_TEST_FILE), folder / "documents", data_key=os.urandom(32)
    )
    revision = current_revision(store)
    name = translate("SelfTest", "Migrations")
    if revision != head_revision():
        return store, CheckResult(
            name,
            Outcome.FAILED,
            translate("SelfTest", "the store stopped at schema {revision}").format(
                revision=revision
            ),
        )
    seed_demo(store, clock, accounts=SELF_TEST_ACCOUNTS, courriers=SELF_TEST_COURRIERS)
    return store, CheckResult(
        name,
        Outcome.OK,
        translate("SelfTest", "new store at schema {revision}, demo data written").format(
            revision=revision
        ),
    )


def first_document(store: Store) -> Path:
    with store.read_session() as session:
        sha = session.scalar(
            select(Courrier.document_sha256)
            .where(Courrier.document_sha256.is_not(None))
            .order_by(Courrier.id)
            .limit(1)
        )
    if sha is None:
        raise LookupError("the demo wrote no document")
    return document_path(store.documents_dir, sha)


def check_full_text_search(store: Store) -> CheckResult:
    name = translate("SelfTest", "Full-text search (FTS5)")
    with store.read_session() as session:
        ready = fts_ready(session)
    if ready:
        return CheckResult(name, Outcome.OK, translate("SelfTest", "available"))
    return CheckResult(
        name,
        Outcome.WARNING,
        translate("SelfTest", "not available: searches fall back to a slower scan"),
    )


def check_keyring() -> CheckResult:
    """The backends are found through package metadata: a bundle without it has none."""
    name = translate("SelfTest", "Keyring")
    known = entry_points(group="keyring.backends")
    if not known:
        return CheckResult(
            name, Outcome.FAILED, translate("SelfTest", "no keyring backend is known")
        )
    backend = keyring.get_keyring()
    label = f"{type(backend).__module__}.{type(backend).__name__}"
    if not isinstance(backend, NoKeyring):
        return CheckResult(name, Outcome.OK, label)
    detail = translate(
        "SelfTest", "none on this computer ({backend}): the data key would be kept in a file"
    )
    return CheckResult(name, Outcome.OK, detail.format(backend=label))


def check_second_factor() -> CheckResult:
    """A QR code, a one-time code and a French number: segno's and phonenumbers' data are in
    the bundle."""
    name = translate("SelfTest", "Second factor and telephones")
    secret = totp.new_secret()
    modules = len(segno.make(totp.otpauth_uri(secret, "self-test"), error="m").matrix)
    code = totp.code_at(secret, dt.datetime.now())
    numbers = [normalise_telephone(text) for text in ("06 12 34 56 78", "0262 21 34 56")]
    if numbers != ["+33612345678", "+262262213456"] or not totp.looks_like_code(code):
        return CheckResult(name, Outcome.FAILED, ", ".join(numbers))
    return CheckResult(
        name,
        Outcome.OK,
        translate("SelfTest", "QR code of {size} modules, telephones {numbers}").format(
            size=modules, numbers=", ".join(numbers)
        ),
    )
