"""The accounts table: its Qt model contract, the words it shows, its filters and sorting."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Qt

from peps_desktop.core.accounts.account_list import AccountRow
from peps_desktop.gui.accounts.model import AccountFilterProxy, AccountTableModel, Column

TODAY = dt.date(2026, 11, 25)


def row(login: str, **fields: object) -> AccountRow:
    prenom, _, nom = login.partition(".")
    values: dict[str, object] = {
        "id": abs(hash(login)) % 10_000,
        "login": login,
        "nom": nom.title(),
        "prenom": prenom.title(),
        "email": f"{login}@mairie.fr",
        "telephone": None,
        "profile": "utilisateur",
        "status": "actif",
        "expires_on": dt.date(2027, 6, 1),
        "last_sign_in_at": dt.datetime(2026, 11, 20, 8, 15),
        "last_review_at": None,
        "rights": {},
        "version": 1,
        "activation_pending": False,
    }
    values.update(fields)
    return AccountRow(**values)  # type: ignore[arg-type]


ROWS = [
    row("claire.martin", profile="administrateur", rights={"CNRACL": "modification"}),
    row("paul.durand", status="verrouille", rights={"RAFP": "lecture", "CNRACL": "modification"}),
    row(
        "helene.lefevre",
        nom="Lefèvre",
        prenom="Hélène",
        status="expire_bientot",
        expires_on=dt.date(2026, 12, 20),
        last_review_at=dt.datetime(2025, 5, 25, 10),
    ),
    row(
        "marc.roux",
        status="expire",
        last_sign_in_at=None,
        activation_pending=True,
        rights={"FEH": "aucun"},
    ),
]
SERVICES = ("CNRACL", "IRCANTEC", "RAFP", "FEH")


def models() -> tuple[AccountTableModel, AccountFilterProxy]:
    model = AccountTableModel()
    model.set_rows(ROWS, SERVICES)
    return model, AccountFilterProxy(model)


def shown(proxy: AccountFilterProxy) -> list[str]:
    return [proxy.row_at(r).login for r in range(proxy.rowCount())]


def test_the_table_model_keeps_the_qt_contract(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    model, _proxy = models()
    qtmodeltester.check(model, force_py=True)
    model.set_rows(ROWS[:1], SERVICES)
    model.set_rows([], SERVICES)
    qtmodeltester.check(model, force_py=True)


def test_the_filtered_model_keeps_the_qt_contract(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models()
    qtmodeltester.check(proxy, force_py=True)
    proxy.set_text("pa")
    proxy.sort(Column.EXPIRES, Qt.SortOrder.DescendingOrder)
    proxy.set_status("verrouille")
    qtmodeltester.check(proxy, force_py=True)


def test_cells_show_french_domain_words_dates_and_rights(english) -> None:  # type: ignore[no-untyped-def]
    model, _proxy = models()

    def cell(r: int, column: Column) -> str:
        return model.data(model.index(r, column))

    assert [cell(r, Column.STATUS) for r in range(4)] == [
        "actif",
        "verrouillé",
        "expire bientôt",
        "expiré",
    ]
    assert cell(0, Column.PROFILE) == "administrateur"
    assert cell(2, Column.EXPIRES) == "20/12/2026"
    assert cell(2, Column.LAST_REVIEW) == "25/05/2025"
    assert cell(0, Column.LAST_SIGN_IN) == "20/11/2026 08:15"
    assert cell(3, Column.LAST_SIGN_IN) == "awaiting activation"
    # Only services with a right, in the services' order, with L / M.
    assert cell(1, Column.RIGHTS) == "CNRACL (M), RAFP (L)"
    assert cell(3, Column.RIGHTS) == ""
    assert model.headerData(Column.STATUS, Qt.Orientation.Horizontal) == "Status"


def test_filters_by_text_status_and_profile(english) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models()
    proxy.set_text("helene")  # accents ignored
    assert shown(proxy) == ["helene.lefevre"]
    proxy.set_text("DURAND paul")  # every word, any order, any case
    assert shown(proxy) == ["paul.durand"]
    proxy.set_text("@mairie.fr")  # the email too
    assert len(shown(proxy)) == 4
    proxy.set_text("")
    proxy.set_status("verrouille")
    assert shown(proxy) == ["paul.durand"]
    proxy.set_status(None)
    proxy.set_profile("administrateur")
    assert shown(proxy) == ["claire.martin"]
    proxy.set_profile("utilisateur")
    proxy.set_status("expire")
    assert shown(proxy) == ["marc.roux"]


def test_sorts_dates_as_dates_and_names_without_accents(english) -> None:  # type: ignore[no-untyped-def]
    _model, proxy = models()
    proxy.sort(Column.EXPIRES, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[:2] == ["helene.lefevre", "claire.martin"]  # 20/12/2026 < 01/06/2027
    proxy.sort(Column.LAST_SIGN_IN, Qt.SortOrder.AscendingOrder)
    assert shown(proxy)[0] == "marc.roux"  # never signed in comes first
    proxy.sort(Column.NOM, Qt.SortOrder.AscendingOrder)
    assert shown(proxy) == ["paul.durand", "helene.lefevre", "claire.martin", "marc.roux"]


def test_the_fast_row_lookup_agrees_with_qt_mapping(english) -> None:  # type: ignore[no-untyped-def]
    model, proxy = models()
    for text, column, order in (
        ("", Column.STATUS, Qt.SortOrder.AscendingOrder),
        ("a", Column.RIGHTS, Qt.SortOrder.DescendingOrder),
        ("e", Column.LAST_REVIEW, Qt.SortOrder.AscendingOrder),
    ):
        proxy.set_text(text)
        proxy.sort(column, order)
        for proxy_row in range(proxy.rowCount()):
            source_row = proxy.mapToSource(proxy.index(proxy_row, 0)).row()
            assert proxy.row_at(proxy_row) is model.row_at(source_row)
