"""``IdentityMap``: batched, cached lookups of Globus Auth identities."""

from __future__ import annotations

import logging
import typing as t
import uuid

from globus_sdk import exc

if t.TYPE_CHECKING:
    from .client import AuthClient, ConfidentialAppAuthClient

log = logging.getLogger(__name__)

#: the most identities Globus Auth resolves in one request
MAX_ID_BATCH_SIZE = 100


def is_username(val: str) -> bool:
    """True if ``val`` is a username; False if it is an identity ID (a UUID)."""
    try:
        uuid.UUID(val)
    except ValueError:
        return True
    return False


def split_ids_and_usernames(identity_ids: t.Iterable[str]) -> tuple[set[str], set[str]]:
    """Split a mixed collection into (a set of identity IDs, a set of usernames)."""
    ids: set[str] = set()
    usernames: set[str] = set()
    for val in identity_ids:
        val = _normalize_key(val)
        if is_username(val):
            usernames.add(val)
        else:
            ids.add(val)
    return ids, usernames


def _normalize_key(key: t.Any) -> str:
    # an identity ID may be given as a UUID object; records are keyed by strings
    if isinstance(key, uuid.UUID):
        return str(key)
    if not isinstance(key, str):
        raise exc.GlobusSDKUsageError(
            f"IdentityMap keys are identity IDs or usernames (str), not {type(key).__name__}"
        )
    return key


class IdentityMap:
    r"""
    A mapping-like view of Globus Auth identities, by identity ID and by username,
    which looks them up in batches and caches the results.

    Seed it with the IDs and usernames you will need (in the constructor or with
    :meth:`add`); the first lookup then resolves up to ``id_batch_size`` (at most
    100) of them of the same kind -- IDs or usernames -- in one ``get_identities``
    call. Every record found is cached under both its ID and its username.

    .. code-block:: python

        idmap = globus_sdk.IdentityMap(auth_client, ["foo@globusid.org", id1, id2])
        idmap.add("bar@uchicago.edu")
        print(idmap[id1]["username"])
        print(idmap["bar@uchicago.edu"]["id"])
        record = idmap.get("nobody@example.org")  # None: no such identity

    A key which Globus Auth does not know raises ``KeyError`` (``get`` returns a
    default instead). Only ``[]``, ``get``, ``add`` and ``del`` are supported: this is
    not a full ``Mapping``.

    :param auth_client: the client used for the lookups
    :param identity_ids: IDs and usernames (mixed) to resolve on the first lookup
    :param id_batch_size: how many IDs or usernames to resolve per request (1-100;
        default 100)
    :param cache: a mapping to use as the cache (e.g. shared between maps); records
        are stored in it under their ID and their username
    """

    _default_id_batch_size = MAX_ID_BATCH_SIZE

    def __init__(
        self,
        auth_client: AuthClient | ConfidentialAppAuthClient,
        identity_ids: t.Iterable[str] | None = None,
        *,
        id_batch_size: int | None = None,
        cache: None | t.MutableMapping[str, dict[str, t.Any]] = None,
    ) -> None:
        if id_batch_size is not None and not (
            isinstance(id_batch_size, int) and 1 <= id_batch_size <= MAX_ID_BATCH_SIZE
        ):
            raise exc.GlobusSDKUsageError(
                f"id_batch_size must be an integer from 1 to {MAX_ID_BATCH_SIZE}, "
                f"not {id_batch_size!r}"
            )
        self.auth_client = auth_client
        self.id_batch_size: int = id_batch_size or self._default_id_batch_size
        self.unresolved_ids, self.unresolved_usernames = split_ids_and_usernames(
            identity_ids if identity_ids is not None else ()
        )
        self._cache: t.MutableMapping[str, dict[str, t.Any]] = (
            cache if cache is not None else {}
        )

    def _create_batch(self, key: str) -> list[str]:
        """The key and up to ``id_batch_size - 1`` pending keys of the same kind."""
        pending = self.unresolved_usernames if is_username(key) else self.unresolved_ids
        pending.discard(key)
        batch = [key]
        while pending and len(batch) < self.id_batch_size:
            value = pending.pop()
            # looked up explicitly (and cached) since it was added
            if value in self._cache:
                continue
            batch.append(value)
        return batch

    def _fetch_batch_including(self, key: str) -> None:
        batch = self._create_batch(key)
        if is_username(key):
            response = self.auth_client.get_identities(usernames=batch)
        else:
            response = self.auth_client.get_identities(ids=batch)
        log.debug("IdentityMap resolved a batch of %d", len(batch))
        for record in response.get("identities") or ():
            if not isinstance(record, dict):
                continue
            for field in ("id", "username"):
                value = record.get(field)
                if isinstance(value, str):
                    self._cache[value] = record

    def add(self, identity_id: str) -> bool:
        """
        Add an identity ID or username to resolve with the next batch.

        :returns: True if it was added; False if it is already known (resolved or
            pending)
        """
        identity_id = _normalize_key(identity_id)
        if identity_id in self._cache:
            return False
        pending = (
            self.unresolved_usernames
            if is_username(identity_id)
            else self.unresolved_ids
        )
        if identity_id in pending:
            return False
        pending.add(identity_id)
        return True

    def get(self, key: str, default: t.Any | None = None) -> t.Any:
        """The record for an identity ID or username, or ``default`` if there is none."""
        try:
            return self[key]
        except KeyError:
            return default

    def __getitem__(self, key: str) -> t.Any:
        key = _normalize_key(key)
        if key not in self._cache:
            self._fetch_batch_including(key)
        return self._cache[key]

    def __delitem__(self, key: str) -> None:
        """Forget a cached record (pending IDs and usernames are not affected)."""
        del self._cache[_normalize_key(key)]
