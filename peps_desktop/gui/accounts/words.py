"""The words the accounts screens show for the core's codes (status, profile, right, action).

Statuses, profiles and rights are the platform's French domain words, in English text too;
they still go through the translator so each language can adjust them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

from PySide6.QtCore import QCoreApplication

from peps_desktop.core.accounts.contact_details import EMAIL, TELEPHONE
from peps_desktop.core.accounts.rules import (
    PROFILE_ADMINISTRATEUR,
    PROFILE_UTILISATEUR,
    STATUS_ACTIF,
    STATUS_EXPIRE,
    STATUS_EXPIRE_BIENTOT,
    STATUS_VERROUILLE,
)
from peps_desktop.core.shared.services import RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION

STATUSES = (STATUS_ACTIF, STATUS_EXPIRE_BIENTOT, STATUS_EXPIRE, STATUS_VERROUILLE)
RIGHTS = (RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION)
PROFILES = (PROFILE_UTILISATEUR, PROFILE_ADMINISTRATEUR)


def status_label(status: str) -> str:
    labels = {
        STATUS_ACTIF: QCoreApplication.translate("AccountWords", "actif"),
        STATUS_EXPIRE_BIENTOT: QCoreApplication.translate("AccountWords", "expire bientôt"),
        STATUS_EXPIRE: QCoreApplication.translate("AccountWords", "expiré"),
        STATUS_VERROUILLE: QCoreApplication.translate("AccountWords", "verrouillé"),
    }
    return labels.get(status, status)


def profile_label(profile: str) -> str:
    labels = {
        PROFILE_UTILISATEUR: QCoreApplication.translate("AccountWords", "utilisateur"),
        PROFILE_ADMINISTRATEUR: QCoreApplication.translate("AccountWords", "administrateur"),
    }
    return labels.get(profile, profile)


def right_label(level: str) -> str:
    labels = {
        RIGHT_AUCUN: QCoreApplication.translate("AccountWords", "Aucun"),
        RIGHT_LECTURE: QCoreApplication.translate("AccountWords", "Lecture seule"),
        RIGHT_MODIFICATION: QCoreApplication.translate("AccountWords", "Modification"),
    }
    return labels.get(level, level)


def service_right(code: str, level: str) -> str:
    """« CNRACL : Lecture seule », with the space French puts before a colon."""
    return QCoreApplication.translate("AccountWords", "{service}: {right}").format(
        service=code, right=right_label(level)
    )


def right_letter(level: str) -> str:
    letters = {
        RIGHT_LECTURE: QCoreApplication.translate("AccountWords", "L", "Lecture seule"),
        RIGHT_MODIFICATION: QCoreApplication.translate("AccountWords", "M", "Modification"),
    }
    return letters.get(level, level)


def rights_summaries(
    rights_of_rows: Iterable[Mapping[str, str]], order: tuple[str, ...] = ()
) -> list[str]:
    """ "CNRACL (M), RAFP (L)" for each row: only the services with a right, in the services'
    order. The words are translated once for all the rows (10,000 accounts)."""
    letters = {level: right_letter(level) for level in (RIGHT_LECTURE, RIGHT_MODIFICATION)}
    known = set(order)
    summaries = []
    for rights in rights_of_rows:
        codes = order if rights.keys() <= known else [*order, *sorted(rights.keys() - known)]
        summaries.append(
            ", ".join(
                f"{code} ({letters.get(level, level)})"
                for code in codes
                if (level := rights.get(code, RIGHT_AUCUN)) != RIGHT_AUCUN
            )
        )
    return summaries


def rights_summary(rights: Mapping[str, str], order: tuple[str, ...] = ()) -> str:
    return rights_summaries([rights], order)[0]


def contact_problems_text(problems: tuple[str, ...]) -> str:
    """What an account lacks of the contact details PEP's requires, in words."""
    if EMAIL in problems and TELEPHONE in problems:
        return QCoreApplication.translate(
            "AccountWords", "No valid e-mail nor telephone: PEP's requires both."
        )
    if EMAIL in problems:
        return QCoreApplication.translate(
            "AccountWords", "No valid e-mail: PEP's requires one for every account."
        )
    return QCoreApplication.translate(
        "AccountWords", "No valid telephone: PEP's requires one for every account."
    )
