"""Ids and documents shared by the Search fixtures (all invented)."""

from __future__ import annotations

import typing as t

INDEX_ID = "d773776c-b42e-427d-aa13-9a55b71f612e"
INDEX_ID_2 = "a7f3e4c1-2d9b-4b6e-8f05-3c1d9e7b5a42"
TASK_ID = "9f3c2b1a-7e6d-4c5b-a4f3-2e1d0c9b8a76"
TASK_ID_2 = "1b2c3d4e-5f60-4718-92a3-b4c5d6e7f809"
IDENTITY_ID = "45cac0d2-0c51-40e9-b75b-6e4d2606c003"
IDENTITY_ID_2 = "aa19b981-a09e-42fb-8e49-19e2d6ba90ea"
ROLE_ID = "MTQ4MjAx"
ROLE_ID_2 = "MTQ4MjAy"
SUBJECT = "https://example.org/datasets/ocean-temperature-2023"
SUBJECT_2 = "https://example.org/datasets/sea-ice-extent-2023"


def index_doc(
    index_id: str = INDEX_ID,
    display_name: str = "Ocean Observations",
    *,
    description: str = "Metadata for ocean observation datasets",
    status: str = "open",
    is_trial: bool = True,
    permissions: t.Sequence[str] = ("owner",),
) -> dict[str, t.Any]:
    """A GSearchIndex document."""
    return {
        "@datatype": "GSearchIndex",
        "@version": "2017-09-01",
        "id": index_id,
        "display_name": display_name,
        "description": description,
        "creation_date": "2023-06-14 18:03:27",
        "is_trial": is_trial,
        "subscription_id": None,
        "max_size_in_mb": 1 if is_trial else 10000,
        "size_in_mb": 0,
        "num_subjects": 2,
        "num_entries": 2,
        "status": status,
        "permissions": list(permissions),
    }


def gmeta_result(subject: str, content: dict[str, t.Any]) -> dict[str, t.Any]:
    """A GMetaResult: one subject and its entries."""
    return {
        "@datatype": "GMetaResult",
        "@version": "2019-08-27",
        "subject": subject,
        "entries": [
            {"content": content, "entry_id": None, "matched_principal_sets": ["public"]}
        ],
    }


GMETA = [
    gmeta_result(SUBJECT, {"title": "Ocean temperature 2023", "region": "Pacific"}),
    gmeta_result(SUBJECT_2, {"title": "Sea ice extent 2023", "region": "Arctic"}),
]


def search_result(
    gmeta: list[dict[str, t.Any]], *, offset: int = 0, total: int | None = None
) -> dict[str, t.Any]:
    """A GSearchResult page."""
    total = len(gmeta) + offset if total is None else total
    return {
        "@datatype": "GSearchResult",
        "@version": "2017-09-01",
        "count": len(gmeta),
        "offset": offset,
        "total": total,
        "has_next_page": offset + len(gmeta) < total,
        "gmeta": gmeta,
    }


def task_submitted(task_id: str = TASK_ID) -> dict[str, t.Any]:
    """The answer to a request that starts a task (ingest, deletions)."""
    return {
        "as_identity": f"urn:globus:auth:identity:{IDENTITY_ID}",
        "acknowledged": True,
        "success": True,
        "task_id": task_id,
    }


def role_doc(
    role_id: str = ROLE_ID, identity_id: str = IDENTITY_ID, role_name: str = "writer"
) -> dict[str, t.Any]:
    """A GSearchRole document."""
    return {
        "creation_date": "2023-06-14 18:22:41",
        "id": role_id,
        "index_id": INDEX_ID,
        "principal": f"urn:globus:auth:identity:{identity_id}",
        "principal_type": "identity",
        "role_name": role_name,
    }


def error_doc(
    status: int, code: str, message: str, error_data: dict[str, t.Any]
) -> dict[str, t.Any]:
    """A GError document, the body of a Search API error."""
    return {
        "@datatype": "GError",
        "@version": "2017-09-01",
        "status": status,
        "code": code,
        "message": message,
        "error_data": error_data,
    }
