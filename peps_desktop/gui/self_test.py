"""`peps-desktop --self-test`: is this installation, frozen or not, able to run?

On a temporary store it runs the migrations, shows the main window offscreen, opens a PDF with
QtPdf, loads the French translation, draws an icon, and reports the keyring backend and the
full-text index. It prints one line per check and returns 0 when nothing failed, 1 otherwise.
The user's store, settings and keyring entries are never touched.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path
from typing import TextIO

from PySide6.QtCore import QSize, QThreadPool
from PySide6.QtPdf import QPdfDocument
from PySide6.QtWidgets import QApplication

from peps_desktop import APP_NAME, __version__
from peps_desktop.core.accounts.sign_in import sign_in
from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD
from peps_desktop.core.self_checks import (
    CheckResult,
    Outcome,
    check_full_text_search,
    check_keyring,
    check_second_factor,
    first_document,
    open_self_test_store,
)
from peps_desktop.core.shared.clock import Clock, SystemClock
from peps_desktop.gui.settings.preferences import AppSettings
from peps_desktop.gui.shared.resources import icon
from peps_desktop.gui.shared.translations import FRENCH, activate, load
from peps_desktop.i18n import translate
from peps_desktop.store import Store

# How long the main window may take to show its first figures.
WINDOW_READY_SECONDS = 20.0


def run_self_test(out: TextIO | None = None, language: str | None = None) -> int:
    """`language`: the one to speak, installed in the Qt application the test creates."""
    out = out if out is not None else sys.stdout
    if QApplication.instance() is None:
        # Headless on any machine: the self-test must not open a window on the desktop.
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    qt_app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(qt_app, QApplication)
    translators = activate(language) if language is not None else []  # noqa: F841  (kept alive)
    results = [_guarded(translate("SelfTest", "French translation"), check_french_translation)]
    results.append(_guarded(translate("SelfTest", "Icons"), check_icons))
    with tempfile.TemporaryDirectory(prefix="peps-desktop-self-test-") as folder:
        results.extend(_store_checks(Path(folder), SystemClock()))
    results.append(_guarded(translate("SelfTest", "Keyring"), check_keyring))
    results.append(
        _guarded(translate("SelfTest", "Second factor and telephones"), check_second_factor)
    )
    _print_report(results, out)
    return 1 if any(result.outcome is Outcome.FAILED for result in results) else 0


def _store_checks(folder: Path, clock: Clock) -> list[CheckResult]:
    try:
        store, migrations = open_self_test_store(folder, clock)
    except Exception as error:  # noqa: BLE001  (reported, the other checks still run)
        return [CheckResult(translate("SelfTest", "Migrations"), Outcome.FAILED, str(error))]
    try:
        return [
            migrations,
            _guarded(
                translate("SelfTest", "Full-text search (FTS5)"),
                lambda: check_full_text_search(store),
            ),
            _guarded(
                translate("SelfTest", "Main window"),
                lambda: check_main_window(store, clock, folder),
            ),
            _guarded(
                translate("SelfTest", "PDF (QtPdf)"),
                lambda: check_pdf(first_document(store)),
            ),
        ]
    finally:
        QThreadPool.globalInstance().waitForDone()
        store.dispose()


def _guarded(name: str, check: Callable[[], CheckResult]) -> CheckResult:
    try:
        return check()
    except Exception as error:  # noqa: BLE001  (reported, the other checks still run)
        return CheckResult(name, Outcome.FAILED, f"{type(error).__name__}: {error}")


def check_french_translation() -> CheckResult:
    name = translate("SelfTest", "French translation")
    translators = load(FRENCH)
    translated = translators[0].translate("SelfTest", "French translation")
    if not translated or translated == "French translation":
        return CheckResult(name, Outcome.FAILED, translate("SelfTest", "loaded but empty"))
    if len(translators) < 2:
        return CheckResult(
            name,
            Outcome.WARNING,
            translate("SelfTest", "loaded; Qt's own French texts are missing"),
        )
    return CheckResult(name, Outcome.OK, translate("SelfTest", "loaded, with Qt's own"))


def check_icons() -> CheckResult:
    """SVG icons need Qt's SVG plugins: a bundle without them shows blank buttons."""
    name = translate("SelfTest", "Icons")
    if icon("peps-desktop").pixmap(QSize(32, 32)).isNull():
        return CheckResult(name, Outcome.FAILED, translate("SelfTest", "SVG icons cannot be drawn"))
    return CheckResult(name, Outcome.OK, translate("SelfTest", "drawn"))


def check_main_window(store: Store, clock: Clock, folder: Path) -> CheckResult:
    from peps_desktop.gui.app import build_window  # the whole GUI: imported only when checked

    name = translate("SelfTest", "Main window")
    user = sign_in(store, clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD)
    window = build_window(store, clock, user, AppSettings(folder / "settings.ini"))
    try:
        window.show()
        deadline = time.monotonic() + WINDOW_READY_SECONDS
        while window.dashboard.figures is None and time.monotonic() < deadline:
            QApplication.processEvents()
            time.sleep(0.01)
        if window.dashboard.figures is None:
            return CheckResult(
                name, Outcome.FAILED, translate("SelfTest", "the dashboard did not load")
            )
        return CheckResult(
            name,
            Outcome.OK,
            translate("SelfTest", "shown offscreen: “{title}”").format(title=window.windowTitle()),
        )
    finally:
        window.close()
        window.deleteLater()
        QApplication.processEvents()


def check_pdf(path: Path) -> CheckResult:
    name = translate("SelfTest", "PDF (QtPdf)")
    document = QPdfDocument()
    document.load(str(path))
    if document.status() != QPdfDocument.Status.Ready or document.pageCount() < 1:
        return CheckResult(
            name,
            Outcome.FAILED,
            translate("SelfTest", "a courrier's PDF could not be opened ({status})").format(
                status=document.status().name
            ),
        )
    image = document.render(0, QSize(210, 297))
    pages = document.pageCount()
    document.close()
    if image.isNull():
        return CheckResult(name, Outcome.FAILED, translate("SelfTest", "the page was not drawn"))
    return CheckResult(
        name,
        Outcome.OK,
        translate("SelfTest", "a courrier's PDF opened and drawn (%n page(s))", None, pages),
    )


def _print_report(results: list[CheckResult], out: TextIO) -> None:
    how = (
        translate("SelfTest", "bundled application")
        if getattr(sys, "frozen", False)
        else translate("SelfTest", "installed with Python {version}").format(
            version=".".join(map(str, sys.version_info[:3]))
        )
    )
    print(
        translate("SelfTest", "{app} {version} self-test ({how})").format(
            app=APP_NAME, version=__version__, how=how
        ),
        file=out,
    )
    marks = {
        Outcome.OK: translate("SelfTest", "ok"),
        Outcome.WARNING: translate("SelfTest", "warning"),
        Outcome.FAILED: translate("SelfTest", "FAILED"),
    }
    for result in results:
        line = translate("SelfTest", "{name}: {detail}").format(
            name=result.name, detail=result.detail
        )
        print(f"  [{marks[result.outcome]}] {line}", file=out)
    failures = sum(result.outcome is Outcome.FAILED for result in results)
    if failures:
        print(translate("SelfTest", "%n check(s) failed.", None, failures), file=out)
    else:
        print(translate("SelfTest", "All is well."), file=out)
