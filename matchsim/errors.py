"""The one error raised for bad input: a stable code for machines, a message naming the entry."""

import json

MAX_MESSAGE = 300
"""A message quotes the offending entry; an id of megabytes is cut, not repeated whole."""


class MatchInputError(ValueError):
    """Input rejected before any matching starts; `code` is stable, `message` is for people."""

    def __init__(self, code: str, message: str) -> None:
        if len(message) > MAX_MESSAGE:
            message = message[:MAX_MESSAGE - 1] + "…"
        super().__init__(message)
        self.code = code
        self.message = message

    def as_dict(self) -> dict[str, str]:
        return {"code": self.code, "message": self.message}


def quoted(value: object) -> str:
    """An offending value as it appeared in the JSON input, for messages."""
    return json.dumps(value, default=str)
