"""Mes intervenants: every user sees who the structure's administrators are."""

from __future__ import annotations

from peps_desktop.core.accounts.intervenants import Intervenant
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.gui.accounts.intervenants_view import (
    IntervenantColumn,
    IntervenantsModel,
    IntervenantsView,
)
from tests.factories import add_account

PASSWORD = "Mot-de-passe-2026"


def test_a_utilisateur_sees_the_administrators_and_how_to_reach_them(  # type: ignore[no-untyped-def]
    qtbot, store, clock, english
) -> None:
    with store.session() as session:
        add_account(session, "paul.durand")
        add_account(session, "lea.petit", profile="administrateur", telephone="02 41 00 00 07")
    user = sign_in(store, clock, "paul.durand", PASSWORD)
    view = IntervenantsView(store, user)
    qtbot.addWidget(view)
    with qtbot.waitSignal(view.loaded, timeout=5000):
        view.show()

    model = view.model

    def cells(row: int) -> list[str]:
        return [model.data(model.index(row, column)) for column in IntervenantColumn]

    assert model.rowCount() == 2  # the two administrators, not paul.durand
    assert cells(0) == ["Martin", "Claire", "claire.martin@mairie.fr", "—"]
    assert cells(1) == ["Petit", "Lea", "lea.petit@mairie.fr", "02 41 00 00 07"]
    assert "administrators of your structure manage the accounts" in (
        view.findChild(type(view.message_bar.label), "intervenantsIntro").text()
    )


def test_the_intervenants_model_keeps_the_qt_contract(qtmodeltester, english) -> None:  # type: ignore[no-untyped-def]
    model = IntervenantsModel()
    model.set_rows(
        [
            Intervenant("Martin", "Claire", "claire.martin@mairie.fr", None),
            Intervenant("Petit", "Léa", "lea.petit@mairie.fr", "02 41 00 00 07"),
        ]
    )
    qtmodeltester.check(model, force_py=True)
