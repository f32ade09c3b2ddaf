"""Gestion des comptes: administration, account files, review, succession, expiry, activation."""
