"""PEP's Desktop: the desktop companion of the PEP's employer platform."""

# pyproject.toml's version (tests/test_version.py keeps them equal): written here rather than
# looked up in the installed metadata, which costs every `--version` tens of milliseconds.
__version__ = "0.1.0"

APP_NAME = "PEP's Desktop"
APP_ID = "peps-desktop"
# Windows groups windows and attributes notifications by this id; the installer's Start-menu
# shortcut carries the same one (installer/peps-desktop.iss).
APP_USER_MODEL_ID = "CNRACL.PEPsDesktop"
