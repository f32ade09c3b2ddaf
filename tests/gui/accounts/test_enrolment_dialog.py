"""Enrolment through the sign-in dialog: the QR code made locally, one code, the recovery
codes shown once; then the same app at the next sign-in."""

from __future__ import annotations

import pytest
import segno
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication
from sqlalchemy import select

from peps_desktop.core.accounts.enrolment import has_authenticator
from peps_desktop.core.shared import credentials, totp
from peps_desktop.gui.accounts.enrolment_dialog import EnrolmentDialog
from peps_desktop.gui.accounts.qr_code import MODULE_PIXELS, QUIET_ZONE, qr_image
from peps_desktop.gui.shared.signin_dialog import SignInDialog
from peps_desktop.store.models import AuditEntry
from tests.factories import add_account

STORE_KEY = "sqlite:///test"
LOGIN, PASSWORD = "paul.durand", "Mot-de-passe-2026"
SMALLEST_SCREEN = (1024, 768)


@pytest.fixture
def newcomer(store) -> str:  # type: ignore[no-untyped-def]
    """An account that exists from before the second factor: no authenticator yet."""
    with store.session() as session:
        add_account(session, LOGIN, telephone="+33241000001")
    return LOGIN


def sign_in_dialog(qtbot, store, clock, settings) -> SignInDialog:  # type: ignore[no-untyped-def]
    dialog = SignInDialog(store, clock, settings, STORE_KEY, "Mairie de Saint-Aubin")
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.login_edit.clear()
    qtbot.keyClicks(dialog.login_edit, LOGIN)
    qtbot.keyClicks(dialog.password_edit, PASSWORD)
    return dialog


def test_the_qr_code_is_the_uri_s_matrix() -> None:
    uri = totp.otpauth_uri("JBSWY3DPEHPK3PXP", LOGIN)
    image = qr_image(uri)
    matrix = segno.make(uri, error="m").matrix
    assert image.width() == (len(matrix) + 2 * QUIET_ZONE) * MODULE_PIXELS
    for row, line in enumerate(matrix):
        for column, dark in enumerate(line):
            centre = image.pixelColor(
                (column + QUIET_ZONE) * MODULE_PIXELS + MODULE_PIXELS // 2,
                (row + QUIET_ZONE) * MODULE_PIXELS + MODULE_PIXELS // 2,
            )
            assert centre == (QColor("black") if dark else QColor("white"))


def test_an_account_without_app_enrols_at_sign_in_and_is_then_signed_in(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, newcomer, monkeypatch, english, tmp_path
) -> None:
    seen: list[EnrolmentDialog] = []

    def enrol(dialog: EnrolmentDialog) -> int:
        seen.append(dialog)
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.waitExposed(dialog)
        enrolment = dialog.enrolment
        # What a person reads: the key to type by hand, grouped, and the QR code.
        key = dialog.findChild(type(dialog.error_label), "enrolmentKeyLabel")
        assert key.text() == totp.grouped(enrolment.secret)
        assert dialog.findChild(type(dialog.error_label), "qrCode") is not None
        assert dialog.sizeHint().width() <= SMALLEST_SCREEN[0]
        assert dialog.sizeHint().height() <= SMALLEST_SCREEN[1]
        dialog.grab().save(str(tmp_path / "enrolment-scan.png"))
        assert not dialog.next_button.isEnabled()

        qtbot.keyClicks(dialog.code_edit, "000000")
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        if totp.code_at(enrolment.secret, clock.now()) != "000000":
            assert dialog.error_label.text().startswith("Wrong code.")
            assert dialog.pages.currentIndex() == 0
        qtbot.keyClicks(dialog.code_edit, totp.code_at(enrolment.secret, clock.now(), 1))
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)

        assert dialog.pages.currentIndex() == 1  # the recovery codes, shown once
        shown = [
            dialog.findChild(type(dialog.error_label), f"recoveryCode{i}").text() for i in range(10)
        ]
        assert shown == list(enrolment.recovery_codes)
        dialog.grab().save(str(tmp_path / "enrolment-codes.png"))
        dialog.reject()  # Escape: the codes must be acknowledged first
        assert dialog.isVisible()
        assert not dialog.next_button.isEnabled()
        dialog.findChild(type(dialog.cancel_button), "copyRecoveryCodesButton").click()
        assert QGuiApplication.clipboard().text().split() == list(enrolment.recovery_codes)
        dialog.kept_check.setChecked(True)
        qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
        return dialog.result()

    monkeypatch.setattr(EnrolmentDialog, "exec", enrol)
    signin = sign_in_dialog(qtbot, store, clock, settings)
    signin.attempt()

    assert len(seen) == 1
    assert signin.signed_in is not None and signin.signed_in.login == LOGIN
    assert signin.result() == SignInDialog.DialogCode.Accepted
    assert has_authenticator(store, LOGIN)
    assert credentials.recall_device(STORE_KEY, LOGIN)  # this computer is trusted
    with store.read_session() as session:
        actions = list(session.scalars(select(AuditEntry.action).order_by(AuditEntry.id)))
    assert actions[-3:] == ["authentificateur_enregistre", "appareil_approuve", "connexion"]
    assert (tmp_path / "enrolment-scan.png").stat().st_size > 0

    # The next sign-in on this computer: no enrolment, no code.
    monkeypatch.setattr(EnrolmentDialog, "exec", lambda dialog: pytest.fail("enrolled twice"))
    again = sign_in_dialog(qtbot, store, clock, settings)
    again.attempt()
    assert again.signed_in is not None


def test_giving_up_the_enrolment_signs_nobody_in(  # type: ignore[no-untyped-def]
    qtbot, store, clock, settings, newcomer, monkeypatch, english
) -> None:
    monkeypatch.setattr(EnrolmentDialog, "exec", lambda dialog: dialog.reject() or 0)
    signin = sign_in_dialog(qtbot, store, clock, settings)
    signin.attempt()
    assert signin.signed_in is None
    assert "not set up yet" in signin.error_label.text()
    assert not has_authenticator(store, LOGIN)
