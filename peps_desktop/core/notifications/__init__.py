"""Notifications: what is due for a person, the rules, and the ledger of what was told."""
