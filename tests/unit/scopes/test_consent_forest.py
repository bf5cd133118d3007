from __future__ import annotations

import datetime
import typing as t

import pytest

from globus_sdk.scopes import GCSCollectionScopeBuilder, Scope, TransferScopes
from globus_sdk.scopes.consents import (
    Consent,
    ConsentForest,
    ConsentParseError,
    ConsentTree,
    ConsentTreeConstructionError,
)

TRANSFER = TransferScopes.all
DATA_ACCESS_1 = GCSCollectionScopeBuilder("c1").data_access
DATA_ACCESS_2 = GCSCollectionScopeBuilder("c2").data_access
CLIENT = "b4a6a3b8-0e1f-4a4e-9a6d-1c5f3b2e7d90"
IDENTITY = "ae341a98-d274-11e5-b888-dbae3a8ba545"


def record(
    consent_id: int, scope_name: str, path: list[int], **kw: t.Any
) -> dict[str, t.Any]:
    data: dict[str, t.Any] = {
        "id": consent_id,
        "client": CLIENT,
        "scope": f"scope-{consent_id}",
        "scope_name": scope_name,
        "effective_identity": IDENTITY,
        "dependency_path": path,
        "created": "2024-03-18T21:44:43.131826+00:00",
        "updated": "2024-03-18T21:44:43.131826+00:00",
        "last_used": "2024-03-20T10:00:00Z",
        "status": "approved",
        "allows_refresh": True,
        "auto_approved": False,
        "atomically_revocable": False,
    }
    data.update(kw)
    return data


@pytest.fixture
def payload() -> dict[str, t.Any]:
    # CLI --> transfer --> data_access(c1) --> extra
    #                  \-> data_access(c2)
    # CLI --> groups
    return {
        "consents": [
            record(1, TRANSFER, [1]),
            record(2, DATA_ACCESS_1, [1, 2]),
            record(3, DATA_ACCESS_2, [1, 3]),
            record(4, "extra", [1, 2, 4]),
            record(5, "groups", [5]),
        ]
    }


def test_consent_load(payload: dict[str, t.Any]) -> None:
    consent = Consent.load(payload["consents"][1])
    assert consent.id == 2
    assert consent.scope_name == DATA_ACCESS_1
    assert consent.dependency_path == [1, 2]
    assert consent.created == datetime.datetime(
        2024, 3, 18, 21, 44, 43, 131826, tzinfo=datetime.timezone.utc
    )
    assert consent.last_used == datetime.datetime(
        2024, 3, 20, 10, tzinfo=datetime.timezone.utc
    )
    assert consent.allows_refresh is True
    assert str(consent) == f"Consent [2]: Client [{CLIENT}] -> Scope [{DATA_ACCESS_1}]"
    assert consent == Consent.load(payload["consents"][1])


def test_consent_load_missing_key() -> None:
    data = record(1, "a", [1])
    del data["created"]
    with pytest.raises(ConsentParseError, match="Missing required key: 'created'") as e:
        Consent.load(data)
    assert e.value.raw_consent == data


@pytest.mark.parametrize(
    "field, value",
    [
        ("created", "yesterday"),
        ("last_used", None),
        ("id", "1"),
        ("dependency_path", "1"),
        ("allows_refresh", "yes"),
    ],
)
def test_consent_load_bad_values(field: str, value: t.Any) -> None:
    with pytest.raises(ConsentParseError, match=field):
        Consent.load(record(1, "a", [1], **{field: value}))


def test_consent_load_not_a_mapping() -> None:
    with pytest.raises(ConsentParseError):
        Consent.load(None)  # type: ignore[arg-type]


def test_forest_structure(payload: dict[str, t.Any]) -> None:
    forest = ConsentForest(payload["consents"])
    assert [n.id for n in forest.nodes] == [1, 2, 3, 4, 5]
    assert forest.edges == {1: {2, 3}, 2: {4}, 3: set(), 4: set(), 5: set()}
    assert [tree.root.id for tree in forest.trees] == [1, 5]
    tree = forest.trees[0]
    assert isinstance(tree, ConsentTree)
    assert {n.id for n in tree.nodes} == {1, 2, 3, 4}
    assert tree.edges == {1: {2, 3}, 2: {4}, 3: set(), 4: set()}
    assert tree.max_depth == 3
    assert forest.trees[1].max_depth == 1
    assert tree.get_node(4).scope_name == "extra"
    assert forest.get_node(5).scope_name == "groups"
    with pytest.raises(KeyError):
        tree.get_node(5)


def test_forest_accepts_a_whole_get_consents_payload(
    payload: dict[str, t.Any],
) -> None:
    forest = ConsentForest(payload)  # type: ignore[arg-type]
    assert [n.id for n in forest.nodes] == [1, 2, 3, 4, 5]


def test_forest_accepts_lists_of_records_and_consents(
    payload: dict[str, t.Any],
) -> None:
    records = payload["consents"]
    mixed = [Consent.load(records[0]), *records[1:]]
    assert [n.id for n in ConsentForest(records).nodes] == [1, 2, 3, 4, 5]
    assert [n.id for n in ConsentForest(mixed).nodes] == [1, 2, 3, 4, 5]


def test_forest_str(payload: dict[str, t.Any]) -> None:
    text = str(ConsentForest(payload["consents"]))
    lines = text.splitlines()
    assert lines[0] == f"Consent [1]: Client [{CLIENT}] -> Scope [{TRANSFER}]"
    assert lines[1].startswith("├── Consent [2]")
    assert lines[2].startswith("│   └── Consent [4]")
    assert lines[3].startswith("└── Consent [3]")
    assert lines[4] == ""
    assert lines[5].startswith("Consent [5]")


@pytest.mark.parametrize(
    "requirement, met",
    [
        (TRANSFER, True),
        (f"{TRANSFER}[{DATA_ACCESS_1}]", True),
        (f"{TRANSFER}[{DATA_ACCESS_1} {DATA_ACCESS_2}]", True),
        (f"{TRANSFER}[{DATA_ACCESS_1}[extra]]", True),
        (f"{TRANSFER}[{DATA_ACCESS_2}[extra]]", False),
        (f"{TRANSFER}[{DATA_ACCESS_2}[*extra]]", True),
        (f"{TRANSFER}[*{GCSCollectionScopeBuilder('c3').data_access}]", True),
        (f"{TRANSFER}[{GCSCollectionScopeBuilder('c3').data_access}]", False),
        ("groups", True),
        (f"groups {TRANSFER}", True),
        ("groups[extra]", False),
        ("extra", False),
        (DATA_ACCESS_1, False),
        ([Scope(TRANSFER), "groups"], True),
        ([Scope(TRANSFER), "nope"], False),
        ([], True),
    ],
)
def test_meets_scope_requirements(
    payload: dict[str, t.Any], requirement: t.Any, met: bool
) -> None:
    assert (
        ConsentForest(payload["consents"]).meets_scope_requirements(requirement) is met
    )


def test_tree_meets_scope_requirements(payload: dict[str, t.Any]) -> None:
    tree = ConsentForest(payload["consents"]).trees[0]
    assert tree.meets_scope_requirements(
        Scope.deserialize(f"{TRANSFER}[{DATA_ACCESS_1}]")
    )
    assert not tree.meets_scope_requirements(Scope("groups"))


def test_missing_parent_is_an_error() -> None:
    with pytest.raises(
        ConsentTreeConstructionError, match="Missing parent node: 9"
    ) as e:
        ConsentForest([record(1, "a", [9, 1])])
    assert [c.id for c in e.value.consents] == [1]


def test_duplicate_ids_are_an_error() -> None:
    with pytest.raises(ConsentTreeConstructionError, match="Duplicate"):
        ConsentForest([record(1, "a", [1]), record(1, "b", [1])])


def test_bad_record_is_a_parse_error() -> None:
    with pytest.raises(ConsentParseError):
        ConsentForest([{"id": 1}])


def test_deep_trees_do_not_recurse() -> None:
    depth = 2000
    records = [record(i, f"s{i}", list(range(1, i + 1))) for i in range(1, depth + 1)]
    forest = ConsentForest(records)
    assert forest.trees[0].max_depth == depth
    requirement = Scope.deserialize(
        "".join(f"s{i}[" for i in range(1, depth)) + f"s{depth}" + "]" * (depth - 1)
    )
    assert forest.meets_scope_requirements(requirement)
