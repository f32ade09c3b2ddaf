"""Which view a notification speaks of, and its kind's name for people."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

# Views a notification, the tray's menu or the centre can ask to open.
WINDOW = "window"  # the window as it was
INBOX = "inbox"  # Vos courriers
ECHANGES = "echanges"  # Mes échanges
ACCOUNTS = "accounts"  # Gestion des comptes
REVIEW = "review"  # the account review
CENTRE = "centre"  # the notification centre's history, in the window

VIEW_OF_KIND = {
    "nouveau_courrier": INBOX,
    "expiration_prochaine": ACCOUNTS,
    "compte_expire": ACCOUNTS,
    "revue_due": REVIEW,
    "echange_repondu": ECHANGES,
    "envoi_echoue": ECHANGES,
    "depot_en_attente": WINDOW,  # not courriers yet: nothing to open
}


def view_of_kind(kind: str) -> str:
    return VIEW_OF_KIND.get(kind, WINDOW)


def kind_label(kind: str) -> str:
    """The kind as the settings and the centre name it."""
    labels = {
        "nouveau_courrier": QCoreApplication.translate("NotificationKinds", "New courriers"),
        "expiration_prochaine": QCoreApplication.translate(
            "NotificationKinds", "Accounts expiring soon"
        ),
        "compte_expire": QCoreApplication.translate("NotificationKinds", "Expired accounts"),
        "revue_due": QCoreApplication.translate("NotificationKinds", "Account review due"),
        "echange_repondu": QCoreApplication.translate("NotificationKinds", "Answered échanges"),
        "envoi_echoue": QCoreApplication.translate("NotificationKinds", "Requests not sent"),
        "depot_en_attente": QCoreApplication.translate(
            "NotificationKinds", "Courriers waiting in the drop folder"
        ),
    }
    return labels.get(kind, kind)
