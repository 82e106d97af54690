"""relate's own exceptions, each with a message a user can act on."""

from __future__ import annotations


class RelateError(Exception):
    """Base class of every error relate raises on purpose."""


class ModelError(RelateError):
    """The model file is missing, corrupt, tampered with or of an unknown version."""


class ArchiveError(RelateError):
    """An archive or table cannot be read; the message names the file and what to do."""
