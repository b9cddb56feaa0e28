"""``--facts-changed REF``: check only the articles a change touched.

The changed files are, relative to the root of the git repository the run starts in:

* committed: ``git diff --name-only REF...HEAD``, what the branch changed since it left REF
  (from their merge base, so commits REF gained meanwhile do not count);
* uncommitted: ``git diff --name-only HEAD``, staged and unstaged changes to tracked files;
* untracked: ``git ls-files --others --exclude-standard``, new files git does not ignore.

An article is checked when its file changed, or when it is about a story whose fact file
changed (then every article about that story is checked). git runs with an argument list,
never through a shell.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from pathlib import Path

from factcheck.errors import ChangedError


def _git(args: Sequence[str], cwd: Path) -> bytes:
    """The output of ``git args`` run in ``cwd``; ChangedError with git's message if it fails."""
    try:
        done = subprocess.run(
            ["git", *args], cwd=cwd, capture_output=True, check=False, stdin=subprocess.DEVNULL
        )
    except FileNotFoundError:
        raise ChangedError("--facts-changed needs git, and git is not installed") from None
    except OSError as error:
        raise ChangedError(f"--facts-changed: cannot run git: {error}") from None
    if done.returncode != 0:
        message = os.fsdecode(done.stderr).strip().splitlines()
        raise ChangedError(
            f"--facts-changed: git {' '.join(args)} failed"
            + (f": {message[-1]}" if message else "")
        )
    return done.stdout


def _names(output: bytes) -> list[str]:
    return [os.fsdecode(name) for name in output.split(b"\0") if name]


def repo_root(cwd: Path) -> Path:
    """The top folder of the git repository ``cwd`` is in; ChangedError outside one."""
    try:
        out = _git(["rev-parse", "--show-toplevel"], cwd)
    except ChangedError as error:
        if "git is not installed" in str(error):
            raise
        raise ChangedError(f"--facts-changed: {cwd} is not inside a git repository") from None
    return Path(os.fsdecode(out).strip()).resolve()


def changed_files(ref: str, cwd: Path) -> tuple[Path, set[Path]]:
    """The repository's root and the files changed since ``ref`` (resolved absolute paths)."""
    if not ref or ref.startswith("-"):
        raise ChangedError(f"--facts-changed: {ref!r} is not a git ref")
    root = repo_root(cwd)
    try:
        _git(["rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}"], root)
    except ChangedError:
        raise ChangedError(
            f"--facts-changed: {ref!r} is not a git ref (a branch, tag or commit) in {root}"
        ) from None
    names = [
        *_names(_git(["diff", "--name-only", "-z", "--no-renames", f"{ref}...HEAD"], root)),
        *_names(_git(["diff", "--name-only", "-z", "--no-renames", "HEAD"], root)),
        *_names(_git(["ls-files", "--others", "--exclude-standard", "-z"], root)),
    ]
    return root, {(root / name).resolve() for name in names}


@dataclass
class Changes:
    """What ``--facts-changed REF`` selects: changed files and the stories whose facts changed."""

    ref: str
    paths: set[Path]
    stories: set[str] = field(default_factory=set)

    @classmethod
    def since(cls, ref: str, cwd: Path, stories: Iterable[tuple[str, str | Path]]) -> Changes:
        """The changes since ``ref`` for a run in ``cwd``; ``stories`` are (id, fact file)."""
        _, paths = changed_files(ref, cwd)
        changed = {sid for sid, path in stories if Path(path).resolve() in paths}
        return cls(ref, paths, changed)

    def wanted(self, path: Path, stories_of: Callable[[Path], Sequence[str]]) -> bool:
        """Whether the article file ``path`` is checked.

        ``stories_of(path)`` gives the ids of the stories the article is about (it reads the
        article; only asked of an unchanged article when some fact file changed). A JSONL
        batch is one file to git: checked whole when it changed or when any fact file did.
        """
        if path.resolve() in self.paths:
            return True
        if not self.stories:
            return False
        if path.suffix == ".jsonl":
            return True
        return bool(self.stories.intersection(stories_of(path)))
