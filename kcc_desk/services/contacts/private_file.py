"""The outbox's file on disk: owner-only from the moment it exists (it holds BSNs and free text
until delivery), its SQLite sidecars checked too, and the OS lock that lets one process at a time
deliver it (dropped by the OS if that process dies)."""

from __future__ import annotations

import logging
import os
import stat
import sys
from pathlib import Path
from typing import IO

log = logging.getLogger(__name__)


def create_private_file(path: Path) -> None:
    """Create ``path`` owner-only before SQLite opens it (SQLite gives -wal/-shm the same mode)."""
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    old_umask = os.umask(0o077)
    try:
        fd = os.open(path, os.O_RDWR | os.O_CREAT, 0o600)
    finally:
        os.umask(old_umask)
    os.close(fd)
    tighten(path)


def set_aside(path: Path, stamp: str) -> Path:
    """Move a file that cannot be used (and its sidecars) out of the way, kept for the
    administrator: ``outbox.sqlite`` → ``outbox.sqlite.onleesbaar-<stamp>``. Returns the new
    path. Owner-only, like the file it was."""
    aside = path.with_name(f"{path.name}.onleesbaar-{stamp}")
    for source, target in zip(
        (path, *sidecar_paths(path)), (aside, *sidecar_paths(aside)), strict=True
    ):
        if source.exists():
            source.replace(target)
            tighten(target)
    return aside


def tighten(path: Path) -> None:
    if sys.platform == "win32":  # ACLs of the user profile protect it there
        return
    try:
        mode = stat.S_IMODE(path.stat().st_mode)
    except FileNotFoundError:
        return
    if mode & 0o077:
        log.warning("outbox-bestand had te ruime rechten (%o); teruggezet naar 600", mode)
        path.chmod(0o600)


def sidecar_paths(path: Path) -> tuple[Path, Path]:
    return Path(str(path) + "-wal"), Path(str(path) + "-shm")


class ProcessLock:
    """A non-blocking exclusive lock on ``<outbox>.lock`` that the OS drops when we die."""

    def __init__(self, path: Path) -> None:
        self._path = path
        self._file: IO[bytes] | None = None

    def try_acquire(self) -> bool:
        fd = os.open(self._path, os.O_RDWR | os.O_CREAT, 0o600)
        handle = os.fdopen(fd, "r+b")
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(handle.fileno(), msvcrt.LK_NBLCK, 1)
            else:
                import fcntl

                fcntl.flock(handle.fileno(), fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            handle.close()
            return False
        self._file = handle
        return True

    def release(self) -> None:
        if self._file is None:
            return
        try:
            if sys.platform == "win32":
                import msvcrt

                msvcrt.locking(self._file.fileno(), msvcrt.LK_UNLCK, 1)
            else:
                import fcntl

                fcntl.flock(self._file.fileno(), fcntl.LOCK_UN)
        finally:
            self._file.close()
            self._file = None
