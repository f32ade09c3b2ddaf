"""PEP's Desktop: the desktop companion of the PEP's employer platform."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peps-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

APP_NAME = "PEP's Desktop"
APP_ID = "peps-desktop"
# Windows groups windows and attributes notifications by this id; the installer's Start-menu
# shortcut carries the same one (installer/peps-desktop.iss).
APP_USER_MODEL_ID = "CNRACL.PEPsDesktop"
