"""
Consents, as Globus Auth records them, arranged in trees.

A consent says that a user let a client use a scope. A consent for a dependent scope
(``data_access`` under ``transfer:all``) is a child of the consent it was granted
under; ``dependency_path`` lists the consent IDs from the root down to the consent
itself. A forest holds one tree per root consent.
"""

from __future__ import annotations

import re
import typing as t
import uuid
from dataclasses import dataclass
from datetime import datetime

from .._normalize import scopes_to_scope_list
from ..representation import Scope
from ._errors import ConsentParseError, ConsentTreeConstructionError

_REQUIRED_KEYS = (
    "client",
    "scope",
    "scope_name",
    "id",
    "effective_identity",
    "dependency_path",
    "created",
    "updated",
    "last_used",
    "status",
    "allows_refresh",
    "auto_approved",
    "atomically_revocable",
)
# "2024-03-18T21:44:43.1318+00:00" -> date/time, fraction, rest
_ISO_FRACTION_RE = re.compile(r"^(.*T\d\d:\d\d:\d\d)\.(\d+)(.*)$")


@dataclass
class Consent:
    """
    One consent: ``client`` may use ``scope`` (``scope_name``) on behalf of
    ``effective_identity``.

    :ivar id: the consent ID
    :ivar dependency_path: the consent IDs from the root consent to this one (the
        last one is this consent's ID)
    """

    client: uuid.UUID | str
    scope: uuid.UUID | str
    scope_name: str
    id: int
    effective_identity: uuid.UUID | str
    dependency_path: list[int]
    created: datetime
    updated: datetime
    last_used: datetime
    status: str
    allows_refresh: bool
    auto_approved: bool
    atomically_revocable: bool

    @classmethod
    def load(cls, data: t.Mapping[str, t.Any]) -> Consent:
        """
        Load a consent from a record of the Auth ``get_consents`` response.

        :param data: the record (``id``, ``client``, ``scope``, ``scope_name``,
            ``effective_identity``, ``dependency_path``, ``created``, ``updated``,
            ``last_used``, ``status``, ``allows_refresh``, ``auto_approved``,
            ``atomically_revocable``); timestamps are ISO 8601 strings
        :raises ConsentParseError: if a field is missing or malformed
        """
        if not isinstance(data, t.Mapping):
            raise ConsentParseError(
                "Failed to load Consent object. Expected a mapping, "
                f"got {type(data).__name__}.",
                raw_consent={},
            )
        raw = dict(data)
        missing = [key for key in _REQUIRED_KEYS if key not in data]
        if missing:
            raise ConsentParseError(
                "Failed to load Consent object. Missing required key: "
                + ", ".join(repr(key) for key in missing)
                + ".",
                raw_consent=raw,
            )

        consent_id = data["id"]
        if not _is_int(consent_id):
            raise _invalid("id", raw)
        dependency_path = data["dependency_path"]
        if not isinstance(dependency_path, list) or not all(
            _is_int(x) for x in dependency_path
        ):
            raise _invalid("dependency_path", raw)
        if not isinstance(data["scope_name"], str):
            raise _invalid("scope_name", raw)
        if not isinstance(data["status"], str):
            raise _invalid("status", raw)
        for key in ("client", "scope", "effective_identity"):
            if not isinstance(data[key], (str, uuid.UUID)):
                raise _invalid(key, raw)
        for key in ("allows_refresh", "auto_approved", "atomically_revocable"):
            if not isinstance(data[key], bool):
                raise _invalid(key, raw)

        return cls(
            client=data["client"],
            scope=data["scope"],
            scope_name=data["scope_name"],
            id=consent_id,
            effective_identity=data["effective_identity"],
            dependency_path=list(dependency_path),
            created=_load_datetime("created", raw),
            updated=_load_datetime("updated", raw),
            last_used=_load_datetime("last_used", raw),
            status=data["status"],
            allows_refresh=data["allows_refresh"],
            auto_approved=data["auto_approved"],
            atomically_revocable=data["atomically_revocable"],
        )

    def __str__(self) -> str:
        return (
            f"Consent [{self.id}]: Client [{self.client}] -> Scope [{self.scope_name}]"
        )


class ConsentForest:
    """
    A user's consents, arranged as one tree per root consent, to check whether
    they meet scope requirements.

    .. code-block:: python

        forest = ConsentForest(auth_client.get_consents(identity_id))
        transfer = Scope(TransferScopes.all).add_dependency(
            GCSCollectionScopeBuilder(collection_id).data_access
        )
        if not forest.meets_scope_requirements(transfer):
            ...  # ask the user to log in again with this scope

    :param consents: consent records (dicts, as in the Auth ``get_consents``
        response) or :class:`Consent` objects; a whole ``get_consents`` payload (a
        dict with a ``consents`` list) is accepted too
    :raises ConsentParseError: if a record cannot be loaded
    :raises ConsentTreeConstructionError: if two consents have the same ID, or a
        consent names a parent which is not among the consents

    :ivar nodes: the consents
    :ivar edges: consent ID -> IDs of its child consents
    :ivar trees: one :class:`ConsentTree` per root consent (in input order)
    """

    def __init__(self, consents: t.Iterable[t.Mapping[str, t.Any] | Consent]) -> None:
        self.nodes: list[Consent] = [
            consent if isinstance(consent, Consent) else Consent.load(consent)
            for consent in _consent_records(consents)
        ]
        self._node_by_id: dict[int, Consent] = {}
        for node in self.nodes:
            if node.id in self._node_by_id:
                raise ConsentTreeConstructionError(
                    f"Duplicate consent id: {node.id}", consents=self.nodes
                )
            self._node_by_id[node.id] = node

        self.edges: dict[int, set[int]] = self._compute_edges()
        self.trees: list[ConsentTree] = [
            ConsentTree(node.id, self)
            for node in self.nodes
            if len(node.dependency_path) <= 1
        ]

    def _compute_edges(self) -> dict[int, set[int]]:
        edges: dict[int, set[int]] = {node.id: set() for node in self.nodes}
        for node in self.nodes:
            if len(node.dependency_path) > 1:
                parent_id = node.dependency_path[-2]
                if parent_id not in edges:
                    raise ConsentTreeConstructionError(
                        f"Missing parent node: {parent_id} (parent of consent "
                        f"{node.id})",
                        consents=self.nodes,
                    )
                edges[parent_id].add(node.id)
        return edges

    def get_node(self, consent_id: int) -> Consent:
        """
        The consent with this ID.

        :raises KeyError: if there is none
        """
        return self._node_by_id[consent_id]

    def meets_scope_requirements(
        self, scopes: Scope | str | t.Sequence[Scope | str]
    ) -> bool:
        """
        Whether every scope requirement is met by some tree of this forest (see
        :meth:`ConsentTree.meets_scope_requirements`).

        :param scopes: a :class:`Scope`, a scope string (possibly with several scopes
            and dependencies), or a sequence of these
        :raises ScopeParseError: if a string is not a valid scope string
        """
        for scope in scopes_to_scope_list(scopes):
            if not any(tree.meets_scope_requirements(scope) for tree in self.trees):
                return False
        return True

    def __str__(self) -> str:
        return "\n\n".join(str(tree) for tree in self.trees)


class ConsentTree:
    """
    A root consent and the consents granted under it.

    :param root_id: the ID of the root consent
    :param forest: the forest holding the consents

    :ivar root: the root consent
    :ivar nodes: the consents of this tree (the root first)
    :ivar edges: consent ID -> IDs of its child consents
    """

    def __init__(self, root_id: int, forest: ConsentForest) -> None:
        self.root: Consent = forest.get_node(root_id)
        self.nodes: list[Consent] = [self.root]
        self._node_by_id: dict[int, Consent] = {root_id: self.root}
        self.edges: dict[int, set[int]] = {}

        pending = [root_id]
        while pending:
            consent_id = pending.pop()
            children = forest.edges.get(consent_id, set())
            self.edges[consent_id] = set(children)
            for child_id in sorted(children):
                if child_id not in self._node_by_id:
                    child = forest.get_node(child_id)
                    self.nodes.append(child)
                    self._node_by_id[child_id] = child
                    pending.append(child_id)

    def get_node(self, consent_id: int) -> Consent:
        """
        The consent with this ID in this tree.

        :raises KeyError: if there is none
        """
        return self._node_by_id[consent_id]

    @property
    def max_depth(self) -> int:
        """The number of consents on the longest path from the root (1 for a root)."""
        depth = 0
        level = [self.root.id]
        while level:
            depth += 1
            level = [child for node in level for child in self.edges.get(node, ())]
        return depth

    def meets_scope_requirements(self, scope: Scope) -> bool:
        """
        Whether this tree grants ``scope``: the root consent is for
        ``scope.scope_string`` and each required (not optional) dependency of
        ``scope`` is met, recursively, by some child consent.

        :param scope: the scope requirement
        """
        node_by_id = self._node_by_id
        # (consent id, id(scope object)) -> verdict; the scope objects stay alive in
        # ``scope``'s tree for the whole computation
        memo: dict[tuple[int, int], bool] = {}
        stack: list[tuple[int, Scope]] = [(self.root.id, scope)]
        while stack:
            consent_id, requirement = stack[-1]
            key = (consent_id, id(requirement))
            if key in memo:
                stack.pop()
                continue
            if node_by_id[consent_id].scope_name != requirement.scope_string:
                memo[key] = False
                stack.pop()
                continue

            verdict = True
            undecided: list[tuple[int, Scope]] = []
            for dependency in requirement.dependencies:
                if dependency.optional:
                    continue
                met = False
                candidates: list[tuple[int, Scope]] = []
                for child_id in self.edges.get(consent_id, ()):
                    if node_by_id[child_id].scope_name != dependency.scope_string:
                        continue
                    known = memo.get((child_id, id(dependency)))
                    if known:
                        met = True
                        break
                    if known is None:
                        candidates.append((child_id, dependency))
                if met:
                    continue
                if not candidates:
                    verdict = False
                    break
                undecided.extend(candidates)

            if verdict and undecided:
                # decide the children first, then come back to this consent
                stack.extend(undecided)
                continue
            memo[key] = verdict
            stack.pop()
        return memo[(self.root.id, id(scope))]

    def __str__(self) -> str:
        lines = [str(self.root)]
        # (consent id, prefix for its children's lines)
        stack: list[tuple[int, str, bool]] = []
        for index, child in enumerate(reversed(sorted(self.edges[self.root.id]))):
            stack.append((child, "", index == 0))
        while stack:
            consent_id, prefix, is_last = stack.pop()
            lines.append(
                f"{prefix}{'└── ' if is_last else '├── '}{self.get_node(consent_id)}"
            )
            child_prefix = prefix + ("    " if is_last else "│   ")
            children = sorted(self.edges.get(consent_id, ()))
            for index, child in enumerate(reversed(children)):
                stack.append((child, child_prefix, index == 0))
        return "\n".join(lines)


def _consent_records(
    consents: t.Iterable[t.Mapping[str, t.Any] | Consent],
) -> t.Iterable[t.Any]:
    # accept a whole get_consents payload, or a response object holding one
    if isinstance(consents, t.Mapping) and "consents" in consents:
        return t.cast(t.Iterable[t.Any], consents["consents"])
    data = getattr(consents, "data", None)
    if isinstance(data, t.Mapping) and isinstance(data.get("consents"), list):
        return t.cast(t.Iterable[t.Any], data["consents"])
    return consents


def _is_int(value: t.Any) -> bool:
    return isinstance(value, int) and not isinstance(value, bool)


def _invalid(key: str, raw: dict[str, t.Any]) -> ConsentParseError:
    return ConsentParseError(
        f"Failed to load Consent object. Invalid value for {key!r}: {raw[key]!r}.",
        raw_consent=raw,
    )


def _load_datetime(key: str, raw: dict[str, t.Any]) -> datetime:
    value = raw[key]
    if isinstance(value, datetime):
        return value
    if not isinstance(value, str):
        raise _invalid(key, raw)
    text = value.strip()
    # fromisoformat before Python 3.11 takes neither "Z" nor every fraction length
    if text.endswith(("Z", "z")):
        text = text[:-1] + "+00:00"
    match = _ISO_FRACTION_RE.match(text)
    if match:
        text = f"{match.group(1)}.{match.group(2)[:6].ljust(6, '0')}{match.group(3)}"
    try:
        return datetime.fromisoformat(text)
    except ValueError:
        raise _invalid(key, raw) from None
