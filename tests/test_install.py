"""The distribution as users install it: `pytest-factcheck`, built as a wheel, in a fresh venv.

The wheel is built from a copy of the package's files (the checkout is left as it is) without
build isolation, with the setuptools of the test extras, so no network is needed. The fresh
virtual environment gets the wheel with `--no-deps`; its dependencies (pytest, PyYAML...) are
the ones of this test run, on its path through a `.pth` file written after the install, behind
its own site-packages: the `factcheck` package, the `pytest-factcheck` metadata and the pytest11
entry point all come from the wheel.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import venv
from importlib import metadata
from pathlib import Path

import jsonschema
import pytest
import rapidfuzz
import yaml

from factcheck.outputs.sarif import build_sarif

ROOT = Path(__file__).resolve().parent.parent


def _run(*args: str | Path, cwd: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PYTEST_", "PYTHON"))}
    return subprocess.run(
        [str(a) for a in args], cwd=cwd, env=env, capture_output=True, text=True, check=False
    )


def _checked(done: subprocess.CompletedProcess[str]) -> str:
    assert done.returncode == 0, done.stdout + done.stderr
    return done.stdout


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The python of a fresh venv holding the wheel built from this checkout."""
    base = tmp_path_factory.mktemp("install")
    source = base / "source"
    source.mkdir()
    for name in ("pyproject.toml", "README.md"):
        shutil.copy(ROOT / name, source / name)
    shutil.copytree(
        ROOT / "factcheck", source / "factcheck", ignore=shutil.ignore_patterns("__pycache__")
    )
    wheels = base / "wheels"
    pip = (sys.executable, "-m", "pip", "--disable-pip-version-check")
    _checked(
        _run(*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", wheels, source, cwd=source)
    )
    (wheel,) = wheels.glob("pytest_factcheck-*.whl")
    env = base / "venv"
    venv.create(env, with_pip=False)
    python = env / "bin" / "python"
    _checked(_run(*pip, "--python", python, "install", "--no-deps", "--no-index", wheel))
    site = Path(
        _checked(
            _run(python, "-c", "import sysconfig; print(sysconfig.get_path('purelib'))")
        ).strip()
    )
    deps = {Path(m.__file__).resolve().parents[1] for m in (pytest, yaml, rapidfuzz, jsonschema)}
    (site / "test-deps.pth").write_text("".join(f"{d}\n" for d in sorted(deps)))
    return python


def test_the_wheel_installs_as_pytest_factcheck(installed: Path) -> None:
    shown = _checked(
        _run(
            installed,
            "-c",
            "import factcheck, importlib.metadata as m;"
            "print(m.version('pytest-factcheck'));"
            "print(m.distribution('pytest-factcheck').locate_file(''));"
            "print(factcheck.__file__)",
            cwd=installed.parent,
        )
    ).splitlines()
    site = str(installed.parent.parent)
    assert shown[0] == metadata.version("pytest-factcheck") == "0.1.0"
    assert shown[1].startswith(site), shown
    assert shown[2].startswith(site), shown


def test_the_installed_plugin_checks_the_example(installed: Path, tmp_path: Path) -> None:
    shutil.copytree(ROOT / "facts", tmp_path / "facts")
    shutil.copytree(ROOT / "articles", tmp_path / "articles")
    done = _run(installed, "-m", "pytest", "--facts", "facts/", "articles/", cwd=tmp_path)
    assert done.returncode == 1, done.stdout + done.stderr
    assert "5 articles checked against 1 story" in done.stdout
    last = done.stdout.strip().splitlines()[-1]
    assert " 2 failed, 30 passed, 43 omitted in " in last, done.stdout
    validated = _run(installed.parent / "factcheck", "validate", "facts/", cwd=tmp_path)
    assert validated.returncode == 0, validated.stdout + validated.stderr


def test_sarif_names_the_distribution_version() -> None:
    driver = build_sarif({"results": []})["runs"][0]["tool"]["driver"]
    assert driver["version"] == metadata.version("pytest-factcheck")
