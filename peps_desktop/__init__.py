"""PEP's Desktop: the desktop companion of the PEP's employer platform."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("peps-desktop")
except PackageNotFoundError:  # running from a source tree that was not installed
    __version__ = "0.0.0"

APP_NAME = "PEP's Desktop"
APP_ID = "peps-desktop"
