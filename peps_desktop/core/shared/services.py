"""The funds (fonds) a structure deals with; each issues courriers as a service."""

from __future__ import annotations

SERVICE_CODES = ("CNRACL", "IRCANTEC", "RAFP", "FSPOEIE", "ATIACL", "FIPHFP", "FNC", "FEH", "FAEFM")

# Access rights per service, in increasing order.
RIGHT_AUCUN = "aucun"
RIGHT_LECTURE = "lecture"
RIGHT_MODIFICATION = "modification"
RIGHT_LEVELS = (RIGHT_AUCUN, RIGHT_LECTURE, RIGHT_MODIFICATION)
READING_RIGHTS = (RIGHT_LECTURE, RIGHT_MODIFICATION)
