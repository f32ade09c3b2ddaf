"""Vos courriers: the inbox, its filters and the reader."""
