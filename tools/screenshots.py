"""The README's screenshots: each main screen at 1280×800, in French, on the demo commune.

    python tools/screenshots.py            writes docs/screenshots/*.png
    python tools/screenshots.py --check    makes them again aside and fails if one kept in the
                                           repository no longer looks like the screen (a screen
                                           changed without its screenshot), or if the README and
                                           the folder disagree

The demo is seeded at a fixed date, so the same code gives the same pictures; the check
allows what differs from one run to the next (the time of the dashboard's update).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import re
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FOLDER = ROOT / "docs" / "screenshots"
README = ROOT / "README.md"
SIZE = (1280, 800)
DEMO_DATE = dt.datetime(2026, 11, 25, 9, 30)
# Compared at a quarter of their size in grey levels: the mean difference per pixel (0–255)
# above which a kept screenshot is stale. A changed clock time moves it by about 0.01; three
# buttons more on the reader's toolbar, by 0.7; a screen laid out otherwise, by several.
STALE_ABOVE = 0.25
SETTLE_SECONDS = 20.0


@dataclass(frozen=True)
class Screen:
    file: str
    area: str  # the navigation's label, as it starts
    caption: str
    page: str = ""  # a page of the area, by the window's property naming it
    first_courrier: bool = False  # with the list's first courrier open


SCREENS = (
    Screen("tableau-de-bord.png", "Tableau de bord", "Le tableau de bord"),
    Screen("vos-courriers.png", "Vos courriers", "Vos courriers"),
    Screen("courrier.png", "Vos courriers", "Un courrier ouvert", first_courrier=True),
    Screen("nous-contacter.png", "Nous contacter", "Nous contacter"),
    Screen("mes-echanges.png", "Mes échanges", "Mes échanges"),
    Screen("gestion-des-comptes.png", "Gestion des comptes", "Gestion des comptes"),
    Screen("journal.png", "Gestion des comptes", "Le journal des actions", page="audit_view"),
    Screen("revue-des-acces.png", "Gestion des comptes", "La revue des accès", page="review_view"),
)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="compare, write nothing")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="peps-screenshots-") as work:
        _isolate(Path(work))
        target = Path(work) / "made" if args.check else FOLDER
        target.mkdir(parents=True, exist_ok=True)
        _make(Path(work), target)
        if not args.check:
            print(f"{len(SCREENS)} screenshots written to {target.relative_to(ROOT)}")
            return 0
        faults = _readme_faults() + _stale(target)
    for fault in faults:
        print(fault, file=sys.stderr)
    if faults:
        print("regenerate them: python tools/screenshots.py", file=sys.stderr)
        return 1
    print(f"{len(SCREENS)} screenshots up to date")
    return 0


def _isolate(work: Path) -> None:
    """Nothing of this user's settings, data or keyring is read or written."""
    for variable, folder in (
        ("XDG_CONFIG_HOME", "config"),
        ("XDG_DATA_HOME", "data"),
        ("XDG_STATE_HOME", "state"),
        ("XDG_CACHE_HOME", "cache"),
    ):
        os.environ[variable] = str(work / folder)
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["PEPS_LANG"] = "fr"


def _make(work: Path, target: Path) -> None:
    from PySide6.QtCore import QLocale, QThreadPool
    from PySide6.QtWidgets import QApplication

    from peps_desktop.core.accounts.second_factor_sign_in import SecondFactor
    from peps_desktop.core.accounts.sign_in import sign_in
    from peps_desktop.core.demo.reference import DEMO_ADMIN_LOGIN, DEMO_PASSWORD, demo_code
    from peps_desktop.core.demo.seed import seed_demo
    from peps_desktop.core.shared.clock import FixedClock
    from peps_desktop.gui.app import build_window, prepare_demo_sending
    from peps_desktop.gui.dashboard.destinations import open_courrier
    from peps_desktop.gui.settings.preferences import AppSettings
    from peps_desktop.gui.shared.translations import activate
    from peps_desktop.store.encrypted import new_data_key
    from peps_desktop.store.migrate import open_store

    qt_app = QApplication.instance() or QApplication(["peps-desktop"])
    translators = activate("fr")  # noqa: F841  (kept while the screens are drawn)
    QLocale.setDefault(QLocale("fr_FR"))
    clock = FixedClock(DEMO_DATE)
    store = open_store(
        f"sqlite:///{work / 'demo.sqlite3'}", work / "documents", data_key=new_data_key()
    )
    seed_demo(store, clock)
    settings = AppSettings(work / "settings.ini")
    prepare_demo_sending(settings)
    factor = SecondFactor(code=demo_code(clock, 0), remember_device=False)
    user = sign_in(store, clock, DEMO_ADMIN_LOGIN, DEMO_PASSWORD, factor)
    window = build_window(store, clock, user, settings)
    window.resize(*SIZE)
    window.show()

    def settle() -> None:
        """Until every load started by the screen is shown."""
        deadline = time.monotonic() + SETTLE_SECONDS
        quiet = 0
        while quiet < 5 and time.monotonic() < deadline:
            qt_app.processEvents()
            busy = QThreadPool.globalInstance().activeThreadCount() > 0
            quiet = 0 if busy else quiet + 1
            time.sleep(0.05)

    def open_first_courrier() -> None:
        assert window.inbox is not None
        first = window.inbox.view.model.row_at(0)
        if first is None:
            raise SystemExit("the demo's inbox shows no courrier")
        open_courrier(window, first.id)

    try:
        for screen in SCREENS:
            rows = [
                row
                for row, label in enumerate(window.area_labels())
                if label.startswith(screen.area)
            ]
            if not rows:
                raise SystemExit(f"no area « {screen.area} » in {window.area_labels()}")
            window.show_area(rows[0])
            if screen.page:
                window.show_page(getattr(window, screen.page))
            settle()
            if screen.first_courrier:
                open_first_courrier()
                settle()
            window.grab().save(str(target / screen.file))
    finally:
        window.close()
        store.dispose()


def _readme_faults() -> list[str]:
    shown = set(re.findall(r"docs/screenshots/([\w.-]+\.png)", README.read_text("utf-8")))
    made = {screen.file for screen in SCREENS}
    kept = {path.name for path in FOLDER.glob("*.png")}
    faults = [f"README.md shows {name}, which no screen makes" for name in sorted(shown - made)]
    faults += [f"README.md does not show {name}" for name in sorted(made - shown)]
    faults += [f"docs/screenshots/{name} is missing" for name in sorted(made - kept)]
    faults += [f"docs/screenshots/{name} belongs to no screen" for name in sorted(kept - made)]
    return faults


def _stale(made: Path) -> list[str]:
    faults = []
    for screen in SCREENS:
        kept = FOLDER / screen.file
        if not kept.exists():
            continue  # said by _readme_faults
        difference = mean_difference(kept, made / screen.file)
        if difference is None:
            faults.append(f"docs/screenshots/{screen.file} is not {SIZE[0]}×{SIZE[1]}")
        elif difference > STALE_ABOVE:
            faults.append(
                f"docs/screenshots/{screen.file} is stale: {difference:.2f} grey levels apart "
                f"from the screen as drawn now (at most {STALE_ABOVE})"
            )
    return faults


def mean_difference(first: Path, second: Path) -> float | None:
    """The mean difference per pixel (0–255) of the two images in grey, at a quarter of their
    size; None if they do not both have the screenshots' size."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QImage

    images = [QImage(str(first)), QImage(str(second))]
    if any((image.width(), image.height()) != SIZE for image in images):
        return None
    small = [
        image.convertToFormat(QImage.Format.Format_Grayscale8).scaled(
            SIZE[0] // 4,
            SIZE[1] // 4,
            Qt.AspectRatioMode.IgnoreAspectRatio,
            Qt.TransformationMode.SmoothTransformation,
        )
        for image in images
    ]
    total = 0
    for row in range(small[0].height()):
        one = bytes(small[0].constScanLine(row))[: small[0].width()]
        other = bytes(small[1].constScanLine(row))[: small[1].width()]
        total += sum(abs(a - b) for a, b in zip(one, other, strict=True))
    return total / (small[0].width() * small[0].height())


if __name__ == "__main__":
    sys.exit(main())
