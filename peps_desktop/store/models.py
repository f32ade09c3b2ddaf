"""The store's tables, as SQLAlchemy 2 typed models.

Names follow the domain's words (courrier, echange, motif) in code and tables alike.
Enumerated values are stored as short strings so the schema stays portable.
"""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

from sqlalchemy import (
    BigInteger,
    Boolean,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    LargeBinary,
    MetaData,
    Numeric,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column, relationship

from peps_desktop.store.encrypted import EncryptedText

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)


class Structure(Base):
    __tablename__ = "structure"

    id: Mapped[int] = mapped_column(primary_key=True)
    nom: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # The conditions of use (CGU) an administrator accepted for the structure, if any.
    cgu_version: Mapped[str | None] = mapped_column(String(40))
    cgu_accepted_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    cgu_accepted_by: Mapped[str | None] = mapped_column(String(64))


class Service(Base):
    """A fund (fonds) issuing courriers: CNRACL, IRCANTEC, RAFP…"""

    __tablename__ = "service"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(20), unique=True)
    libelle: Mapped[str] = mapped_column(String(200))


class Account(Base):
    __tablename__ = "account"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"), index=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    nom: Mapped[str] = mapped_column(String(100))
    prenom: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    telephone: Mapped[str | None] = mapped_column(String(32))
    profile: Mapped[str] = mapped_column(String(20))  # utilisateur | administrateur
    status: Mapped[str] = mapped_column(String(20))  # actif | verrouille | expire
    expires_on: Mapped[dt.date] = mapped_column(Date)
    last_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    last_review_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # None until the person activates the account with a one-time code.
    password_hash: Mapped[str | None] = mapped_column(String(255))
    failed_sign_ins: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_sign_in_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # A one-time activation code (first sign-in, forgotten password), stored hashed.
    activation_code_hash: Mapped[str | None] = mapped_column(String(255))
    activation_code_expires_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # Wrong one-time or recovery codes in a row: counted apart from passwords, so a right
    # password does not give an attacker five more guesses at the code.
    failed_second_factors: Mapped[int] = mapped_column(Integer, default=0, server_default="0")
    last_failed_second_factor_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    version: Mapped[int] = mapped_column(Integer, nullable=False)

    rights: Mapped[list[AccessRight]] = relationship(
        back_populates="account", cascade="all, delete-orphan"
    )

    __mapper_args__ = {"version_id_col": version}
    __table_args__ = (
        # Expiry notices and expired accounts of a structure, and the accounts to switch to
        # expiré: ranges, not scans of every account.
        Index("ix_account_structure_expires", "structure_id", "expires_on"),
        Index("ix_account_status_expires", "status", "expires_on"),
        # The inbox sorted by assignee, in the order people are named on screen.
        Index("ix_account_name_order", "prenom", "nom", "login", unique=True),
    )


class AccessRight(Base):
    __tablename__ = "access_right"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"), primary_key=True)
    level: Mapped[str] = mapped_column(String(20))  # aucun | lecture | modification

    account: Mapped[Account] = relationship(back_populates="rights")
    service: Mapped[Service] = relationship()

    __table_args__ = (Index("ix_access_right_service_level", "service_id", "level"),)


class Authenticator(Base):
    """An authenticator app's secret (TOTP, RFC 6238), encrypted with the store's data key.

    An account has at most one confirmed authenticator, and at most one waiting for its
    first code (`confirmed_at` None) while it is being enrolled.
    """

    __tablename__ = "authenticator"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    # Deferred: read (and decrypted) only to check a code, not when a trusted computer signs
    # in, so that a person whose account lacks the data key still signs in.
    secret: Mapped[str] = mapped_column(EncryptedText("authenticator.secret"), deferred=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    confirmed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The time step of the last code accepted: that code and older ones are refused.
    last_used_step: Mapped[int | None] = mapped_column(Integer)

    recovery_codes: Mapped[list[RecoveryCode]] = relationship(
        back_populates="authenticator", cascade="all, delete-orphan"
    )


class RecoveryCode(Base):
    """A single-use recovery code, kept as an HMAC-SHA-256 keyed by its authenticator."""

    __tablename__ = "recovery_code"

    id: Mapped[int] = mapped_column(primary_key=True)
    authenticator_id: Mapped[int] = mapped_column(
        ForeignKey("authenticator.id", ondelete="CASCADE"), index=True
    )
    code_hash: Mapped[str] = mapped_column(String(64))
    used_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    authenticator: Mapped[Authenticator] = relationship(back_populates="recovery_codes")


class TrustedDevice(Base):
    """A computer on which a code was entered: no code at sign-in there for 7 days.

    The token itself stays in that computer's keyring; only its SHA-256 is kept here.
    """

    __tablename__ = "trusted_device"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), index=True
    )
    token_hash: Mapped[str] = mapped_column(String(64), unique=True)
    label: Mapped[str] = mapped_column(String(200))
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    code_entered_at: Mapped[dt.datetime] = mapped_column(DateTime)
    last_used_at: Mapped[dt.datetime] = mapped_column(DateTime)


class Courrier(Base):
    __tablename__ = "courrier"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"))
    service_id: Mapped[int] = mapped_column(ForeignKey("service.id"))
    type: Mapped[str] = mapped_column(String(30))
    objet: Mapped[str] = mapped_column(String(300))
    reference: Mapped[str] = mapped_column(String(64))
    recu_le: Mapped[dt.date] = mapped_column(Date)
    action_requise: Mapped[bool] = mapped_column(Boolean, default=False)
    echeance: Mapped[dt.date | None] = mapped_column(Date)
    montant: Mapped[Decimal | None] = mapped_column(Numeric(12, 2))
    document_sha256: Mapped[str | None] = mapped_column(String(64))
    archived: Mapped[bool] = mapped_column(Boolean, default=False)
    assigned_to_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)

    __table_args__ = (
        Index("ix_courrier_service_archived_recu", "service_id", "archived", "recu_le"),
        Index("ix_courrier_recu_le", "recu_le"),
        # The inbox: one tab (archived or not) sorted by a column, paged.
        Index("ix_courrier_archived_recu_le", "archived", "recu_le"),
        Index("ix_courrier_archived_echeance", "archived", "echeance"),
        Index("ix_courrier_archived_montant", "archived", "montant"),
        Index("ix_courrier_archived_action_recu", "archived", "action_requise", "recu_le"),
        Index(
            "ix_courrier_service_archived_action_recu",
            "service_id",
            "archived",
            "action_requise",
            "recu_le",
        ),
        Index("ix_courrier_reference", "reference"),
        # New courriers since the last notification: a range per service the user may read.
        Index(
            "ix_courrier_service_archived_created",
            "service_id",
            "archived",
            "created_at",
        ),
        # The drop folder's import: a document already imported is found by its hash.
        Index("ix_courrier_document_sha256", "document_sha256"),
        # A tab sorted by one of these columns, walked in order and stopped after a page:
        # the id breaks ties, the service checks the reading right from the index alone.
        Index("ix_courrier_archived_type_id", "archived", "type", "id", "service_id"),
        Index("ix_courrier_archived_objet_id", "archived", "objet", "id", "service_id"),
        Index("ix_courrier_archived_reference_id", "archived", "reference", "id", "service_id"),
        Index("ix_courrier_archived_action_id", "archived", "action_requise", "id", "service_id"),
        # Sorted by fund: each fund's courriers of a tab by id (the funds walked by code).
        Index("ix_courrier_service_archived_id", "service_id", "archived", "id"),
        # Sorted by assignee (each account's courriers of a tab by id, the unassigned ones
        # too), "assigned to me", and ON DELETE SET NULL when an account goes.
        Index("ix_courrier_assigned_archived_id", "assigned_to_id", "archived", "id", "service_id"),
    )


class CourrierRead(Base):
    """Per-user read state: a row means this account has read this courrier."""

    __tablename__ = "courrier_read"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    courrier_id: Mapped[int] = mapped_column(
        ForeignKey("courrier.id", ondelete="CASCADE"), primary_key=True
    )
    read_at: Mapped[dt.datetime] = mapped_column(DateTime)

    # The key serves "what has this account read"; this index serves "who read this courrier"
    # and the cascade when a courrier goes.
    __table_args__ = (Index("ix_courrier_read_courrier_id", "courrier_id"),)


class Echange(Base):
    """A contact request to the funds and its conversation."""

    __tablename__ = "echange"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"))
    reference: Mapped[str] = mapped_column(String(32), unique=True)
    theme: Mapped[str] = mapped_column(String(100))
    motif: Mapped[str] = mapped_column(String(200))
    sous_motif: Mapped[str] = mapped_column(String(200))
    fonds: Mapped[str | None] = mapped_column(String(20))
    objet: Mapped[str] = mapped_column(String(300))
    author_id: Mapped[int | None] = mapped_column(ForeignKey("account.id", ondelete="SET NULL"))
    # brouillon | a_envoyer | envoye | repondu | clos
    status: Mapped[str] = mapped_column(String(20), index=True)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)
    updated_at: Mapped[dt.datetime] = mapped_column(DateTime)
    # "theme/motif/sous_motif" codes in the contact catalogue; None on older échanges.
    catalogue_codes: Mapped[str | None] = mapped_column(String(200))
    # The request's body; None on échanges written before the contact form existed.
    message: Mapped[str | None] = mapped_column(Text)
    send_error: Mapped[str | None] = mapped_column(Text)
    sent_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    # The RFC 5322 Message-ID chosen before the first attempt, so the request is sent once.
    message_id: Mapped[str | None] = mapped_column(String(255), unique=True, index=True)

    messages: Mapped[list[EchangeMessage]] = relationship(
        back_populates="echange", cascade="all, delete-orphan", order_by="EchangeMessage.at"
    )
    agents: Mapped[list[EchangeAgent]] = relationship(
        back_populates="echange", cascade="all, delete-orphan", order_by="EchangeAgent.position"
    )
    fields: Mapped[list[EchangeField]] = relationship(
        back_populates="echange", cascade="all, delete-orphan", order_by="EchangeField.cle"
    )
    attachments: Mapped[list[EchangeAttachment]] = relationship(
        back_populates="echange", cascade="all, delete-orphan", order_by="EchangeAttachment.id"
    )


class EchangeAgent(Base):
    """An agent the request is about. NIR and names are encrypted at rest (store.encrypted):
    they can be read back, never searched nor compared in SQL."""

    __tablename__ = "echange_agent"

    id: Mapped[int] = mapped_column(primary_key=True)
    echange_id: Mapped[int] = mapped_column(ForeignKey("echange.id", ondelete="CASCADE"))
    position: Mapped[int] = mapped_column(Integer)
    nir: Mapped[str] = mapped_column(EncryptedText("echange_agent.nir"))
    nom: Mapped[str] = mapped_column(EncryptedText("echange_agent.nom"))
    prenom: Mapped[str] = mapped_column(EncryptedText("echange_agent.prenom"))

    echange: Mapped[Echange] = relationship(back_populates="agents")

    # Also the index the cascade and "this échange's agents" use.
    __table_args__ = (
        UniqueConstraint("echange_id", "position", name="uq_echange_agent_echange_position"),
    )


class EchangeField(Base):
    """One of the form's other fields (dates, amounts, fund, letter reference…), as text."""

    __tablename__ = "echange_field"

    id: Mapped[int] = mapped_column(primary_key=True)
    echange_id: Mapped[int] = mapped_column(ForeignKey("echange.id", ondelete="CASCADE"))
    cle: Mapped[str] = mapped_column(String(50))
    value: Mapped[str] = mapped_column(Text)

    echange: Mapped[Echange] = relationship(back_populates="fields")

    __table_args__ = (UniqueConstraint("echange_id", "cle", name="uq_echange_field_echange_cle"),)


class EchangeAttachment(Base):
    """A file sent with the request, kept in the documents folder under its SHA-256."""

    __tablename__ = "echange_attachment"

    id: Mapped[int] = mapped_column(primary_key=True)
    echange_id: Mapped[int] = mapped_column(
        ForeignKey("echange.id", ondelete="CASCADE"), index=True
    )
    file_name: Mapped[str] = mapped_column(String(255))
    document_sha256: Mapped[str] = mapped_column(String(64))
    size: Mapped[int] = mapped_column(Integer)
    media_type: Mapped[str] = mapped_column(String(100))

    echange: Mapped[Echange] = relationship(back_populates="attachments")


class EchangeMessage(Base):
    __tablename__ = "echange_message"

    id: Mapped[int] = mapped_column(primary_key=True)
    echange_id: Mapped[int] = mapped_column(
        ForeignKey("echange.id", ondelete="CASCADE"), index=True
    )
    direction: Mapped[str] = mapped_column(String(10))  # envoye | recu
    body: Mapped[str] = mapped_column(Text)
    at: Mapped[dt.datetime] = mapped_column(DateTime)

    echange: Mapped[Echange] = relationship(back_populates="messages")


class ReviewCampaign(Base):
    """One review of all the structure's accounts (due at least every 18 months)."""

    __tablename__ = "review_campaign"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"))
    started_at: Mapped[dt.datetime] = mapped_column(DateTime)
    closed_at: Mapped[dt.datetime | None] = mapped_column(DateTime)
    started_by_login: Mapped[str] = mapped_column(String(64))


class ReviewDecision(Base):
    __tablename__ = "review_decision"

    id: Mapped[int] = mapped_column(primary_key=True)
    campaign_id: Mapped[int] = mapped_column(
        ForeignKey("review_campaign.id", ondelete="CASCADE"), index=True
    )
    # The login survives the account: a deleted account's decision stays readable.
    account_login: Mapped[str] = mapped_column(String(64))
    decision: Mapped[str] = mapped_column(String(20))  # conserver | supprimer | je_ne_sais_pas
    reason: Mapped[str | None] = mapped_column(Text)
    decided_at: Mapped[dt.datetime] = mapped_column(DateTime)
    decided_by_login: Mapped[str] = mapped_column(String(64))

    __table_args__ = (
        UniqueConstraint("campaign_id", "account_login", name="uq_review_decision_campaign_login"),
    )


class Succession(Base):
    """An administrator leaving: their successor deletes their account after departure."""

    __tablename__ = "succession"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"))
    # Set to NULL when the leaver's account is deleted: that is the task done.
    leaver_account_id: Mapped[int | None] = mapped_column(
        ForeignKey("account.id", ondelete="SET NULL")
    )
    leaver_login: Mapped[str] = mapped_column(String(64))
    successor_login: Mapped[str] = mapped_column(String(64))
    departure_on: Mapped[dt.date] = mapped_column(Date)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class DeletedAccount(Base):
    """Who a deleted account belonged to, kept for a while: an account is personal, so a new
    one for the same person is noticed, and the audit log still names its holder."""

    __tablename__ = "deleted_account"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"), index=True)
    login: Mapped[str] = mapped_column(String(64), unique=True)
    nom: Mapped[str] = mapped_column(String(100))
    prenom: Mapped[str] = mapped_column(String(100))
    email: Mapped[str] = mapped_column(String(254))
    deleted_at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)


class AuditEntry(Base):
    """Append-only: rows are never updated nor deleted (guarded in store.session)."""

    __tablename__ = "audit_entry"

    id: Mapped[int] = mapped_column(primary_key=True)
    # None only for entries older than the shared store whose structure could not be told.
    structure_id: Mapped[int | None] = mapped_column(ForeignKey("structure.id"))
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
    actor_login: Mapped[str | None] = mapped_column(String(64))
    action: Mapped[str] = mapped_column(String(64))
    target: Mapped[str | None] = mapped_column(String(200))
    details: Mapped[str | None] = mapped_column(Text)

    # A structure's log, newest first, in pages by (at, id).
    __table_args__ = (Index("ix_audit_entry_structure_at", "structure_id", "at", "id"),)


class Notification(Base):
    """The ledger of notifications raised: one row per (account, kind, key), never twice.

    `key` says what it is about (`courrier:123`, `compte:45:2027-01-31`…, see
    core/notifications/due.py); `read_at` is when the person saw it in the notification centre.
    """

    __tablename__ = "notification"

    id: Mapped[int] = mapped_column(primary_key=True)
    account_id: Mapped[int] = mapped_column(ForeignKey("account.id", ondelete="CASCADE"))
    kind: Mapped[str] = mapped_column(String(40))
    key: Mapped[str] = mapped_column(String(200))
    title: Mapped[str] = mapped_column(String(300))
    raised_at: Mapped[dt.datetime] = mapped_column(DateTime)
    read_at: Mapped[dt.datetime | None] = mapped_column(DateTime)

    __table_args__ = (
        UniqueConstraint("account_id", "kind", "key", name="uq_notification_account_kind_key"),
        # The notification centre's history, newest first.
        Index("ix_notification_account_raised", "account_id", "raised_at"),
        # The latest of a kind: where the next search for new courriers starts.
        Index("ix_notification_account_kind_raised", "account_id", "kind", "raised_at"),
    )


class StoreSecret(Base):
    """A secret of this store, made once: `activation_codes` keys the activation codes'
    hashes (HMAC-SHA-256)."""

    __tablename__ = "store_secret"

    name: Mapped[str] = mapped_column(String(40), primary_key=True)
    value: Mapped[bytes] = mapped_column(LargeBinary)


class Document(Base):
    """A document a shared store keeps itself (store.documents), by the SHA-256 of its bytes;
    a local store keeps its documents in a folder and leaves this table empty."""

    __tablename__ = "document"

    sha256: Mapped[str] = mapped_column(String(64), primary_key=True)
    size: Mapped[int] = mapped_column(BigInteger)


class DocumentChunk(Base):
    """The bytes of a document, a chunk per row, in order."""

    __tablename__ = "document_chunk"

    sha256: Mapped[str] = mapped_column(
        ForeignKey("document.sha256", ondelete="CASCADE"), primary_key=True
    )
    position: Mapped[int] = mapped_column(Integer, primary_key=True)
    data: Mapped[bytes] = mapped_column(LargeBinary)


class StructureKey(Base):
    """A structure's data key is never stored: only what recognises it (core.shared.
    key_envelope.fingerprint), and the key wrapped once per account (AccountKey)."""

    __tablename__ = "structure_key"

    structure_id: Mapped[int] = mapped_column(ForeignKey("structure.id"), primary_key=True)
    fingerprint: Mapped[bytes] = mapped_column(LargeBinary)
    created_at: Mapped[dt.datetime] = mapped_column(DateTime)


class AccountKey(Base):
    """The structure's data key, wrapped under this account's password, or under the
    activation code its holder was given until they choose one."""

    __tablename__ = "account_key"

    account_id: Mapped[int] = mapped_column(
        ForeignKey("account.id", ondelete="CASCADE"), primary_key=True
    )
    under: Mapped[str] = mapped_column(String(20))  # mot_de_passe | code_activation
    kdf: Mapped[str] = mapped_column(String(40))  # scrypt$N$r$p
    salt: Mapped[bytes] = mapped_column(LargeBinary)
    sealed: Mapped[bytes] = mapped_column(LargeBinary)
    wrapped_at: Mapped[dt.datetime] = mapped_column(DateTime)


class StoreChange(Base):
    """What changed, for the other seats to follow: written by triggers (store.change_feed),
    pruned after a while."""

    __tablename__ = "store_change"

    id: Mapped[int] = mapped_column(primary_key=True)
    structure_id: Mapped[int | None] = mapped_column(Integer)
    kind: Mapped[str] = mapped_column(String(20))  # courrier | account | echange
    row_id: Mapped[int] = mapped_column(Integer)
    event: Mapped[str] = mapped_column(String(20))
    account_id: Mapped[int | None] = mapped_column(Integer)
    at: Mapped[dt.datetime] = mapped_column(DateTime, index=True)
