"""Small helpers of the demo's rows: French dates and amounts, weighted draws, bulk inserts."""

from __future__ import annotations

import datetime as dt
import random
import unicodedata
from decimal import Decimal
from typing import Any

from sqlalchemy import Table, insert
from sqlalchemy.orm import Session

from peps_desktop.core.demo.reference import CHUNK_ROWS, MOIS
from peps_desktop.core.shared.dates import add_months
from peps_desktop.store.models import (
    Base,
)

# --- helpers -------------------------------------------------------------------------------


def ascii_slug(text: str) -> str:
    text = text.lower().replace("œ", "oe").replace("æ", "ae")
    text = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return "".join(c if c.isalnum() else "-" for c in text.replace("'", "")).strip("-")


def phone(rng: random.Random) -> str:
    """A landline of Maine-et-Loire, where the demo commune lies, in E.164 as stored."""
    return "+33241" + "".join(f"{rng.randrange(100):02d}" for _ in range(3))


def euros(amount: Decimal) -> str:
    return f"{amount:,.2f}".replace(",", "\u202f").replace(".", ",") + "\xa0€"


def french_date(day: dt.date) -> str:
    return f"{day.day}{'er' if day.day == 1 else ''} {MOIS[day.month - 1]} {day.year}"


def month_of(day: dt.date) -> str:
    """ "de mars 2026", "d'avril 2026": the month with its elided preposition."""
    month = MOIS[day.month - 1]
    return f"d'{month} {day.year}" if month[0] in "aeiou" else f"de {month} {day.year}"


def _last_quarter_end(day: dt.date) -> dt.date:
    first_of_quarter = dt.date(day.year, 3 * ((day.month - 1) // 3) + 1, 1)
    return first_of_quarter - dt.timedelta(days=1)


def date_fields(day: dt.date) -> dict[str, Any]:
    before = add_months(day, -1)
    two_before = add_months(day, -2)
    quarter_end = _last_quarter_end(day)
    return {
        "periode": month_of(before),
        "periode2": month_of(two_before),
        "annee": day.year,
        "annee_prec": day.year - 1,
        "annee_taux": day.year + 1 if day.month >= 10 else day.year,
        "trimestre": quarter_end.strftime("%d/%m/%Y"),
        "trim_label": f"{(quarter_end.month - 1) // 3 + 1}e trimestre {quarter_end.year}",
    }


def lookup_table(items: list[Any], weights: list[float], size: int = 4096) -> list[Any]:
    """A flat table to draw weighted items with one random(): table[int(random() * size)]."""
    total = sum(weights)
    table: list[Any] = []
    cumulative = 0.0
    for item, weight in zip(items, weights, strict=True):
        cumulative += weight
        table.extend([item] * (round(cumulative / total * size) - len(table)))
    return table


def table_of(model: type[Base]) -> Table:
    return Base.metadata.tables[model.__tablename__]


def insert_chunks(session: Session, model: type[Base], rows: list[dict[str, Any]]) -> None:
    """Core inserts, CHUNK_ROWS at a time: executemany without ORM objects."""
    table = table_of(model)
    for start in range(0, len(rows), CHUNK_ROWS):
        session.execute(insert(table), rows[start : start + CHUNK_ROWS])
