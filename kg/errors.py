"""Exceptions shared by the library and the command line."""
from __future__ import annotations


class UserError(Exception):
    """A problem the user can fix (bad path, no build, malformed query): printed without a traceback."""
