"""Maintain the translations with pyside6-lupdate / pyside6-lrelease.

python tools/translations.py update   # extract new strings into the .ts files
python tools/translations.py release  # compile the .ts files into .qm
python tools/translations.py check    # fail if a French translation is missing,
                                      # unfinished, breaks French typography, or the .qm is
                                      # out of date
python tools/translations.py typeset  # put the French spaces where the typography wants them
"""

from __future__ import annotations

import html
import re
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

# French typography: a no-break space before « : » and a narrow one before « ; ! ? » (when
# they end a clause: `CNRACL:lecture` or `12:30` are not punctuation), inside « », and French
# quotes rather than English or typewriter ones. Plurals through %n, never « (s) ».
NO_BREAK = "\u00a0"
NARROW_NO_BREAK = "\u202f"
_PUNCTUATION = re.compile(r"(?P<before>.?)(?P<mark>[:;!?])(?=\s|$|<|»)", re.DOTALL)
_OPENING = re.compile(r"«(?P<after>.?)", re.DOTALL)
_CLOSING = re.compile(r"(?P<before>.?)»", re.DOTALL)
_FOREIGN_QUOTES = re.compile(r"[“”\"]")
_LITERAL = re.compile(r'"[^"\s\w]*\d[^"\s]*"')  # a value as typed in a file: "1234.56"
_PLURAL_HACK = re.compile(r"\w\((?:s|x|es)\)")


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
            forms = translation.findall("numerusform") if translation is not None else []
            if forms:  # a plural: every form must be given
                text = "" if any(not (form.text or "").strip() for form in forms) else "plural"
            if kind in ("unfinished", "missing") or (kind is None and not text.strip()):
                found.append(f"{name}: untranslated “{source}”")
            elif kind in ("obsolete", "vanished"):
                found.append(f"{name}: obsolete “{source}” (run update with -no-obsolete)")
    return found


def translations(ts: Path) -> list[tuple[str, str, str]]:
    """(context, source, translated text) for every text of `ts`, each plural form too."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            if translation is None:
                continue
            forms = translation.findall("numerusform")
            texts = [form.text or "" for form in forms] if forms else [translation.text or ""]
            found += [(name, source, text) for text in texts]
    return found


def typography_problems(text: str) -> list[str]:
    """What a French proof-reader would mark in one translated text."""
    found = []
    for match in _PUNCTUATION.finditer(text):
        wanted = NO_BREAK if match["mark"] == ":" else NARROW_NO_BREAK
        if match["before"] not in (NO_BREAK, NARROW_NO_BREAK):
            shown = "no-break space" if wanted == NO_BREAK else "narrow no-break space"
            found.append(f"a {shown} before « {match['mark']} »")
    if any(m["after"] not in (NO_BREAK, NARROW_NO_BREAK) for m in _OPENING.finditer(text)):
        found.append("a no-break space after « « »")
    if any(m["before"] not in (NO_BREAK, NARROW_NO_BREAK) for m in _CLOSING.finditer(text)):
        found.append("a no-break space before « » »")
    if _FOREIGN_QUOTES.search(_LITERAL.sub("", text)):
        found.append('French quotes « » instead of “ ” or "')
    if _PLURAL_HACK.search(text):
        found.append("a plural with %n instead of « (s) »")
    return found


def typography(ts: Path) -> list[str]:
    return [
        f"{context}: “{text}” needs {problem}"
        for context, _source, text in translations(ts)
        for problem in typography_problems(text)
    ]


def typeset(text: str) -> str:
    """The spaces of French typography put in place of ordinary ones (or of none)."""

    def before_mark(match: re.Match[str]) -> str:
        wanted = NO_BREAK if match["mark"] == ":" else NARROW_NO_BREAK
        before = match["before"]
        if before in (NO_BREAK, NARROW_NO_BREAK):
            return match[0]
        kept = "" if before == " " else before
        return f"{kept}{wanted}{match['mark']}"

    text = _PUNCTUATION.sub(before_mark, text)
    text = re.sub(r"« ?(?![\u00a0\u202f])", "«" + NARROW_NO_BREAK, text)
    text = re.sub(r"(?<![\u00a0\u202f]) ?»", NARROW_NO_BREAK + "»", text)
    return text


_TRANSLATED_TEXT = re.compile(r"(<translation[^>]*>|<numerusform>)([^<]*)(?=</)")


def typeset_file(ts: Path) -> None:
    """Typeset every translated text in place, keeping lupdate's layout of the file."""
    content = ts.read_text(encoding="utf-8")

    def typeset_element(match: re.Match[str]) -> str:
        return match[1] + _escaped(typeset(html.unescape(match[2])))

    ts.write_text(_TRANSLATED_TEXT.sub(typeset_element, content), encoding="utf-8")


def _escaped(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


# The .ts files are kept with this PySide6's pyside6-lupdate. An older one (PySide6 6.11, which
# Python 3.11 gets) does not see a plural in `translate(context, text, None, count)`: against
# it, the check reads the files as they are (every text translated, the .qm current) without
# extracting the sources again.
MAINTAINED_WITH = (6, 12)


def extracts_like_the_maintained_tool() -> bool:
    from importlib.metadata import version

    numbers = tuple(int(part) for part in version("PySide6-Essentials").split(".")[:2])
    return numbers >= MAINTAINED_WITH


def check() -> list[str]:
    errors = []
    for language in LANGUAGES:
        with tempfile.TemporaryDirectory() as folder:
            fresh = Path(folder) / ts_file(language).name
            shutil.copy(ts_file(language), fresh)
            if extracts_like_the_maintained_tool():
                lupdate(fresh, language, "-no-obsolete")
            errors += [f"{language}: {problem}" for problem in problems(fresh)]
            if language == "fr":
                errors += [f"{language}: {problem}" for problem in typography(ts_file(language))]
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
        if not extracts_like_the_maintained_tool():
            print(
                "update with PySide6 6.12 or newer (Python 3.12+): an older lupdate loses plurals"
            )
            return 1
        for language in LANGUAGES:
            lupdate(ts_file(language), language, "-no-obsolete")
    elif action == "release":
        for language in LANGUAGES:
            lrelease(ts_file(language), qm_file(language))
    elif action == "typeset":
        for language in LANGUAGES:
            if language == "fr":
                typeset_file(ts_file(language))
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
