from __future__ import annotations

import typing as t

if t.TYPE_CHECKING:
    from ._model import Consent


class ConsentParseError(Exception):
    """
    A consent record could not be loaded (a required field is missing or malformed).

    :ivar raw_consent: the record which failed to load
    """

    def __init__(self, message: str, raw_consent: dict[str, t.Any]) -> None:
        super().__init__(message)
        self.raw_consent = raw_consent


class ConsentTreeConstructionError(Exception):
    """
    Consents could not be arranged into trees (a consent names a missing parent).

    :ivar consents: the consents being arranged
    """

    def __init__(self, message: str, consents: list[Consent]) -> None:
        super().__init__(message)
        self.consents = consents
