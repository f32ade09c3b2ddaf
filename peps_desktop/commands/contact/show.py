"""`peps-desktop exchanges show REF --as LOGIN [--json]`: one échange, its fields, agents and
thread, as the person sees it in Mes échanges (agents' NIRs masked)."""

from __future__ import annotations

import argparse
import json
from typing import Any

from peps_desktop.commands.common import add_person, open_store_for, signed_in
from peps_desktop.commands.contact.exchanges import DATE_FORMAT, exchanges_subcommands
from peps_desktop.core.contact.echanges import DIRECTION_SENT
from peps_desktop.core.contact.history import EchangeDetail, echange_by_reference
from peps_desktop.i18n import translate


def register(subcommands: argparse._SubParsersAction[Any]) -> None:
    showing = exchanges_subcommands(subcommands).add_parser(
        "show",
        help=translate("Cli", "print one échange: its fields, agents (NIR masked) and thread"),
    )
    showing.add_argument("reference", metavar="REF", help=translate("Cli", "e.g. ECH-2026-000123"))
    add_person(showing)
    showing.add_argument("--json", action="store_true", help=translate("Cli", "print JSON"))
    showing.set_defaults(handler=_show)


def _show(args: argparse.Namespace) -> int:
    store = open_store_for(args)
    detail = echange_by_reference(store, signed_in(args, store).user, args.reference)
    if args.json:
        print(json.dumps(as_dict(detail), ensure_ascii=False))
    else:
        for line in _lines(detail):
            print(line)
    return 0


def as_dict(detail: EchangeDetail) -> dict[str, Any]:
    row = detail.row
    return {
        "reference": row.reference,
        "date": row.created_at.isoformat(),
        "statut": row.status,
        "auteur": row.author,
        "theme": row.theme,
        "motif": row.motif,
        "sous_motif": row.sous_motif,
        "erreur_envoi": row.send_error,
        "message": detail.message,
        "champs": {cle: value for cle, value in detail.fields},
        "agents": [
            {"nir": nir, "nom": nom, "prenom": prenom} for nir, nom, prenom in detail.agents
        ],
        "pieces_jointes": list(detail.attachments),
        "fil": [
            {"sens": message.direction, "date": message.at.isoformat(), "texte": message.body}
            for message in detail.thread
        ],
    }


def _lines(detail: EchangeDetail) -> list[str]:
    row = detail.row
    lines = [
        f"{row.reference}  {row.created_at.strftime(DATE_FORMAT)}  {row.status}  "
        f"{row.author or '—'}",
        f"{row.theme} / {row.motif} / {row.sous_motif}",
    ]
    if row.send_error:
        lines.append(translate("Cli", "[not sent: {error}]").format(error=row.send_error))
    lines.extend(f"  {cle}: {value}" for cle, value in detail.fields)
    if detail.agents:
        lines.append(translate("Cli", "Agents:"))
        lines.extend(f"  {nir}  {nom.upper()} {prenom}" for nir, nom, prenom in detail.agents)
    if detail.attachments:
        lines.append(
            translate("Cli", "Attachments: {names}").format(names=", ".join(detail.attachments))
        )
    if detail.message:
        lines += ["", detail.message]
    for message in detail.thread:
        sent = message.direction == DIRECTION_SENT
        direction = translate("Cli", "sent") if sent else translate("Cli", "received")
        lines += ["", f"— {message.at.strftime(DATE_FORMAT)} ({direction})", message.body]
    return lines
