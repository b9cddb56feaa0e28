"""Partial runs: what part of the collected batch a run checked.

``-k``, ``--deselect`` and ``--lf`` deselect items (``--lf`` also leaves out whole files that
had no failures); ``--facts-changed`` leaves out articles that did not change. A partial run's
summary and reports speak only of what ran, and say that the run was partial.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


def _plural(n: int, word: str) -> str:
    return f"{n} {word}" if n == 1 else f"{n} {word}s"


@dataclass
class Selection:
    """Counts kept by the process that collects (serial, or each pytest-xdist worker)."""

    selected: int = 0
    """Items left to run after deselection."""
    deselected: int = 0
    """Items deselected (``-k``, ``--deselect``, ``--lf``, ``-m``)."""
    skipped_files: int = 0
    """Files ``--lf`` did not collect, since none of their items failed last time."""
    changed_ref: str = ""
    """The ``--facts-changed`` ref, if given."""
    article_files: int = 0
    """Article files ``--facts-changed`` looked at."""
    left_out: int = 0
    """Article files ``--facts-changed`` left out."""

    @property
    def partial(self) -> bool:
        return bool(self.deselected or self.skipped_files or self.left_out)

    def lines(self) -> list[str]:
        """``partial run: ...`` lines for the summary (none for a full run)."""
        out = []
        if self.deselected or self.skipped_files:
            collected = self.selected + self.deselected
            text = f"partial run: {self.selected} of {_plural(collected, 'item')} selected"
            if self.skipped_files:
                text += f", {_plural(self.skipped_files, 'file')} not collected by --lf"
            out.append(text)
        if self.left_out:
            out.append(
                f"partial run: --facts-changed {self.changed_ref} left out {self.left_out} of "
                f"{_plural(self.article_files, 'article file')} (unchanged, and about no story "
                "whose facts changed)"
            )
        return out

    def to_json(self) -> dict[str, Any]:
        """The counts, as a pytest-xdist worker sends them to the controller."""
        return asdict(self)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Selection:
        known = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in data.items() if k in known})
