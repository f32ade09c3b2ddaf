"""Maintain the translations with pyside6-lupdate / pyside6-lrelease.

python tools/translations.py update   # extract new strings into the .ts files
python tools/translations.py release  # compile the .ts files into .qm
python tools/translations.py check    # fail if a French translation is missing,
                                      # unfinished, or the .qm is out of date
"""

from __future__ import annotations

import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
LANGUAGES = ("fr",)
SOURCE_DIRS = (ROOT / "peps_desktop", ROOT / "ui")


def _tool(name: str) -> str:
    beside_python = Path(sys.executable).with_name(name)
    found = str(beside_python) if beside_python.exists() else shutil.which(name)
    if not found:
        raise SystemExit(f"{name} not found: install PySide6-Essentials")
    return found


def ts_file(language: str) -> Path:
    return TRANSLATIONS / f"peps_desktop_{language}.ts"


def qm_file(language: str) -> Path:
    return TRANSLATIONS / f"peps_desktop_{language}.qm"


def sources() -> list[str]:
    files: list[Path] = []
    for folder in SOURCE_DIRS:
        files += sorted(folder.rglob("*.py")) + sorted(folder.rglob("*.ui"))
    return [str(path) for path in files]


def lupdate(target: Path, language: str, *extra: str) -> None:
    subprocess.run(
        [
            _tool("pyside6-lupdate"),
            *extra,
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            language,
            *sources(),
            "-ts",
            str(target),
        ],
        check=True,
        capture_output=True,
    )


def lrelease(source: Path, target: Path) -> None:
    subprocess.run(
        [_tool("pyside6-lrelease"), "-silent", str(source), "-qm", str(target)],
        check=True,
        capture_output=True,
    )


def problems(ts: Path) -> list[str]:
    """Messages with no finished French translation, and obsolete ones left behind."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name")
        for message in context.iter("message"):
            source = message.findtext("source")
            translation = message.find("translation")
            kind = translation.get("type") if translation is not None else "missing"
            text = (translation.text or "") if translation is not None else ""
            if kind in ("unfinished", "missing") or (kind is None and not text.strip()):
                found.append(f"{name}: untranslated “{source}”")
            elif kind in ("obsolete", "vanished"):
                found.append(f"{name}: obsolete “{source}” (run update with -no-obsolete)")
    return found


def check() -> list[str]:
    errors = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts_file(language).name
            shutil.copy(ts_file(language), fresh)
            lupdate(fresh, language, "-no-obsolete")
            errors += [f"{language}: {problem}" for problem in problems(fresh)]
            compiled = Path(folder) / qm_file(language).name
            lrelease(ts_file(language), compiled)
            if (
                not qm_file(language).exists()
                or compiled.read_bytes() != qm_file(language).read_bytes()
            ):
                errors.append(f"{language}: {qm_file(language).name} is out of date (run release)")
    return errors


def main(action: str) -> int:
    if action == "update":
        for language in LANGUAGES:
            lupdate(ts_file(language), language, "-no-obsolete")
    elif action == "release":
        for language in LANGUAGES:
            lrelease(ts_file(language), qm_file(language))
    elif action == "check":
        errors = check()
        print("\n".join(errors) or "translations complete")
        return 1 if errors else 0
    else:
        print(__doc__)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1] if len(sys.argv) > 1 else ""))
