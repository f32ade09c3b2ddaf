"""A fresh demo sends its request waiting « à envoyer » at the first « Envoyer maintenant »."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import select

from peps_desktop.core.demo.reference import DEMO_RECIPIENT
from peps_desktop.core.demo.seed import seed_demo
from peps_desktop.gui.app import prepare_demo_sending
from peps_desktop.gui.contact.sending import Sender
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.store.models import Echange, Structure


def test_the_demo_sends_out_of_the_box(qtbot, empty_store, clock, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    seed_demo(empty_store, clock, accounts=15, courriers=40)
    settings = AppSettings(tmp_path / "demo" / "settings.ini")
    prepare_demo_sending(settings)
    assert settings.contact_recipient == DEMO_RECIPIENT
    with empty_store.read_session() as session:
        structure_id = session.scalar(select(Structure.id))
        waiting = session.scalar(select(Echange.reference).where(Echange.status == "a_envoyer"))
    sender = Sender(empty_store, clock, settings)
    with qtbot.waitSignal(sender.finished, timeout=10000) as finished:
        assert sender.send(structure_id)
    report = finished.args[0]
    assert (report.sent, report.failed) == ((waiting,), ())
    assert (settings.outbox_folder / f"{waiting}.eml").exists()
    with empty_store.read_session() as session:
        assert session.scalar(select(Echange.status).where(Echange.reference == waiting)) == (
            "envoye"
        )


def test_a_recipient_set_by_the_user_is_kept(tmp_path: Path) -> None:
    settings = AppSettings(tmp_path / "settings.ini")
    settings.contact_recipient = "employeurs@cnracl.fr"
    prepare_demo_sending(settings)
    assert settings.contact_recipient == "employeurs@cnracl.fr"
