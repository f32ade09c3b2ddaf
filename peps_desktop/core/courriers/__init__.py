"""Vos courriers: the inbox's query and actions, the folder import, reading, visibility."""
