"""Notifications in the GUI: the background service, the system tray, the notification centre.

`wiring.install_notifications(window, ...)` puts them together for one signed-in window.
"""
