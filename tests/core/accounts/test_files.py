"""Offline review: the account list's import and export, all or nothing, under the rules."""

from __future__ import annotations

import csv
import datetime as dt
import json
from pathlib import Path

import openpyxl
import pytest
from sqlalchemy import select

from peps_desktop.core.accounts.account_list import list_accounts
from peps_desktop.core.accounts.admin import AccountDraft, create_account
from peps_desktop.core.accounts.expiry import EXPIRED, REVIEW_DUE, due_for_administrator
from peps_desktop.core.accounts.file_formats import neutralise, restore
from peps_desktop.core.accounts.file_rows import COLUMNS, format_rights, parse_date, parse_rights
from peps_desktop.core.accounts.files import (
    AccountImportError,
    ImportReport,
    export_accounts,
    import_accounts,
)
from peps_desktop.core.accounts.rules import expiry_from
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.accounts.signed_in import SignedIn
from peps_desktop.core.shared.clock import FixedClock
from peps_desktop.core.shared.services import SERVICE_CODES
from peps_desktop.errors import AuthenticationError, PermissionDenied, UserError
from peps_desktop.store import Store
from peps_desktop.store.models import Account, AuditEntry
from tests.conftest import ADMIN, ADMIN_PASSWORD, NOW
from tests.core.accounts.file_builders import (
    PASSWORD,
    add_person,
    audit_entries,
    row,
    snapshot,
    with_cells,
    write_csv,
)
from tests.second_factor import (
    USER_SECRET,
    activate_with_app,
    code,
    enrol,
    next_code,
    wrong_code,
)

TODAY = NOW.date()
LATEST = expiry_from(TODAY)  # 25/05/2028
NEW_PASSWORD = "Nouveau-secret-2026"
GARNIER = row(
    login="elodie.garnier",
    nom="Garnier",
    prenom="Élodie",
    email="elodie.garnier@mairie.fr",
    telephone="02 41 00 00 00",
    profil="utilisateur",
    droits="CNRACL:modification|RAFP:lecture",
)
# Other people, each their own account (an account is personal: see same_person).
LUC, ANNE, EVE, MARC = (
    with_cells(GARNIER, login=login, nom=nom, prenom=prenom, email=f"{login}@mairie.fr")
    for login, nom, prenom in (
        ("luc.morel", "Morel", "Luc"),
        ("anne.roux", "Roux", "Anne"),
        ("eve.blanc", "Blanc", "Ève"),
        ("marc.petit", "Petit", "Marc"),
    )
)
JEAN = row(
    login="jean.dupont",
    nom="Dupont",
    prenom="Jean",
    email="jean.dupont@mairie.fr",
    telephone="02 41 11 22 33",
    profil="utilisateur",
    droits="CNRACL:lecture",
)
# The structure's only administrator, made a utilisateur.
ADMIN_AS_UTILISATEUR = row(
    login=ADMIN.login,
    nom=ADMIN.nom,
    prenom=ADMIN.prenom,
    email=ADMIN.email,
    profil="utilisateur",
)


@pytest.fixture
def admin(store: Store, clock: FixedClock) -> SignedIn:
    return sign_in(store, clock, ADMIN.login, ADMIN_PASSWORD)


@pytest.fixture
def people(store: Store) -> Store:
    """Besides ADMIN: Jean Dupont (CNRACL reader) and Paul Durand (no rights)."""
    add_person(store, "jean.dupont", rights={"CNRACL": "lecture"}, telephone="+33241112233")
    add_person(store, "paul.durand", expires_on=dt.date(2027, 3, 15))
    return store


def _account(store: Store, login: str) -> Account:
    with store.read_session() as session:
        account = session.scalar(select(Account).where(Account.login == login))
        assert account is not None
        return account


def _rights(store: Store, clock: FixedClock, admin: SignedIn, login: str) -> dict[str, str]:
    rows = {r.login: r for r in list_accounts(store, clock, admin)}
    return {code: level for code, level in rows[login].rights.items() if level != "aucun"}


def _import(
    store: Store, clock: FixedClock, admin: SignedIn, path: Path, **options: bool
) -> ImportReport:
    return import_accounts(store, clock, admin, next_code(clock), path, **options)


def _refused(store: Store, clock: FixedClock, admin: SignedIn, path: Path) -> dict[int, str]:
    """Import a bad file: it must be refused and change nothing; its problems by line."""
    before, entries = snapshot(store), audit_entries(store)
    with pytest.raises(AccountImportError) as refused:
        _import(store, clock, admin, path)
    assert snapshot(store) == before
    assert audit_entries(store) == entries
    problems: dict[int, str] = {}
    for problem in refused.value.report.problems:
        problems[problem.line] = " / ".join(
            filter(None, [problems.get(problem.line), problem.reason])
        )
    return problems


# --- rights and dates ---------------------------------------------------------------------------


def test_parse_rights_reads_the_file_syntax() -> None:
    assert parse_rights(" cnracl : Modification | RAFP:lecture |FEH:aucun") == {
        "CNRACL": "modification",
        "RAFP": "lecture",
        "FEH": "aucun",
    }
    assert parse_rights("") == {}


@pytest.mark.parametrize(
    ("spec", "message"),
    [
        ("CNRACL", "is not a right"),
        ("CNRACL:", "is not a right"),
        ("CNRACL:ecriture", "Unknown right “ecriture” for CNRACL"),
        ("CNRACL:lecture|cnracl:modification", "CNRACL is named twice"),
        ("XYZ:lecture", "Unknown service “XYZ”"),
    ],
)
def test_parse_rights_refuses(spec: str, message: str) -> None:
    with pytest.raises(UserError, match=message):
        parse_rights(spec, SERVICE_CODES)


def test_format_rights_names_the_services_with_a_right_in_the_usual_order() -> None:
    rights = {"RAFP": "lecture", "FEH": "aucun", "CNRACL": "modification"}
    assert format_rights(rights) == "CNRACL:modification|RAFP:lecture"
    assert parse_rights(format_rights(rights)) == {"CNRACL": "modification", "RAFP": "lecture"}


@pytest.mark.parametrize("text", ["15/03/2027", "2027-03-15", "5/3/2027"])
def test_dates_are_read_in_both_formats(text: str) -> None:
    expected = dt.date(2027, 3, 5) if text == "5/3/2027" else dt.date(2027, 3, 15)
    assert parse_date(text) == expected


@pytest.mark.parametrize("text", ["31/02/2027", "2027/03/15", "15-03-2027", "demain", "03/15/27"])
def test_bad_dates_are_refused(text: str) -> None:
    with pytest.raises(UserError, match="is not a date"):
        parse_date(text)


@pytest.mark.parametrize(
    "text", ['=HYPERLINK("http://x")', "+33 6 12 34 56 78", "-2", "@SUM(A1)", "'=x", "''"]
)
def test_neutralised_cells_come_back_as_they_were(text: str) -> None:
    written = neutralise(text)
    assert written.startswith("'")
    assert restore(written) == text


@pytest.mark.parametrize("text", ["Dupont", "l'Hôpital", "'Ali", ""])
def test_harmless_cells_are_left_alone(text: str) -> None:
    assert neutralise(text) == text
    assert restore(text) == text


# --- import: new accounts -----------------------------------------------------------------------


@pytest.mark.parametrize("bom", [True, False], ids=["with-bom", "without-bom"])
def test_import_creates_accounts_whose_codes_work(
    bom: bool, store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "comptes.csv", [GARNIER], bom=bom)
    entries = audit_entries(store)
    report = _import(store, clock, admin, path)
    assert report.created == ("elodie.garnier",)
    assert (report.updated, report.unchanged, report.problems) == ((), (), ())
    assert audit_entries(store) == [
        *entries,
        ("comptes_importes", "comptes.csv"),
        ("compte_cree", "elodie.garnier"),
    ]
    created = _account(store, "elodie.garnier")
    assert (created.nom, created.prenom, created.telephone) == (
        "Garnier",
        "Élodie",
        "+33241000000",  # kept in E.164
    )
    assert (created.expires_on, created.password_hash) == (LATEST, None)
    assert _rights(store, clock, admin, "elodie.garnier") == {
        "CNRACL": "modification",
        "RAFP": "lecture",
    }
    [code] = report.codes
    assert code.login == "elodie.garnier"
    activate_with_app(store, clock, "elodie.garnier", code.code, NEW_PASSWORD)
    assert sign_in(store, clock, "elodie.garnier", NEW_PASSWORD).badge == "Élodie Garnier"


def test_import_needs_an_active_administrator_and_a_code_of_their_app(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "comptes.csv", [GARNIER])
    user = sign_in(people, clock, "jean.dupont", PASSWORD)
    before = snapshot(people)[1:]  # all but ADMIN, whose wrong codes are counted
    with pytest.raises(AuthenticationError, match="Wrong code"):
        import_accounts(people, clock, admin, wrong_code(clock), path)
    with pytest.raises(AuthenticationError, match="Wrong code"):
        import_accounts(people, clock, admin, ADMIN_PASSWORD, path)  # the password is no code
    with pytest.raises(AuthenticationError, match="Wrong code"):
        import_accounts(people, clock, admin, wrong_code(clock), path, dry_run=True)
    enrol(people, "jean.dupont", USER_SECRET)
    with pytest.raises(PermissionDenied):
        import_accounts(people, clock, user, code(clock, USER_SECRET), path)
    assert snapshot(people)[1:] == before
    assert _account(people, ADMIN.login).failed_second_factors == 3


def test_a_new_account_may_be_given_an_earlier_expiry(
    store: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    line = with_cells(GARNIER, expiration="2027-06-30")
    _import(store, clock, admin, write_csv(tmp_path / "comptes.csv", [line]))
    assert _account(store, "elodie.garnier").expires_on == dt.date(2027, 6, 30)


def test_a_dry_run_reports_and_changes_nothing(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    jean = with_cells(JEAN, droits="CNRACL:modification")
    path = write_csv(tmp_path / "comptes.csv", [GARNIER, jean])
    before, entries = snapshot(people), audit_entries(people)
    report = _import(people, clock, admin, path, dry_run=True)
    assert (report.created, report.updated, report.codes) == (
        ("elodie.garnier",),
        ("jean.dupont",),
        (),
    )
    assert report.dry_run
    assert snapshot(people) == before
    assert audit_entries(people) == entries


# --- import: existing accounts ------------------------------------------------------------------


def test_import_updates_existing_accounts_through_the_editor(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    jean = row(
        login="JEAN.DUPONT",
        nom="Dupont",
        prenom="Jean-Marc",  # one of the two may change (a typo, a marriage…)
        email="jm.dupont@mairie.fr",
        telephone="",
        profil="Administrateur",
        expiration="15/02/2027",
        derniere_connexion="n'importe quoi",  # informative only
        droits="RAFP:lecture",
    )
    report = _import(people, clock, admin, write_csv(tmp_path / "comptes.csv", [jean]))
    assert (report.created, report.updated) == ((), ("jean.dupont",))
    updated = _account(people, "jean.dupont")
    # A line without a telephone keeps the account's: PEP's requires one.
    assert (updated.prenom, updated.email, updated.telephone, updated.profile) == (
        "Jean-Marc",
        "jm.dupont@mairie.fr",
        "+33241112233",
        "administrateur",
    )
    assert updated.expires_on == dt.date(2027, 2, 15)
    assert _rights(people, clock, admin, "jean.dupont") == {"RAFP": "lecture"}
    with people.read_session() as session:
        modified = session.scalars(
            select(AuditEntry.details).where(AuditEntry.action == "compte_modifie")
        ).all()
    changes = [json.loads(details)["apres"] for details in modified]
    assert changes == [
        {
            "prenom": "Jean-Marc",
            "email": "jm.dupont@mairie.fr",
            "profil": "administrateur",
            "droits": {"CNRACL": "aucun", "RAFP": "lecture"},
        },
        {"expiration": "2027-02-15"},
    ]


def test_an_expired_account_given_a_later_expiry_is_active_again(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    add_person(people, "marc.petit", status="expire", expires_on=dt.date(2026, 10, 1))
    marc = row(
        login="marc.petit",
        nom="Petit",
        prenom="Marc",
        email="marc.petit@mairie.fr",
        profil="utilisateur",
        expiration=LATEST.isoformat(),  # the latest allowed
    )
    _import(people, clock, admin, write_csv(tmp_path / "comptes.csv", [marc]))
    renewed = _account(people, "marc.petit")
    assert (renewed.status, renewed.expires_on) == ("actif", LATEST)


def test_the_last_administrator_may_be_replaced_within_one_file(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    """The rule holds for the file as a whole, whatever the order of its lines."""
    exported = tmp_path / "comptes.csv"
    export_accounts(people, clock, admin, exported)
    table = _read_csv(exported)
    profil = COLUMNS.index("profil")
    for cells in table[1:]:
        cells[profil] = "utilisateur" if cells[0] == ADMIN.login else "administrateur"
    report = _import(people, clock, admin, _write_table(tmp_path / "swap.csv", table))
    assert set(report.updated) == {ADMIN.login, "jean.dupont", "paul.durand"}
    assert _account(people, ADMIN.login).profile == "utilisateur"


# --- import: bad files --------------------------------------------------------------------------


def test_every_bad_line_is_reported_and_nothing_is_imported(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    lines = [
        GARNIER,  # 2: good
        with_cells(LUC, expiration="30/02/2027"),  # 3
        with_cells(JEAN, telephone="02 41 99 99 99"),  # 4: good
        with_cells(ANNE, droits="CNRACL:lecture|XYZ:lecture"),  # 5
        with_cells(GARNIER, nom="Autre"),  # 6: elodie.garnier again
        with_cells(JEAN, login="paul.durand", nom="Martin", prenom="Louis"),  # 7: another person
        ADMIN_AS_UTILISATEUR,  # 8
        with_cells(EVE, email="eve.blanc@", profil="chef"),  # 9
        with_cells(MARC, expiration="2028-05-26"),  # 10: later than allowed
    ]
    problems = _refused(people, clock, admin, write_csv(tmp_path / "comptes.csv", lines))
    assert sorted(problems) == [3, 5, 6, 7, 8, 9, 10]
    assert "“30/02/2027” is not a date" in problems[3]
    assert "Unknown service “XYZ”" in problems[5]
    assert "“elodie.garnier” is already on line 2" in problems[6]
    assert "An account is personal" in problems[7]
    assert "at least one active administrator" in problems[8]
    assert "“eve.blanc@” is not valid" in problems[9] and "Unknown profile “chef”" in problems[9]
    assert "too late" in problems[10] and "25/05/2028" in problems[10]


@pytest.mark.parametrize(
    ("header", "message"),
    [
        (COLUMNS[:-1], "missing: droits"),
        ((*COLUMNS, "service"), "unknown: service"),
        ((*COLUMNS[:-1], "login"), "named twice: login"),
        ((",".join(COLUMNS),), "separated by semicolons"),
    ],
    ids=["missing", "unknown", "twice", "commas"],
)
def test_wrong_columns_are_refused_on_line_1(
    header: tuple[str, ...],
    message: str,
    people: Store,
    clock: FixedClock,
    admin: SignedIn,
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path / "comptes.csv", [GARNIER[: len(header)]], header=header)
    problems = _refused(people, clock, admin, path)
    assert list(problems) == [1]
    assert message in problems[1]


@pytest.mark.parametrize(
    ("cells", "message"),
    [
        ({"droits": "CNRACL:ecriture"}, "Unknown right “ecriture”"),
        ({"droits": "CNRACL lecture"}, "is not a right"),
        ({"profil": ""}, "Unknown profile"),
        ({"email": "pas-une-adresse"}, "is not valid"),
        ({"login": "x"}, "The login “x” is not valid"),
        ({"nom": ""}, "Last name and first name are required"),
        ({"expiration": "2027-13-01"}, "is not a date"),
    ],
)
def test_a_bad_cell_is_reported_with_its_line(
    cells: dict[str, str],
    message: str,
    people: Store,
    clock: FixedClock,
    admin: SignedIn,
    tmp_path: Path,
) -> None:
    path = write_csv(tmp_path / "comptes.csv", [JEAN, with_cells(GARNIER, **cells)])
    problems = _refused(people, clock, admin, path)
    assert list(problems) == [3]
    assert message in problems[3]


def test_a_line_with_too_many_cells_is_refused(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    path = write_csv(tmp_path / "comptes.csv", [[*GARNIER, "de trop"]])
    assert "more cells than there are columns" in _refused(people, clock, admin, path)[2]


def test_a_login_once_deleted_cannot_come_back(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    from peps_desktop.core.accounts.admin import delete_accounts

    delete_accounts(people, clock, admin, ["paul.durand"], next_code(clock))
    paul = with_cells(JEAN, login="paul.durand", nom="Durand", prenom="Paul")
    problems = _refused(people, clock, admin, write_csv(tmp_path / "comptes.csv", [paul]))
    assert "never reused" in problems[2]


def test_blank_lines_are_skipped_and_line_numbers_stay_those_of_the_file(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    blank = [""] * len(COLUMNS)
    path = write_csv(
        tmp_path / "comptes.csv", [blank, JEAN, blank, with_cells(GARNIER, droits="X:y")]
    )
    assert list(_refused(people, clock, admin, path)) == [5]


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("comptes.csv", "login;nom\r\n".encode("cp1252") + "é".encode("cp1252"), "not in UTF-8"),
        ("comptes.xlsx", b"not a workbook", "not a readable Excel workbook"),
        ("absent.csv", None, "Cannot read"),
    ],
    ids=["cp1252", "fake-xlsx", "missing"],
)
def test_unreadable_files_are_refused(
    name: str,
    content: bytes | None,
    message: str,
    people: Store,
    clock: FixedClock,
    admin: SignedIn,
    tmp_path: Path,
) -> None:
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    before = snapshot(people)
    with pytest.raises(UserError, match=message):
        _import(people, clock, admin, path)
    assert snapshot(people) == before


def test_an_empty_file_is_refused(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    path = tmp_path / "comptes.csv"
    path.write_bytes(b"")
    assert "empty" in _refused(people, clock, admin, path)[1]


# --- export and round trips ---------------------------------------------------------------------


def _read_csv(path: Path) -> list[list[str]]:
    with path.open(encoding="utf-8-sig", newline="") as source:
        return list(csv.reader(source, delimiter=";"))


def _write_table(path: Path, table: list[list[str]]) -> Path:
    with path.open("w", encoding="utf-8-sig", newline="") as target:
        csv.writer(target, delimiter=";").writerows(table)
    return path


def test_export_writes_the_list_as_french_excel_reads_it(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    path = tmp_path / "comptes.csv"
    assert export_accounts(people, clock, admin, path) == 3
    content = path.read_bytes()
    assert content.startswith(b"\xef\xbb\xbf" + ";".join(COLUMNS).encode() + b"\r\n")
    table = _read_csv(path)
    by_login = {cells[0]: dict(zip(COLUMNS, cells, strict=True)) for cells in table[1:]}
    assert [cells[0] for cells in table[1:]] == ["jean.dupont", "paul.durand", ADMIN.login]
    assert by_login["jean.dupont"] == {
        "login": "jean.dupont",
        "nom": "Dupont",
        "prenom": "Jean",
        "email": "jean.dupont@mairie.fr",
        "telephone": "02 41 11 22 33",
        "profil": "utilisateur",
        "expiration": "01/01/2028",
        "derniere_connexion": "",
        "droits": "CNRACL:lecture",
    }
    assert by_login[ADMIN.login]["derniere_connexion"] == NOW.strftime("%d/%m/%Y %H:%M")
    assert by_login[ADMIN.login]["droits"] == "|".join(f"{c}:modification" for c in SERVICE_CODES)
    assert audit_entries(people)[-1] == ("comptes_exportes", "comptes.csv")


def test_export_needs_an_administrator(people: Store, clock: FixedClock, tmp_path: Path) -> None:
    user = sign_in(people, clock, "jean.dupont", PASSWORD)
    with pytest.raises(PermissionDenied):
        export_accounts(people, clock, user, tmp_path / "comptes.csv")
    assert not (tmp_path / "comptes.csv").exists()


def test_export_into_a_missing_folder_is_a_clear_error(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    entries = audit_entries(people)
    with pytest.raises(UserError) as refused:
        export_accounts(people, clock, admin, tmp_path / "absent" / "comptes.csv")
    assert str(refused.value).startswith(f"The folder {tmp_path / 'absent'} cannot be found")
    assert audit_entries(people) == entries


@pytest.mark.parametrize("name", ["comptes.csv", "comptes.xlsx"])
def test_export_then_import_is_a_no_op(
    name: str, people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    add_person(people, "marc.petit", nom="=1+2", prenom="@Marc", telephone="+33612345678")
    path = tmp_path / name
    export_accounts(people, clock, admin, path)
    before, entries = snapshot(people), audit_entries(people)
    report = _import(people, clock, admin, path)
    assert sorted(report.unchanged) == sorted(r.login for r in list_accounts(people, clock, admin))
    assert (report.created, report.updated, report.problems) == ((), (), ())
    assert snapshot(people) == before
    assert audit_entries(people) == [*entries, ("comptes_importes", name)]


def test_formulas_are_neutralised_in_csv(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    add_person(people, "marc.petit", nom="=1+2", prenom="@Marc", telephone="+3361234567")
    path = tmp_path / "comptes.csv"
    export_accounts(people, clock, admin, path)
    marc = next(cells for cells in _read_csv(path) if cells[0] == "marc.petit")
    # A number that is no French number is written as it is stored: neutralised too.
    assert marc[1:5] == ["'=1+2", "'@Marc", "marc.petit@mairie.fr", "'+3361234567"]
    jean = next(cells for cells in _read_csv(path) if cells[0] == "jean.dupont")
    assert jean[4] == "02 41 11 22 33"  # French numbers as the French write them


def test_xlsx_export_holds_text_dates_and_no_formula(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    add_person(people, "marc.petit", nom="=1+2", prenom="-Marc", telephone="+33 6 12 34 56 78")
    path = tmp_path / "comptes.xlsx"
    export_accounts(people, clock, admin, path)
    sheet = openpyxl.load_workbook(path).worksheets[0]
    assert [cell.value for cell in sheet[1]] == list(COLUMNS)
    cells = {row[0].value: row for row in sheet.iter_rows(min_row=2)}
    marc = cells["marc.petit"]
    assert [cell.value for cell in marc[1:3]] == ["'=1+2", "'-Marc"]
    assert all(cell.data_type != "f" for row in sheet.iter_rows() for cell in row)
    assert marc[COLUMNS.index("expiration")].value.date() == dt.date(2028, 1, 1)


def test_a_spreadsheet_edited_by_hand_is_read(
    people: Store, clock: FixedClock, admin: SignedIn, tmp_path: Path
) -> None:
    """Excel keeps dates as dates and a telephone typed as a number as a number."""
    workbook = openpyxl.Workbook()
    sheet = workbook.active
    sheet.append(list(COLUMNS))
    sheet.append(
        [
            "Jean.Dupont",
            "Dupont",
            "Jean",
            "jean.dupont@mairie.fr",
            241112233,
            "utilisateur",
            dt.datetime(2027, 4, 30),
            dt.datetime(2026, 11, 2, 8, 15),
            "CNRACL:lecture",
        ]
    )
    sheet.append([None] * len(COLUMNS))  # Excel's trailing empty rows
    sheet.append(
        ["'=new.person", "Nouvelle", "Personne", "n.p@mairie.fr", "'+33 1 23", "utilisateur"]
    )
    path = tmp_path / "revue.xlsx"
    workbook.save(path)
    problems = _refused(people, clock, admin, path)
    assert list(problems) == [4]  # the quote came off: “=new.person” is no login
    assert "“=new.person” is not valid" in problems[4]
    sheet.delete_rows(4)
    workbook.save(path)
    report = _import(people, clock, admin, path)
    assert report.updated == ("jean.dupont",)
    jean = _account(people, "jean.dupont")
    # A telephone typed as a number in Excel lost its 0: it is read as the French number.
    assert (jean.telephone, jean.expires_on) == ("+33241112233", dt.date(2027, 4, 30))


# --- the command line's use cases ---------------------------------------------------------------


def test_create_account_keeps_a_chosen_login(
    people: Store, clock: FixedClock, admin: SignedIn
) -> None:
    draft = AccountDraft(
        nom="Garnier", prenom="Élodie", email="e.garnier@mairie.fr", telephone="0241000000"
    )
    activation = create_account(people, clock, admin, next_code(clock), draft, " EGarnier ")
    assert activation.login == "egarnier"
    activate_with_app(people, clock, "egarnier", activation.code, NEW_PASSWORD)
    with pytest.raises(UserError, match="already used"):
        create_account(people, clock, admin, next_code(clock), draft, "jean.dupont")
    with pytest.raises(AuthenticationError):
        create_account(people, clock, admin, wrong_code(clock), draft, "autre.login")


def test_due_for_administrator(people: Store, clock: FixedClock, admin: SignedIn) -> None:
    items = due_for_administrator(people, clock, admin, dt.date(2028, 6, 1))
    kinds = {(item.kind, item.login) for item in items}
    assert (EXPIRED, "paul.durand") in kinds and (REVIEW_DUE, None) in kinds
    user = sign_in(people, clock, "jean.dupont", PASSWORD)
    with pytest.raises(PermissionDenied):
        due_for_administrator(people, clock, user, TODAY)


def test_lines_are_checked_in_order_across_savepoint_chunks(
    people: Store,
    clock: FixedClock,
    admin: SignedIn,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A chunk rolled back for one bad line keeps its good lines for the lines after it."""
    monkeypatch.setattr("peps_desktop.core.accounts.file_import.CHUNK_LINES", 2)
    jean_admin = with_cells(JEAN, profil="administrateur")
    paul_changed = row(
        login="paul.durand",
        nom="Martin",
        prenom="Louis",
        email="paul.durand@mairie.fr",
        profil="utilisateur",
    )
    lines = [
        jean_admin,
        paul_changed,
        ADMIN_AS_UTILISATEUR,
        GARNIER,
        LUC,
    ]
    problems = _refused(people, clock, admin, write_csv(tmp_path / "comptes.csv", lines))
    assert list(problems) == [3]  # line 4 is fine: line 2 made Jean an administrator

    lines[1] = with_cells(JEAN, login="paul.durand", nom="Durand", prenom="Paul", telephone="")
    report = _import(people, clock, admin, write_csv(tmp_path / "comptes.csv", lines))
    assert report.updated == ("jean.dupont", "paul.durand", ADMIN.login)
    assert report.created == ("elodie.garnier", "luc.morel")
    assert [code.login for code in report.codes] == ["elodie.garnier", "luc.morel"]
