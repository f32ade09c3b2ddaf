"""Gestion des comptes: the accounts view, its dialogs and models."""

from peps_desktop.gui.accounts.view import AccountsView

__all__ = ["AccountsView"]
