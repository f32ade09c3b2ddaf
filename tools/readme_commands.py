"""The README's « Two commands », as a newcomer would copy them: CI runs them verbatim.

python tools/readme_commands.py             # the commands, one per line
python tools/readme_commands.py --headless  # the same, the demo closing itself after 3 s
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
SECTION = "## Two commands"
HEADLESS = " --quit-after 3000"


def commands(readme: str) -> list[str]:
    """The indented (code) lines of the section, in order."""
    section = readme.split(SECTION, 1)[1].split("\n## ", 1)[0]
    return [line.strip() for line in section.splitlines() if line.startswith("    ")]


def headless(command: str) -> str:
    """A command opening the demo, made to close by itself (CI has nobody to close it)."""
    return command + HEADLESS if command.endswith("--demo") else command


def main(arguments: list[str]) -> int:
    found = commands((ROOT / "README.md").read_text(encoding="utf-8"))
    if "--headless" in arguments:
        found = [headless(command) for command in found]
    print("\n".join(found))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
