"""PEP's Desktop: the desktop companion of the PEP's employer platform."""

from __future__ import annotations

APP_NAME = "PEP's Desktop"
APP_ID = "peps-desktop"
# Windows groups windows and attributes notifications by this id; the installer's Start-menu
# shortcut carries the same one (installer/peps-desktop.iss).
APP_USER_MODEL_ID = "CNRACL.PEPsDesktop"


def __getattr__(name: str) -> str:
    # The installed version, read when asked for: importlib.metadata costs every start.
    if name != "__version__":
        raise AttributeError(name)
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("peps-desktop")
    except PackageNotFoundError:  # running from a source tree that was not installed
        return "0.0.0"
