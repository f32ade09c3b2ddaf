"""The password prompt and the activation code dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication

from peps_desktop.core.accounts.admin import ActivationCode
from peps_desktop.gui.accounts.code_panel import ActivationCodeDialog
from peps_desktop.gui.accounts.password_prompt import PasswordPrompt


def test_the_password_prompt_returns_the_password_or_none(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    def answer(password: str | None) -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, PasswordPrompt)
        if password is None:
            prompt.reject()
            return
        assert not prompt.confirm_button.isEnabled()
        qtbot.keyClicks(prompt.password_edit, password)
        assert prompt.confirm_button.isEnabled()
        prompt.confirm_button.click()

    QTimer.singleShot(0, lambda: answer("Mot-de-passe-2026"))
    assert PasswordPrompt.ask("Creating an account", "claire.martin") == "Mot-de-passe-2026"
    QTimer.singleShot(0, lambda: answer(None))
    assert PasswordPrompt.ask("Creating an account", "claire.martin") is None


def test_the_code_dialog_shows_the_code_and_its_validity(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    code = ActivationCode("paul.durand", "ABCD-EFGH-JKMN", dt.datetime(2026, 12, 2, 9, 30))
    dialog = ActivationCodeDialog(code, "Paul Durand")
    qtbot.addWidget(dialog)
    assert dialog.panel.code() == "ABCD-EFGH-JKMN"
    assert dialog.panel.validity_label.text() == "Valid until 02/12/2026 09:30."
    dialog.panel.copy_button.click()
    assert QApplication.clipboard().text() == "ABCD-EFGH-JKMN"
    assert dialog.panel.copy_button.text() == "Copied"
