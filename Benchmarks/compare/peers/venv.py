"""The runner's private virtual environment (Benchmarks/compare/.venv): creation and re-entry.

Standard library only: this module runs before any dependency is installed.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import subprocess
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent.parent
VENV = HERE / ".venv"
REQUIREMENTS = HERE / "requirements.txt"
STAMP = VENV / "requirements.sha256"
VENV_PYTHON = VENV / "bin" / "python"


class SetupError(Exception):
    """The virtual environment could not be created or is missing something the runner needs."""


def _requirements_digest() -> str:
    return hashlib.sha256(REQUIREMENTS.read_bytes()).hexdigest()


def _system_python() -> str:
    """The first Python 3.11+ that can import Debian's python3-xapian (which is not on PyPI)."""
    candidates = ["/usr/bin/python3", shutil.which("python3"), sys.executable]
    for candidate in dict.fromkeys(c for c in candidates if c):
        probe = subprocess.run(
            [candidate, "-c", "import sys, xapian; assert sys.version_info >= (3, 11)"],
            capture_output=True,
        )
        if probe.returncode == 0:
            return candidate
    raise SetupError(
        "no Python 3.11+ on this machine can import xapian; install the Debian package "
        "python3-xapian (scripts/setup.sh does) and python3-venv"
    )


def inside() -> bool:
    """True when this interpreter is the runner's own virtual environment."""
    return Path(sys.prefix).resolve() == VENV.resolve()


def is_current() -> bool:
    """True when the virtual environment exists and was set up from the present requirements.txt."""
    return VENV_PYTHON.exists() and STAMP.exists() and STAMP.read_text().strip() == _requirements_digest()


def setup() -> None:
    """Creates (or refreshes) .venv from the system Python with its site packages, so that Debian's
    xapian bindings are importable, and installs the pinned requirements into it."""
    python = _system_python()
    if not VENV_PYTHON.exists():
        print(f"setup: creating {VENV} from {python} (--system-site-packages, for python3-xapian)", file=sys.stderr)
        subprocess.run([python, "-m", "venv", "--system-site-packages", str(VENV)], check=True)
    print(f"setup: installing {REQUIREMENTS.name}", file=sys.stderr)
    pip = subprocess.run(
        [str(VENV_PYTHON), "-m", "pip", "install", "--quiet", "--disable-pip-version-check", "-r", str(REQUIREMENTS)]
    )
    if pip.returncode != 0:
        raise SetupError(f"pip could not install {REQUIREMENTS}; see the messages above")
    check = subprocess.run(
        [str(VENV_PYTHON), "-c", "import tantivy, psycopg, matplotlib, xapian, sqlite3"], capture_output=True, text=True
    )
    if check.returncode != 0:
        raise SetupError(f"the virtual environment cannot import a dependency:\n{check.stderr.strip()}")
    STAMP.write_text(_requirements_digest() + "\n")
    print("setup: ready", file=sys.stderr)


def reenter(script: str, argv: list[str]) -> None:
    """Replaces this process with the same script run by the virtual environment's interpreter,
    setting the environment up first when it is missing or stale. Returns only when already inside."""
    if inside():
        return
    if not is_current():
        setup()
    os.execv(str(VENV_PYTHON), [str(VENV_PYTHON), script, *argv])
