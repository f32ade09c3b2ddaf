"""Gestion des comptes: the accounts view, its dialogs and models.

Nothing is imported here: the sign-in's code prompt lives in this package, and the accounts
view must not come with it at start-up (it is built on first use)."""
