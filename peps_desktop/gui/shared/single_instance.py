"""One instance per data directory: a lock file, and a local socket to wake the first one."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QLockFile, QObject, Signal
from PySide6.QtNetwork import QLocalServer, QLocalSocket

ACTIVATE = b"activate"


def server_name(key: str) -> str:
    return "peps-desktop-" + hashlib.sha256(key.encode()).hexdigest()[:16]


class SingleInstance(QObject):
    """`acquire()` is False when another instance holds this data directory."""

    activation_requested = Signal()

    def __init__(self, data_dir: Path, key: str) -> None:
        super().__init__()
        data_dir.mkdir(parents=True, exist_ok=True)
        self._lock = QLockFile(str(data_dir / "peps-desktop.lock"))
        self._lock.setStaleLockTime(0)  # a lock whose process died is taken over
        self._name = server_name(key)
        self._server: QLocalServer | None = None

    def acquire(self) -> bool:
        if not self._lock.tryLock(100):
            return False
        QLocalServer.removeServer(self._name)  # left behind by a crash
        self._server = QLocalServer(self)
        self._server.newConnection.connect(self._on_connection)
        self._server.listen(self._name)
        return True

    def wake_running_instance(self) -> bool:
        """Ask the running instance to bring its window forward; False if it did not answer."""
        socket = QLocalSocket()
        socket.connectToServer(self._name)
        if not socket.waitForConnected(1000):
            return False
        written = socket.write(ACTIVATE) == len(ACTIVATE) and socket.flush()
        socket.disconnectFromServer()
        return written

    def _on_connection(self) -> None:
        assert self._server is not None
        while (socket := self._server.nextPendingConnection()) is not None:
            socket.readyRead.connect(lambda s=socket: self._read(s))

    def _read(self, socket: QLocalSocket) -> None:
        if bytes(socket.readAll().data()).startswith(ACTIVATE):
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
        self._lock.unlock()
