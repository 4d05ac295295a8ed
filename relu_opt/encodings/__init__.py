"""ReLU encodings, interchangeable by lowercase name."""

from __future__ import annotations

from ..errors import InputError
from .base import Encoding, Record
from .bigm import BigMEncoding
from .complementarity import ComplementarityEncoding
from .indicator import IndicatorEncoding
from .sos1 import Sos1Encoding

ENCODINGS: dict[str, Encoding] = {
    e.name: e
    for e in (ComplementarityEncoding(), BigMEncoding(), Sos1Encoding(), IndicatorEncoding())
}


def get_encoding(name: str) -> Encoding:
    try:
        return ENCODINGS[name.lower()]
    except KeyError:
        raise InputError(
            f"unknown encoding {name!r}; choose from {', '.join(ENCODINGS)}"
        ) from None


__all__ = ["ENCODINGS", "Encoding", "Record", "get_encoding"]
