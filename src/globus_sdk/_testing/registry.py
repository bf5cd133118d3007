"""Finding response sets by ``service.method`` name or by client method."""

from __future__ import annotations

import importlib
import re
import typing as t

import responses

from .models import RegisteredResponse, ResponseList, ResponseSet

_REGISTRY: dict[t.Any, ResponseSet] = {}

# the services package name -> the data package name, where they differ
_SERVICE_PACKAGE_ALIASES = {"gcs": "globus_connect_server", "timers": "timer"}
# "service.method", or "service.vN.method" for versioned clients (ComputeClientV2 ...)
_SET_NAME = re.compile(r"^[a-z_][a-z0-9_]*(\.v[0-9]+)?\.[a-z_][a-z0-9_]*$")
_CLIENT_VERSION = re.compile(r"V([0-9]+)$")


def _resolve_set_id(set_id: t.Any) -> t.Any:
    if isinstance(set_id, str) or not callable(set_id):
        return set_id
    func = getattr(set_id, "__func__", set_id)  # bound -> function
    module = getattr(func, "__module__", "") or ""
    name = getattr(func, "__name__", None)
    parts = module.split(".")
    if not (name and len(parts) >= 3 and parts[:2] == ["globus_sdk", "services"]):
        return set_id
    service = _SERVICE_PACKAGE_ALIASES.get(parts[2], parts[2])
    # the defining class names the version (ComputeClientV2.get_task -> compute.v2);
    # for a method shared by versions, the bound instance's classes do
    owner = getattr(set_id, "__self__", None)
    class_names = [(getattr(func, "__qualname__", "") or "").rpartition(".")[0]]
    if owner is not None:
        class_names += [cls.__name__ for cls in type(owner).__mro__]
    for class_name in class_names:
        version = _CLIENT_VERSION.search(class_name)
        if version:
            return f"{service}.v{version.group(1)}.{name}"
    return f"{service}.{name}"


def register_response_set(
    set_id: t.Any,
    rset: ResponseSet | dict[str, dict[str, t.Any]],
    metadata: dict[str, t.Any] | None = None,
) -> ResponseSet:
    """Register a response set under ``set_id`` (a ResponseSet or a dict of cases)."""
    if isinstance(rset, dict):
        rset = ResponseSet.from_dict(rset, metadata=metadata)
    elif metadata is not None:
        rset.metadata = metadata
    _REGISTRY[_resolve_set_id(set_id)] = rset
    return rset


def get_response_set(set_id: t.Any) -> ResponseSet:
    """The response set for ``set_id``: a ``service.method`` name or a client method."""
    key = _resolve_set_id(set_id)
    if key in _REGISTRY:
        return _REGISTRY[key]
    if isinstance(key, str) and _SET_NAME.match(key):
        try:
            module = importlib.import_module(f"globus_sdk._testing.data.{key}")
        except ModuleNotFoundError as err:
            if not (err.name or "").startswith("globus_sdk._testing.data"):
                raise
        else:
            rset = getattr(module, "RESPONSES", None)
            if isinstance(rset, ResponseSet):
                _REGISTRY[key] = rset
                return rset
    raise LookupError(f"no response set registered for {set_id!r}")


def load_response_set(
    set_id: t.Any, *, requests_mock: responses.RequestsMock | None = None
) -> ResponseSet:
    """Activate every case of a response set and return the set."""
    return get_response_set(set_id).activate_all(requests_mock=requests_mock)


def load_response(
    set_id: t.Any,
    *,
    case: str = "default",
    requests_mock: responses.RequestsMock | None = None,
) -> RegisteredResponse | ResponseList:
    """Activate one case (default: ``default``) of a response set and return it."""
    return get_response_set(set_id).activate(case, requests_mock=requests_mock)
