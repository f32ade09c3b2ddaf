"""The user's preferences and the settings dialog."""
