"""One window per database: a second start brings the running window to the front.

The first instance holds a lock file beside the database (QLockFile notices when the process
that held it died) and listens on a local socket named after the user and the database path.
A later start that cannot take the lock asks the holder, over that socket, to come forward.
Qt networking only: no widgets here, so the CLI can ask whether a window is open.

The lock is taken before the window is built; QtNetwork (and the socket name's hash) are
loaded only to ask another instance or, once the window is on screen, to listen. A second
start in between finds the lock held and no listener yet, and waits as for any holder that
is still starting.
"""

from __future__ import annotations

import logging
import time
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QLockFile, QObject, QThread, Signal

from sote_navigator import paths

if TYPE_CHECKING:
    from PySide6.QtNetwork import QLocalServer, QLocalSocket

log = logging.getLogger(__name__)

ACTIVATE = b"activate\n"
ACK = b"ok\n"


class Claim(Enum):
    FIRST = "first"  # this process runs the window
    HANDED_OVER = "handed_over"  # the running window was asked to come forward
    NOT_ANSWERING = "not_answering"  # another process holds the database but does not answer


def _user() -> str:
    import getpass

    try:
        return getpass.getuser()
    except (OSError, KeyError):  # no login name: the home folder tells users apart as well
        return str(Path.home())


def server_name(database: Path) -> str:
    import hashlib

    key = f"{_user()}\0{database.resolve()}"
    return "sote-navigator-" + hashlib.sha256(key.encode("utf-8")).hexdigest()[:24]


def lock_path(database: Path) -> Path:
    return database.with_name(database.name + ".lock")


def is_running(database: Path) -> bool:
    """Whether a window is open on ``database`` (in any process of this user)."""
    path = lock_path(database)
    if not path.exists():
        return False
    lock = QLockFile(str(path))
    lock.setStaleLockTime(0)
    if lock.tryLock(0):
        lock.unlock()
        return False
    return lock.error() == QLockFile.LockError.LockFailedError


def ask_to_activate(name: str, timeout_ms: int = 1500) -> bool:
    from PySide6.QtNetwork import QLocalSocket

    socket = QLocalSocket()
    socket.connectToServer(name)
    if not socket.waitForConnected(timeout_ms):
        return False
    socket.write(ACTIVATE)
    socket.waitForBytesWritten(timeout_ms)
    answered = socket.waitForReadyRead(timeout_ms) and bytes(socket.readAll().data()) == ACK
    socket.disconnectFromServer()
    return answered


class InstanceGuard(QObject):
    """Claims the database for this process's window, or hands over to the one that has it."""

    activation_requested = Signal()

    def __init__(self, database: Path, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.database = database.absolute()
        self._name: str | None = None
        self._lock: QLockFile | None = None
        self._server: QLocalServer | None = None

    @property
    def name(self) -> str:
        """The local socket's name (computed when first needed: it costs a hash import)."""
        if self._name is None:
            self._name = server_name(self.database)
        return self._name

    def claim(self, patience_s: float = 5.0, *, listen: bool = True) -> Claim:
        """Take the lock, or hand over to its holder. With ``listen=False`` the caller calls
        listen() itself, once its window is on screen."""
        try:
            paths.ensure_private_dir(self.database.parent)
        except OSError:
            return Claim.FIRST  # opening the database will say what is wrong with the folder
        lock = QLockFile(str(lock_path(self.database)))
        lock.setStaleLockTime(0)  # stale only when its process is gone, never by age
        deadline = time.monotonic() + patience_s
        while True:
            if lock.tryLock(0):
                self._lock = lock
                if listen:
                    self.listen()
                return Claim.FIRST
            if lock.error() != QLockFile.LockError.LockFailedError:
                log.warning("cannot lock %s (%s): running unguarded", self.database, lock.error())
                return Claim.FIRST
            if ask_to_activate(self.name):
                return Claim.HANDED_OVER
            if time.monotonic() > deadline:
                return Claim.NOT_ANSWERING
            # The holder may be starting up: locked, not listening yet.
            QThread.msleep(200)

    def listen(self) -> None:
        """Answer later starts on this database (after a successful claim)."""
        from PySide6.QtNetwork import QLocalServer

        if self._lock is None or self._server is not None:
            return
        # A socket file left by a crashed instance would make listen() fail.
        QLocalServer.removeServer(self.name)
        server = QLocalServer(self)
        server.setSocketOptions(QLocalServer.SocketOption.UserAccessOption)
        if not server.listen(self.name):
            log.warning("cannot listen on %s: %s", self.name, server.errorString())
            return
        server.newConnection.connect(self._accept)
        self._server = server

    def _accept(self) -> None:
        assert self._server is not None
        while self._server.hasPendingConnections():
            socket = self._server.nextPendingConnection()
            socket.readyRead.connect(lambda s=socket: self._read(s))
            socket.disconnected.connect(socket.deleteLater)
            if socket.bytesAvailable():
                self._read(socket)

    def _read(self, socket: QLocalSocket) -> None:
        if not socket.canReadLine():
            return
        if bytes(socket.readLine().data()) == ACTIVATE:
            socket.write(ACK)
            socket.flush()
            log.info("a second start asked for the window: bringing it to the front")
            self.activation_requested.emit()
        socket.disconnectFromServer()

    def release(self) -> None:
        if self._server is not None:
            self._server.close()
            self._server = None
        if self._lock is not None:
            self._lock.unlock()
            self._lock = None
