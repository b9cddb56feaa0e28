"""The exceptions factcheck raises for bad input: one base class and a subclass per kind of file."""

from __future__ import annotations


class FactcheckError(Exception):
    """Base class: a problem with the user's input, reported without a traceback.

    ``path`` and ``line`` locate the problem; ``str(error)`` is the message users see,
    ``path:line: message``.
    """

    def __init__(self, message: str, path: str = "", line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.path = path
        self.line = line

    def __str__(self) -> str:
        where = self.path
        if where and self.line is not None:
            where = f"{where}:{self.line}"
        return f"{where}: {self.message}" if where else self.message


class FactFileError(FactcheckError):
    """A fact file that cannot be used: bad YAML, a schema violation or a broken cross-reference.

    ``problems`` holds every problem found in the file, one message each.
    """

    def __init__(self, problems: list[FactcheckError]) -> None:
        first = problems[0]
        super().__init__(first.message, first.path, first.line)
        self.problems = problems

    def __str__(self) -> str:
        return "\n".join(FactcheckError.__str__(p) for p in self.problems)


class ArticleError(FactcheckError):
    """An article that cannot be read: bad encoding, broken front matter, a bad JSONL line.

    ``key`` names the article in results: its path, or ``path#id`` for a JSONL line.
    """

    def __init__(
        self, message: str, path: str = "", line: int | None = None, key: str = ""
    ) -> None:
        super().__init__(message, path, line)
        self.key = key or path


class NotAnArticle(ArticleError):
    """A ``.json`` file that holds no article (an object with neither ``maintext`` nor ``text``,
    such as a report): the plugin does not collect it."""


class UnknownStory(ArticleError):
    """An article that declares a story (``story:``/``stories:``) that no loaded fact file
    holds: it is reported like an unreadable article, and not checked."""


class BaselineError(FactcheckError):
    """A baseline file (``--facts-baseline``) that cannot be read: bad YAML or a bad entry."""


class ChangedError(FactcheckError):
    """``--facts-changed REF`` cannot be answered: git missing, no repository, or a bad REF."""


def lone_surrogate(text: str) -> str | None:
    """Why ``text`` is not Unicode text, or None: a ``\\ud800`` escape in JSON or YAML gives
    a lone surrogate, which no file, terminal or node id can hold."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError as exc:
        code = ord(text[exc.start])
        return f"\\u{code:04x} at character {exc.start + 1} is a lone surrogate, not text"
    return None
