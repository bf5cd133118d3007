"""Payload helpers for Transfer task submissions."""

from .delete_data import DeleteData
from .transfer_data import TransferData

__all__ = ("DeleteData", "TransferData")
