"""The review's table model: what it shows, edits saved through the actions, the filter."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence

import pytest
from PySide6.QtCore import Qt

from peps_desktop.core.accounts.review import (
    DECISION_CONSERVER,
    DECISION_SUPPRIMER,
    RecordedDecision,
    ReviewRow,
)
from peps_desktop.core.accounts.review_advice import (
    RECOMMEND_CONSERVER,
    RECOMMEND_RENOUVELER_OU_SUPPRIMER,
    RECOMMEND_SUPPRIMER,
)
from peps_desktop.errors import UserError
from peps_desktop.gui.accounts.review.model import (
    DECISION,
    FILTER_ALL,
    FILTER_UNDECIDED,
    HOLDER,
    LAST_SIGN_IN,
    LOGIN_ROLE,
    REASON,
    RECOMMENDATION,
    RIGHTS,
    STATUS,
    ReviewFilterModel,
    ReviewTableModel,
)

AT = dt.datetime(2026, 11, 25, 9, 30)


def row(login: str, nom: str, **fields: object) -> ReviewRow:
    values: dict[str, object] = {
        "login": login,
        "nom": nom,
        "prenom": login.split(".")[0].title(),
        "profile": "utilisateur",
        "status": "actif",
        "expires_on": dt.date(2027, 6, 1),
        "last_sign_in_at": dt.datetime(2026, 11, 2, 8, 15),
        "recommendation": RECOMMEND_CONSERVER,
        "decision": None,
        "reason": None,
        "decided_at": None,
        "decided_by_login": None,
    }
    values.update(fields)
    return ReviewRow(**values)  # type: ignore[arg-type]


ROWS = [
    row("anne.leroy", "Leroy", rights={"CNRACL": "modification", "RAFP": "lecture"}),
    row(
        "bruno.roux",
        "Roux",
        last_sign_in_at=None,
        recommendation=RECOMMEND_SUPPRIMER,
        recommendation_reason="never used since its creation on 05/01/2026",
        profile="administrateur",
    ),
    row(
        "chloe.faure",
        "Faure",
        status="expire",
        recommendation=RECOMMEND_RENOUVELER_OU_SUPPRIMER,
        recommendation_reason="expired on 01/06/2027",
        decision=DECISION_SUPPRIMER,
        reason="Partie",
        decided_at=AT,
        decided_by_login="claire.martin",
    ),
]


class FakeActions:
    """Saves in memory, or refuses when told to."""

    def __init__(self) -> None:
        self.calls: list[tuple[str, tuple[object, ...]]] = []
        self.refusal: str | None = None

    def decide(
        self, logins: Sequence[str], decision: str, reason: str | None = None
    ) -> list[RecordedDecision]:
        self.calls.append(("decide", (list(logins), decision, reason)))
        if self.refusal:
            raise UserError(self.refusal)
        return [RecordedDecision(login, decision, reason, AT, "claire.martin") for login in logins]

    def set_reason(self, login: str, reason: str) -> RecordedDecision:
        self.calls.append(("set_reason", (login, reason)))
        return RecordedDecision(login, DECISION_SUPPRIMER, reason.strip() or None, AT, "x.y")


@pytest.fixture
def actions() -> FakeActions:
    return FakeActions()


@pytest.fixture
def model(qapp, actions: FakeActions, english) -> ReviewTableModel:  # type: ignore[no-untyped-def]
    model = ReviewTableModel(actions)
    model.set_rows(ROWS)
    return model


def test_the_model_passes_the_model_tester(qtmodeltester, model: ReviewTableModel) -> None:  # type: ignore[no-untyped-def]
    qtmodeltester.check(model)
    proxy = ReviewFilterModel()
    proxy.setSourceModel(model)
    qtmodeltester.check(proxy)


def test_what_the_rows_show(model: ReviewTableModel) -> None:
    def text(number: int, column: int) -> str:
        return model.index(number, column).data()

    assert [text(0, c) for c in (HOLDER, RIGHTS, STATUS, LAST_SIGN_IN)] == [
        "Leroy Anne",
        "CNRACL (M), RAFP (L)",
        "active until 01/06/2027",
        "02/11/2026",
    ]
    assert model.index(0, HOLDER).data(Qt.ItemDataRole.ToolTipRole) == "anne.leroy, utilisateur"
    assert text(1, RIGHTS) == "administrateur; no right"
    assert text(1, LAST_SIGN_IN) == "never"
    assert text(1, RECOMMENDATION) == "Delete: never used since its creation on 05/01/2026"
    assert text(1, DECISION) == "To decide"
    assert [text(2, c) for c in (STATUS, RECOMMENDATION, DECISION, REASON)] == [
        "expired on 01/06/2027",
        "Renew or delete: expired on 01/06/2027",
        "Delete",
        "Partie",
    ]
    details = model.details(model.row_at(1))
    assert "<b>Bruno Roux</b> (bruno.roux)" in details and "never signed in" in details
    assert model.index(2, DECISION).data(Qt.ItemDataRole.ToolTipRole) == (
        "Decided on 25/11/2026 09:30 by claire.martin"
    )
    assert model.progress() == (1, 3)
    # A reason needs a decision first.
    assert not model.flags(model.index(0, REASON)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(2, REASON)) & Qt.ItemFlag.ItemIsEditable
    assert model.flags(model.index(0, DECISION)) & Qt.ItemFlag.ItemIsEditable
    assert not model.flags(model.index(0, HOLDER)) & Qt.ItemFlag.ItemIsEditable


def test_editing_a_decision_saves_it_and_moves_the_progress(qtbot, model, actions) -> None:  # type: ignore[no-untyped-def]
    with qtbot.waitSignal(model.progress_changed) as progress:
        assert model.setData(model.index(0, DECISION), DECISION_CONSERVER)
    assert progress.args == [2, 3]
    assert actions.calls == [("decide", (["anne.leroy"], DECISION_CONSERVER, None))]
    assert model.index(0, DECISION).data() == "Keep and renew"
    assert model.setData(model.index(2, REASON), " Mutation ")
    assert model.index(2, REASON).data() == "Mutation"
    assert not model.setData(model.index(0, DECISION), "n_importe_quoi")


def test_a_refused_save_changes_nothing_and_says_why(qtbot, model, actions) -> None:  # type: ignore[no-untyped-def]
    actions.refusal = "This account review was closed on 24/11/2026."
    with qtbot.waitSignal(model.failed) as failed:
        assert not model.setData(model.index(0, DECISION), DECISION_CONSERVER)
    assert failed.args == ["This account review was closed on 24/11/2026."]
    assert model.index(0, DECISION).data() == "To decide"
    assert model.progress() == (1, 3)


def test_a_bulk_record_updates_every_row(model: ReviewTableModel) -> None:
    model.record(
        [
            RecordedDecision(login, DECISION_CONSERVER, None, AT, "claire.martin")
            for login in ("anne.leroy", "bruno.roux", "chloe.faure", "gone.away")
        ]
    )
    assert [model.index(n, DECISION).data() for n in range(3)] == ["Keep and renew"] * 3
    assert model.progress() == (3, 3)


def test_the_filter_searches_names_and_decisions(model: ReviewTableModel) -> None:
    proxy = ReviewFilterModel()
    proxy.setSourceModel(model)

    def logins() -> list[str]:
        return [proxy.index(n, 0).data(LOGIN_ROLE) for n in range(proxy.rowCount())]

    proxy.set_text("ROUX")
    assert logins() == ["bruno.roux"]
    proxy.set_text("")
    proxy.set_decision(FILTER_UNDECIDED)
    assert logins() == ["anne.leroy", "bruno.roux"]
    proxy.set_decision(DECISION_SUPPRIMER)
    assert logins() == ["chloe.faure"]
    proxy.set_decision(FILTER_ALL)
    proxy.sort(LAST_SIGN_IN, Qt.SortOrder.AscendingOrder)
    assert logins()[0] == "bruno.roux"  # never signed in comes first


def test_a_store_fault_is_reported_not_raised(qtbot, model, actions, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    def busy(*_args: object) -> list[RecordedDecision]:
        raise RuntimeError("database is locked")

    monkeypatch.setattr(actions, "decide", busy)
    with qtbot.waitSignal(model.failed) as failed:
        assert not model.setData(model.index(0, DECISION), DECISION_CONSERVER)
    assert failed.args == ["The decision could not be saved; try again in a moment."]
    assert model.index(0, DECISION).data() == "To decide"
