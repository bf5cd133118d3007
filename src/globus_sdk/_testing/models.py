"""The response fixtures: one canned HTTP response, a sequence of them, a named set."""

from __future__ import annotations

import typing as t

import responses

_SERVICE_BASES: dict[str, tuple[str, str]] = {
    # service: (scheme://host, base path)
    "auth": ("https://auth.globus.org", ""),
    "nexus": ("https://nexus.api.globusonline.org", ""),
    "transfer": ("https://transfer.api.globus.org", "/v0.10"),
    "search": ("https://search.api.globus.org", ""),
    "gcs": ("https://abc.xyz.data.globus.org", "/api"),
    "groups": ("https://groups.api.globus.org", "/v2"),
    "timer": ("https://timer.automate.globus.org", ""),
    "flows": ("https://flows.automate.globus.org", ""),
    "compute": ("https://compute.api.globus.org", ""),
}



def _full_url(service: str | None, path: str) -> str:
    if service is None:
        return path
    if service not in _SERVICE_BASES:
        raise ValueError(f"unknown service {service!r}; expected one of {sorted(_SERVICE_BASES)}")
    host, base_path = _SERVICE_BASES[service]
    if not path.startswith("/"):
        path = "/" + path
    if base_path and not (path == base_path or path.startswith(base_path + "/")):
        path = base_path + path
    return host + path


def _mock(requests_mock: responses.RequestsMock | None) -> t.Any:
    return requests_mock if requests_mock is not None else responses


class RegisteredResponse:
    """
    One canned response for ``service`` + ``path`` (or a full URL as ``path``), which
    :meth:`add` registers on ``responses``.
    """

    def __init__(
        self,
        *,
        path: str,
        service: t.Literal[
            "auth", "nexus", "transfer", "search", "gcs", "groups", "timer", "flows", "compute"
        ]
        | None = None,
        method: t.Literal[
            "GET", "PUT", "POST", "PATCH", "HEAD", "DELETE", "OPTIONS", "CONNECT", "TRACE"
        ] = "GET",
        body: str | None = None,
        content_type: str | None = None,
        headers: dict[str, str] | None = None,
        json: None | list[t.Any] | dict[str, t.Any] = None,
        status: int = 200,
        stream: bool | None = None,
        match: t.Sequence[t.Callable[..., tuple[bool, str]]] | None = None,
        metadata: dict[str, t.Any] | None = None,
    ) -> None:
        if json is not None and body is not None:
            raise ValueError("RegisteredResponse takes 'json' or 'body', not both")
        self.service = service
        self.path = path
        self.full_url = _full_url(service, path)
        self.method = method.upper()
        self.body = body
        self.content_type = content_type
        self.headers = headers
        self.json = json
        self.status = status
        self.stream = stream
        self.match = match
        self._metadata = metadata
        self.parent: ResponseSet | ResponseList | None = None

    @property
    def metadata(self) -> dict[str, t.Any]:
        """This response's metadata, else its set's (or list's), else ``{}``."""
        if self._metadata is not None:
            return self._metadata
        if self.parent is not None:
            return self.parent.metadata
        return {}

    def _as_responses_kwargs(self) -> dict[str, t.Any]:
        kwargs: dict[str, t.Any] = {
            "method": self.method,
            "url": self.full_url,
            "status": self.status,
        }
        if self.headers is not None:
            kwargs["headers"] = self.headers
        if self.json is not None:
            kwargs["json"] = self.json
        elif self.body is not None:
            kwargs["body"] = self.body
        if self.content_type is not None:
            kwargs["content_type"] = self.content_type
        if self.match is not None:
            kwargs["match"] = self.match
        return kwargs

    def add(self, *, requests_mock: responses.RequestsMock | None = None) -> RegisteredResponse:
        """Register this response (after any already registered for the same URL)."""
        _mock(requests_mock).add(**self._as_responses_kwargs())
        return self

    def replace(self, *, requests_mock: responses.RequestsMock | None = None) -> RegisteredResponse:
        """Replace the response registered for the same method and URL with this one."""
        kwargs = self._as_responses_kwargs()
        _mock(requests_mock).replace(kwargs.pop("method"), kwargs.pop("url"), **kwargs)
        return self

    def __repr__(self) -> str:
        return f"RegisteredResponse({self.method} {self.full_url} -> {self.status})"


class ResponseList:
    """Responses for the same call, served in order (each once, the last one repeats)."""

    def __init__(
        self, *data: RegisteredResponse, metadata: dict[str, t.Any] | None = None
    ) -> None:
        self.responses = list(data)
        self._metadata = metadata
        self.parent: ResponseSet | None = None
        for r in self.responses:
            r.parent = self

    @property
    def metadata(self) -> dict[str, t.Any]:
        if self._metadata is not None:
            return self._metadata
        if self.parent is not None:
            return self.parent.metadata
        return {}

    def add(self, *, requests_mock: responses.RequestsMock | None = None) -> ResponseList:
        for r in self.responses:
            r.add(requests_mock=requests_mock)
        return self


class ResponseSet:
    """Named cases (``default``, ``not_found``...) of responses for one client method."""

    def __init__(
        self,
        metadata: dict[str, t.Any] | None = None,
        **kwargs: RegisteredResponse | ResponseList,
    ) -> None:
        self.metadata: dict[str, t.Any] = metadata or {}
        self._data: dict[str, RegisteredResponse | ResponseList] = {}
        for case, value in kwargs.items():
            self._register(case, value)

    def register(self, case: str, value: RegisteredResponse) -> None:
        """Add (or replace) the response of ``case``."""
        self._register(case, value)

    def _register(self, case: str, value: RegisteredResponse | ResponseList) -> None:
        value.parent = self
        self._data[case] = value

    def lookup(self, case: str) -> RegisteredResponse | ResponseList:
        try:
            return self._data[case]
        except KeyError:
            raise LookupError(
                f"no case {case!r} in this response set; cases: {sorted(self._data)}"
            ) from None

    def cases(self) -> t.Iterator[str]:
        return iter(self._data)

    def activate(
        self, case: str, *, requests_mock: responses.RequestsMock | None = None
    ) -> RegisteredResponse | ResponseList:
        return self.lookup(case).add(requests_mock=requests_mock)

    def activate_all(self, *, requests_mock: responses.RequestsMock | None = None) -> ResponseSet:
        for value in self._data.values():
            value.add(requests_mock=requests_mock)
        return self

    def __bool__(self) -> bool:
        return bool(self._data)

    def __iter__(self) -> t.Iterator[RegisteredResponse | ResponseList]:
        return iter(self._data.values())

    @classmethod
    def from_dict(
        cls,
        data: t.Mapping[str, dict[str, t.Any] | list[dict[str, t.Any]]],
        metadata: dict[str, t.Any] | None = None,
        **kwargs: dict[str, dict[str, t.Any]],
    ) -> ResponseSet:
        """Build a set from ``{case: RegisteredResponse kwargs or a list of them}``."""
        rset = cls(metadata=metadata)
        for case, value in {**data, **kwargs}.items():
            if isinstance(value, list):
                rset._register(case, ResponseList(*(RegisteredResponse(**x) for x in value)))
            else:
                rset.register(case, RegisteredResponse(**value))
        return rset
