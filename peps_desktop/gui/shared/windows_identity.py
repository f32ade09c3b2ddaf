"""Tell Windows which application this process is, so its notifications are attributed to
PEP's Desktop (the name and icon of the Start-menu shortcut) rather than to Python."""

from __future__ import annotations

import logging
import sys

from peps_desktop import APP_USER_MODEL_ID

log = logging.getLogger(__name__)


def declare_app_user_model_id() -> None:
    """Before the first window: Windows reads the id when a window first appears."""
    if sys.platform == "win32":
        import ctypes

        result = ctypes.windll.shell32.SetCurrentProcessExplicitAppUserModelID(APP_USER_MODEL_ID)
        if result != 0:  # an HRESULT: not fatal, notifications then show under "Python"
            log.warning("AppUserModelID not set (HRESULT %#x)", result & 0xFFFFFFFF)
