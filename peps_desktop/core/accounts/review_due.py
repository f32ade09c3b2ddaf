"""The account review, due at least every 18 months."""

from __future__ import annotations

import datetime as dt

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from peps_desktop.core.shared.dates import add_months
from peps_desktop.store.models import ReviewCampaign, Structure

REVIEW_INTERVAL_MONTHS = 18


def next_review_due(session: Session, structure_id: int) -> dt.date | None:
    """18 months after the last closed review, or after the structure's creation if none."""
    last = session.scalar(
        select(func.max(ReviewCampaign.closed_at)).where(
            ReviewCampaign.structure_id == structure_id
        )
    )
    if last is None:
        last = session.scalar(select(Structure.created_at).where(Structure.id == structure_id))
    if last is None:
        return None
    return add_months(last.date(), REVIEW_INTERVAL_MONTHS)
