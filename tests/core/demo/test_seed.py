"""The demo generator: a realistic, reproducible commune in one transaction."""

from __future__ import annotations

import datetime as dt
import hashlib
import re
import shutil
import subprocess
from collections.abc import Iterator
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_VERROUILLE,
    Identity,
)
from peps_desktop.core.accounts.second_factor import EnrolmentRequired
from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
from peps_desktop.core.accounts.setup import create_structure
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.courriers.vocabulary import COURRIER_TYPES
from peps_desktop.core.dashboard import figures
from peps_desktop.core.demo import letters as demo_letters
from peps_desktop.core.demo import people as demo_people
from peps_desktop.core.demo import rows as demo_rows
from peps_desktop.core.demo import seed as demo_seed
from peps_desktop.core.demo.pdf import courrier_pdf
from peps_desktop.core.demo.reference import (
    DEMO_ADMIN_LOGIN,
    DEMO_PASSWORD,
    DEMO_USER_LOGIN,
    demo_code,
)
from peps_desktop.core.demo.seed import DemoReport, seed_demo
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION
from peps_desktop.errors import UserError
from peps_desktop.store import Store
from peps_desktop.store.documents import read_all
from peps_desktop.store.encrypted import new_data_key
from peps_desktop.store.migrate import open_store
from peps_desktop.store.models import (
    AccessRight,
    Account,
    AuditEntry,
    Base,
    Courrier,
    CourrierRead,
    Echange,
    EchangeMessage,
    Service,
    Structure,
)
from tests import databases

NOW = dt.datetime(2026, 11, 25, 9, 0)
TODAY = NOW.date()
ACCOUNTS = 15
COURRIERS = 300


def _open(folder: Path) -> Store:
    folder.mkdir(parents=True, exist_ok=True)
    # The demo's authenticators are encrypted with the store's data key, as a NIR is.
    return open_store(f"sqlite:///{folder / 's.db'}", folder / "docs", data_key=new_data_key())


# Named apart from conftest's `store` (which has a structure already) and `clock`.
@pytest.fixture
def demo_clock() -> FixedClock:
    return FixedClock(NOW)


@pytest.fixture
def blank(tmp_path: Path) -> Iterator[Store]:
    """A migrated store without a structure: what the demo fills (on the tests' engine)."""
    with databases.database_url(tmp_path) as url:
        store = open_store(url, tmp_path / "docs")
        yield store
        store.dispose()


@pytest.fixture
def seeded(blank: Store, demo_clock: FixedClock) -> tuple[Store, DemoReport]:
    return blank, seed_demo(blank, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS)


# Random by design: salts, wrapped keys and the new key's fingerprint.
SECRETS = ("password_hash", "salt", "sealed", "fingerprint")


def _dump(store: Store, *, skip: tuple[str, ...] = SECRETS) -> dict[str, list[tuple]]:
    """Every row of every table, in a stable order; not the store's own random secrets."""
    tables: dict[str, list[tuple]] = {}
    with store.engine.connect() as connection:
        for table in Base.metadata.sorted_tables:
            if table.name == "store_secret":
                continue  # the store's own random secrets
            if table.name == "store_change":
                continue  # when the rows were written, for the other seats: not data
            columns = [column for column in table.columns if column.name not in skip]
            rows = connection.execute(select(*columns).order_by(*table.primary_key.columns))
            tables[table.name] = [tuple(row) for row in rows]
    return tables


def _accounts(store: Store) -> list[Account]:
    with store.read_session() as session:
        return list(session.scalars(select(Account).order_by(Account.id)))


# --- accounts ------------------------------------------------------------------------------


def test_counts_match_the_report(seeded: tuple[Store, DemoReport]) -> None:
    store, report = seeded
    assert report.structure == "Commune de Saint-Aubin-sur-Loire"
    assert (report.accounts, report.courriers) == (ACCOUNTS, COURRIERS)
    with store.read_session() as session:
        assert session.scalars(select(Structure.nom)).all() == [report.structure]
        assert session.scalar(select(func.count()).select_from(Account)) == ACCOUNTS
        assert session.scalar(select(func.count()).select_from(Courrier)) == COURRIERS
        assert session.scalar(select(func.count()).select_from(Echange)) == report.echanges
        assert report.echanges >= 5
        services = session.scalar(select(func.count()).select_from(Service))
        # One right per account and service, and no service was added.
        assert services == 9
        assert session.scalar(select(func.count()).select_from(AccessRight)) == 9 * ACCOUNTS
        actions = session.scalars(select(AuditEntry.action)).all()
    assert actions.count("demo_generee") == 1


def test_account_population(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    accounts = _accounts(store)
    admins = [a for a in accounts if a.profile == PROFILE_ADMINISTRATEUR]
    assert len(admins) == 2
    for admin in admins:
        assert admin.status == STATUS_ACTIF
        assert admin.expires_on > TODAY + dt.timedelta(days=60)
    expired = [a for a in accounts if a.status == STATUS_EXPIRE]
    assert len(expired) == 1 and expired[0].expires_on < TODAY
    locked = [a for a in accounts if a.status == STATUS_VERROUILLE]
    assert len(locked) == 1 and locked[0].failed_sign_ins == 5
    assert all(a.failed_sign_ins == 0 for a in accounts if a is not locked[0])
    next_month = [
        a
        for a in accounts
        if a.status == STATUS_ACTIF and (a.expires_on.year, a.expires_on.month) == (2026, 12)
    ]
    assert len(next_month) >= 2
    active = [a for a in accounts if a.status == STATUS_ACTIF]
    assert all(a.expires_on > TODAY for a in active)
    assert max(a.expires_on for a in active) <= TODAY + dt.timedelta(days=550)

    logins = [a.login for a in accounts]
    assert len(set(logins)) == len(logins)
    assert logins[0] == DEMO_ADMIN_LOGIN and DEMO_USER_LOGIN in logins
    without_telephone = [a.login for a in accounts if a.telephone is None]
    # A few lack the telephone PEP's requires, to show the flags; never the demo's own.
    assert without_telephone and not {DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN} & set(without_telephone)
    for account in accounts:
        assert re.fullmatch(r"[a-z0-9][a-z0-9._-]{2,63}", account.login), account.login
        assert account.email == f"{account.login}@saint-aubin-sur-loire.fr"
        if account.telephone is not None:  # Maine-et-Loire, kept in E.164
            assert re.fullmatch(r"\+33241\d{6}", account.telephone)
        assert account.version == 1
        assert account.created_at <= NOW
        assert account.last_sign_in_at is None or account.created_at <= account.last_sign_in_at
        assert account.last_sign_in_at is None or account.last_sign_in_at <= NOW
    # Everyone shares one hash: the password was hashed once, not once per account.
    assert len({a.password_hash for a in accounts}) == 1


def test_password_is_hashed_once(
    blank: Store, demo_clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[str] = []
    real = demo_people.hash_password

    def counting(password: str) -> str:
        calls.append(password)
        return real(password)

    monkeypatch.setattr(demo_people, "hash_password", counting)
    seed_demo(blank, demo_clock, accounts=40, courriers=10)
    assert len(calls) == 1


def test_demo_credentials_sign_in(seeded: tuple[Store, DemoReport], demo_clock: FixedClock) -> None:
    store, report = seeded
    for login, password, _description in report.credentials:
        assert password == DEMO_PASSWORD
        assert sign_in(store, demo_clock, login, password).login == login
    admin = sign_in(store, demo_clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
    assert admin.is_administrator
    assert not sign_in(store, demo_clock, DEMO_USER_LOGIN, DEMO_PASSWORD).is_administrator
    assert [d for _, _, d in report.credentials].count("administrateur") == 2


def test_rights_of_the_demo_accounts(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    with store.read_session() as session:
        levels = {
            (login, code): level
            for login, code, level in session.execute(
                select(Account.login, Service.code, AccessRight.level)
                .join(AccessRight, AccessRight.account_id == Account.id)
                .join(Service, Service.id == AccessRight.service_id)
            )
        }
        codes = session.scalars(select(Service.code)).all()
    assert {levels[DEMO_ADMIN_LOGIN, code] for code in codes} == {RIGHT_MODIFICATION}
    agent = {code: levels[DEMO_USER_LOGIN, code] for code in codes}
    assert {code for code, level in agent.items() if level != RIGHT_AUCUN} == {
        "CNRACL",
        "RAFP",
        "IRCANTEC",
    }
    assert {agent["CNRACL"], agent["RAFP"], agent["IRCANTEC"]} == {RIGHT_LECTURE}
    # Rights vary among the other accounts.
    profiles = {
        tuple(levels[login, code] for code in codes)
        for login, _ in levels
        if login not in (DEMO_ADMIN_LOGIN, DEMO_USER_LOGIN)
    }
    assert len(profiles) >= 3


def test_smallest_demo_has_three_accounts(blank: Store, demo_clock: FixedClock) -> None:
    report = seed_demo(blank, demo_clock, accounts=3, courriers=20)
    accounts = _accounts(blank)
    assert report.accounts == 3
    assert [a.login for a in accounts][0] == DEMO_ADMIN_LOGIN
    assert sum(a.profile == PROFILE_ADMINISTRATEUR for a in accounts) == 2
    assert sign_in(blank, demo_clock, DEMO_USER_LOGIN, DEMO_PASSWORD).login == DEMO_USER_LOGIN


def test_too_few_accounts_is_refused(blank: Store, demo_clock: FixedClock) -> None:
    with pytest.raises(UserError):
        seed_demo(blank, demo_clock, accounts=2, courriers=10)
    assert _accounts(blank) == []


def test_namesakes_get_distinct_logins(blank: Store, demo_clock: FixedClock) -> None:
    # 3,000 name pairs at most: 4,000 accounts must number some namesakes.
    seed_demo(blank, demo_clock, accounts=4000, courriers=0)
    logins = [a.login for a in _accounts(blank)]
    assert len(set(logins)) == 4000
    assert any(re.search(r"\d$", login) for login in logins)


# --- courriers -----------------------------------------------------------------------------


def test_courriers_are_plausible(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    with store.read_session() as session:
        codes = dict(session.execute(select(Service.id, Service.code)).all())
        courriers = list(session.scalars(select(Courrier).order_by(Courrier.id)))
        modifiers = {
            (account_id, service_id)
            for account_id, service_id in session.execute(
                select(AccessRight.account_id, AccessRight.service_id)
                .join(Account, Account.id == AccessRight.account_id)
                .where(AccessRight.level == RIGHT_MODIFICATION)
            )
        }
    types = {c.type for c in courriers}
    assert types == set(COURRIER_TYPES)
    per_service: dict[str, int] = {}
    for courrier in courriers:
        per_service[codes[courrier.service_id]] = per_service.get(codes[courrier.service_id], 0) + 1
        assert TODAY - dt.timedelta(days=3 * 366) <= courrier.recu_le <= TODAY
        assert courrier.created_at <= NOW
        prefix = courrier.reference.split("-")[0]
        assert re.fullmatch(rf"{prefix}-{courrier.recu_le.year}-\d{{7}}", courrier.reference)
        if courrier.type in ("facture", "facture_majorations"):
            assert courrier.echeance == courrier.recu_le + dt.timedelta(days=30)
            assert isinstance(courrier.montant, Decimal) and courrier.montant > 0
            assert courrier.montant == courrier.montant.quantize(Decimal("0.01"))
        else:
            assert courrier.echeance is None and courrier.montant is None
        if courrier.assigned_to_id is not None:
            assert (courrier.assigned_to_id, courrier.service_id) in modifiers
    # Ids follow the dates, references are unique, weighted towards the big three funds.
    assert [c.recu_le for c in courriers] == sorted(c.recu_le for c in courriers)
    assert len({c.reference for c in courriers}) == len(courriers)
    big_three = per_service["CNRACL"] + per_service["IRCANTEC"] + per_service["RAFP"]
    assert big_three > 0.6 * len(courriers)
    assert per_service["CNRACL"] == max(per_service.values())
    invoices = [c for c in courriers if c.type == "facture"]
    assert sum(c.action_requise for c in invoices) > 0.8 * len(invoices)
    assert not any(c.action_requise for c in courriers if c.type == "attestation")
    assert any("CCAS" in c.objet for c in courriers)
    assert any(c.objet.startswith("Facture de cotisations – période ") for c in courriers)
    # Archived: old ones, never the last weeks' mail.
    archived = [c for c in courriers if c.archived]
    assert 0 < len(archived) < len(courriers)
    assert all(c.recu_le < TODAY - dt.timedelta(days=21) for c in archived)
    assert any(c.assigned_to_id is not None for c in courriers)


def test_read_marks(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    with store.read_session() as session:
        ids = dict(session.execute(select(Account.login, Account.id)).all())
        readers = session.execute(
            select(CourrierRead.account_id, func.count()).group_by(CourrierRead.account_id)
        ).all()
        agent_services = set(
            session.scalars(
                select(Courrier.service_id)
                .join(CourrierRead, CourrierRead.courrier_id == Courrier.id)
                .where(CourrierRead.account_id == ids[DEMO_USER_LOGIN])
            )
        )
        agent_codes = set(
            session.scalars(select(Service.code).where(Service.id.in_(agent_services)))
        )
        recent_read = session.scalar(
            select(func.count())
            .select_from(CourrierRead)
            .join(Courrier, Courrier.id == CourrierRead.courrier_id)
            .where(Courrier.recu_le > TODAY - dt.timedelta(days=14))
        )
        bad_times = session.scalar(
            select(func.count())
            .select_from(CourrierRead)
            .join(Courrier, Courrier.id == CourrierRead.courrier_id)
            .where((CourrierRead.read_at < Courrier.created_at) | (CourrierRead.read_at > NOW))
        )
    counts = dict(readers)
    assert set(counts) == {ids[DEMO_ADMIN_LOGIN], ids[DEMO_USER_LOGIN]}
    assert counts[ids[DEMO_ADMIN_LOGIN]] > COURRIERS / 2
    assert 0 < counts[ids[DEMO_USER_LOGIN]] < counts[ids[DEMO_ADMIN_LOGIN]]
    assert sum(counts.values()) <= 1.1 * COURRIERS
    assert agent_codes <= {"CNRACL", "IRCANTEC", "RAFP"}
    assert recent_read == 0
    assert bad_times == 0


def test_dashboard_visibility_follows_rights(
    seeded: tuple[Store, DemoReport], demo_clock: FixedClock
) -> None:
    store, _ = seeded
    admin = figures(store, demo_clock, sign_in(store, demo_clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD))
    agent = figures(store, demo_clock, sign_in(store, demo_clock, DEMO_USER_LOGIN, DEMO_PASSWORD))
    assert 0 < agent.unread_courriers < admin.unread_courriers
    assert admin.echanges_awaiting_answer >= 2
    assert admin.accounts_expiring_soon is not None and admin.accounts_expiring_soon >= 2
    assert admin.next_review_due is not None and admin.next_review_due > TODAY
    assert agent.accounts_expiring_soon is None


# --- documents -----------------------------------------------------------------------------


def test_every_courrier_has_its_document(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    with store.read_session() as session:
        shas = session.scalars(select(Courrier.document_sha256)).all()
    assert len(set(shas)) == COURRIERS  # small scale: one letter each
    for sha in shas:
        assert sha is not None and re.fullmatch(r"[0-9a-f]{64}", sha)
        content = read_all(store.documents, sha)
        assert content.startswith(b"%PDF-")
        assert hashlib.sha256(content).hexdigest() == sha
    assert not list(store.documents_dir.rglob("*.tmp"))


def test_large_demos_share_a_pool_of_documents(
    blank: Store, demo_clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(demo_letters, "SHARED_DOCUMENTS_ABOVE", 100)
    monkeypatch.setattr(demo_letters, "POOL_LETTERS_PER_KIND", 2)
    monkeypatch.setattr(demo_letters, "CHUNK_ROWS", 97)  # several chunks, one partial
    monkeypatch.setattr(demo_rows, "CHUNK_ROWS", 97)
    seed_demo(blank, demo_clock, accounts=5, courriers=1000)
    with blank.read_session() as session:
        rows = session.execute(select(Courrier.document_sha256, Courrier.type)).all()
        reads = session.scalar(select(func.count()).select_from(CourrierRead)) or 0
    assert len(rows) == 1000
    shas = {sha for sha, _ in rows}
    assert all(blank.documents.has(sha) for sha in shas)
    assert len(shas) < 200
    assert 0 < reads <= 1100


def test_documents_parse_through_their_xref(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    shas = _kept_documents(store)
    assert shas
    for sha in shas[:25]:
        _check_xref(read_all(store.documents, sha))


def _kept_documents(store: Store) -> list[str]:
    """The courriers' documents, as the store keeps them (a folder or the database)."""
    with store.read_session() as session:
        return sorted(set(session.scalars(select(Courrier.document_sha256))))


def _check_xref(content: bytes) -> None:
    assert content.rstrip().endswith(b"%%EOF")
    startxref = int(content.rsplit(b"startxref", 1)[1].split()[0])
    assert content[startxref:].startswith(b"xref\n")
    lines = content[startxref:].split(b"\n")
    first, count = map(int, lines[1].split())
    assert first == 0
    entries = lines[2 : 2 + count]
    assert entries[0] == b"0000000000 65535 f "
    for number, entry in enumerate(entries[1:], start=1):
        assert len(entry) == 19  # 20 bytes with the newline
        offset = int(entry[:10])
        assert content[offset:].startswith(b"%d 0 obj" % number)
    trailer = content[startxref:].split(b"trailer", 1)[1]
    assert b"/Size %d" % count in trailer
    assert b"/Root 1 0 R" in trailer
    length = re.search(rb"/Length (\d+)", content)
    assert length is not None
    stream_length = int(length.group(1))
    body = content.split(b"stream\n", 1)[1]
    assert body[stream_length:].startswith(b"\nendstream")


def test_pdf_escapes_and_encodes_text() -> None:
    content = courrier_pdf("CNRACL – Caisse", ["Échéance (30 %) \\ réglée : 1 234,56 €"])
    _check_xref(content)
    assert b"/Encoding /WinAnsiEncoding" in content
    # cp1252: É = 0xC9, é = 0xE9, € = 0x80, – = 0x96; written as octal escapes.
    assert b"\\311ch\\351ance \\(30 %\\) \\\\ r\\351gl\\351e" in content
    assert b"\\200" in content and b"\\226" in content
    assert courrier_pdf("A", ["b"]) == courrier_pdf("A", ["b"])
    assert courrier_pdf("A", ["b"]) != courrier_pdf("A", ["c"])


@pytest.mark.skipif(shutil.which("pdftoppm") is None, reason="poppler-utils not installed")
def test_documents_render_with_pdftoppm(seeded: tuple[Store, DemoReport], tmp_path: Path) -> None:
    store, _ = seeded
    for sha in _kept_documents(store)[:3]:
        path = tmp_path / f"{sha}.pdf"
        path.write_bytes(read_all(store.documents, sha))
        result = subprocess.run(
            ["pdftoppm", "-r", "20", "-png", "-singlefile", str(path), str(tmp_path / path.stem)],
            capture_output=True,
            text=True,
            timeout=60,
        )
        assert result.returncode == 0, result.stderr
        assert result.stderr == ""  # poppler complains of any repaired xref
        assert (tmp_path / f"{path.stem}.png").read_bytes().startswith(b"\x89PNG")
    if shutil.which("pdftotext"):
        path = next(tmp_path.glob("*.pdf"))
        text = subprocess.run(
            ["pdftotext", str(path), "-"], capture_output=True, text=True, timeout=60
        ).stdout
        assert "Saint-Aubin-sur-Loire" in text and "Référence" in text


# --- échanges ------------------------------------------------------------------------------


def test_echanges(seeded: tuple[Store, DemoReport]) -> None:
    store, _ = seeded
    with store.read_session() as session:
        echanges = list(session.scalars(select(Echange).order_by(Echange.id)))
        authors = set(session.scalars(select(Account.id)))
        statuses = [e.status for e in echanges]
        messages = {e.id: [(m.direction, m.at) for m in e.messages] for e in echanges}
        bodies = session.scalars(select(EchangeMessage.body)).all()
    assert set(statuses) == {"brouillon", "a_envoyer", "envoye", "repondu", "clos"}
    assert statuses.count("envoye") >= 2
    for echange in echanges:
        assert re.fullmatch(r"ECH-\d{4}-\d{6}", echange.reference)
        assert echange.author_id in authors
        assert echange.theme in (
            "Gestion des comptes",
            "Vos courriers",
            "Cotisations et déclarations",
        )
        directions = [direction for direction, _ in messages[echange.id]]
        if echange.status == "brouillon":  # a draft's text is kept apart, never as sent
            assert directions == [] and echange.message
            continue
        assert directions[0] == "envoye"
        assert ("recu" in directions) == (echange.status in ("repondu", "clos"))
        # Sent when its status says so, and before any answer.
        assert (echange.sent_at is None) == (echange.status == "a_envoyer")
        answers = [at for direction, at in messages[echange.id] if direction == "recu"]
        if echange.sent_at is not None:
            assert echange.created_at <= echange.sent_at <= min(answers, default=NOW)
        assert echange.created_at <= echange.updated_at <= NOW
    assert echanges[0].reference.endswith("-000001")
    # No NIR: nothing that looks like a social security number.
    assert not any(re.search(r"\b[12]\s?\d{2}\s?\d{2}\s?(\d{2}|2A|2B)", body) for body in bodies)


# --- reproducibility and safety ------------------------------------------------------------


def test_same_seed_same_rows(tmp_path: Path, demo_clock: FixedClock) -> None:
    first, second, other = (_open(tmp_path / name) for name in ("a", "b", "c"))
    try:
        seed_demo(first, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS, seed=7)
        seed_demo(second, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS, seed=7)
        seed_demo(other, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS, seed=8)
        assert _dump(first) == _dump(second)
        assert _dump(first)["courrier"] != _dump(other)["courrier"]
        assert _dump(first)["account"] != _dump(other)["account"]
        files = sorted(p.name for p in first.documents_dir.rglob("*.pdf"))
        assert files == sorted(p.name for p in second.documents_dir.rglob("*.pdf"))
    finally:
        for store in (first, second, other):
            store.dispose()


def test_rows_added_after_the_demo_get_new_ids(
    seeded: tuple[Store, DemoReport], demo_clock: FixedClock
) -> None:
    store, _ = seeded
    with store.session() as session:
        structure_id = session.scalar(select(Structure.id))
        highest = session.scalar(select(func.max(Account.id)))
        account = Account(
            structure_id=structure_id,
            login="nouveau.venu",
            nom="Venu",
            prenom="Nouveau",
            email="nouveau.venu@mairie.fr",
            profile="utilisateur",
            status="actif",
            expires_on=TODAY,
            failed_sign_ins=0,
            created_at=NOW,
        )
        session.add(account)
        session.flush()
        assert account.id > highest


def test_a_store_with_a_structure_is_refused_and_left_unchanged(
    seeded: tuple[Store, DemoReport], demo_clock: FixedClock
) -> None:
    store, _ = seeded
    before = _dump(store, skip=())
    documents = sorted(store.documents_dir.rglob("*"))
    with pytest.raises(UserError, match="already has a structure"):
        seed_demo(store, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS, seed=2)
    assert _dump(store, skip=()) == before
    assert sorted(store.documents_dir.rglob("*")) == documents


def test_a_real_structure_is_refused(blank: Store, demo_clock: FixedClock) -> None:
    identity = Identity(login="marie.curie", nom="Curie", prenom="Marie", email="m@c.fr")
    create_structure(blank, demo_clock, "Mairie de Test", identity, "Un-mot-de-passe-1")
    before = _dump(blank, skip=())
    with pytest.raises(UserError):
        seed_demo(blank, demo_clock, accounts=ACCOUNTS, courriers=20)
    assert _dump(blank, skip=()) == before


def test_a_failure_leaves_the_database_empty(
    blank: Store, demo_clock: FixedClock, monkeypatch: pytest.MonkeyPatch
) -> None:
    def broken(*_args: object) -> int:
        raise RuntimeError("disk full")

    monkeypatch.setattr(demo_seed, "add_echanges", broken)
    with pytest.raises(RuntimeError):
        seed_demo(blank, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS)
    tables = _dump(blank, skip=())
    # Documents are kept before the transaction (harmless, reused by the next writer of the
    # same bytes): in the database of a shared store, in the folder of a local one.
    left = {name: rows for name, rows in tables.items() if rows and not name.startswith("document")}
    assert left == {"service": tables["service"]}
    # Once repaired, the same store takes the demo.
    monkeypatch.undo()
    assert (
        seed_demo(blank, demo_clock, accounts=ACCOUNTS, courriers=COURRIERS).courriers == COURRIERS
    )


def test_the_demo_s_own_accounts_use_the_published_authenticator(
    seeded: tuple[Store, DemoReport], demo_clock: FixedClock
) -> None:
    store, report = seeded
    for login, password, _description in report.credentials:
        factor = SecondFactor(code=demo_code(demo_clock), remember_device=False)
        assert sign_in(store, demo_clock, login, password, factor).login == login
    with store.read_session() as session:
        others = session.scalars(
            select(Account.login).where(
                Account.login.not_in([login for login, _p, _d in report.credentials]),
                Account.status == STATUS_ACTIF,
            )
        ).all()
    # The others set their app up at their first sign-in, as any account would.
    with pytest.raises(EnrolmentRequired):
        sign_in(store, demo_clock, others[0], DEMO_PASSWORD, SecondFactor())
