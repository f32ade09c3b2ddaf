"""The code prompt of sensitive actions and the activation code dialog."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QLabel

from peps_desktop.core.accounts.admin import ActivationCode
from peps_desktop.gui.accounts.code_panel import ActivationCodeDialog
from peps_desktop.gui.accounts.code_prompt import CodePrompt


def test_the_code_prompt_returns_the_code_or_none(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    def answer(code: str | None) -> None:
        prompt = QApplication.activeModalWidget()
        assert isinstance(prompt, CodePrompt)
        assert "Creating an account" in prompt.findChild(QLabel, "codePromptExplanation").text()
        if code is None:
            prompt.reject()
            return
        assert not prompt.confirm_button.isEnabled()
        qtbot.keyClicks(prompt.code_edit, code)
        assert prompt.confirm_button.isEnabled()
        prompt.confirm_button.click()

    QTimer.singleShot(0, lambda: answer(" 123 456 "))
    assert CodePrompt.ask("Creating an account", "claire.martin") == "123 456"
    QTimer.singleShot(0, lambda: answer(None))
    assert CodePrompt.ask("Creating an account", "claire.martin") is None


def test_the_code_dialog_shows_the_code_and_its_validity(qtbot, english) -> None:  # type: ignore[no-untyped-def]
    code = ActivationCode("paul.durand", "ABCD-EFGH-JKMN", dt.datetime(2026, 12, 2, 9, 30))
    dialog = ActivationCodeDialog(code, "Paul Durand")
    qtbot.addWidget(dialog)
    assert dialog.panel.code() == "ABCD-EFGH-JKMN"
    assert dialog.panel.validity_label.text() == "Valid until 02/12/2026 09:30."
    dialog.panel.copy_button.click()
    assert QApplication.clipboard().text() == "ABCD-EFGH-JKMN"
    assert dialog.panel.copy_button.text() == "Copied"
