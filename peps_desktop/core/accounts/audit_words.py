"""The audit log's codes in words: actions, the fields a change names, rights and profiles.

In core, so that the screen and the CSV export say the same thing.
"""

from __future__ import annotations

from peps_desktop.i18n import translate

# Actions whose target is an account's login (the others name a review, a file, a request…).
ACCOUNT_ACTIONS = frozenset(
    {
        "compte_cree",
        "compte_modifie",
        "compte_renouvele",
        "compte_deverrouille",
        "compte_verrouille",
        "compte_supprime",
        "compte_expire",
        "compte_active",
        "code_activation_emis",
        "dernier_administrateur_renouvele",
        "succession_enregistree",
        "courriers_assignes",  # to whom
    }
)


def action_label(action: str) -> str:
    """An action code in words; an unknown code is shown with spaces for its underscores."""
    labels = {
        "connexion": translate("AuditWords", "sign-in"),
        "structure_creee": translate("AuditWords", "structure created"),
        "compte_cree": translate("AuditWords", "account created"),
        "compte_modifie": translate("AuditWords", "account modified"),
        "compte_renouvele": translate("AuditWords", "account renewed"),
        "compte_deverrouille": translate("AuditWords", "account unlocked"),
        "compte_verrouille": translate("AuditWords", "account locked"),
        "compte_supprime": translate("AuditWords", "account deleted"),
        "compte_expire": translate("AuditWords", "account expired"),
        "compte_active": translate("AuditWords", "account activated"),
        "code_activation_emis": translate("AuditWords", "activation code issued"),
        "demo_generee": translate("AuditWords", "demo data generated"),
        "dernier_administrateur_renouvele": translate("AuditWords", "last administrator renewed"),
        "revue_ouverte": translate("AuditWords", "account review started"),
        "revue_appliquee": translate("AuditWords", "account review applied"),
        "succession_enregistree": translate("AuditWords", "successor named"),
        "comptes_importes": translate("AuditWords", "account list imported"),
        "comptes_exportes": translate("AuditWords", "account list exported"),
        "courriers_assignes": translate("AuditWords", "courriers assigned"),
        "courriers_desassignes": translate("AuditWords", "courriers unassigned"),
        "courriers_archives": translate("AuditWords", "courriers archived"),
        "courriers_desarchives": translate("AuditWords", "courriers back from the archives"),
        "courriers_importes": translate("AuditWords", "courriers imported"),
        "echange_cree": translate("AuditWords", "request written"),
        "authentificateur_enregistre": translate("AuditWords", "authenticator app set up"),
        "second_facteur_reinitialise": translate("AuditWords", "second factor reset"),
        "second_facteur_reinitialise_hors_ligne": translate(
            "AuditWords", "second factor reset from the store's computer"
        ),
        "code_secours_utilise": translate("AuditWords", "recovery code used"),
        "appareil_approuve": translate("AuditWords", "computer trusted"),
        "appareil_revoque": translate("AuditWords", "computer revoked"),
        "mot_de_passe_change": translate("AuditWords", "password changed"),
        "coordonnees_modifiees": translate("AuditWords", "contact details changed"),
        "cgu_acceptees": translate("AuditWords", "conditions of use accepted"),
    }
    return labels.get(action, action.replace("_", " "))


def field_label(name: str) -> str:
    """The fields a change lists, as a person names them."""
    labels = {
        "nom": translate("AuditWords", "last name"),
        "prenom": translate("AuditWords", "first name"),
        "email": translate("AuditWords", "e-mail"),
        "telephone": translate("AuditWords", "telephone"),
        "profil": translate("AuditWords", "profile"),
        "droits": translate("AuditWords", "rights"),
        "expiration": translate("AuditWords", "expiry"),
    }
    return labels.get(name, name.replace("_", " "))


def value_label(value: str) -> str:
    """Rights and profiles as the accounts screens show them; anything else as it is."""
    labels = {
        "aucun": translate("AccountWords", "Aucun"),
        "lecture": translate("AccountWords", "Lecture seule"),
        "modification": translate("AccountWords", "Modification"),
        "utilisateur": translate("AccountWords", "utilisateur"),
        "administrateur": translate("AccountWords", "administrateur"),
    }
    return labels.get(value, value)
