"""The inbox's words: the courrier types, dates and amounts as the user reads them."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from PySide6.QtCore import QCoreApplication

from peps_desktop.core.courriers import vocabulary as courriers


def type_labels() -> dict[str, str]:
    """Each courrier type and its label, in the order the filter offers them."""
    return {
        courriers.TYPE_FACTURE: QCoreApplication.translate("CourrierWords", "Invoice"),
        courriers.TYPE_MAJORATIONS: QCoreApplication.translate(
            "CourrierWords", "Late-payment surcharge invoice"
        ),
        courriers.TYPE_ETAT: QCoreApplication.translate("CourrierWords", "Account statement"),
        courriers.TYPE_NOTIFICATION: QCoreApplication.translate("CourrierWords", "Notification"),
        courriers.TYPE_ATTESTATION: QCoreApplication.translate("CourrierWords", "Certificate"),
        courriers.TYPE_AUTRE: QCoreApplication.translate("CourrierWords", "Other"),
    }


def type_label(code: str) -> str:
    return type_labels().get(code, code)


def french_date(day: dt.date) -> str:
    return day.strftime("%d/%m/%Y")


def euros(amount: Decimal) -> str:
    """1234.5 → « 1 234,50 € », with non-breaking spaces, as French writes amounts."""
    grouped = f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",")
    return f"{grouped}\u00a0€"
