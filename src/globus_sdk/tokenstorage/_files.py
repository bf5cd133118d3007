"""
File handling shared by the file-backed token storages (v1 adapters and v2 storages).

Token files hold credentials, so every storage goes through these helpers:

- directories the SDK creates are ``0700`` and files it creates are ``0600``; the modes
  are passed to ``os.mkdir``/``os.open`` and the process umask is never changed (a
  umask change is process-wide and would race with other threads);
- writes are atomic: a temporary file in the target's directory is written, fsynced
  and ``os.replace()``-d over the target, so a crash leaves the old or the new file,
  never a truncated one;
- a read-modify-write cycle holds an exclusive ``fcntl.flock`` on the sidecar file
  ``<file>.lock`` and re-reads the file under the lock, so concurrent writers (threads
  or processes) merge their changes instead of overwriting each other. Where ``fcntl``
  is unavailable (Windows) only threads of one process are serialized;
- a file that cannot be parsed raises :class:`CorruptTokenFileError` naming the path,
  and is left untouched.
"""

from __future__ import annotations

import contextlib
import json
import os
import secrets
import threading
import typing as t

try:
    import fcntl
except ImportError:  # pragma: no cover - Windows
    fcntl = None  # type: ignore[assignment]

FILE_MODE = 0o600
DIR_MODE = 0o700

_thread_locks: dict[str, threading.Lock] = {}
_thread_locks_guard = threading.Lock()


class CorruptTokenFileError(ValueError):
    """A token storage file exists but its contents cannot be used."""

    def __init__(self, filepath: str, problem: str) -> None:
        self.filepath = filepath
        super().__init__(
            f"Token storage file '{filepath}' is corrupt or unreadable: {problem}. "
            "The file was not modified; move it aside or delete it to continue."
        )


def makedirs_private(path: str) -> None:
    """
    Create the directory ``path`` and any missing parents, each with mode 0700.

    (``os.makedirs(mode=...)`` applies the mode only to the leaf directory, so missing
    levels are created one at a time.)
    """
    path = os.path.abspath(path)
    missing: list[str] = []
    current = path
    while not os.path.isdir(current):
        missing.append(current)
        parent = os.path.dirname(current)
        if parent == current:
            break
        current = parent
    for directory in reversed(missing):
        try:
            os.mkdir(directory, DIR_MODE)
        except FileExistsError:
            if not os.path.isdir(directory):
                raise


def ensure_parent_dir(filepath: str) -> None:
    makedirs_private(os.path.dirname(os.path.abspath(filepath)))


def create_private_file(filepath: str) -> None:
    """Create ``filepath`` empty with mode 0600 unless it already exists."""
    ensure_parent_dir(filepath)
    try:
        fd = os.open(filepath, os.O_WRONLY | os.O_CREAT | os.O_EXCL, FILE_MODE)
    except FileExistsError:
        return
    os.close(fd)


def _fsync_directory(directory: str) -> None:
    # persist the rename itself; not possible (nor needed) on every platform
    if not hasattr(os, "O_DIRECTORY"):  # pragma: no cover - Windows
        return
    try:
        fd = os.open(directory, os.O_RDONLY | os.O_DIRECTORY)
    except OSError:  # pragma: no cover - e.g. unusual filesystems
        return
    try:
        os.fsync(fd)
    except OSError:  # pragma: no cover
        pass
    finally:
        os.close(fd)


def atomic_write_text(filepath: str, text: str) -> None:
    """Replace ``filepath`` with ``text`` atomically; the new file has mode 0600."""
    filepath = os.path.abspath(filepath)
    directory, basename = os.path.split(filepath)
    makedirs_private(directory)
    tmp_path = os.path.join(directory, f".{basename}.{secrets.token_hex(8)}.tmp")
    flags = os.O_WRONLY | os.O_CREAT | os.O_EXCL | getattr(os, "O_BINARY", 0)
    fd = os.open(tmp_path, flags, FILE_MODE)
    try:
        with os.fdopen(fd, "wb") as f:
            f.write(text.encode("utf-8"))
            f.flush()
            os.fsync(f.fileno())
        os.replace(tmp_path, filepath)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(tmp_path)
        raise
    _fsync_directory(directory)


def read_json_file(filepath: str) -> t.Any:
    """
    Parse the JSON file at ``filepath``. Returns ``None`` when the file does not
    exist; raises :class:`CorruptTokenFileError` when it cannot be parsed.
    """
    try:
        with open(filepath, "rb") as f:
            raw = f.read()
    except FileNotFoundError:
        return None
    try:
        return json.loads(raw.decode("utf-8"))
    except ValueError as e:  # JSONDecodeError and UnicodeDecodeError
        raise CorruptTokenFileError(filepath, f"not valid JSON ({e})") from e


def _thread_lock_for(filepath: str) -> threading.Lock:
    key = os.path.realpath(filepath)
    with _thread_locks_guard:
        return _thread_locks.setdefault(key, threading.Lock())


@contextlib.contextmanager
def exclusive_lock(filepath: str) -> t.Iterator[None]:
    """
    Hold an exclusive lock for read-modify-write cycles on ``filepath``.

    Threads of this process are serialized with an in-process lock; processes with
    ``fcntl.flock`` on ``<filepath>.lock`` (kept afterwards: deleting a lock file
    while another process waits on it would break the exclusion).
    """
    with _thread_lock_for(filepath):
        if fcntl is None:  # pragma: no cover - Windows
            yield
            return
        lock_path = os.path.abspath(filepath) + ".lock"
        ensure_parent_dir(lock_path)
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, FILE_MODE)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX)
            yield
        finally:
            # closing the descriptor releases the flock
            os.close(fd)


@contextlib.contextmanager
def user_only_umask() -> t.Iterator[None]:
    """
    Set the process umask to ``0o177`` for the duration of the context.

    Kept for the public ``user_only_umask()`` methods; the storages themselves do not
    use it (they pass explicit modes instead), because the umask is process-wide.
    """
    old_umask = os.umask(0o177)
    try:
        yield
    finally:
        os.umask(old_umask)
