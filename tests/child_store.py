"""The store of a test, opened again by a child process (parallel writers, killed use cases).

The child has no access to the test's in-memory keyring, so the store's data key (which
encrypts the authenticators' secrets) travels in its environment.
"""

from __future__ import annotations

import base64
import os
from pathlib import Path

import keyring

from peps_desktop.core.shared import data_key
from peps_desktop.store import Store
from peps_desktop.store.migrate import open_store

DATA_KEY_VARIABLE = "PEPS_TEST_CHILD_DATA_KEY"


def child_environment(store_url: str, **variables: str) -> dict[str, str]:
    """This process's environment, with the store's data key and `variables`."""
    key = keyring.get_password(data_key.KEYRING_SERVICE, data_key.store_identifier(store_url))
    assert key is not None, "the store fixture keeps its data key in the keyring"
    return dict(os.environ, **variables, **{DATA_KEY_VARIABLE: key})


def open_child_store(url: str, documents: str) -> Store:
    key = base64.b64decode(os.environ[DATA_KEY_VARIABLE])
    return open_store(url, Path(documents), upgrade=False, data_key=key)
