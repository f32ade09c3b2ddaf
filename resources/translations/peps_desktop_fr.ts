<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>About</name>
    <message>
        <source>Proprietary software for the public employers of the CNRACL; all rights reserved. It uses Qt and PySide6 under the GNU LGPL version 3, SQLAlchemy, Alembic and keyring under the MIT licence, cryptography under the Apache 2.0 licence.</source>
        <translation>Logiciel propriétaire destiné aux employeurs publics de la CNRACL&#x202f;; tous droits réservés. Il utilise Qt et PySide6 sous licence GNU LGPL version 3, SQLAlchemy, Alembic et keyring sous licence MIT, cryptography sous licence Apache 2.0.</translation>
    </message>
    <message>
        <source>in memory</source>
        <translation>en mémoire</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>About PEP&apos;s Desktop</source>
        <translation>À propos de PEP&apos;s Desktop</translation>
    </message>
    <message>
        <source>The desktop companion of PEP&apos;s, the employer platform of the CNRACL and the Caisse des Dépôts.</source>
        <translation>L’application de bureau de PEP&apos;s, la plateforme employeurs de la CNRACL et de la Caisse des Dépôts.</translation>
    </message>
    <message>
        <source>Version</source>
        <translation>Version</translation>
    </message>
    <message>
        <source>Store engine</source>
        <translation>Moteur du stockage</translation>
    </message>
    <message>
        <source>Store</source>
        <translation>Stockage</translation>
    </message>
    <message>
        <source>Documents</source>
        <translation>Documents</translation>
    </message>
    <message>
        <source>Logs</source>
        <translation>Journaux</translation>
    </message>
    <message>
        <source>Built with</source>
        <translation>Construit avec</translation>
    </message>
    <message>
        <source>Python {python}, Qt {qt}, SQLAlchemy {sqlalchemy}</source>
        <translation>Python {python}, Qt {qt}, SQLAlchemy {sqlalchemy}</translation>
    </message>
    <message>
        <source>{label}:</source>
        <translation>{label}&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Copy these details</source>
        <translation>&amp;Copier ces informations</translation>
    </message>
    <message>
        <source>About &amp;Qt</source>
        <translation>À propos de &amp;Qt</translation>
    </message>
</context>
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;New account</source>
        <translation>&amp;Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation>&amp;Renouveler</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
    <message>
        <source>New activation &amp;code…</source>
        <translation>Nouveau &amp;code d’activation…</translation>
    </message>
    <message>
        <source>A forgotten password: issue a new one-time code to choose another one.</source>
        <translation>Mot de passe oublié&#xa0;: émettre un nouveau code à usage unique pour en choisir un autre.</translation>
    </message>
    <message>
        <source>New &amp;authenticator…</source>
        <translation>Nouvel &amp;authentificateur…</translation>
    </message>
    <message>
        <source>A lost phone: the holder sets up a new authenticator app at the next sign-in.</source>
        <translation>Téléphone perdu&#xa0;: le titulaire configure une nouvelle application d’authentification à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Account re&amp;view</source>
        <translation>Re&amp;vue des comptes</translation>
    </message>
    <message>
        <source>I am &amp;leaving the structure</source>
        <translation>Je &amp;quitte la structure</translation>
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation>&amp;Importer…</translation>
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation>E&amp;xporter…</translation>
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation>&amp;Journal des actions</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
</context>
<context>
    <name>AccountFile</name>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation>Impossible de lire {file}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{file} is not in UTF-8: in Excel, save it as “CSV UTF-8 (délimité par des virgules)”.</source>
        <translation>{file} n’est pas en UTF-8&#xa0;: dans Excel, enregistrez-le au format «&#x202f;CSV UTF-8 (délimité par des virgules)&#x202f;».</translation>
    </message>
    <message>
        <source>line {line} holds a NUL character: it is not a text file.</source>
        <translation>la ligne {line} contient un caractère NUL&#xa0;: ce n’est pas un fichier texte.</translation>
    </message>
    <message>
        <source>line {line} cannot be read (a cell too long, or a quote not closed).</source>
        <translation>la ligne {line} est illisible (une cellule trop longue, ou un guillemet non refermé).</translation>
    </message>
    <message>
        <source>it is not a readable Excel workbook (.xlsx).</source>
        <translation>ce n’est pas un classeur Excel lisible (.xlsx).</translation>
    </message>
    <message>
        <source>the workbook has no worksheet.</source>
        <translation>le classeur ne contient aucune feuille.</translation>
    </message>
    <message>
        <source>it has more than {count} lines.</source>
        <translation>il compte plus de {count} lignes.</translation>
    </message>
    <message numerus="yes">
        <source>The import was refused: %n line(s) to correct; nothing was changed.</source>
        <translation>
            <numerusform>L’import a été refusé&#xa0;: %n ligne à corriger&#x202f;; rien n’a été modifié.</numerusform>
            <numerusform>L’import a été refusé&#xa0;: %n lignes à corriger&#x202f;; rien n’a été modifié.</numerusform>
        </translation>
    </message>
    <message>
        <source>The file is empty.</source>
        <translation>Le fichier est vide.</translation>
    </message>
    <message>
        <source>The line has more cells than there are columns ({count}).</source>
        <translation>La ligne a plus de cellules qu’il n’y a de colonnes ({count}).</translation>
    </message>
    <message>
        <source>The login “{login}” is already on line {line}.</source>
        <translation>L’identifiant «&#x202f;{login}&#x202f;» figure déjà à la ligne {line}.</translation>
    </message>
    <message>
        <source>The expiration {date} is too late: an account is valid for 18 months at most, that is until {latest} for an account renewed today.</source>
        <translation>L’expiration au {date} est trop tardive&#xa0;: un compte est valable 18 mois au plus, soit jusqu’au {latest} pour un compte renouvelé aujourd’hui.</translation>
    </message>
    <message>
        <source>Line {line} already creates an account for this person ({login}): an account is personal.</source>
        <translation>La ligne {line} crée déjà un compte pour cette personne ({login})&#xa0;: un compte est personnel.</translation>
    </message>
    <message>
        <source>“{item}” is not a right: write SERVICE:level, e.g. CNRACL:lecture.</source>
        <translation>«&#x202f;{item}&#x202f;» n’est pas un droit&#xa0;: écrivez SERVICE:niveau, par exemple CNRACL:lecture.</translation>
    </message>
    <message>
        <source>Unknown service “{code}”.</source>
        <translation>Service inconnu «&#x202f;{code}&#x202f;».</translation>
    </message>
    <message>
        <source>Unknown right “{level}” for {code}: aucun, lecture or modification.</source>
        <translation>Droit inconnu «&#x202f;{level}&#x202f;» pour {code}&#xa0;: aucun, lecture ou modification.</translation>
    </message>
    <message>
        <source>The service {code} is named twice.</source>
        <translation>Le service {code} est indiqué deux fois.</translation>
    </message>
    <message>
        <source>{value} is not a date: write JJ/MM/AAAA or AAAA-MM-JJ.</source>
        <translation>{value} n’est pas une date&#xa0;: écrivez JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{text}” is not a date: write JJ/MM/AAAA or AAAA-MM-JJ.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date&#xa0;: écrivez JJ/MM/AAAA ou AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>The columns must be separated by semicolons (;), not commas.</source>
        <translation>Les colonnes doivent être séparées par des points-virgules (;), pas par des virgules.</translation>
    </message>
    <message>
        <source>missing: {names}</source>
        <translation>manquantes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>unknown: {names}</source>
        <translation>inconnues&#xa0;: {names}</translation>
    </message>
    <message>
        <source>named twice: {names}</source>
        <translation>en double&#xa0;: {names}</translation>
    </message>
    <message>
        <source>Wrong columns ({details}); the columns are: {columns}.</source>
        <translation>Colonnes incorrectes ({details})&#x202f;; les colonnes attendues sont&#xa0;: {columns}.</translation>
    </message>
    <message>
        <source>Unknown profile “{profile}”: utilisateur or administrateur.</source>
        <translation>Profil inconnu «&#x202f;{profile}&#x202f;»&#xa0;: utilisateur ou administrateur.</translation>
    </message>
</context>
<context>
    <name>AccountFileActions</name>
    <message>
        <source>Import an account list</source>
        <translation>Importer une liste de comptes</translation>
    </message>
    <message>
        <source>Export the account list</source>
        <translation>Exporter la liste des comptes</translation>
    </message>
    <message>
        <source>Importing accounts</source>
        <translation>L’import de comptes</translation>
    </message>
    <message>
        <source>The same people?</source>
        <translation>Les mêmes personnes&#x202f;?</translation>
    </message>
    <message>
        <source>These lines create accounts for people who seem to have one already. An account is personal: if a line is the person of the account named, correct the line to modify that account instead.</source>
        <translation>Ces lignes créent des comptes pour des personnes qui semblent déjà en avoir un. Un compte est personnel&#xa0;: si une ligne concerne la personne du compte indiqué, corrigez la ligne pour modifier ce compte à la place.</translation>
    </message>
    <message>
        <source>Are they other people?</source>
        <translation>S’agit-il d’autres personnes&#x202f;?</translation>
    </message>
    <message>
        <source>&amp;Other people: import</source>
        <translation>&amp;Autres personnes&#xa0;: importer</translation>
    </message>
    <message>
        <source>&amp;Correct the file</source>
        <translation>&amp;Corriger le fichier</translation>
    </message>
    <message>
        <source>Line {line} ({login}): {reason}</source>
        <translation>Ligne {line} ({login})&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Import refused</source>
        <translation>Import refusé</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created</source>
        <translation>
            <numerusform>%n compte créé</numerusform>
            <numerusform>%n comptes créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>Import done: {counts}.</source>
        <translation>Import terminé&#xa0;: {counts}.</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln compte écrit dans {file}.</numerusform>
            <numerusform>%Ln comptes écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>{login}: {code} (valid until {date})</source>
        <translation>{login}&#xa0;: {code} (valable jusqu’au {date})</translation>
    </message>
    <message>
        <source>Activation codes to hand over</source>
        <translation>Codes d’activation à remettre</translation>
    </message>
    <message>
        <source>Hand each code over to its holder: with it, they choose their own password. The codes are shown only now.</source>
        <translation>Remettez chaque code à son titulaire&#xa0;: avec ce code, il choisit lui-même son mot de passe. Les codes ne sont affichés qu’une seule fois, maintenant.</translation>
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Last review</source>
        <translation>Dernière revue</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>awaiting activation</source>
        <translation>en attente d’activation</translation>
    </message>
    <message>
        <source>The holder has not chosen a password yet.</source>
        <translation>Le titulaire n’a pas encore choisi de mot de passe.</translation>
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <source>actif</source>
        <translation>actif</translation>
    </message>
    <message>
        <source>expire bientôt</source>
        <translation>expire bientôt</translation>
    </message>
    <message>
        <source>expiré</source>
        <translation>expiré</translation>
    </message>
    <message>
        <source>verrouillé</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>{service}: {right}</source>
        <translation>{service}&#xa0;: {right}</translation>
    </message>
    <message>
        <source>No valid e-mail nor telephone: PEP&apos;s requires both.</source>
        <translation>Ni courriel ni téléphone valides&#xa0;: PEP’s exige les deux.</translation>
    </message>
    <message>
        <source>No valid e-mail: PEP&apos;s requires one for every account.</source>
        <translation>Pas de courriel valide&#xa0;: PEP’s en exige un pour chaque compte.</translation>
    </message>
    <message>
        <source>No valid telephone: PEP&apos;s requires one for every account.</source>
        <translation>Pas de téléphone valide&#xa0;: PEP’s en exige un pour chaque compte.</translation>
    </message>
    <message>
        <source>utilisateur</source>
        <translation>utilisateur</translation>
    </message>
    <message>
        <source>administrateur</source>
        <translation>administrateur</translation>
    </message>
    <message>
        <source>Aucun</source>
        <translation>Aucun</translation>
    </message>
    <message>
        <source>Lecture seule</source>
        <translation>Lecture seule</translation>
    </message>
    <message>
        <source>Modification</source>
        <translation>Modification</translation>
    </message>
    <message>
        <source>L</source>
        <comment>Lecture seule</comment>
        <translation>L</translation>
    </message>
    <message>
        <source>M</source>
        <comment>Modification</comment>
        <translation>M</translation>
    </message>
</context>
<context>
    <name>Accounts</name>
    <message>
        <source>Last name and first name are required.</source>
        <translation>Le nom et le prénom sont obligatoires.</translation>
    </message>
    <message>
        <source>The login “{login}” is not valid: 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation>L’identifiant «&#x202f;{login}&#x202f;» n’est pas valide&#xa0;: de 3 à 64 lettres minuscules, chiffres, points, tirets ou soulignés, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The email address “{email}” is not valid.</source>
        <translation>L’adresse électronique «&#x202f;{email}&#x202f;» n’est pas valide.</translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation>Le mot de passe doit comporter au moins {count} caractères.</translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation>Le mot de passe doit contenir des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>No account “{login}” in this structure.</source>
        <translation>Aucun compte «&#x202f;{login}&#x202f;» dans cette structure.</translation>
    </message>
    <message>
        <source>Unknown service “{code}”.</source>
        <translation>Service inconnu «&#x202f;{code}&#x202f;».</translation>
    </message>
    <message>
        <source>Unknown right “{level}” for {code}: aucun, lecture or modification.</source>
        <translation>Droit inconnu «&#x202f;{level}&#x202f;» pour {code}&#xa0;: aucun, lecture ou modification.</translation>
    </message>
    <message>
        <source>Unknown profile “{profile}”: utilisateur or administrateur.</source>
        <translation>Profil inconnu «&#x202f;{profile}&#x202f;»&#xa0;: utilisateur ou administrateur.</translation>
    </message>
    <message>
        <source>The login “{login}” is already used, or was used by a deleted account: logins are never reused.</source>
        <translation>L’identifiant «&#x202f;{login}&#x202f;» est déjà utilisé, ou l’a été par un compte supprimé&#xa0;: un identifiant n’est jamais réutilisé.</translation>
    </message>
    <message>
        <source>The account “{login}” was changed meanwhile by someone else: reload it and try again.</source>
        <translation>Le compte «&#x202f;{login}&#x202f;» a été modifié entre-temps par quelqu’un d’autre&#xa0;: rechargez-le et réessayez.</translation>
    </message>
    <message>
        <source>The account “{login}” was changed by {who} on {date} at {time}, after you opened it. It is shown again with that change: make yours again if it is still needed.</source>
        <translation>Le compte «&#xa0;{login}&#xa0;» a été modifié par {who} le {date} à {time}, après que vous l’avez ouvert. Il est affiché à nouveau avec cette modification&#xa0;: refaites la vôtre si elle est toujours utile.</translation>
    </message>
    <message>
        <source>An account is personal: it cannot be given to another person. Create a new account for {prenom} {nom}, and delete this one when its holder has left.</source>
        <translation>Un compte est personnel&#xa0;: il ne peut pas être attribué à une autre personne. Créez un nouveau compte pour {prenom} {nom}, et supprimez celui-ci lorsque son titulaire sera parti.</translation>
    </message>
    <message>
        <source>Only an active administrator can manage the accounts.</source>
        <translation>Seul un administrateur actif peut gérer les comptes.</translation>
    </message>
</context>
<context>
    <name>AccountsBack</name>
    <message>
        <source>Account management</source>
        <translation>Gestion des comptes</translation>
    </message>
    <message>
        <source>Back to the account management</source>
        <translation>Retour à la gestion des comptes</translation>
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>&lt;h2&gt;Account management&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Gestion des comptes&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Import / Export</source>
        <translation>Import / Export</translation>
    </message>
    <message>
        <source>Account actions</source>
        <translation>Actions sur les comptes</translation>
    </message>
    <message>
        <source>Lost access</source>
        <translation>Accès perdu</translation>
    </message>
    <message>
        <source>Search by name, login or email (Ctrl+F)</source>
        <translation>Rechercher par nom, identifiant ou courriel (Ctrl+F)</translation>
    </message>
    <message>
        <source>Search the accounts</source>
        <translation>Rechercher dans les comptes</translation>
    </message>
    <message>
        <source>Filter by status</source>
        <translation>Filtrer par état</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>Filter by profile</source>
        <translation>Filtrer par profil</translation>
    </message>
    <message>
        <source>All profiles</source>
        <translation>Tous les profils</translation>
    </message>
    <message>
        <source>Accounts of the structure</source>
        <translation>Comptes de la structure</translation>
    </message>
    <message>
        <source>Your structure has only one active administrator; {recommended} are recommended</source>
        <translation>Votre structure n’a qu’un seul administrateur actif&#x202f;; {recommended} sont recommandés</translation>
    </message>
    <message numerus="yes">
        <source>Your structure has %n active administrator(s); {recommended} are recommended</source>
        <translation>
            <numerusform>Votre structure a %n administrateur actif&#x202f;; {recommended} sont recommandés</numerusform>
            <numerusform>Votre structure a %n administrateurs actifs&#x202f;; {recommended} sont recommandés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>{shown} of %Ln account(s)</source>
        <translation>
            <numerusform>{shown} sur %Ln compte</numerusform>
            <numerusform>{shown} sur %Ln comptes</numerusform>
        </translation>
    </message>
    <message>
        <source>Issuing an activation code</source>
        <translation>L’émission d’un code d’activation</translation>
    </message>
    <message>
        <source>New authenticator</source>
        <translation>Nouvel authentificateur</translation>
    </message>
    <message>
        <source>Reset the second factor of {prenom} {nom} ({login})?</source>
        <translation>Réinitialiser la double authentification de {prenom} {nom} ({login})&#xa0;?</translation>
    </message>
    <message>
        <source>For a lost or replaced phone: their authenticator app, recovery codes and trusted computers stop working, and they set up a new app at their next sign-in, with their password. Check first that you are speaking to them.</source>
        <translation>Pour un téléphone perdu ou remplacé&#xa0;: son application d’authentification, ses codes de secours et ses postes de confiance cessent de fonctionner, et la personne configure une nouvelle application à sa prochaine connexion, avec son mot de passe. Vérifiez d’abord que vous parlez bien à elle.</translation>
    </message>
    <message>
        <source>Resetting a second factor</source>
        <translation>La réinitialisation d’une double authentification</translation>
    </message>
    <message>
        <source>{login} sets up a new authenticator at the next sign-in.</source>
        <translation>{login} configurera un nouvel authentificateur à sa prochaine connexion.</translation>
    </message>
    <message numerus="yes">
        <source>Renew %n account(s)?</source>
        <translation>
            <numerusform>Renouveler %n compte&#x202f;?</numerusform>
            <numerusform>Renouveler %n comptes&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Renewing accounts</source>
        <translation>Le renouvellement de comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewed until {date}.</source>
        <translation>
            <numerusform>%n compte renouvelé jusqu’au {date}.</numerusform>
            <numerusform>%n comptes renouvelés jusqu’au {date}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Unlock %n account(s)?</source>
        <translation>
            <numerusform>Déverrouiller %n compte&#x202f;?</numerusform>
            <numerusform>Déverrouiller %n comptes&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Unlocking accounts</source>
        <translation>Le déverrouillage de comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) unlocked.</source>
        <translation>
            <numerusform>%n compte déverrouillé.</numerusform>
            <numerusform>%n comptes déverrouillés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Delete %n account(s)?</source>
        <translation>
            <numerusform>Supprimer %n compte&#x202f;?</numerusform>
            <numerusform>Supprimer %n comptes&#x202f;?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleting accounts</source>
        <translation>La suppression de comptes</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n compte supprimé.</numerusform>
            <numerusform>%n comptes supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>for the holidays, and so that someone can always unlock an account. Give the administrator profile to another account.</source>
        <translation>pour les périodes de congés, et pour que quelqu’un puisse toujours déverrouiller un compte. Donnez le profil administrateur à un autre compte.</translation>
    </message>
    <message>
        <source>Account {login} created.</source>
        <translation>Compte {login} créé.</translation>
    </message>
    <message>
        <source>Account {login} saved.</source>
        <translation>Compte {login} enregistré.</translation>
    </message>
    <message>
        <source>New activation code</source>
        <translation>Nouveau code d’activation</translation>
    </message>
    <message>
        <source>Issue a new activation code for {holder} ({login})?</source>
        <translation>Émettre un nouveau code d’activation pour {holder} ({login})&#x202f;?</translation>
    </message>
    <message>
        <source>For a forgotten password: their current password stops working at once, and they choose a new one with the code. A locked account is unlocked.</source>
        <translation>En cas de mot de passe oublié&#xa0;: le mot de passe actuel cesse aussitôt de fonctionner, et le titulaire en choisit un nouveau avec le code. Un compte verrouillé est déverrouillé.</translation>
    </message>
    <message>
        <source>A new activation code was issued for {login}.</source>
        <translation>Un nouveau code d’activation a été émis pour {login}.</translation>
    </message>
    <message>
        <source>Renew accounts</source>
        <translation>Renouveler des comptes</translation>
    </message>
    <message>
        <source>They will expire on {date}, 18 months from today.</source>
        <translation>Ils expireront le {date}, dans 18 mois.</translation>
    </message>
    <message>
        <source>Unlock accounts</source>
        <translation>Déverrouiller des comptes</translation>
    </message>
    <message>
        <source>Their holders can sign in again with their password.</source>
        <translation>Leurs titulaires pourront de nouveau se connecter avec leur mot de passe.</translation>
    </message>
    <message>
        <source>Delete accounts</source>
        <translation>Supprimer des comptes</translation>
    </message>
    <message>
        <source>Delete the accounts of people who have left the structure. A deleted account cannot be restored, and its login is never used again.</source>
        <translation>Supprimez les comptes des personnes qui ont quitté la structure. Un compte supprimé ne peut pas être restauré, et son identifiant n’est jamais réutilisé.</translation>
    </message>
    <message>
        <source>Nothing was changed. {reason}</source>
        <translation>Rien n’a été modifié. {reason}</translation>
    </message>
</context>
<context>
    <name>Activation</name>
    <message>
        <source>This activation code is not valid for this login, or it has expired. Ask an administrator of your structure for a new one.</source>
        <translation>Ce code d’activation n’est pas valable pour cet identifiant, ou il a expiré. Demandez-en un nouveau à un administrateur de votre structure.</translation>
    </message>
    <message>
        <source>This account is locked. Ask an administrator of your structure to unlock it and give you a new code.</source>
        <translation>Ce compte est verrouillé. Demandez à un administrateur de votre structure de le déverrouiller et de vous remettre un nouveau code.</translation>
    </message>
    <message>
        <source>This account has expired: ask an administrator to renew it.</source>
        <translation>Ce compte a expiré&#xa0;: demandez à un administrateur de le renouveler.</translation>
    </message>
</context>
<context>
    <name>ActivationCodeDialog</name>
    <message>
        <source>New activation code</source>
        <translation>Nouveau code d’activation</translation>
    </message>
    <message>
        <source>A new activation code was issued for {holder}. Their previous password no longer works.</source>
        <translation>Un nouveau code d’activation a été émis pour {holder}. Son ancien mot de passe ne fonctionne plus.</translation>
    </message>
</context>
<context>
    <name>ActivationCodePanel</name>
    <message>
        <source>&amp;Copy the code</source>
        <translation>&amp;Copier le code</translation>
    </message>
    <message>
        <source>Hand this code over to the account holder in person or by telephone. With it, they choose their own password at their first sign-in (“I have an activation code”). You never know their password. The code works once and is shown only now.</source>
        <translation>Remettez ce code au titulaire du compte en main propre ou par téléphone. Avec ce code, il choisit lui-même son mot de passe à sa première connexion («&#x202f;J’ai un code d’activation&#x202f;»). Vous ne connaissez jamais son mot de passe. Le code ne sert qu’une fois et n’est affiché que maintenant.</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Activation code</source>
        <translation>Code d’activation</translation>
    </message>
    <message>
        <source>Activation code {code}</source>
        <translation>Code d’activation {code}</translation>
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation>Valable jusqu’au {date}.</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>Copié</translation>
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>PEP&apos;s Desktop – Activate your account</source>
        <translation>PEP&apos;s Desktop – Activer votre compte</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Choose your password&lt;/h3&gt;Enter your login and the activation code an administrator of your structure gave you, then choose your password. Nobody else will know it. You will then set up an authenticator app on your phone.</source>
        <translation>&lt;h3&gt;Choisissez votre mot de passe&lt;/h3&gt;Saisissez votre identifiant et le code d’activation remis par un administrateur de votre structure, puis choisissez votre mot de passe. Personne d’autre ne le connaîtra. Vous configurerez ensuite une application d’authentification sur votre téléphone.</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <translation>prenom.nom</translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and digits.</source>
        <translation>Au moins {count} caractères, avec des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Activation &amp;code</source>
        <translation>Code d’&amp;activation</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm the password</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Your account is not activated yet: set up your authenticator app to finish. Your activation code still works.</source>
        <translation>Votre compte n’est pas encore activé&#xa0;: configurez votre application d’authentification pour terminer. Votre code d’activation reste valable.</translation>
    </message>
    <message>
        <source>This password is strong enough.</source>
        <translation>Ce mot de passe est suffisamment robuste.</translation>
    </message>
    <message>
        <source>Enter your login, your activation code and a password.</source>
        <translation>Saisissez votre identifiant, votre code d’activation et un mot de passe.</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>AdministratorPage</name>
    <message>
        <source>First administrator</source>
        <translation>Premier administrateur</translation>
    </message>
    <message>
        <source>A structure always has at least one administrator, who manages the accounts. Two are recommended.</source>
        <translation>Une structure a toujours au moins un administrateur, qui gère les comptes. Deux sont recommandés.</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>L&amp;ogin</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Confirm the password</source>
        <translation>Con&amp;firmer le mot de passe</translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and digits.</source>
        <translation>Au moins {count} caractères, avec des lettres et des chiffres.</translation>
    </message>
</context>
<context>
    <name>Administrators</name>
    <message>
        <source>The structure must keep at least one active administrator: give the administrator profile to another account first.</source>
        <translation>La structure doit garder au moins un administrateur actif&#xa0;: donnez d’abord le profil administrateur à un autre compte.</translation>
    </message>
</context>
<context>
    <name>AfterSignIn</name>
    <message>
        <source>You signed in with a recovery code: {count} left. If you lost your phone, set up a new authenticator app from “My account”.</source>
        <translation>Vous vous êtes connecté avec un code de secours&#xa0;: il vous en reste {count}. Si vous avez perdu votre téléphone, configurez une nouvelle application d’authentification depuis «&#xa0;Mon compte&#xa0;».</translation>
    </message>
</context>
<context>
    <name>AgentsField</name>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Add an &amp;agent</source>
        <translation>&amp;Ajouter un agent</translation>
    </message>
    <message>
        <source>NIR of agent {number}</source>
        <translation>NIR de l’agent {number}</translation>
    </message>
    <message>
        <source>Last name of agent {number}</source>
        <translation>Nom de l’agent {number}</translation>
    </message>
    <message>
        <source>First name of agent {number}</source>
        <translation>Prénom de l’agent {number}</translation>
    </message>
    <message>
        <source>Remove agent {number}</source>
        <translation>Retirer l’agent {number}</translation>
    </message>
</context>
<context>
    <name>AnswerDialog</name>
    <message>
        <source>Add an answer to {reference}</source>
        <translation>Ajouter une réponse à {reference}</translation>
    </message>
    <message>
        <source>Paste the answer received for {reference}. It joins the échange&apos;s messages and the échange is marked answered.</source>
        <translation>Collez la réponse reçue pour {reference}. Elle rejoint les messages de l’échange, et l’échange est marqué comme répondu.</translation>
    </message>
    <message>
        <source>Answer received</source>
        <translation>Réponse reçue</translation>
    </message>
    <message>
        <source>The answer&apos;s text…</source>
        <translation>Le texte de la réponse…</translation>
    </message>
    <message>
        <source>&amp;Attach the answer</source>
        <translation>&amp;Joindre la réponse</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This computer has no password keyring: your password was not remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe&#xa0;: votre mot de passe n’a pas été mémorisé.</translation>
    </message>
    <message>
        <source>This computer has no password keyring. The key that encrypts the agents&apos; NIRs and names is kept in {file}, readable by you only. Back it up with the store: without it, that data cannot be read.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe. La clé qui chiffre les NIR et les noms des agents est conservée dans {file}, lisible par vous seul. Sauvegardez-la avec la base de données&#xa0;: sans elle, ces données ne peuvent pas être lues.</translation>
    </message>
    <message>
        <source>Deleting an account</source>
        <translation>La suppression d’un compte</translation>
    </message>
    <message>
        <source>PEP&apos;s Desktop is already running on this store ({folder}).</source>
        <translation>PEP&apos;s Desktop est déjà ouvert sur cette base de données ({folder}).</translation>
    </message>
    <message>
        <source>--quit-after needs --demo.</source>
        <translation>--quit-after s’utilise avec --demo.</translation>
    </message>
    <message>
        <source>The dashboard did not load its figures.</source>
        <translation>Le tableau de bord n’a pas pu charger ses chiffres.</translation>
    </message>
</context>
<context>
    <name>Argparse</name>
    <message>
        <source>usage: </source>
        <translation>utilisation&#xa0;: </translation>
    </message>
    <message>
        <source>positional arguments</source>
        <translation>arguments positionnels</translation>
    </message>
    <message>
        <source>options</source>
        <translation>options</translation>
    </message>
    <message>
        <source>subcommands</source>
        <translation>sous-commandes</translation>
    </message>
    <message>
        <source>%(heading)s:</source>
        <translation>%(heading)s&#xa0;:</translation>
    </message>
    <message>
        <source>show this help message and exit</source>
        <translation>afficher ce message d’aide et quitter</translation>
    </message>
    <message>
        <source>show program&apos;s version number and exit</source>
        <translation>afficher la version du programme et quitter</translation>
    </message>
    <message>
        <source> (default: %(default)s)</source>
        <translation> (par défaut&#xa0;: %(default)s)</translation>
    </message>
    <message>
        <source>%(prog)s: error: %(message)s
</source>
        <translation>%(prog)s&#xa0;: erreur&#xa0;: %(message)s
</translation>
    </message>
    <message>
        <source>the following arguments are required: %s</source>
        <translation>les arguments suivants sont obligatoires&#xa0;: %s</translation>
    </message>
    <message>
        <source>one of the arguments %s is required</source>
        <translation>l’un des arguments %s est obligatoire</translation>
    </message>
    <message>
        <source>unrecognized arguments: %s</source>
        <translation>arguments non reconnus&#xa0;: %s</translation>
    </message>
    <message>
        <source>argument %(argument_name)s: %(message)s</source>
        <translation>argument %(argument_name)s&#xa0;: %(message)s</translation>
    </message>
    <message>
        <source>invalid choice: %(value)r (choose from %(choices)s)</source>
        <translation>choix invalide&#xa0;: %(value)r (choisir parmi %(choices)s)</translation>
    </message>
    <message>
        <source>invalid %(type)s value: %(value)r</source>
        <translation>valeur invalide pour %(type)s&#xa0;: %(value)r</translation>
    </message>
    <message>
        <source>not allowed with argument %s</source>
        <translation>non permis avec l’argument %s</translation>
    </message>
    <message>
        <source>ambiguous option: %(option)s could match %(matches)s</source>
        <translation>option ambiguë&#xa0;: %(option)s peut correspondre à %(matches)s</translation>
    </message>
    <message>
        <source>expected one argument</source>
        <translation>un argument attendu</translation>
    </message>
    <message>
        <source>expected at least one argument</source>
        <translation>au moins un argument attendu</translation>
    </message>
    <message>
        <source>expected at most one argument</source>
        <translation>au plus un argument attendu</translation>
    </message>
    <message>
        <source>expected %s argument</source>
        <translation>%s argument attendu</translation>
    </message>
    <message>
        <source>expected %s arguments</source>
        <translation>%s arguments attendus</translation>
    </message>
    <message>
        <source>ignored explicit argument %r</source>
        <translation>argument explicite ignoré&#xa0;: %r</translation>
    </message>
    <message>
        <source>can&apos;t open &apos;%(filename)s&apos;: %(error)s</source>
        <translation>impossible d’ouvrir «&#x202f;%(filename)s&#x202f;»&#xa0;: %(error)s</translation>
    </message>
</context>
<context>
    <name>AssignDialog</name>
    <message>
        <source>Assign courriers</source>
        <translation>Assigner des courriers</translation>
    </message>
    <message numerus="yes">
        <source>Assign %n courrier(s) to a colleague. Only colleagues with rights on the service of every selected courrier are listed.</source>
        <translation>
            <numerusform>Assigner %n courrier à un collègue. Seuls les collègues ayant des droits sur le service de chaque courrier sélectionné sont proposés.</numerusform>
            <numerusform>Assigner %n courriers à un collègue. Seuls les collègues ayant des droits sur le service de chaque courrier sélectionné sont proposés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Find a colleague…</source>
        <translation>Rechercher un collègue…</translation>
    </message>
    <message>
        <source>Find a colleague</source>
        <translation>Rechercher un collègue</translation>
    </message>
    <message>
        <source>Colleagues</source>
        <translation>Collègues</translation>
    </message>
    <message>
        <source>Nobody (remove the assignment)</source>
        <translation>Personne (retirer l’assignation)</translation>
    </message>
</context>
<context>
    <name>AttachmentsField</name>
    <message>
        <source>&amp;Add files…</source>
        <translation>Ajouter des &amp;fichiers…</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Retirer</translation>
    </message>
    <message>
        <source>PDF, PNG or JPEG; 10 MB at most each.</source>
        <translation>PDF, PNG ou JPEG&#x202f;; 10 Mo au plus chacun.</translation>
    </message>
    <message>
        <source>Attach documents</source>
        <translation>Joindre des documents</translation>
    </message>
    <message>
        <source>PDF or images (*.pdf *.png *.jpg *.jpeg)</source>
        <translation>PDF ou images (*.pdf *.png *.jpg *.jpeg)</translation>
    </message>
</context>
<context>
    <name>AuditLog</name>
    <message>
        <source>The start of the period is after its end.</source>
        <translation>Le début de la période est postérieur à sa fin.</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>The audit log could not be written to “{path}”: {reason}</source>
        <translation>Le journal des actions n’a pas pu être écrit dans «&#x202f;{path}&#x202f;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{service}: {right}</source>
        <translation>{service}&#xa0;: {right}</translation>
    </message>
    <message>
        <source>no right</source>
        <translation>aucun droit</translation>
    </message>
    <message>
        <source>{field}: {value}</source>
        <translation>{field}&#xa0;: {value}</translation>
    </message>
    <message>
        <source>; </source>
        <comment>between the parts of a list</comment>
        <translation>&#x202f;; </translation>
    </message>
    <message numerus="yes">
        <source>and %n more</source>
        <translation>
            <numerusform>et %n autre</numerusform>
            <numerusform>et %n autres</numerusform>
        </translation>
    </message>
    <message>
        <source>{done}: {references}</source>
        <translation>{done}&#xa0;: {references}</translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) archived</source>
        <translation>
            <numerusform>%n courrier archivé</numerusform>
            <numerusform>%n courriers archivés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) back from the archives</source>
        <translation>
            <numerusform>%n courrier sorti des archives</numerusform>
            <numerusform>%n courriers sortis des archives</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) assigned</source>
        <translation>
            <numerusform>%n courrier assigné</numerusform>
            <numerusform>%n courriers assignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) no longer assigned</source>
        <translation>
            <numerusform>%n courrier désassigné</numerusform>
            <numerusform>%n courriers désassignés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n courrier(s) imported</source>
        <translation>
            <numerusform>%n courrier importé</numerusform>
            <numerusform>%n courriers importés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n duplicate(s)</source>
        <translation>
            <numerusform>%n doublon</numerusform>
            <numerusform>%n doublons</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n pair(s) rejected</source>
        <translation>
            <numerusform>%n paire rejetée</numerusform>
            <numerusform>%n paires rejetées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s)</source>
        <translation>
            <numerusform>%Ln compte</numerusform>
            <numerusform>%Ln comptes</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln courrier(s)</source>
        <translation>
            <numerusform>%Ln courrier</numerusform>
            <numerusform>%Ln courriers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln échange(s)</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewed</source>
        <translation>
            <numerusform>%n compte renouvelé</numerusform>
            <numerusform>%n comptes renouvelés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n conservé en l’état</numerusform>
            <numerusform>%n conservés en l’état</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln line(s)</source>
        <translation>
            <numerusform>%Ln ligne</numerusform>
            <numerusform>%Ln lignes</numerusform>
        </translation>
    </message>
    <message>
        <source>profile {profile}; rights: {rights}</source>
        <translation>profil {profile}&#x202f;; droits&#xa0;: {rights}</translation>
    </message>
    <message>
        <source>confirmed as another person than the holder of {account}</source>
        <translation>confirmé comme une autre personne que le titulaire de {account}</translation>
    </message>
    <message>
        <source>profile {profile}</source>
        <translation>profil {profile}</translation>
    </message>
    <message>
        <source>successor: {successor}; leaves on {date}</source>
        <translation>successeur&#xa0;: {successor}&#x202f;; départ le {date}</translation>
    </message>
    <message numerus="yes">
        <source>%n agent(s)</source>
        <translation>
            <numerusform>%n agent</numerusform>
            <numerusform>%n agents</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n attachment(s)</source>
        <translation>
            <numerusform>%n pièce jointe</numerusform>
            <numerusform>%n pièces jointes</numerusform>
        </translation>
    </message>
    <message>
        <source>Review started on {date}</source>
        <translation>Revue lancée le {date}</translation>
    </message>
    <message>
        <source>Review no. {number}</source>
        <translation>Revue n° {number}</translation>
    </message>
    <message>
        <source>File {name}</source>
        <translation>Fichier {name}</translation>
    </message>
    <message>
        <source>Folder {folder}</source>
        <translation>Dossier {folder}</translation>
    </message>
    <message>
        <source>the application</source>
        <translation>l’application</translation>
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>By</source>
        <translation>Par</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Account</source>
        <translation>Compte</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Journal des actions&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Every change to an account or a right, newest first.</source>
        <translation>Chaque modification d’un compte ou d’un droit, de la plus récente à la plus ancienne.</translation>
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation>&amp;Exporter en CSV…</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation>Actualiser le journal des actions</translation>
    </message>
    <message>
        <source>Search a name, a login, a detail</source>
        <translation>Nom, identifiant ou détail</translation>
    </message>
    <message>
        <source>Search the audit log</source>
        <translation>Rechercher dans le journal des actions</translation>
    </message>
    <message>
        <source>Filter by action</source>
        <translation>Filtrer par action</translation>
    </message>
    <message>
        <source>All actions</source>
        <translation>Toutes les actions</translation>
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation>&amp;Du</translation>
    </message>
    <message>
        <source>&amp;To</source>
        <translation>A&amp;u</translation>
    </message>
    <message>
        <source>Audit log entries</source>
        <translation>Entrées du journal des actions</translation>
    </message>
    <message>
        <source>Counting…</source>
        <translation>Comptage…</translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies)</source>
        <translation>
            <numerusform>%Ln entrée</numerusform>
            <numerusform>%Ln entrées</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%Ln entry(ies) exported to {path}.</source>
        <translation>
            <numerusform>%Ln entrée exportée dans {path}.</numerusform>
            <numerusform>%Ln entrées exportées dans {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export the audit log</source>
        <translation>Exporter le journal des actions</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>sign-in</source>
        <translation>connexion</translation>
    </message>
    <message>
        <source>structure created</source>
        <translation>structure créée</translation>
    </message>
    <message>
        <source>account created</source>
        <translation>compte créé</translation>
    </message>
    <message>
        <source>account modified</source>
        <translation>compte modifié</translation>
    </message>
    <message>
        <source>account renewed</source>
        <translation>compte renouvelé</translation>
    </message>
    <message>
        <source>account unlocked</source>
        <translation>compte déverrouillé</translation>
    </message>
    <message>
        <source>account locked</source>
        <translation>compte verrouillé</translation>
    </message>
    <message>
        <source>account deleted</source>
        <translation>compte supprimé</translation>
    </message>
    <message>
        <source>account expired</source>
        <translation>compte expiré</translation>
    </message>
    <message>
        <source>account activated</source>
        <translation>compte activé</translation>
    </message>
    <message>
        <source>activation code issued</source>
        <translation>code d’activation émis</translation>
    </message>
    <message>
        <source>demo data generated</source>
        <translation>données de démonstration générées</translation>
    </message>
    <message>
        <source>last administrator renewed</source>
        <translation>dernier administrateur renouvelé</translation>
    </message>
    <message>
        <source>account review started</source>
        <translation>revue des comptes lancée</translation>
    </message>
    <message>
        <source>account review applied</source>
        <translation>revue des comptes appliquée</translation>
    </message>
    <message>
        <source>successor named</source>
        <translation>successeur désigné</translation>
    </message>
    <message>
        <source>account list imported</source>
        <translation>liste des comptes importée</translation>
    </message>
    <message>
        <source>account list exported</source>
        <translation>liste des comptes exportée</translation>
    </message>
    <message>
        <source>courriers assigned</source>
        <translation>courriers assignés</translation>
    </message>
    <message>
        <source>courriers unassigned</source>
        <translation>courriers désassignés</translation>
    </message>
    <message>
        <source>courriers archived</source>
        <translation>courriers archivés</translation>
    </message>
    <message>
        <source>courriers back from the archives</source>
        <translation>courriers sortis des archives</translation>
    </message>
    <message>
        <source>courriers imported</source>
        <translation>courriers importés</translation>
    </message>
    <message>
        <source>request written</source>
        <translation>demande rédigée</translation>
    </message>
    <message>
        <source>authenticator app set up</source>
        <translation>application d’authentification configurée</translation>
    </message>
    <message>
        <source>second factor reset</source>
        <translation>double authentification réinitialisée</translation>
    </message>
    <message>
        <source>second factor reset from the store&apos;s computer</source>
        <translation>double authentification réinitialisée depuis le poste du magasin de données</translation>
    </message>
    <message>
        <source>recovery code used</source>
        <translation>code de secours utilisé</translation>
    </message>
    <message>
        <source>computer trusted</source>
        <translation>poste de confiance ajouté</translation>
    </message>
    <message>
        <source>computer revoked</source>
        <translation>poste de confiance révoqué</translation>
    </message>
    <message>
        <source>password changed</source>
        <translation>mot de passe changé</translation>
    </message>
    <message>
        <source>contact details changed</source>
        <translation>coordonnées modifiées</translation>
    </message>
    <message>
        <source>conditions of use accepted</source>
        <translation>conditions générales d’utilisation acceptées</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>e-mail</source>
        <translation>e-mail</translation>
    </message>
    <message>
        <source>telephone</source>
        <translation>téléphone</translation>
    </message>
    <message>
        <source>profile</source>
        <translation>profil</translation>
    </message>
    <message>
        <source>rights</source>
        <translation>droits</translation>
    </message>
    <message>
        <source>expiry</source>
        <translation>expiration</translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Wrong login or password. After 5 failed sign-ins in a row an account is locked; an administrator of your structure can unlock it.</source>
        <translation>Identifiant ou mot de passe incorrect. Après 5 échecs de connexion de suite, un compte est verrouillé&#xa0;; un administrateur de votre structure peut le déverrouiller.</translation>
    </message>
    <message>
        <source>This account is not activated yet: choose your password with the activation code your administrator gave you.</source>
        <translation>Ce compte n’est pas encore activé&#xa0;: choisissez votre mot de passe avec le code d’activation que votre administrateur vous a remis.</translation>
    </message>
    <message>
        <source>This account expired on {date}. Ask an administrator of your structure to renew it.</source>
        <translation>Ce compte a expiré le {date}. Demandez à un administrateur de votre structure de le renouveler.</translation>
    </message>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
</context>
<context>
    <name>CatalogueProblem</name>
    <message>
        <source>The contact forms cannot be shown: their catalogue is damaged. Tell your administrator; the rest of the application works.

{problem}</source>
        <translation>Les formulaires de contact ne peuvent pas être affichés&#xa0;: leur catalogue est endommagé. Prévenez votre administrateur&#x202f;; le reste de l’application fonctionne normalement.

{problem}</translation>
    </message>
</context>
<context>
    <name>Cgu</name>
    <message>
        <source>The conditions of use file is damaged ({reason}).</source>
        <translation>Le fichier des conditions générales d’utilisation est endommagé ({reason}).</translation>
    </message>
    <message>
        <source>no header between two lines “---”</source>
        <translation>pas d’en-tête entre deux lignes «&#xa0;---&#xa0;»</translation>
    </message>
    <message>
        <source>a version, a title and a text are required</source>
        <translation>une version, un titre et un texte sont requis</translation>
    </message>
    <message>
        <source>Version {version} of the conditions of use is not the current one ({current}): read the current version before accepting it.</source>
        <translation>La version {version} des conditions générales d’utilisation n’est pas la version en vigueur ({current})&#xa0;: lisez la version en vigueur avant de l’accepter.</translation>
    </message>
</context>
<context>
    <name>CguDialog</name>
    <message>
        <source>Version {version}, accepted for the structure by {name} on {date}.</source>
        <translation>Version {version}, acceptée pour la structure par {name} le {date}.</translation>
    </message>
    <message>
        <source>Version {version} is not accepted yet for your structure. As its administrator, read it and accept it for everyone.</source>
        <translation>La version {version} n’est pas encore acceptée pour votre structure. En tant qu’administrateur, lisez-la et acceptez-la pour tous.</translation>
    </message>
    <message>
        <source>Version {version} is not accepted yet: an administrator of your structure must accept it.</source>
        <translation>La version {version} n’est pas encore acceptée&#xa0;: un administrateur de votre structure doit l’accepter.</translation>
    </message>
    <message>
        <source>I &amp;accept them for the structure</source>
        <translation>J’&amp;accepte pour la structure</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
</context>
<context>
    <name>ChoiceField</name>
    <message>
        <source>Choose…</source>
        <translation>Choisir…</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PEP&apos;s Desktop: courriers, accounts and requests of a public employer.</source>
        <translation>PEP&apos;s Desktop&#xa0;: courriers, comptes et échanges d’un employeur public.</translation>
    </message>
    <message>
        <source>folder of the store and its documents</source>
        <translation>dossier de la base de données et de ses documents</translation>
    </message>
    <message>
        <source>any SQLAlchemy database URL</source>
        <translation>toute URL de base de données SQLAlchemy</translation>
    </message>
    <message>
        <source>open the GUI on a demo store in its own folder, filled when empty</source>
        <translation>ouvrir l’interface sur une base de démonstration dans son propre dossier, remplie si elle est vide</translation>
    </message>
    <message>
        <source>sign in as the demo administrator and quit after MS milliseconds (smoke run)</source>
        <translation>se connecter en administrateur de démonstration et quitter après MS millisecondes (essai de fumée)</translation>
    </message>
    <message>
        <source>check this installation on a temporary store (migrations, main window, PDF, translation, keyring, full-text search); exit 0 if all is well</source>
        <translation>vérifier cette installation sur une base de données temporaire (migrations, fenêtre principale, PDF, traduction, trousseau, recherche plein texte)&#x202f;; code de sortie 0 si tout va bien</translation>
    </message>
    <message>
        <source>create the structure and its first administrator</source>
        <translation>créer la structure et son premier administrateur</translation>
    </message>
    <message>
        <source>add this structure to a shared store that already holds others</source>
        <translation>ajouter cette structure à une base partagée qui en contient déjà d’autres</translation>
    </message>
    <message>
        <source>fill an empty store with demo data</source>
        <translation>remplir une base vide avec des données de démonstration</translation>
    </message>
    <message>
        <source>maintain the store</source>
        <translation>entretenir la base de données</translation>
    </message>
    <message>
        <source>bring the store&apos;s schema up to date</source>
        <translation>mettre à jour le schéma de la base de données</translation>
    </message>
    <message>
        <source>copy the store to FILE (safe while the application runs)</source>
        <translation>copier la base de données dans FICHIER (sans risque pendant que l’application tourne)</translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a person</source>
        <translation>afficher les chiffres du tableau de bord d’une personne</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>act as LOGIN; password from PEPS_PASSWORD, the keyring or a prompt</source>
        <translation>agir en tant que LOGIN&#x202f;; mot de passe lu dans PEPS_PASSWORD, le trousseau ou demandé</translation>
    </message>
    <message>
        <source>the code of your authenticator app (or a recovery code); else PEPS_OTP or a prompt</source>
        <translation>le code de votre application d’authentification (ou un code de secours)&#xa0;; sinon PEPS_OTP ou une invite</translation>
    </message>
    <message>
        <source>No password given: set {variable} or run the command in a terminal.</source>
        <translation>Aucun mot de passe fourni&#xa0;: définissez {variable} ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>No code given: pass --otp CODE, set {variable}, or run the command in a terminal.</source>
        <translation>Aucun code donné&#xa0;: passez --otp CODE, définissez {variable} ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Password of the first administrator: </source>
        <translation>Mot de passe du premier administrateur&#xa0;: </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe, une seconde fois&#xa0;: </translation>
    </message>
    <message>
        <source>Code of your authenticator app: </source>
        <translation>Code de votre application d’authentification&#xa0;: </translation>
    </message>
    <message>
        <source>Recovery code used: {count} left. Change your authenticator if you lost it.</source>
        <translation>Code de secours utilisé&#xa0;: il vous en reste {count}. Changez d’authentificateur si vous l’avez perdu.</translation>
    </message>
    <message>
        <source>Add this account to your authenticator app (Microsoft Authenticator, FreeOTP, Google Authenticator…) from this address:</source>
        <translation>Ajoutez ce compte à votre application d’authentification (Microsoft Authenticator, FreeOTP, Google Authenticator…) depuis cette adresse&#xa0;:</translation>
    </message>
    <message>
        <source>or type the key by hand: {secret}</source>
        <translation>ou saisissez la clé à la main&#xa0;: {secret}</translation>
    </message>
    <message>
        <source>Recovery codes, each good once if you lose your phone; write them down now, they are not shown again:</source>
        <translation>Codes de secours, valables une fois chacun si vous perdez votre téléphone&#xa0;; notez-les maintenant, ils ne seront plus affichés&#xa0;:</translation>
    </message>
    <message>
        <source>missing: complete it with `account contact`</source>
        <translation>manquant&#xa0;: complétez-le avec `account contact`</translation>
    </message>
    <message>
        <source>E-mail: {email}</source>
        <translation>Courriel&#xa0;: {email}</translation>
    </message>
    <message>
        <source>Telephone: {telephone}</source>
        <translation>Téléphone&#xa0;: {telephone}</translation>
    </message>
    <message>
        <source>Expires on: {date}</source>
        <translation>Expire le&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Rights: {rights}</source>
        <translation>Droits&#xa0;: {rights}</translation>
    </message>
    <message>
        <source>Last sign-ins: {dates}</source>
        <translation>Dernières connexions&#xa0;: {dates}</translation>
    </message>
    <message>
        <source>Recovery codes left: {count}</source>
        <translation>Codes de secours restants&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No trusted device.</source>
        <translation>Aucun poste de confiance.</translation>
    </message>
    <message>
        <source>Device {id}: {label}, last used {used}, trusted until {until}</source>
        <translation>Poste {id}&#xa0;: {label}, dernière utilisation {used}, sans code jusqu’au {until}</translation>
    </message>
    <message>
        <source>Device {id} ({label}) revoked: a code is asked there at the next sign-in.</source>
        <translation>Poste {id} ({label}) révoqué&#xa0;: un code y sera demandé à la prochaine connexion.</translation>
    </message>
    <message>
        <source>New password: </source>
        <translation>Nouveau mot de passe&#xa0;: </translation>
    </message>
    <message>
        <source>New password again: </source>
        <translation>Nouveau mot de passe, à nouveau&#xa0;: </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Your password is changed.</source>
        <translation>Votre mot de passe est changé.</translation>
    </message>
    <message>
        <source>Your contact details are saved.</source>
        <translation>Vos coordonnées sont enregistrées.</translation>
    </message>
    <message>
        <source>First code shown by the new app: </source>
        <translation>Premier code affiché par la nouvelle application&#xa0;: </translation>
    </message>
    <message>
        <source>Your new authenticator is set up; the previous one no longer works.</source>
        <translation>Votre nouvel authentificateur est configuré&#xa0;; le précédent ne fonctionne plus.</translation>
    </message>
    <message>
        <source>Accepted for the structure by {name} on {date}.</source>
        <translation>Acceptées pour la structure par {name} le {date}.</translation>
    </message>
    <message>
        <source>Not accepted yet for the structure: an administrator accepts them with `peps-desktop cgu accept --version {version} --as LOGIN`.</source>
        <translation>Pas encore acceptées pour la structure&#xa0;: un administrateur les accepte avec `peps-desktop cgu accept --version {version} --as LOGIN`.</translation>
    </message>
    <message>
        <source>Conditions of use {version} accepted for the structure.</source>
        <translation>Conditions générales d’utilisation {version} acceptées pour la structure.</translation>
    </message>
    <message>
        <source>my account (Mon compte), for everyone</source>
        <translation>mon compte, pour chacun</translation>
    </message>
    <message>
        <source>my identity, rights, sign-ins and devices</source>
        <translation>mon identité, mes droits, mes connexions et mes postes</translation>
    </message>
    <message>
        <source>the computers trusted for 7 days</source>
        <translation>les postes de confiance pour 7 jours</translation>
    </message>
    <message>
        <source>forget a trusted device: the code is asked there again</source>
        <translation>oublier un poste de confiance&#xa0;: le code y est de nouveau demandé</translation>
    </message>
    <message>
        <source>change my password (current one and a code; new one from PEPS_NEW_PASSWORD)</source>
        <translation>changer mon mot de passe (l’actuel et un code&#xa0;; le nouveau depuis PEPS_NEW_PASSWORD)</translation>
    </message>
    <message>
        <source>change my e-mail or telephone (with a code)</source>
        <translation>changer mon courriel ou mon téléphone (avec un code)</translation>
    </message>
    <message>
        <source>set up a new authenticator app (with a code of the current one)</source>
        <translation>configurer une nouvelle application d’authentification (avec un code de l’actuelle)</translation>
    </message>
    <message>
        <source>the conditions of use (CGU) of the structure</source>
        <translation>les conditions générales d’utilisation (CGU) de la structure</translation>
    </message>
    <message>
        <source>the current conditions and who accepted them</source>
        <translation>les conditions en vigueur et qui les a acceptées</translation>
    </message>
    <message>
        <source>accept them for the structure (administrators)</source>
        <translation>les accepter pour la structure (administrateurs)</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Mot de passe de {login}&#xa0;: </translation>
    </message>
    <message>
        <source>Structure “{name}” created; administrator: {login}.</source>
        <translation>Structure «&#x202f;{name}&#x202f;» créée&#x202f;; administrateur&#xa0;: {login}.</translation>
    </message>
    <message>
        <source>--{name} must be a positive number.</source>
        <translation>--{name} doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Letters written</source>
        <translation>Lettres écrites</translation>
    </message>
    <message>
        <source>Courriers inserted</source>
        <translation>Courriers insérés</translation>
    </message>
    <message>
        <source>Demo store filled: {accounts} accounts, {courriers} courriers, {echanges} échanges.</source>
        <translation>Base de démonstration remplie&#xa0;: {accounts} comptes, {courriers} courriers, {echanges} échanges.</translation>
    </message>
    <message>
        <source>Their authenticator app (published for the demo, never for real data): the key {secret}, or the address {uri}</source>
        <translation>Leur application d’authentification (publiée pour la démonstration, jamais pour des données réelles)&#xa0;: la clé {secret}, ou l’adresse {uri}</translation>
    </message>
    <message>
        <source>The store is at schema {revision}.</source>
        <translation>La base de données est au schéma {revision}.</translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation>Sauvegarde écrite dans {file}.</translation>
    </message>
    <message>
        <source>Unread courriers: {count}</source>
        <translation>Courriers non lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Courriers needing an action: {count}</source>
        <translation>Courriers demandant une action&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Of which overdue: {count}</source>
        <translation>Dont en retard&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Échanges awaiting an answer: {count}</source>
        <translation>Échanges en attente de réponse&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Expired accounts: {count}</source>
        <translation>Comptes expirés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Locked accounts: {count}</source>
        <translation>Comptes verrouillés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Accounts expiring within 60 days: {count}</source>
        <translation>Comptes expirant sous 60 jours&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Next due date of a courrier: {date}</source>
        <translation>Prochaine échéance d’un courrier&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Next account review due: {date}</source>
        <translation>Prochaine revue des comptes&#xa0;: {date}</translation>
    </message>
    <message>
        <source>Accounts lacking the e-mail or telephone PEP&apos;s requires: {count}</source>
        <translation>Comptes sans le courriel ou le téléphone qu’exige PEP’s&#xa0;: {count}</translation>
    </message>
    <message>
        <source>peps-desktop: unexpected error; details are in the log file {path}.</source>
        <translation>peps-desktop&#xa0;: erreur inattendue&#x202f;; le détail est dans le journal {path}.</translation>
    </message>
    <message>
        <source>Activation code for {login}: {code} (valid until {date}). Hand it over to its holder, who chooses a password with: peps-desktop activate {login} --code CODE</source>
        <translation>Code d’activation de {login}&#xa0;: {code} (valable jusqu’au {date}). Remettez-le à son titulaire, qui choisit son mot de passe avec&#xa0;: peps-desktop activate {login} --code CODE</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Expiry</source>
        <translation>Expiration</translation>
    </message>
    <message>
        <source>Activation codes to hand over to the new accounts&apos; holders:</source>
        <translation>Codes d’activation à remettre aux titulaires des nouveaux comptes&#xa0;:</translation>
    </message>
    <message>
        <source>  {login}: {code} (valid until {date})</source>
        <translation>  {login}&#xa0;: {code} (valable jusqu’au {date})</translation>
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation>Ligne {line}&#xa0;: {reason}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) created</source>
        <translation>
            <numerusform>%n compte créé</numerusform>
            <numerusform>%n comptes créés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n updated</source>
        <translation>
            <numerusform>%n modifié</numerusform>
            <numerusform>%n modifiés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n unchanged</source>
        <translation>
            <numerusform>%n inchangé</numerusform>
            <numerusform>%n inchangés</numerusform>
        </translation>
    </message>
    <message>
        <source>Dry run, nothing was changed; the import would give: {counts}.</source>
        <translation>Essai à blanc, rien n’a été modifié&#x202f;; l’import donnerait&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Import done: {counts}.</source>
        <translation>Import terminé&#xa0;: {counts}.</translation>
    </message>
    <message>
        <source>Lines applied</source>
        <translation>Lignes appliquées</translation>
    </message>
    <message numerus="yes">
        <source>%Ln account(s) written to {file}.</source>
        <translation>
            <numerusform>%Ln compte écrit dans {file}.</numerusform>
            <numerusform>%Ln comptes écrits dans {file}.</numerusform>
        </translation>
    </message>
    <message>
        <source>The second factor of {login} is reset: its holder sets up a new authenticator at the next sign-in.</source>
        <translation>La double authentification de {login} est réinitialisée&#xa0;: son titulaire configurera un nouvel authentificateur à sa prochaine connexion.</translation>
    </message>
    <message>
        <source>The second factor of {login} is reset, and this is written in the audit log. Sign in now to set up a new authenticator.</source>
        <translation>La double authentification de {login} est réinitialisée, et c’est inscrit au journal d’audit. Connectez-vous maintenant pour configurer un nouvel authentificateur.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewed.</source>
        <translation>
            <numerusform>%n compte renouvelé.</numerusform>
            <numerusform>%n comptes renouvelés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) deleted.</source>
        <translation>
            <numerusform>%n compte supprimé.</numerusform>
            <numerusform>%n comptes supprimés.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) unlocked.</source>
        <translation>
            <numerusform>%n compte déverrouillé.</numerusform>
            <numerusform>%n comptes déverrouillés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Expiry notice: {login} expires on {date}.</source>
        <translation>Avis d’expiration&#xa0;: {login} expire le {date}.</translation>
    </message>
    <message>
        <source>Expired: {login} since {date}.</source>
        <translation>Expiré&#xa0;: {login} depuis le {date}.</translation>
    </message>
    <message>
        <source>Account review due since {date}.</source>
        <translation>Revue des comptes à faire depuis le {date}.</translation>
    </message>
    <message>
        <source>Nothing due on {date}.</source>
        <translation>Aucune échéance le {date}.</translation>
    </message>
    <message>
        <source>New password for {login}: </source>
        <translation>Nouveau mot de passe de {login}&#xa0;: </translation>
    </message>
    <message>
        <source>Then confirm with the first code your app shows: peps-desktop activate {login} --code CODE --otp CODE_OF_THE_APP</source>
        <translation>Confirmez ensuite avec le premier code affiché par votre application&#xa0;: peps-desktop activate {login} --code CODE --otp CODE_DE_L_APPLICATION</translation>
    </message>
    <message>
        <source>First code shown by the app: </source>
        <translation>Premier code affiché par l’application&#xa0;: </translation>
    </message>
    <message>
        <source>The account {login} is activated and its authenticator set up: you can sign in.</source>
        <translation>Le compte {login} est activé et son authentificateur configuré&#xa0;: vous pouvez vous connecter.</translation>
    </message>
    <message>
        <source>“{text}” is not a date AAAA-MM-JJ.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date AAAA-MM-JJ.</translation>
    </message>
    <message>
        <source>“{text}” is not a profile: utilisateur or administrateur.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas un profil&#xa0;: utilisateur ou administrateur.</translation>
    </message>
    <message>
        <source>confirm that the new account is for another person than the holder of LOGIN, whose e-mail or name is the same (repeat for several)</source>
        <translation>confirme que le nouveau compte est pour une autre personne que le titulaire de LOGIN, qui a la même adresse e-mail ou le même nom (à répéter pour plusieurs)</translation>
    </message>
    <message>
        <source>manage the structure&apos;s accounts (administrators)</source>
        <translation>gérer les comptes de la structure (administrateurs)</translation>
    </message>
    <message>
        <source>list the accounts</source>
        <translation>lister les comptes</translation>
    </message>
    <message>
        <source>create and update accounts from a CSV or XLSX file, all or nothing</source>
        <translation>créer et mettre à jour des comptes depuis un fichier CSV ou XLSX, en tout ou rien</translation>
    </message>
    <message>
        <source>check the file and report, changing nothing</source>
        <translation>vérifier le fichier et rendre compte, sans rien modifier</translation>
    </message>
    <message>
        <source>write the accounts to FILE (XLSX when it ends in .xlsx, else CSV)</source>
        <translation>écrire les comptes dans FILE (XLSX s’il se termine par .xlsx, sinon CSV)</translation>
    </message>
    <message>
        <source>create an account and print its activation code</source>
        <translation>créer un compte et afficher son code d’activation</translation>
    </message>
    <message>
        <source>utilisateur (default) or administrateur</source>
        <translation>utilisateur (par défaut) ou administrateur</translation>
    </message>
    <message>
        <source>rights such as CNRACL:modification|RAFP:lecture; others: aucun</source>
        <translation>droits, par exemple CNRACL:modification|RAFP:lecture&#x202f;; les autres&#xa0;: aucun</translation>
    </message>
    <message>
        <source>issue a new activation code (the password stops working)</source>
        <translation>émettre un nouveau code d’activation (le mot de passe cesse de fonctionner)</translation>
    </message>
    <message>
        <source>renew accounts for 18 months</source>
        <translation>renouveler des comptes pour 18 mois</translation>
    </message>
    <message>
        <source>delete accounts (their logins are never reused)</source>
        <translation>supprimer des comptes (leurs identifiants ne sont jamais réutilisés)</translation>
    </message>
    <message>
        <source>unlock locked accounts</source>
        <translation>déverrouiller des comptes verrouillés</translation>
    </message>
    <message>
        <source>a lost phone: the holder sets up a new authenticator at the next sign-in</source>
        <translation>téléphone perdu&#xa0;: le titulaire configure un nouvel authentificateur à sa prochaine connexion</translation>
    </message>
    <message>
        <source>the last administrator lost authenticator and recovery codes: reset it from the computer holding the store&apos;s data key (password of LOGIN, written in the audit log)</source>
        <translation>le dernier administrateur a perdu authentificateur et codes de secours&#xa0;: réinitialiser depuis le poste qui détient la clé de données du magasin (mot de passe de LOGIN, inscrit au journal d’audit)</translation>
    </message>
    <message>
        <source>what administrators are told on a day: notices, expiries, review</source>
        <translation>ce qui est signalé aux administrateurs un jour donné&#xa0;: avis, expirations, revue</translation>
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation>le jour (par défaut&#xa0;: aujourd’hui)</translation>
    </message>
    <message>
        <source>choose your password with the activation code you were given</source>
        <translation>choisir votre mot de passe avec le code d’activation qui vous a été remis</translation>
    </message>
    <message>
        <source>the account review (revue des comptes)</source>
        <translation>la revue des comptes</translation>
    </message>
    <message>
        <source>write the report of the open review, or else of the last closed one, to FILE: PDF or CSV by its extension</source>
        <translation>écrire dans FILE le rapport de la revue ouverte, ou à défaut de la dernière clôturée&#xa0;: PDF ou CSV selon l’extension</translation>
    </message>
    <message>
        <source>Review report written to {file} ({count} accounts).</source>
        <translation>Rapport de revue écrit dans {file} ({count} comptes).</translation>
    </message>
    <message>
        <source>the structure&apos;s courriers (Vos courriers)</source>
        <translation>les courriers de la structure (Vos courriers)</translation>
    </message>
    <message>
        <source>import the courriers of DIR: each NAME.pdf with its NAME.json beside it</source>
        <translation>importer les courriers de DIR&#xa0;: chaque NAME.pdf avec son NAME.json à côté</translation>
    </message>
    <message>
        <source>Import the courriers of DIR into the structure: each NAME.pdf with its NAME.json beside it. Imported pairs and duplicates are deleted from DIR; rejected pairs go to DIR/rejetés with a NAME.erreur.txt saying why. No --as: like the drop folder, this is the structure&apos;s intake of its mail, not a person&apos;s action; the audit log records it as such.</source>
        <translation>Importe les courriers de DIR dans la structure&#xa0;: chaque NAME.pdf avec son NAME.json à côté. Les paires importées et les doublons sont supprimés de DIR&#x202f;; les paires refusées vont dans DIR/rejetés avec un NAME.erreur.txt qui dit pourquoi. Pas de --as&#xa0;: comme le dossier de dépôt, c’est la réception du courrier de la structure, pas l’action d’une personne&#x202f;; le journal des actions l’enregistre ainsi.</translation>
    </message>
    <message>
        <source>the structure the courriers are for, when the store holds several</source>
        <translation>la structure destinataire des courriers, quand la base en contient plusieurs</translation>
    </message>
    <message>
        <source>Courriers taken</source>
        <translation>Courriers traités</translation>
    </message>
    <message>
        <source>Courriers imported: {count}</source>
        <translation>Courriers importés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Skipped as duplicates: {count}</source>
        <translation>Doublons ignorés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Rejected: {count}</source>
        <translation>Refusés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>mark the courriers ID… read for you</source>
        <translation>marquer les courriers ID… comme lus pour vous</translation>
    </message>
    <message>
        <source>archive the courriers ID… (modification right needed)</source>
        <translation>archiver les courriers ID… (droit Modification nécessaire)</translation>
    </message>
    <message>
        <source>assign the courriers ID… to a colleague, or to nobody (modification right needed)</source>
        <translation>attribuer les courriers ID… à un collègue, ou à personne (droit Modification nécessaire)</translation>
    </message>
    <message>
        <source>the colleague, with rights on the service of each courrier</source>
        <translation>le collègue, qui a des droits sur le service de chaque courrier</translation>
    </message>
    <message>
        <source>take the assignment away</source>
        <translation>retirer l’attribution</translation>
    </message>
    <message>
        <source>list the courriers you may read, newest first</source>
        <translation>lister les courriers que vous pouvez lire, les plus récents d’abord</translation>
    </message>
    <message>
        <source>only those matching TEXT</source>
        <translation>seulement ceux qui contiennent TEXT</translation>
    </message>
    <message>
        <source>only those you have not read</source>
        <translation>seulement ceux que vous n’avez pas lus</translation>
    </message>
    <message>
        <source>the Archives tab instead</source>
        <translation>l’onglet Archives à la place</translation>
    </message>
    <message>
        <source>only this service&apos;s (repeatable)</source>
        <translation>seulement ceux de ce service (répétable)</translation>
    </message>
    <message>
        <source>at most N courriers (default 50)</source>
        <translation>au plus N courriers (50 par défaut)</translation>
    </message>
    <message>
        <source>--limit cannot be negative.</source>
        <translation>--limit ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>Courriers marked read: {count}</source>
        <translation>Courriers marqués comme lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Courriers archived: {count}</source>
        <translation>Courriers archivés&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Courriers unassigned: {count}</source>
        <translation>Courriers sans attribution désormais&#xa0;: {count}</translation>
    </message>
    <message>
        <source>Courriers assigned to {login}: {count}</source>
        <translation>Courriers attribués à {login}&#xa0;: {count}</translation>
    </message>
    <message>
        <source>requests to the funds (Nous contacter)</source>
        <translation>demandes aux fonds (Nous contacter)</translation>
    </message>
    <message>
        <source>print the themes, motifs and sous-motifs, with the fields each one asks for</source>
        <translation>afficher les thèmes, motifs et sous-motifs, avec les champs que chacun demande</translation>
    </message>
    <message>
        <source>Print the contact catalogue: each theme with its fonds, its motifs and their sous-motifs, with the fields each sous-motif asks for (* marks a required field). With --file, check a catalogue being edited and print it, or say what is wrong and where.</source>
        <translation>Affiche le catalogue de contact&#xa0;: chaque thème avec ses fonds, ses motifs et leurs sous-motifs, avec les champs que demande chaque sous-motif (* signale un champ obligatoire). Avec --file, vérifie un catalogue en cours de modification et l’affiche, ou indique ce qui ne va pas et où.</translation>
    </message>
    <message>
        <source>the catalogue in FILE instead of the one shipped</source>
        <translation>le catalogue de FILE au lieu de celui fourni</translation>
    </message>
    <message>
        <source>{mark} required field</source>
        <translation>{mark} champ obligatoire</translation>
    </message>
    <message>
        <source>check a request written in a JSON file and keep it to be sent</source>
        <translation>vérifier une demande écrite dans un fichier JSON et la conserver pour l’envoi</translation>
    </message>
    <message>
        <source>Check the request in FILE by the rules of the form and keep it to be sent; print its reference. FILE is a JSON object: theme, motif and sous_motif are codes from `contact catalogue`; champs holds the sous-motif&apos;s fields by key: text or numbers, true for an attestation, a list of file paths (relative to FILE&apos;s folder) for attachments, a list of {nir, nom, prenom} for agents. An invalid request prints one line per field error, stores nothing and exits 1.</source>
        <translation>Vérifie la demande de FILE selon les règles du formulaire et la conserve pour l’envoi&#x202f;; affiche sa référence. FILE est un objet JSON&#xa0;: theme, motif et sous_motif sont des codes issus de `contact catalogue`&#x202f;; champs contient les champs du sous-motif par clé&#xa0;: texte ou nombres, true pour une attestation, une liste de chemins de fichiers (relatifs au dossier de FILE) pour les pièces jointes, une liste de {nir, nom, prenom} pour les agents. Une demande invalide affiche une ligne par erreur de champ, n’enregistre rien et sort avec le code 1.</translation>
    </message>
    <message>
        <source>the request, as JSON</source>
        <translation>la demande, en JSON</translation>
    </message>
    <message>
        <source>{file} is not a request: {problem}</source>
        <translation>{file} n’est pas une demande&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>{file} cannot be found.</source>
        <translation>{file} est introuvable.</translation>
    </message>
    <message>
        <source>it is not UTF-8 text.</source>
        <translation>ce n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>{file} cannot be read: {error}</source>
        <translation>{file} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>invalid JSON at line {line}, column {column}.</source>
        <translation>JSON invalide à la ligne {line}, colonne {column}.</translation>
    </message>
    <message>
        <source>its values are nested too deeply.</source>
        <translation>ses valeurs sont imbriquées trop profondément.</translation>
    </message>
    <message>
        <source>it holds a number far too long.</source>
        <translation>il contient un nombre beaucoup trop long.</translation>
    </message>
    <message>
        <source>it must be a JSON object.</source>
        <translation>ce doit être un objet JSON.</translation>
    </message>
    <message>
        <source>unknown keys: {keys}.</source>
        <translation>clés inconnues&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>“{key}” must be text.</source>
        <translation>«&#x202f;{key}&#x202f;» doit être un texte.</translation>
    </message>
    <message>
        <source>“{key}” must be an object.</source>
        <translation>«&#x202f;{key}&#x202f;» doit être un objet.</translation>
    </message>
    <message>
        <source>field “{key}” must be text, a number, true or false, a list of file paths or a list of agents.</source>
        <translation>le champ «&#x202f;{key}&#x202f;» doit être un texte, un nombre, true ou false, une liste de chemins de fichiers ou une liste d’agents.</translation>
    </message>
    <message>
        <source>“{place}” must have only nir, nom and prenom, as text.</source>
        <translation>«&#x202f;{place}&#x202f;» ne doit contenir que nir, nom et prenom, sous forme de texte.</translation>
    </message>
    <message>
        <source>the structure&apos;s requests to the funds (Mes échanges)</source>
        <translation>les demandes de la structure aux fonds (Mes échanges)</translation>
    </message>
    <message>
        <source>list your structure&apos;s échanges, the latest first (drafts: yours only)</source>
        <translation>lister les échanges de votre structure, les plus récents d’abord (brouillons&#xa0;: les vôtres seulement)</translation>
    </message>
    <message>
        <source>only those whose reference, theme, motif or sous-motif has TEXT</source>
        <translation>seulement ceux dont la référence, le thème, le motif ou le sous-motif contient TEXT</translation>
    </message>
    <message>
        <source>only those in STATUS: {statuses}</source>
        <translation>seulement ceux à l’état STATUS&#xa0;: {statuses}</translation>
    </message>
    <message>
        <source>[not sent: {error}]</source>
        <translation>[non envoyé&#xa0;: {error}]</translation>
    </message>
    <message>
        <source>check a NIR (French social security number)</source>
        <translation>vérifier un NIR (numéro de sécurité sociale)</translation>
    </message>
    <message>
        <source>print the compact form of a valid NIR; otherwise say what is wrong, exit 1</source>
        <translation>afficher la forme compacte d’un NIR valide&#x202f;; sinon, dire ce qui ne va pas et sortir avec le code 1</translation>
    </message>
    <message>
        <source>the NIR; spaces and dots are allowed</source>
        <translation>le NIR&#x202f;; les espaces et les points sont admis</translation>
    </message>
    <message>
        <source>Nothing to notify on {date} at {time}.</source>
        <translation>Rien à signaler le {date} à {time}.</translation>
    </message>
    <message>
        <source>“{text}” is not a date and time AAAA-MM-JJTHH:MM.</source>
        <translation>«&#x202f;{text}&#x202f;» n’est pas une date et une heure AAAA-MM-JJTHH:MM.</translation>
    </message>
    <message>
        <source>what the application notifies a person of</source>
        <translation>ce que l’application signale à une personne</translation>
    </message>
    <message>
        <source>what would be notified at a given time, without recording it as notified</source>
        <translation>ce qui serait signalé à un moment donné, sans l’enregistrer comme signalé</translation>
    </message>
    <message>
        <source>the moment (default: now)</source>
        <translation>le moment (par défaut&#xa0;: maintenant)</translation>
    </message>
    <message>
        <source>also tell of the courriers waiting in this drop folder</source>
        <translation>signaler aussi les courriers en attente dans ce dossier de dépôt</translation>
    </message>
    <message>
        <source>print one échange: its fields, agents (NIR masked) and thread</source>
        <translation>afficher un échange&#xa0;: ses champs, ses agents (NIR masqué) et son fil</translation>
    </message>
    <message>
        <source>e.g. ECH-2026-000123</source>
        <translation>par exemple ECH-2026-000123</translation>
    </message>
    <message>
        <source>Agents:</source>
        <translation>Agents&#xa0;:</translation>
    </message>
    <message>
        <source>Attachments: {names}</source>
        <translation>Pièces jointes&#xa0;: {names}</translation>
    </message>
    <message>
        <source>sent</source>
        <translation>envoyé</translation>
    </message>
    <message>
        <source>received</source>
        <translation>reçu</translation>
    </message>
    <message>
        <source>write the PDF of the courrier ID to FILE (it is marked read)</source>
        <translation>écrire le PDF du courrier ID dans FICHIER (il est marqué lu)</translation>
    </message>
    <message>
        <source>where to write the PDF; an existing file is replaced</source>
        <translation>où écrire le PDF&#xa0;; un fichier existant est remplacé</translation>
    </message>
    <message>
        <source>Document written to {file}.</source>
        <translation>Document écrit dans {file}.</translation>
    </message>
    <message>
        <source>print a line per change of the courriers you may see (imported, read, assigned, archived…), as it happens on any computer</source>
        <translation>afficher une ligne par changement des courriers que vous pouvez voir (importé, lu, assigné, archivé…), au moment où il a lieu, sur n’importe quel poste</translation>
    </message>
    <message>
        <source>stop after N seconds (default: until interrupted)</source>
        <translation>s’arrêter après N secondes (par défaut&#xa0;: jusqu’à interruption)</translation>
    </message>
    <message>
        <source>print JSON lines with the keys event, id and at</source>
        <translation>afficher des lignes JSON de clés event, id et at</translation>
    </message>
    <message>
        <source>--seconds must be a positive number.</source>
        <translation>--seconds doit être un nombre positif.</translation>
    </message>
</context>
<context>
    <name>CodePrompt</name>
    <message>
        <source>Confirm with your authenticator app</source>
        <translation>Confirmer avec votre application d’authentification</translation>
    </message>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; is a sensitive action. Enter the 6-digit code your authenticator app shows now to confirm it. Without your phone, a recovery code works once.</source>
        <translation>&lt;b&gt;{action}&lt;/b&gt; est une action sensible. Saisissez le code à 6 chiffres affiché en ce moment par votre application d’authentification pour la confirmer. Sans votre téléphone, un code de secours sert une fois.</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>p. ex. 123 456</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
</context>
<context>
    <name>ContactCatalogue</name>
    <message>
        <source>The sous-motif “{parent}” has no field “{code}”; known: {codes}.</source>
        <translation>Le sous-motif «&#x202f;{parent}&#x202f;» n’a pas de champ «&#x202f;{code}&#x202f;»&#x202f;; champs connus&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>The motif “{parent}” has no sous-motif “{code}”; known: {codes}.</source>
        <translation>Le motif «&#x202f;{parent}&#x202f;» n’a pas de sous-motif «&#x202f;{code}&#x202f;»&#x202f;; sous-motifs connus&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>The theme “{parent}” has no motif “{code}”; known: {codes}.</source>
        <translation>Le thème «&#x202f;{parent}&#x202f;» n’a pas de motif «&#x202f;{code}&#x202f;»&#x202f;; motifs connus&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>The contact theme “{code}” is unknown; known: {codes}.</source>
        <translation>Le thème de contact «&#x202f;{code}&#x202f;» est inconnu&#x202f;; thèmes connus&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>The contact catalogue {file} is not UTF-8 text.</source>
        <translation>Le catalogue de contact {file} n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The contact catalogue {file} cannot be read: {error}</source>
        <translation>Le catalogue de contact {file} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The contact catalogue {file} is not valid JSON: {reason} (line {line}, column {column}).</source>
        <translation>Le catalogue de contact {file} n’est pas un JSON valide&#xa0;: {reason} (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The contact catalogue {file} is not valid JSON: its values are nested too deeply or hold a number far too long.</source>
        <translation>Le catalogue de contact {file} n’est pas un JSON valide&#xa0;: ses valeurs sont imbriquées trop profondément ou contiennent un nombre beaucoup trop long.</translation>
    </message>
    <message>
        <source>The contact catalogue {file} is invalid:</source>
        <translation>Le catalogue de contact {file} est invalide&#xa0;:</translation>
    </message>
    <message numerus="yes">
        <source>… and %n more problems.</source>
        <translation>
            <numerusform>… et %n autre problème.</numerusform>
            <numerusform>… et %n autres problèmes.</numerusform>
        </translation>
    </message>
    <message>
        <source>top level</source>
        <translation>niveau racine</translation>
    </message>
    <message>
        <source>unsupported version {value}; expected {version}</source>
        <translation>version {value} non prise en charge&#x202f;; version attendue&#xa0;: {version}</translation>
    </message>
    <message>
        <source>unknown field type {value}; expected one of {types}</source>
        <translation>type de champ {value} inconnu&#x202f;; types possibles&#xa0;: {types}</translation>
    </message>
    <message>
        <source>must be a whole number of at least 1, not {value}</source>
        <translation>doit être un nombre entier supérieur ou égal à 1, et non {value}</translation>
    </message>
    <message>
        <source>applies only to a required field; set “obligatoire” to true or remove “min”</source>
        <translation>ne s’applique qu’à un champ obligatoire&#x202f;; mettez «&#x202f;obligatoire&#x202f;» à true ou retirez «&#x202f;min&#x202f;»</translation>
    </message>
    <message>
        <source>an attestation is always required: must be true</source>
        <translation>une attestation est toujours obligatoire&#xa0;: doit valoir true</translation>
    </message>
    <message>
        <source>must be an object, not {value}</source>
        <translation>doit être un objet, et non {value}</translation>
    </message>
    <message>
        <source>missing key “{key}”</source>
        <translation>clé «&#x202f;{key}&#x202f;» manquante</translation>
    </message>
    <message>
        <source>key “{key}” does not apply to a field of type “{type}”</source>
        <translation>la clé «&#x202f;{key}&#x202f;» ne s’applique pas à un champ de type «&#x202f;{type}&#x202f;»</translation>
    </message>
    <message>
        <source>unknown key “{key}”; expected one of {keys}</source>
        <translation>clé «&#x202f;{key}&#x202f;» inconnue&#x202f;; clés possibles&#xa0;: {keys}</translation>
    </message>
    <message>
        <source>must be a list […], not {value}</source>
        <translation>doit être une liste […], et non {value}</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>ne doit pas être vide</translation>
    </message>
    <message>
        <source>duplicate {key} “{code}”, already used by {other}</source>
        <translation>{key} «&#x202f;{code}&#x202f;» en double, déjà utilisé par {other}</translation>
    </message>
    <message>
        <source>must be a non-empty text, not {value}</source>
        <translation>doit être un texte non vide, et non {value}</translation>
    </message>
    <message>
        <source>contains a control character ({character})</source>
        <translation>contient un caractère de contrôle ({character})</translation>
    </message>
    <message>
        <source>“{value}” is not a valid code: lowercase letters, digits and “_”, starting with a letter, at most 40 characters</source>
        <translation>«&#x202f;{value}&#x202f;» n’est pas un code valide&#xa0;: lettres minuscules, chiffres et «&#x202f;_&#x202f;», commençant par une lettre, 40 caractères au plus</translation>
    </message>
    <message>
        <source>must be true or false, not {value}</source>
        <translation>doit valoir true ou false, et non {value}</translation>
    </message>
    <message>
        <source>must be a non-empty list of fund codes, not {value}</source>
        <translation>doit être une liste non vide de codes de fonds, et non {value}</translation>
    </message>
    <message>
        <source>unknown fund {value}; expected one of {codes}</source>
        <translation>fonds {value} inconnu&#x202f;; fonds possibles&#xa0;: {codes}</translation>
    </message>
    <message>
        <source>the fund {code} is not among the theme&apos;s fonds ({codes})</source>
        <translation>le fonds {code} ne fait pas partie des fonds du thème ({codes})</translation>
    </message>
    <message>
        <source>the fund {code} is listed twice</source>
        <translation>le fonds {code} figure deux fois</translation>
    </message>
</context>
<context>
    <name>ContactDetailsDialog</name>
    <message>
        <source>My contact details</source>
        <translation>Mes coordonnées</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Complete your contact details&lt;/h3&gt;PEP&apos;s asks every account for a valid e-mail address and a telephone number (fixed or mobile).</source>
        <translation>&lt;h3&gt;Complétez vos coordonnées&lt;/h3&gt;PEP’s demande à chaque compte une adresse électronique valide et un numéro de téléphone (fixe ou mobile).</translation>
    </message>
    <message>
        <source>&lt;h3&gt;My contact details&lt;/h3&gt;</source>
        <translation>&lt;h3&gt;Mes coordonnées&lt;/h3&gt;</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>p. ex. 123 456</translation>
    </message>
    <message>
        <source>A change of contact details is confirmed with a code of your authenticator app. A code already used (at sign-in, say) is refused: wait for the next one.</source>
        <translation>Un changement de coordonnées se confirme avec un code de votre application d’authentification. Un code déjà utilisé (à la connexion, par exemple) est refusé&#xa0;: attendez le suivant.</translation>
    </message>
    <message>
        <source>&amp;E-mail</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
    <message>
        <source>&amp;Code of your app</source>
        <translation>Code de votre &amp;application</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>&amp;Later</source>
        <translation>&amp;Plus tard</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
</context>
<context>
    <name>ContactForm</name>
    <message>
        <source>The request cannot be sent:</source>
        <translation>La demande ne peut pas être envoyée&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a theme from the list.</source>
        <translation>Choisissez un thème dans la liste.</translation>
    </message>
    <message>
        <source>Choose a motif from the list.</source>
        <translation>Choisissez un motif dans la liste.</translation>
    </message>
    <message>
        <source>Choose a sous-motif from the list.</source>
        <translation>Choisissez un sous-motif dans la liste.</translation>
    </message>
    <message>
        <source>Write your message.</source>
        <translation>Rédigez votre message.</translation>
    </message>
    <message>
        <source>The message is too long ({count} characters at most).</source>
        <translation>Le message est trop long ({count} caractères au plus).</translation>
    </message>
    <message>
        <source>Tick the box to certify this statement.</source>
        <translation>Cochez la case pour attester cette déclaration.</translation>
    </message>
    <message>
        <source>Write text here, not {value}.</source>
        <translation>Écrivez ici du texte, pas {value}.</translation>
    </message>
    <message>
        <source>a list</source>
        <translation>une liste</translation>
    </message>
    <message>
        <source>Write text here (in quotes), not the number {value}.</source>
        <translation>Écrivez ici du texte (entre guillemets), pas le nombre {value}.</translation>
    </message>
    <message>
        <source>This field is required.</source>
        <translation>Ce champ est obligatoire.</translation>
    </message>
    <message>
        <source>Remove the control character {character}.</source>
        <translation>Retirez le caractère de contrôle {character}.</translation>
    </message>
    <message>
        <source>Write the date as DD/MM/YYYY.</source>
        <translation>Saisissez la date au format JJ/MM/AAAA.</translation>
    </message>
    <message>
        <source>Write an amount in euros, e.g. 1 234,56.</source>
        <translation>Saisissez un montant en euros, par exemple 1 234,56.</translation>
    </message>
    <message>
        <source>Choose a fund from the list.</source>
        <translation>Choisissez un fonds dans la liste.</translation>
    </message>
    <message>
        <source>Too long ({count} characters at most).</source>
        <translation>Trop long ({count} caractères au plus).</translation>
    </message>
    <message numerus="yes">
        <source>Give at least %n agent(s).</source>
        <translation>
            <numerusform>Indiquez au moins %n agent.</numerusform>
            <numerusform>Indiquez au moins %n agents.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Attach at least %n document(s).</source>
        <translation>
            <numerusform>Joignez au moins %n document.</numerusform>
            <numerusform>Joignez au moins %n documents.</numerusform>
        </translation>
    </message>
    <message>
        <source>This agent is already listed.</source>
        <translation>Cet agent figure déjà dans la liste.</translation>
    </message>
    <message>
        <source>Letters only, with spaces, hyphens or apostrophes.</source>
        <translation>Des lettres uniquement, avec espaces, traits d’union ou apostrophes.</translation>
    </message>
    <message>
        <source>The attachments exceed {size} MB together.</source>
        <translation>Les pièces jointes dépassent {size} Mo à elles toutes.</translation>
    </message>
    <message>
        <source>{name} is larger than {size} MB.</source>
        <translation>{name} dépasse {size} Mo.</translation>
    </message>
    <message>
        <source>{name} cannot be found.</source>
        <translation>{name} est introuvable.</translation>
    </message>
    <message>
        <source>{name} is not a valid file name.</source>
        <translation>{name} n’est pas un nom de fichier valide.</translation>
    </message>
    <message>
        <source>{name} cannot be read: {error}</source>
        <translation>{name} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>{name} is empty.</source>
        <translation>{name} est vide.</translation>
    </message>
    <message>
        <source>{name} is neither a PDF nor an image (PNG, JPEG).</source>
        <translation>{name} n’est ni un PDF ni une image (PNG, JPEG).</translation>
    </message>
</context>
<context>
    <name>ContactFormView</name>
    <message>
        <source>&lt;h2&gt;Contact us&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Nous contacter&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Sous-motif</source>
        <translation>Sous-motif</translation>
    </message>
    <message>
        <source>Your message</source>
        <translation>Votre message</translation>
    </message>
    <message>
        <source>Describe your request…</source>
        <translation>Décrivez votre demande…</translation>
    </message>
    <message>
        <source>&amp;Message *</source>
        <translation>&amp;Message *</translation>
    </message>
    <message>
        <source>&amp;Send</source>
        <translation>&amp;Envoyer</translation>
    </message>
    <message>
        <source>&amp;Back to the help centre</source>
        <translation>&amp;Retour au centre d’aide</translation>
    </message>
    <message>
        <source>&amp;Theme</source>
        <translation>&amp;Thème</translation>
    </message>
    <message>
        <source>&amp;Motif</source>
        <translation>M&amp;otif</translation>
    </message>
    <message>
        <source>&amp;Sous-motif</source>
        <translation>&amp;Sous-motif</translation>
    </message>
    <message>
        <source>To complete or correct before sending: {fields}.</source>
        <translation>À compléter ou à corriger avant l’envoi&#xa0;: {fields}.</translation>
    </message>
    <message>
        <source>The request is ready to be sent.</source>
        <translation>La demande est prête à être envoyée.</translation>
    </message>
    <message>
        <source>NIR</source>
        <translation>NIR</translation>
    </message>
    <message>
        <source>last name</source>
        <translation>nom</translation>
    </message>
    <message>
        <source>first name</source>
        <translation>prénom</translation>
    </message>
    <message>
        <source>Agent {number}, {part}: {message}</source>
        <translation>Agent {number}, {part}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Document {number}: {message}</source>
        <translation>Document {number}&#xa0;: {message}</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Message</translation>
    </message>
    <message>
        <source>Draft saved at {time}.</source>
        <translation>Brouillon enregistré à {time}.</translation>
    </message>
    <message>
        <source>Your request {reference} is saved and will be sent.</source>
        <translation>Votre demande {reference} est enregistrée et sera envoyée.</translation>
    </message>
</context>
<context>
    <name>CourrierImport</name>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be read: {error}</source>
        <translation>Le dossier {folder} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>No {file} beside it.</source>
        <translation>Pas de {file} à côté.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read as a courrier&apos;s description.</source>
        <translation>Le fichier {file} ne peut pas être lu comme la description d’un courrier.</translation>
    </message>
    <message>
        <source>The store refused the courrier of {file}: {error}</source>
        <translation>La base a refusé le courrier de {file}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>This store has no structure yet: create it before importing courriers.</source>
        <translation>Cette base n’a pas encore de structure&#xa0;: créez-la avant d’importer des courriers.</translation>
    </message>
    <message>
        <source>This store holds several structures: name the one the courriers are for.</source>
        <translation>Cette base contient plusieurs structures&#xa0;: indiquez celle à qui sont destinés les courriers.</translation>
    </message>
    <message>
        <source>In {file}, the service “{service}” is unknown; known: {codes}.</source>
        <translation>Dans {file}, le service «&#x202f;{service}&#x202f;» est inconnu&#x202f;; services connus&#xa0;: {codes}.</translation>
    </message>
    <message>
        <source>The file {file} cannot be read: {error}</source>
        <translation>Le fichier {file} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The file {file} is empty.</source>
        <translation>Le fichier {file} est vide.</translation>
    </message>
    <message>
        <source>The file {file} is not a PDF document.</source>
        <translation>Le fichier {file} n’est pas un document PDF.</translation>
    </message>
    <message>
        <source>No sidecar {file} beside it yet: left where it is.</source>
        <translation>Pas encore de fichier {file} à côté&#xa0;: laissé en place.</translation>
    </message>
    <message>
        <source>The file {file} is too large for a sidecar ({size} bytes).</source>
        <translation>Le fichier {file} est trop volumineux pour une description de courrier ({size} octets).</translation>
    </message>
    <message>
        <source>The file {file} is not UTF-8 text.</source>
        <translation>Le fichier {file} n’est pas un texte UTF-8.</translation>
    </message>
    <message>
        <source>The file {file} is not valid JSON (line {line}, column {column}).</source>
        <translation>Le fichier {file} n’est pas un JSON valide (ligne {line}, colonne {column}).</translation>
    </message>
    <message>
        <source>The file {file} nests its values too deeply.</source>
        <translation>Le fichier {file} imbrique ses valeurs trop profondément.</translation>
    </message>
    <message>
        <source>The file {file} holds a number far too long.</source>
        <translation>Le fichier {file} contient un nombre beaucoup trop long.</translation>
    </message>
    <message>
        <source>The file {file} must hold one JSON object.</source>
        <translation>Le fichier {file} doit contenir un objet JSON.</translation>
    </message>
    <message>
        <source>In {file}, “{key}” must be true or false.</source>
        <translation>Dans {file}, «&#x202f;{key}&#x202f;» doit valoir true ou false.</translation>
    </message>
    <message>
        <source>In {file}, the type “{type}” is unknown; known types: {types}.</source>
        <translation>Dans {file}, le type «&#x202f;{type}&#x202f;» est inconnu&#x202f;; types connus&#xa0;: {types}.</translation>
    </message>
    <message>
        <source>In {file}, missing keys: {keys}.</source>
        <translation>Dans {file}, clés manquantes&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>In {file}, unknown keys: {keys}.</source>
        <translation>Dans {file}, clés inconnues&#xa0;: {keys}.</translation>
    </message>
    <message>
        <source>In {file}, “{key}” must be a non-empty text.</source>
        <translation>Dans {file}, «&#x202f;{key}&#x202f;» doit être un texte non vide.</translation>
    </message>
    <message>
        <source>In {file}, “{key}” contains a control character ({name}).</source>
        <translation>Dans {file}, «&#x202f;{N}{key}{N}&#x202f;» contient un caractère de contrôle ({name}).</translation>
    </message>
    <message>
        <source>In {file}, “{key}” is longer than {length} characters.</source>
        <translation>Dans {file}, «&#x202f;{key}&#x202f;» dépasse {length} caractères.</translation>
    </message>
    <message>
        <source>In {file}, “{key}” must be a date written YYYY-MM-DD, not {value}.</source>
        <translation>Dans {file}, «&#x202f;{key}&#x202f;» doit être une date écrite AAAA-MM-JJ, et non {value}.</translation>
    </message>
    <message>
        <source>In {file}, “montant” must be a decimal number in quotes with at most 2 decimals, such as &quot;1234.56&quot;, not {value}.</source>
        <translation>Dans {file}, «&#x202f;montant&#x202f;» doit être un nombre décimal entre guillemets, avec 2 décimales au plus, comme &quot;1234.56&quot;, et non {value}.</translation>
    </message>
</context>
<context>
    <name>CourrierReader</name>
    <message>
        <source>The courrier&apos;s details</source>
        <translation>Les détails du courrier</translation>
    </message>
    <message>
        <source>Back</source>
        <translation>Retour</translation>
    </message>
    <message>
        <source>Back to the list (Esc)</source>
        <translation>Retour à la liste (Échap)</translation>
    </message>
    <message>
        <source>Save as…</source>
        <translation>Enregistrer sous…</translation>
    </message>
    <message>
        <source>Save a copy of the document (Ctrl+S)</source>
        <translation>Enregistrer une copie du document (Ctrl+S)</translation>
    </message>
    <message>
        <source>Open with the default application</source>
        <translation>Ouvrir avec l’application par défaut</translation>
    </message>
    <message>
        <source>Previous courrier</source>
        <translation>Courrier précédent</translation>
    </message>
    <message>
        <source>Next courrier</source>
        <translation>Courrier suivant</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Assigner &amp;à…</translation>
    </message>
    <message>
        <source>Courrier actions</source>
        <translation>Actions sur le courrier</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>The courrier&apos;s document</source>
        <translation>Le document du courrier</translation>
    </message>
    <message>
        <source>Opening the courrier…</source>
        <translation>Ouverture du courrier…</translation>
    </message>
    <message>
        <source>This courrier cannot be shown.</source>
        <translation>Ce courrier ne peut pas être affiché.</translation>
    </message>
    <message>
        <source>Yes</source>
        <translation>Oui</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>Nobody</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>The document of this courrier cannot be displayed: it is damaged or not a valid PDF. Ask your administrator to import it again.</source>
        <translation>Le document de ce courrier ne peut pas être affiché&#xa0;: il est endommagé ou n’est pas un PDF valide. Demandez à votre administrateur de l’importer de nouveau.</translation>
    </message>
    <message>
        <source>No document to show.</source>
        <translation>Aucun document à afficher.</translation>
    </message>
    <message>
        <source>Document saved to {path}.</source>
        <translation>Document enregistré dans {path}.</translation>
    </message>
    <message>
        <source>No application could open the document. A copy is available at {path}.</source>
        <translation>Aucune application n’a pu ouvrir le document. Une copie est disponible ici&#xa0;: {path}.</translation>
    </message>
    <message>
        <source>Save the courrier&apos;s document</source>
        <translation>Enregistrer le document du courrier</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
<context>
    <name>CourrierReading</name>
    <message>
        <source>No document is attached to this courrier.</source>
        <translation>Aucun document n’est joint à ce courrier.</translation>
    </message>
    <message>
        <source>The document of this courrier is missing from the store ({path}). Ask your administrator to import it again.</source>
        <translation>Le document de ce courrier est absent de la base de données ({path}). Demandez à votre administrateur de l’importer de nouveau.</translation>
    </message>
    <message>
        <source>The document of this courrier cannot be read ({path}): {error}</source>
        <translation>Le document de ce courrier ne peut pas être lu ({path})&#xa0;: {error}</translation>
    </message>
    <message>
        <source>The document of this courrier is damaged: its content is no longer the one received ({path}). Ask your administrator to import it again.</source>
        <translation>Le document de ce courrier est endommagé&#xa0;: son contenu n’est plus celui reçu ({path}). Demandez à votre administrateur de l’importer de nouveau.</translation>
    </message>
    <message>
        <source>The document of this courrier is not a PDF file ({path}).</source>
        <translation>Le document de ce courrier n’est pas un fichier PDF ({path}).</translation>
    </message>
    <message>
        <source>The document could not be saved to {path}: {error}</source>
        <translation>Le document n’a pas pu être enregistré dans {path}&#xa0;: {error}</translation>
    </message>
    <message>
        <source>A copy of the document could not be written to {path}: {error}</source>
        <translation>Une copie du document n’a pas pu être écrite dans {path}&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>CourrierWords</name>
    <message>
        <source>Invoice</source>
        <translation>Facture</translation>
    </message>
    <message>
        <source>Late-payment surcharge invoice</source>
        <translation>Facture de majorations de retard</translation>
    </message>
    <message>
        <source>Account statement</source>
        <translation>État de compte</translation>
    </message>
    <message>
        <source>Notification</source>
        <translation>Notification</translation>
    </message>
    <message>
        <source>Certificate</source>
        <translation>Attestation</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>PEP&apos;s Desktop met an unexpected error. Your data is safe: the operation in progress was cancelled.

Details are in the log file:
{path}</source>
        <translation>PEP&apos;s Desktop a rencontré une erreur inattendue. Vos données sont intactes&#xa0;: l’opération en cours a été annulée.

Le détail est dans le journal&#xa0;:
{path}</translation>
    </message>
    <message>
        <source>PEP&apos;s Desktop</source>
        <translation>PEP&apos;s Desktop</translation>
    </message>
</context>
<context>
    <name>CreateAccountWizard</name>
    <message>
        <source>New account</source>
        <translation>Nouveau compte</translation>
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation>&amp;Créer le compte</translation>
    </message>
    <message>
        <source>Creating an account</source>
        <translation>La création d’un compte</translation>
    </message>
    <message>
        <source>This person already has an account</source>
        <translation>Cette personne a déjà un compte</translation>
    </message>
    <message>
        <source>&amp;Modify that account</source>
        <translation>&amp;Modifier ce compte</translation>
    </message>
    <message>
        <source>&amp;Another person: create</source>
        <translation>&amp;Autre personne&#xa0;: créer</translation>
    </message>
    <message>
        <source>&amp;Create the new account</source>
        <translation>&amp;Créer le nouveau compte</translation>
    </message>
    <message>
        <source>The account of {prenom} {nom} is created; it is valid for 18 months. Its holder signs in for the first time with this code.</source>
        <translation>Le compte {of_holder} est créé&#x202f;; il est valable 18 mois. Son titulaire se connecte pour la première fois avec ce code.</translation>
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your successor&apos;s account</source>
        <translation>Le compte de votre successeur</translation>
    </message>
    <message>
        <source>A new administrator account, with your rights on the services. Its login, made from the name, and its activation code are shown at the end.</source>
        <translation>Un nouveau compte administrateur, avec vos droits sur les services. Son identifiant, formé à partir du nom, et son code d’activation sont affichés à la fin.</translation>
    </message>
    <message>
        <source>&amp;Last name</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
</context>
<context>
    <name>CreatedPage</name>
    <message>
        <source>Account created</source>
        <translation>Compte créé</translation>
    </message>
</context>
<context>
    <name>DashboardCards</name>
    <message numerus="yes">
        <source>%n overdue</source>
        <translation>
            <numerusform>%n en retard</numerusform>
            <numerusform>%n en retard</numerusform>
        </translation>
    </message>
    <message>
        <source>next due date: {date}</source>
        <translation>prochaine échéance&#xa0;: {date}</translation>
    </message>
    <message>
        <source>unread courriers</source>
        <translation>courriers non lus</translation>
    </message>
    <message>
        <source>Read them</source>
        <translation>Les lire</translation>
    </message>
    <message>
        <source>courriers needing an action</source>
        <translation>courriers demandant une action</translation>
    </message>
    <message>
        <source>Handle them</source>
        <translation>Les traiter</translation>
    </message>
    <message>
        <source>échanges awaiting an answer</source>
        <translation>échanges en attente de réponse</translation>
    </message>
    <message>
        <source>Follow them</source>
        <translation>Les suivre</translation>
    </message>
    <message>
        <source>expired accounts</source>
        <translation>comptes expirés</translation>
    </message>
    <message>
        <source>Renew or delete</source>
        <translation>Renouveler ou supprimer</translation>
    </message>
    <message>
        <source>locked accounts</source>
        <translation>comptes verrouillés</translation>
    </message>
    <message>
        <source>Unlock them</source>
        <translation>Les déverrouiller</translation>
    </message>
    <message>
        <source>accounts expiring within 60 days</source>
        <translation>comptes expirant dans les 60 jours</translation>
    </message>
    <message>
        <source>Renew them</source>
        <translation>Les renouveler</translation>
    </message>
    <message>
        <source>next account review due</source>
        <translation>date limite de la prochaine revue des comptes</translation>
    </message>
    <message>
        <source>Open the review</source>
        <translation>Ouvrir la revue</translation>
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Your structure has fewer than two active administrators. Name a second one: it helps during holidays and to unlock accounts.</source>
        <translation>Votre structure a moins de deux administrateurs actifs. Désignez-en un second&#xa0;: c’est utile pendant les congés et pour déverrouiller les comptes.</translation>
    </message>
    <message>
        <source>To do</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>1 account lacks the e-mail or telephone PEP&apos;s requires: it is flagged in Account management, and its holder is asked at sign-in.</source>
        <translation>1 compte n’a pas le courriel ou le téléphone qu’exige PEP’s&#xa0;: il est signalé dans la gestion des comptes, et son titulaire est invité à les compléter à la connexion.</translation>
    </message>
    <message>
        <source>{count} accounts lack the e-mail or telephone PEP&apos;s requires: they are flagged in Account management, and their holders are asked at sign-in.</source>
        <translation>{count} comptes n’ont pas le courriel ou le téléphone qu’exige PEP’s&#xa0;: ils sont signalés dans la gestion des comptes, et leurs titulaires sont invités à les compléter à la connexion.</translation>
    </message>
    <message>
        <source>{prenom} {nom} left the structure on {date}: as their successor, delete their account.</source>
        <translation>{prenom} {nom} a quitté la structure le {date}&#xa0;: en tant que successeur, supprimez son compte.</translation>
    </message>
    <message>
        <source>Delete this account…</source>
        <translation>Supprimer ce compte…</translation>
    </message>
    <message>
        <source>Delete an account</source>
        <translation>Supprimer un compte</translation>
    </message>
    <message>
        <source>Delete the account {login} of {prenom} {nom}? This cannot be undone.</source>
        <translation>Supprimer le compte {login} {of_holder}&#x202f;? Cette action est irréversible.</translation>
    </message>
    <message>
        <source>The figures could not be loaded: {error}</source>
        <translation>Les chiffres n’ont pas pu être chargés&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>DataKey</name>
    <message>
        <source>The data key kept in {where} is damaged; it was left as it is. Restore it from a backup to read this store&apos;s personal data.</source>
        <translation>La clé de données conservée dans {where} est endommagée&#x202f;; elle a été laissée telle quelle. Restaurez-la depuis une sauvegarde pour lire les données personnelles de cette base de données.</translation>
    </message>
    <message>
        <source>the keyring</source>
        <translation>le trousseau du système</translation>
    </message>
</context>
<context>
    <name>DecisionDelegate</name>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Search by name or login</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>Show</source>
        <translation>Afficher</translation>
    </message>
    <message>
        <source>All accounts</source>
        <translation>Tous les comptes</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation>Affic&amp;her&#xa0;:</translation>
    </message>
    <message>
        <source>Keep and renew</source>
        <translation>Conserver et renouveler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Follow the recommendation</source>
        <translation>Suivre la recommandation</translation>
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation>Justification (facultative)</translation>
    </message>
    <message>
        <source>Reason for the selected accounts</source>
        <translation>Justification pour les comptes sélectionnés</translation>
    </message>
    <message>
        <source>Selected accounts:</source>
        <translation>Comptes sélectionnés&#xa0;:</translation>
    </message>
    <message>
        <source>Accounts to review</source>
        <translation>Comptes à examiner</translation>
    </message>
    <message>
        <source>Review progress</source>
        <translation>Avancement de la revue</translation>
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation>Exporter en &amp;PDF</translation>
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation>Exporter en &amp;CSV</translation>
    </message>
    <message>
        <source>&amp;Apply the review…</source>
        <translation>&amp;Appliquer la revue…</translation>
    </message>
    <message>
        <source>{decided} / {total} decided</source>
        <translation>Décidés&#xa0;: {decided} sur {total}</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still to decide.</source>
        <translation>
            <numerusform>Encore %n compte à décider.</numerusform>
            <numerusform>Encore %n comptes à décider.</numerusform>
        </translation>
    </message>
    <message>
        <source>Every account is decided: you can apply.</source>
        <translation>Chaque compte a sa décision&#xa0;: vous pouvez appliquer la revue.</translation>
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This store already has a structure: the demo only fills an empty store.</source>
        <translation>Cette base a déjà une structure&#xa0;: la démonstration ne remplit qu’une base vide.</translation>
    </message>
    <message>
        <source>The demo needs at least {count} accounts.</source>
        <translation>La démonstration a besoin d’au moins {count} comptes.</translation>
    </message>
    <message>
        <source>The number of courriers cannot be negative.</source>
        <translation>Le nombre de courriers ne peut pas être négatif.</translation>
    </message>
    <message>
        <source>This store has no services: it was not migrated.</source>
        <translation>Cette base n’a pas de services&#xa0;: elle n’a pas été migrée.</translation>
    </message>
</context>
<context>
    <name>DeparturePage</name>
    <message>
        <source>Your departure</source>
        <translation>Votre départ</translation>
    </message>
    <message>
        <source>From the day after this date, your successor is asked to delete your account. Confirm with a code of your authenticator app: this changes who administers the structure.</source>
        <translation>Dès le lendemain de cette date, votre successeur est invité à supprimer votre compte. Confirmez avec un code de votre application d’authentification&#xa0;: cela change qui administre la structure.</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>p. ex. 123 456</translation>
    </message>
    <message>
        <source>&amp;Code of your app</source>
        <translation>Code de votre &amp;application</translation>
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation>&amp;Date de départ</translation>
    </message>
    <message>
        <source>Saving…</source>
        <translation>Enregistrement…</translation>
    </message>
</context>
<context>
    <name>Devices</name>
    <message>
        <source>unnamed computer</source>
        <translation>poste sans nom</translation>
    </message>
    <message>
        <source>No device {number} among yours.</source>
        <translation>Aucun poste {number} parmi les vôtres.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Export the report as PDF</source>
        <translation>Exporter le rapport en PDF</translation>
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation>Exporter le rapport en CSV</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) renewed</source>
        <translation>
            <numerusform>%n compte renouvelé</numerusform>
            <numerusform>%n comptes renouvelés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n deleted</source>
        <translation>
            <numerusform>%n supprimé</numerusform>
            <numerusform>%n supprimés</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n kept as they were</source>
        <translation>
            <numerusform>%n conservé en l’état</numerusform>
            <numerusform>%n conservés en l’état</numerusform>
        </translation>
    </message>
    <message>
        <source>The next review is due by {date}.</source>
        <translation>La prochaine revue est à faire au plus tard le {date}.</translation>
    </message>
    <message>
        <source>Your own account was deleted: you will be signed out.</source>
        <translation>Votre propre compte a été supprimé&#xa0;: vous allez être déconnecté.</translation>
    </message>
    <message>
        <source>Your successor is named</source>
        <translation>Votre successeur est désigné</translation>
    </message>
    <message>
        <source>{login} is an administrator of the structure. After your departure on {date}, the administrators will be asked to delete your account.</source>
        <translation>{login} est administrateur de la structure. Après votre départ le {date}, les administrateurs seront invités à supprimer votre compte.</translation>
    </message>
    <message>
        <source>Login: {login}</source>
        <translation>Identifiant&#xa0;: {login}</translation>
    </message>
    <message>
        <source>One-time activation code</source>
        <translation>Code d’activation à usage unique</translation>
    </message>
    <message>
        <source>Give this one-time activation code to your successor in person. With their login, it lets them choose their password once, until {date}.</source>
        <translation>Remettez en main propre ce code d’activation à usage unique à votre successeur. Avec son identifiant, il lui permet de choisir son mot de passe, une seule fois, jusqu’au {date}.</translation>
    </message>
</context>
<context>
    <name>EchangeDetailPanel</name>
    <message>
        <source>Échange details</source>
        <translation>Détails de l’échange</translation>
    </message>
    <message>
        <source>Select an échange to read its messages.</source>
        <translation>Sélectionnez un échange pour lire ses messages.</translation>
    </message>
    <message>
        <source>Not sent: {error}
It will be tried again at the next sending.</source>
        <translation>Non envoyé&#xa0;: {error}
Un nouvel essai aura lieu au prochain envoi.</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>Agents concerned</source>
        <translation>Agents concernés</translation>
    </message>
    <message>
        <source>Attachments</source>
        <translation>Pièces jointes</translation>
    </message>
    <message>
        <source>Messages</source>
        <translation>Messages</translation>
    </message>
    <message>
        <source>No message yet.</source>
        <translation>Aucun message pour l’instant.</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Motif</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>Créé le</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Certified</source>
        <translation>Attesté</translation>
    </message>
    <message>
        <source>Written on {date}, not sent yet</source>
        <translation>Rédigé le {date}, pas encore envoyé</translation>
    </message>
    <message>
        <source>Sent on {date}</source>
        <translation>Envoyé le {date}</translation>
    </message>
    <message>
        <source>Received on {date}</source>
        <translation>Reçu le {date}</translation>
    </message>
    <message>
        <source>Draft, not sent</source>
        <translation>Brouillon, non envoyé</translation>
    </message>
</context>
<context>
    <name>EchangeHistory</name>
    <message>
        <source>This échange does not exist.</source>
        <translation>Cet échange n’existe pas.</translation>
    </message>
    <message>
        <source>The answer is empty.</source>
        <translation>La réponse est vide.</translation>
    </message>
    <message>
        <source>The answer is too long.</source>
        <translation>La réponse est trop longue.</translation>
    </message>
    <message>
        <source>A draft or a closed échange cannot receive an answer.</source>
        <translation>Un brouillon ou un échange clos ne peut pas recevoir de réponse.</translation>
    </message>
    <message>
        <source>This file is not an e-mail message.</source>
        <translation>Ce fichier n’est pas un courriel.</translation>
    </message>
    <message>
        <source>This message names no échange of your structure (no ECH-YYYY-NNNNNN reference in its subject, and it answers none of your messages).</source>
        <translation>Ce message ne désigne aucun échange de votre structure (aucune référence ECH-AAAA-NNNNNN dans son objet, et il ne répond à aucun de vos messages).</translation>
    </message>
</context>
<context>
    <name>EchangeSending</name>
    <message>
        <source>The attachment {name} is missing from the store ({path}).</source>
        <translation>La pièce jointe {name} est absente de la base de données ({path}).</translation>
    </message>
</context>
<context>
    <name>EchangeStatus</name>
    <message>
        <source>Draft</source>
        <translation>Brouillon</translation>
    </message>
    <message>
        <source>To send</source>
        <translation>À envoyer</translation>
    </message>
    <message>
        <source>Sent</source>
        <translation>Envoyé</translation>
    </message>
    <message>
        <source>Answered</source>
        <translation>Répondu</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>Clos</translation>
    </message>
</context>
<context>
    <name>Echanges</name>
    <message>
        <source>This draft no longer exists.</source>
        <translation>Ce brouillon n’existe plus.</translation>
    </message>
</context>
<context>
    <name>EchangesModel</name>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>Theme</source>
        <translation>Thème</translation>
    </message>
    <message>
        <source>Motif / sous-motif</source>
        <translation>Motif / sous-motif</translation>
    </message>
    <message>
        <source>Author</source>
        <translation>Auteur</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Not sent: {error}</source>
        <translation>Non envoyé&#xa0;: {error}</translation>
    </message>
</context>
<context>
    <name>EchangesView</name>
    <message>
        <source>&lt;h2&gt;My échanges&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mes échanges&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;New request</source>
        <translation>&amp;Nouvelle demande</translation>
    </message>
    <message>
        <source>&amp;Add an answer…</source>
        <translation>&amp;Ajouter une réponse…</translation>
    </message>
    <message>
        <source>&amp;Import an answer (.eml)…</source>
        <translation>&amp;Importer une réponse (.eml)…</translation>
    </message>
    <message>
        <source>&amp;Send now</source>
        <translation>&amp;Envoyer maintenant</translation>
    </message>
    <message>
        <source>Send the requests waiting to be sent, as set in the settings</source>
        <translation>Envoyer les demandes en attente d’envoi, selon les paramètres</translation>
    </message>
    <message>
        <source>&amp;Continue the draft</source>
        <translation>&amp;Continuer le brouillon</translation>
    </message>
    <message>
        <source>&amp;Delete the draft</source>
        <translation>&amp;Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actualise&amp;r</translation>
    </message>
    <message>
        <source>Read the list again (F5)</source>
        <translation>Relire la liste (F5)</translation>
    </message>
    <message>
        <source>Search the reference, theme, motif…</source>
        <translation>Rechercher une référence, un thème, un motif…</translation>
    </message>
    <message>
        <source>Search the échanges</source>
        <translation>Rechercher dans les échanges</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>All statuses</source>
        <translation>Tous les états</translation>
    </message>
    <message>
        <source>S&amp;tatus:</source>
        <translation>É&amp;tat&#xa0;:</translation>
    </message>
    <message>
        <source>Échanges</source>
        <translation>Échanges</translation>
    </message>
    <message>
        <source>Échange actions</source>
        <translation>Actions sur les échanges</translation>
    </message>
    <message>
        <source>The échanges could not be read: {error}</source>
        <translation>Les échanges n’ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message numerus="yes">
        <source>%Ln échange(s)</source>
        <translation>
            <numerusform>%Ln échange</numerusform>
            <numerusform>%Ln échanges</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) written to the folder {folder}, ready to send or upload: {references}.</source>
        <translation>
            <numerusform>%n demande écrite dans le dossier {folder}, prête à envoyer ou à déposer&#xa0;: {references}.</numerusform>
            <numerusform>%n demandes écrites dans le dossier {folder}, prêtes à envoyer ou à déposer&#xa0;: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) sent: {references}.</source>
        <translation>
            <numerusform>%n demande envoyée&#xa0;: {references}.</numerusform>
            <numerusform>%n demandes envoyées&#xa0;: {references}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n request(s) not sent; they stay to send:</source>
        <translation>
            <numerusform>%n demande non envoyée&#x202f;; elle reste à envoyer&#xa0;:</numerusform>
            <numerusform>%n demandes non envoyées&#x202f;; elles restent à envoyer&#xa0;:</numerusform>
        </translation>
    </message>
    <message>
        <source>• {reference}: {reason}</source>
        <translation>• {reference}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No échange matches this search.</source>
        <translation>Aucun échange ne correspond à cette recherche.</translation>
    </message>
    <message>
        <source>No échange yet: write to the funds with “New request”.</source>
        <translation>Aucun échange pour l’instant&#xa0;: écrivez aux fonds avec «&#x202f;Nouvelle demande&#x202f;».</translation>
    </message>
    <message>
        <source>The answer was attached to {reference}.</source>
        <translation>La réponse a été jointe à {reference}.</translation>
    </message>
    <message>
        <source>The file {file} could not be read: {reason}</source>
        <translation>Le fichier {file} n’a pas pu être lu&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The file {file} is too large to be an answer.</source>
        <translation>Le fichier {file} est trop volumineux pour être une réponse.</translation>
    </message>
    <message>
        <source>The answer in {file} was attached to {reference}.</source>
        <translation>La réponse contenue dans {file} a été jointe à {reference}.</translation>
    </message>
    <message>
        <source>Import an answer</source>
        <translation>Importer une réponse</translation>
    </message>
    <message>
        <source>E-mail messages (*.eml);;All files (*)</source>
        <translation>Courriels (*.eml);;Tous les fichiers (*)</translation>
    </message>
    <message>
        <source>The draft {reference} was deleted.</source>
        <translation>Le brouillon {reference} a été supprimé.</translation>
    </message>
    <message>
        <source>Delete the draft</source>
        <translation>Supprimer le brouillon</translation>
    </message>
    <message>
        <source>Delete the draft {reference} ({subject})? It cannot be brought back.</source>
        <translation>Supprimer le brouillon {reference} ({subject})&#x202f;? Il ne pourra pas être récupéré.</translation>
    </message>
    <message>
        <source>Sending the requests…</source>
        <translation>Envoi des demandes…</translation>
    </message>
    <message>
        <source>No request was waiting to be sent.</source>
        <translation>Aucune demande n’était en attente d’envoi.</translation>
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Modify the account {login}</source>
        <translation>Modifier le compte {login}</translation>
    </message>
    <message>
        <source>&lt;b&gt;{login}&lt;/b&gt; · {status} · expires on {date}</source>
        <translation>&lt;b&gt;{login}&lt;/b&gt; · {status} · expire le {date}</translation>
    </message>
    <message>
        <source>Correct a misspelt name here. For another person, create a new account: an account is never given to someone else.</source>
        <translation>Corrigez ici un nom mal orthographié. Pour une autre personne, créez un nouveau compte&#xa0;: un compte n’est jamais attribué à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>Identity and contact</source>
        <translation>Identité et coordonnées</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rights per service</source>
        <translation>Droits par service</translation>
    </message>
    <message>
        <source>&amp;Save</source>
        <translation>&amp;Enregistrer</translation>
    </message>
    <message>
        <source>Modifying an account</source>
        <translation>La modification d’un compte</translation>
    </message>
</context>
<context>
    <name>Enrolment</name>
    <message>
        <source>No new authenticator is waiting for its first code: start again to get a new QR code.</source>
        <translation>Aucun nouvel authentificateur n’attend son premier code&#xa0;: recommencez pour obtenir un nouveau code QR.</translation>
    </message>
    <message>
        <source>To change your own authenticator, use “My account”: a code of your current one, or a recovery code, is enough.</source>
        <translation>Pour changer votre propre authentificateur, passez par «&#xa0;Mon compte&#xa0;»&#xa0;: un code de l’actuel, ou un code de secours, suffit.</translation>
    </message>
    <message>
        <source>Only an administrator can reset their own second factor this way; ask an administrator of your structure.</source>
        <translation>Seul un administrateur peut réinitialiser ainsi sa propre double authentification&#xa0;; adressez-vous à un administrateur de votre structure.</translation>
    </message>
    <message>
        <source>Another administrator can reset your second factor: ask {logins}.</source>
        <translation>Un autre administrateur peut réinitialiser votre double authentification&#xa0;: adressez-vous à {logins}.</translation>
    </message>
</context>
<context>
    <name>EnrolmentDialog</name>
    <message>
        <source>Set up your authenticator app</source>
        <translation>Configurer votre application d’authentification</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Protect your account with a second factor&lt;/h3&gt;PEP&apos;s asks for a one-time code at your first sign-in on a computer, then every 7 days, and before sensitive actions. Install an authenticator app on your professional phone (Microsoft Authenticator, FreeOTP, Google Authenticator…), then scan this QR code with it.</source>
        <translation>&lt;h3&gt;Protégez votre compte par une double authentification&lt;/h3&gt;PEP’s demande un code à usage unique à votre première connexion sur un poste, puis tous les 7 jours, et avant les actions sensibles. Installez une application d’authentification sur votre téléphone professionnel (Microsoft Authenticator, FreeOTP, Google Authenticator…), puis scannez ce code QR avec elle.</translation>
    </message>
    <message>
        <source>QR code to scan with your authenticator app</source>
        <translation>Code QR à scanner avec votre application d’authentification</translation>
    </message>
    <message>
        <source>No camera? In the app, choose to enter a key by hand, then type this key (account: {login}, time-based):</source>
        <translation>Pas d’appareil photo&#xa0;? Dans l’application, choisissez de saisir une clé à la main, puis tapez cette clé (compte&#xa0;: {login}, basée sur le temps)&#xa0;:</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>p. ex. 123 456</translation>
    </message>
    <message>
        <source>&amp;Code shown by the app</source>
        <translation>&amp;Code affiché par l’application</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Your app is set up. Keep your recovery codes&lt;/h3&gt;Without your phone, each of these codes replaces the app&apos;s code once. Write them down or print them, and keep them apart from your computer: they are shown only now.</source>
        <translation>&lt;h3&gt;Votre application est configurée. Gardez vos codes de secours&lt;/h3&gt;Sans votre téléphone, chacun de ces codes remplace une fois le code de l’application. Notez-les ou imprimez-les, et rangez-les à l’écart de votre poste&#xa0;: ils ne sont affichés que maintenant.</translation>
    </message>
    <message>
        <source>Co&amp;py the codes</source>
        <translation>Co&amp;pier les codes</translation>
    </message>
    <message>
        <source>I have &amp;written down my recovery codes</source>
        <translation>J’ai &amp;noté mes codes de secours</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
</context>
<context>
    <name>FilterBar</name>
    <message>
        <source>Saved view</source>
        <translation>Vue enregistrée</translation>
    </message>
    <message>
        <source>All courriers</source>
        <translation>Tous les courriers</translation>
    </message>
    <message>
        <source>To handle (assigned to me)</source>
        <translation>À traiter (assignés à moi)</translation>
    </message>
    <message>
        <source>Action required</source>
        <translation>Action requise</translation>
    </message>
    <message>
        <source>Search the subject and reference…</source>
        <translation>Rechercher dans l’objet et la référence…</translation>
    </message>
    <message>
        <source>Search the courriers</source>
        <translation>Rechercher dans les courriers</translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>Filtres</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>All funds</source>
        <translation>Tous les fonds</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>All types</source>
        <translation>Tous les types</translation>
    </message>
    <message>
        <source>With or without action</source>
        <translation>Avec ou sans action</translation>
    </message>
    <message>
        <source>No action required</source>
        <translation>Sans action requise</translation>
    </message>
    <message>
        <source>Assignment</source>
        <translation>Assignation</translation>
    </message>
    <message>
        <source>Assigned to anyone</source>
        <translation>Assignés ou non</translation>
    </message>
    <message>
        <source>Assigned to me</source>
        <translation>Assignés à moi</translation>
    </message>
    <message>
        <source>Unassigned</source>
        <translation>Non assignés</translation>
    </message>
    <message>
        <source>Read state</source>
        <translation>État de lecture</translation>
    </message>
    <message>
        <source>Read and unread</source>
        <translation>Lus et non lus</translation>
    </message>
    <message>
        <source>Unread</source>
        <translation>Non lus</translation>
    </message>
    <message>
        <source>Read</source>
        <translation>Lus</translation>
    </message>
    <message>
        <source>Received from</source>
        <translation>Reçus à partir du</translation>
    </message>
    <message>
        <source>Received until</source>
        <translation>Reçus jusqu’au</translation>
    </message>
    <message>
        <source>Clear the filters</source>
        <translation>Effacer les filtres</translation>
    </message>
    <message>
        <source>&amp;View:</source>
        <translation>&amp;Vue&#xa0;:</translation>
    </message>
    <message>
        <source>from</source>
        <translation>du</translation>
    </message>
    <message>
        <source>to</source>
        <translation>au</translation>
    </message>
    <message>
        <source>any date</source>
        <translation>toute date</translation>
    </message>
</context>
<context>
    <name>FirstToHandle</name>
    <message>
        <source>Courriers to handle first</source>
        <translation>Courriers à traiter en premier</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>No courrier needs an action.</source>
        <translation>Aucun courrier ne demande d’action.</translation>
    </message>
    <message>
        <source>See every courrier needing an action</source>
        <translation>Voir tous les courriers demandant une action</translation>
    </message>
    <message>
        <source>none</source>
        <translation>aucune</translation>
    </message>
</context>
<context>
    <name>HelpCentreView</name>
    <message>
        <source>&lt;h2&gt;Help centre&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Centre d’aide&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Choose a theme: its help may answer your question; if not, contact us.</source>
        <translation>Choisissez un thème&#xa0;: son aide répondra peut-être à votre question&#x202f;; sinon, contactez-nous.</translation>
    </message>
    <message>
        <source>Themes</source>
        <translation>Thèmes</translation>
    </message>
    <message>
        <source>&amp;Contact us</source>
        <translation>&amp;Nous contacter</translation>
    </message>
    <message>
        <source>What you can ask us about this theme:</source>
        <translation>Ce que vous pouvez nous demander sur ce thème&#xa0;:</translation>
    </message>
    <message>
        <source>Open the form for « {theme} »</source>
        <translation>Ouvrir le formulaire pour «&#x202f;{theme}&#x202f;»</translation>
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>firstname.lastname@example.fr</source>
        <translation>prenom.nom@exemple.fr</translation>
    </message>
    <message>
        <source>e.g. 06 12 34 56 78</source>
        <translation>p. ex. 06 12 34 56 78</translation>
    </message>
    <message>
        <source>&amp;Last name (nom)</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>&amp;First name (prénom)</source>
        <translation>&amp;Prénom</translation>
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation>&amp;Téléphone</translation>
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Step 1 of 3: identity and contact</source>
        <translation>Étape 1 sur 3&#xa0;: identité et coordonnées</translation>
    </message>
    <message>
        <source>An account is personal: create one for each person, never reuse another person&apos;s account.</source>
        <translation>Un compte est personnel&#xa0;: créez-en un pour chaque personne, ne réutilisez jamais le compte d’une autre personne.</translation>
    </message>
</context>
<context>
    <name>Inbox</name>
    <message>
        <source>Some of the selected courriers do not exist or are not yours to see.</source>
        <translation>Certains des courriers sélectionnés n’existent pas ou ne vous sont pas accessibles.</translation>
    </message>
    <message>
        <source>You need the modification right on the service of every selected courrier.</source>
        <translation>Il vous faut le droit Modification sur le service de chacun des courriers sélectionnés.</translation>
    </message>
    <message>
        <source>{login} cannot be assigned these courriers: they need rights on the service of each one.</source>
        <translation>Ces courriers ne peuvent pas être attribués à {login}&#xa0;: il lui faut des droits sur le service de chacun.</translation>
    </message>
</context>
<context>
    <name>InboxActions</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Mark as &amp;read</source>
        <translation>Marquer comme &amp;lu</translation>
    </message>
    <message>
        <source>Mark as &amp;unread</source>
        <translation>Marquer comme &amp;non lu</translation>
    </message>
    <message>
        <source>Assign to &amp;me</source>
        <translation>M’&amp;assigner</translation>
    </message>
    <message>
        <source>Assign &amp;to…</source>
        <translation>Assigner &amp;à…</translation>
    </message>
    <message>
        <source>&amp;Archive</source>
        <translation>A&amp;rchiver</translation>
    </message>
    <message>
        <source>&amp;Unarchive</source>
        <translation>&amp;Désarchiver</translation>
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation>Actuali&amp;ser</translation>
    </message>
</context>
<context>
    <name>InboxModel</name>
    <message>
        <source>Received</source>
        <translation>Reçu le</translation>
    </message>
    <message>
        <source>Fund</source>
        <translation>Fonds</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>Type</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Référence</translation>
    </message>
    <message>
        <source>Action</source>
        <translation>Action</translation>
    </message>
    <message>
        <source>Due date</source>
        <translation>Échéance</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>Montant</translation>
    </message>
    <message>
        <source>Assigned to</source>
        <translation>Assigné à</translation>
    </message>
    <message>
        <source>read</source>
        <translation>lu</translation>
    </message>
    <message>
        <source>unread</source>
        <translation>non lu</translation>
    </message>
    <message>
        <source>Required</source>
        <translation>Requise</translation>
    </message>
</context>
<context>
    <name>InboxView</name>
    <message>
        <source>&lt;h2&gt;Your courriers&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Vos courriers&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>Courriers</source>
        <translation>Courriers</translation>
    </message>
    <message>
        <source>Archives</source>
        <translation>Archives</translation>
    </message>
    <message>
        <source>Courriers or archives</source>
        <translation>Courriers ou archives</translation>
    </message>
    <message>
        <source>Courrier actions</source>
        <translation>Actions sur les courriers</translation>
    </message>
    <message>
        <source>{count} courrier(s) marked as read.</source>
        <translation>Courriers marqués comme lus&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} courrier(s) marked as unread.</source>
        <translation>Courriers marqués comme non lus&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} courrier(s) archived.</source>
        <translation>Courriers archivés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} courrier(s) back among the courriers.</source>
        <translation>Courriers remis parmi les courriers&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>The courriers could not be read: {error}</source>
        <translation>Les courriers n’ont pas pu être lus&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Counting the courriers…</source>
        <translation>Décompte des courriers…</translation>
    </message>
    <message>
        <source>{count} courrier(s)</source>
        <translation>Courriers&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No courrier matches these filters.</source>
        <translation>Aucun courrier ne correspond à ces filtres.</translation>
    </message>
    <message>
        <source>No archived courrier.</source>
        <translation>Aucun courrier archivé.</translation>
    </message>
    <message>
        <source>No courrier.</source>
        <translation>Aucun courrier.</translation>
    </message>
    <message>
        <source>{count} courriers are selected: act on at most {limit} at a time.</source>
        <translation>{count} courriers sont sélectionnés&#xa0;: agissez sur {limit} au plus à la fois.</translation>
    </message>
    <message>
        <source>{count} courrier(s) assigned to you.</source>
        <translation>Courriers qui vous sont assignés&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} courrier(s) assigned to {name}.</source>
        <translation>Courriers assignés à {name}&#xa0;: {count}.</translation>
    </message>
    <message>
        <source>{count} courrier(s) no longer assigned.</source>
        <translation>Courriers désassignés&#xa0;: {count}.</translation>
    </message>
</context>
<context>
    <name>InputRules</name>
    <message>
        <source>“{field}” contains a control character ({character}).</source>
        <translation>«&#xa0;{field}&#xa0;» contient un caractère de contrôle ({character}).</translation>
    </message>
    <message>
        <source>“{field}” is longer than {length} characters ({count}).</source>
        <translation>«&#xa0;{field}&#xa0;» dépasse {length} caractères ({count}).</translation>
    </message>
    <message>
        <source>“{field}” must be text, not {value}.</source>
        <translation>«&#xa0;{field}&#xa0;» doit être du texte, pas {value}.</translation>
    </message>
</context>
<context>
    <name>IntervenantsModel</name>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Email</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Double-click to write to {email}</source>
        <translation>Double-cliquez pour écrire à {email}</translation>
    </message>
</context>
<context>
    <name>IntervenantsView</name>
    <message>
        <source>&lt;h2&gt;My intervenants&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Mes intervenants&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>The administrators of your structure manage the accounts: ask them to create an account, change your rights, renew or unlock your account, or give you a new activation code if you forgot your password.</source>
        <translation>Les administrateurs de votre structure gèrent les comptes&#xa0;: demandez-leur de créer un compte, de modifier vos droits, de renouveler ou de déverrouiller votre compte, ou de vous remettre un nouveau code d’activation si vous avez oublié votre mot de passe.</translation>
    </message>
    <message>
        <source>Administrators of the structure</source>
        <translation>Administrateurs de la structure</translation>
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>I am leaving the structure</source>
        <translation>Je quitte la structure</translation>
    </message>
    <message>
        <source>Before you leave, name the administrator who takes over.</source>
        <translation>Avant votre départ, désignez l’administrateur qui prend votre suite.</translation>
    </message>
    <message>
        <source>After your departure date, the administrators will be asked to delete your account: an account is personal and is never handed over to someone else.</source>
        <translation>Après votre date de départ, les administrateurs seront invités à supprimer votre compte&#xa0;: un compte est personnel et n’est jamais transmis à quelqu’un d’autre.</translation>
    </message>
    <message>
        <source>&amp;Give the administrator profile to an existing account</source>
        <translation>&amp;Donner le profil administrateur à un compte existant</translation>
    </message>
    <message>
        <source>&amp;Create my successor&apos;s administrator account</source>
        <translation>&amp;Créer le compte administrateur de mon successeur</translation>
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading the accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
</context>
<context>
    <name>MachineFaults</name>
    <message>
        <source>The disk holding {place} is full. Free some space, then try again; what was already stored is unchanged.</source>
        <translation>Le disque qui contient {place} est plein. Libérez de la place, puis réessayez&#xa0;; ce qui était déjà enregistré est intact.</translation>
    </message>
    <message>
        <source>{place} cannot be written (read-only, or no permission). Ask for write access, then try again; what was already stored is unchanged.</source>
        <translation>Impossible d’écrire dans {place} (en lecture seule, ou sans autorisation). Demandez l’accès en écriture, puis réessayez&#xa0;; ce qui était déjà enregistré est intact.</translation>
    </message>
    <message>
        <source>{place} cannot be written: {reason}</source>
        <translation>Impossible d’écrire dans {place}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be found (a drive unplugged, a folder moved?). Put it back, then try again; nothing was changed.</source>
        <translation>Le dossier {folder} est introuvable (un disque débranché, un dossier déplacé&#xa0;?). Remettez-le en place, puis réessayez&#xa0;; rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>MailMessage</name>
    <message>
        <source>The address {address} is not a valid e-mail address.</source>
        <translation>L’adresse {address} n’est pas une adresse électronique valide.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Navigation</source>
        <translation>Navigation</translation>
    </message>
    <message>
        <source>Dashboard</source>
        <translation>Tableau de bord</translation>
    </message>
    <message>
        <source>Server unreachable — trying again…</source>
        <translation>Serveur injoignable — nouvelle tentative…</translation>
    </message>
    <message>
        <source>Connection to the server</source>
        <translation>Connexion au serveur</translation>
    </message>
    <message>
        <source>User menu of {name}</source>
        <translation>Menu utilisateur {of_name}</translation>
    </message>
    <message>
        <source>a</source>
        <comment>administrator mark</comment>
        <translation>a</translation>
    </message>
    <message>
        <source>Administrator</source>
        <translation>Administrateur</translation>
    </message>
    <message>
        <source>My &amp;account…</source>
        <translation>Mon &amp;compte…</translation>
    </message>
    <message>
        <source>&amp;Settings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>Sign &amp;out</source>
        <translation>Se &amp;déconnecter</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;About PEP&apos;s Desktop</source>
        <translation>À &amp;propos de PEP&apos;s Desktop</translation>
    </message>
    <message>
        <source>The conditions of use of PEP&apos;s are not accepted yet for your structure: as its administrator, read and accept them.</source>
        <translation>Les conditions générales d’utilisation de PEP’s ne sont pas encore acceptées pour votre structure&#xa0;: en tant qu’administrateur, lisez-les et acceptez-les.</translation>
    </message>
    <message>
        <source>Read and &amp;accept…</source>
        <translation>Lire et &amp;accepter…</translation>
    </message>
    <message>
        <source>The conditions of use of PEP&apos;s are not accepted yet for your structure: an administrator of your structure must accept them.</source>
        <translation>Les conditions générales d’utilisation de PEP’s ne sont pas encore acceptées pour votre structure&#xa0;: un administrateur de votre structure doit les accepter.</translation>
    </message>
    <message>
        <source>&amp;Read them</source>
        <translation>Les &amp;lire</translation>
    </message>
    <message>
        <source>Your courriers ({count})</source>
        <translation>Vos courriers ({count})</translation>
    </message>
    <message>
        <source>Your courriers</source>
        <translation>Vos courriers</translation>
    </message>
    <message numerus="yes">
        <source>Your courriers, %Ln unread</source>
        <translation>
            <numerusform>Vos courriers, %Ln non lu</numerusform>
            <numerusform>Vos courriers, %Ln non lus</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>(%Ln unread) {title}</source>
        <translation>
            <numerusform>(%Ln non lu) {title}</numerusform>
            <numerusform>(%Ln non lus) {title}</numerusform>
        </translation>
    </message>
    <message>
        <source>Contact us</source>
        <translation>Nous contacter</translation>
    </message>
    <message>
        <source>My échanges</source>
        <translation>Mes échanges</translation>
    </message>
    <message>
        <source>My intervenants</source>
        <translation>Mes intervenants</translation>
    </message>
    <message>
        <source>Account management</source>
        <translation>Gestion des comptes</translation>
    </message>
    <message>
        <source>My &amp;establishment</source>
        <translation>&amp;Mon établissement</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation>Fermer le message</translation>
    </message>
</context>
<context>
    <name>MyAccount</name>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n’existe plus.</translation>
    </message>
    <message>
        <source>The new password must differ from the current one.</source>
        <translation>Le nouveau mot de passe doit différer de l’actuel.</translation>
    </message>
    <message>
        <source>Your current password is wrong: the password was not changed.</source>
        <translation>Votre mot de passe actuel est erroné&#xa0;: le mot de passe n’a pas été changé.</translation>
    </message>
</context>
<context>
    <name>MyAccountDialog</name>
    <message>
        <source>My account</source>
        <translation>Mon compte</translation>
    </message>
    <message>
        <source>&amp;Identity and rights</source>
        <translation>&amp;Identité et droits</translation>
    </message>
    <message>
        <source>&amp;Security</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>My &amp;devices</source>
        <translation>Mes &amp;postes</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Statut</translation>
    </message>
    <message>
        <source>Expires on</source>
        <translation>Expire le</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>Courriel</translation>
    </message>
    <message>
        <source>Telephone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Change my &amp;contact details…</source>
        <translation>Modifier mes &amp;coordonnées…</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>Right</source>
        <translation>Droit</translation>
    </message>
    <message>
        <source>My rights</source>
        <translation>Mes droits</translation>
    </message>
    <message>
        <source>&lt;b&gt;My rights per service&lt;/b&gt; (read-only)</source>
        <translation>&lt;b&gt;Mes droits par service&lt;/b&gt; (lecture seule)</translation>
    </message>
    <message>
        <source>{value} — to complete</source>
        <translation>{value} — à compléter</translation>
    </message>
    <message>
        <source>missing: to complete</source>
        <translation>manquant&#xa0;: à compléter</translation>
    </message>
    <message>
        <source>Change my &amp;password…</source>
        <translation>Changer mon mot de &amp;passe…</translation>
    </message>
    <message>
        <source>Change my &amp;authenticator app…</source>
        <translation>Changer mon &amp;authentificateur…</translation>
    </message>
    <message>
        <source>Recovery codes left: &lt;b&gt;{count}&lt;/b&gt; of 10. Each replaces a code of your app once; changing your app gives you 10 new ones.</source>
        <translation>Codes de secours restants&#xa0;: &lt;b&gt;{count}&lt;/b&gt; sur 10. Chacun remplace une fois un code de votre application&#xa0;; changer d’application vous en donne 10 nouveaux.</translation>
    </message>
    <message>
        <source>Last sign-ins</source>
        <translation>Dernières connexions</translation>
    </message>
    <message>
        <source>My last sign-ins</source>
        <translation>Mes dernières connexions</translation>
    </message>
    <message>
        <source>On these computers, no code is asked at sign-in for 7 days after a code was entered. Revoke one you no longer use or do not recognise.</source>
        <translation>Sur ces postes, aucun code n’est demandé à la connexion pendant 7 jours après la saisie d’un code. Révoquez celui que vous n’utilisez plus ou ne reconnaissez pas.</translation>
    </message>
    <message>
        <source>My trusted computers</source>
        <translation>Mes postes de confiance</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Poste</translation>
    </message>
    <message>
        <source>Added on</source>
        <translation>Ajouté le</translation>
    </message>
    <message>
        <source>Last used</source>
        <translation>Dernière utilisation</translation>
    </message>
    <message>
        <source>No code until</source>
        <translation>Sans code jusqu’au</translation>
    </message>
    <message>
        <source>&amp;Revoke this computer</source>
        <translation>&amp;Révoquer ce poste</translation>
    </message>
    <message>
        <source>Changing your authenticator app</source>
        <translation>Le changement de votre application d’authentification</translation>
    </message>
</context>
<context>
    <name>Nir</name>
    <message>
        <source>No NIR was given.</source>
        <translation>Aucun NIR n’a été saisi.</translation>
    </message>
    <message>
        <source>A NIR is made of digits, with 2A or 2B for a département of Corsica.</source>
        <translation>Un NIR est composé de chiffres, avec 2A ou 2B pour un département de Corse.</translation>
    </message>
    <message>
        <source>A NIR has 15 characters; this one has {count}.</source>
        <translation>Un NIR comporte 15 caractères&#x202f;; celui-ci en comporte {count}.</translation>
    </message>
    <message>
        <source>The key (last two digits) does not match the rest of the NIR: check it for a typing error.</source>
        <translation>La clé (les deux derniers chiffres) ne correspond pas au reste du NIR&#xa0;: vérifiez qu’il ne contient pas d’erreur de saisie.</translation>
    </message>
</context>
<context>
    <name>NirEdit</name>
    <message>
        <source>15 characters, e.g. 2 95 10 63 220 146 93</source>
        <translation>15 caractères, par exemple 2 95 10 63 220 146 93</translation>
    </message>
</context>
<context>
    <name>NotificationCentre</name>
    <message>
        <source>Notifications: {count} unseen</source>
        <translation>Notifications&#xa0;: {count} non vues</translation>
    </message>
    <message>
        <source>Notifications: none unseen</source>
        <translation>Notifications&#xa0;: aucune non vue</translation>
    </message>
</context>
<context>
    <name>NotificationKinds</name>
    <message>
        <source>New courriers</source>
        <translation>Nouveaux courriers</translation>
    </message>
    <message>
        <source>Accounts expiring soon</source>
        <translation>Comptes expirant bientôt</translation>
    </message>
    <message>
        <source>Expired accounts</source>
        <translation>Comptes expirés</translation>
    </message>
    <message>
        <source>Account review due</source>
        <translation>Revue des comptes à faire</translation>
    </message>
    <message>
        <source>Answered échanges</source>
        <translation>Échanges ayant reçu une réponse</translation>
    </message>
    <message>
        <source>Requests not sent</source>
        <translation>Demandes non envoyées</translation>
    </message>
    <message>
        <source>Courriers waiting in the drop folder</source>
        <translation>Courriers en attente dans le dossier de dépôt</translation>
    </message>
</context>
<context>
    <name>NotificationPanel</name>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>Mark all as &amp;seen</source>
        <translation>Tout marquer comme &amp;vu</translation>
    </message>
    <message>
        <source>Notification history</source>
        <translation>Historique des notifications</translation>
    </message>
    <message>
        <source>No notifications yet.</source>
        <translation>Aucune notification pour l’instant.</translation>
    </message>
    <message>
        <source>Unseen: {entry}</source>
        <translation>Non vue&#xa0;: {entry}</translation>
    </message>
</context>
<context>
    <name>Notifications</name>
    <message>
        <source>1 new courrier, which needs an action</source>
        <translation>1 nouveau courrier, qui demande une action</translation>
    </message>
    <message>
        <source>1 new courrier</source>
        <translation>1 nouveau courrier</translation>
    </message>
    <message>
        <source>{count} new courriers, one of which needs an action</source>
        <translation>{count} nouveaux courriers, dont un demande une action</translation>
    </message>
    <message>
        <source>{count} new courriers, {actions} of which need an action</source>
        <translation>{count} nouveaux courriers, dont {actions} demandent une action</translation>
    </message>
    <message>
        <source>{count} new courriers</source>
        <translation>{count} nouveaux courriers</translation>
    </message>
    <message>
        <source>The account {login} expires on {date}</source>
        <translation>Le compte {login} expire le {date}</translation>
    </message>
    <message>
        <source>{count} accounts expire between {first} and {last}</source>
        <translation>{count} comptes expirent entre le {first} et le {last}</translation>
    </message>
    <message>
        <source>The account {login} has expired</source>
        <translation>Le compte {login} a expiré</translation>
    </message>
    <message>
        <source>{count} accounts have expired</source>
        <translation>{count} comptes ont expiré</translation>
    </message>
    <message>
        <source>The account review has been due since {date}</source>
        <translation>La revue des comptes est à faire depuis le {date}</translation>
    </message>
    <message>
        <source>Your échange {reference} has an answer</source>
        <translation>Votre échange {reference} a reçu une réponse</translation>
    </message>
    <message>
        <source>{count} of your échanges have an answer</source>
        <translation>{count} de vos échanges ont reçu une réponse</translation>
    </message>
    <message>
        <source>Your request {reference} could not be sent: {reason}</source>
        <translation>Votre demande {reference} n’a pas pu être envoyée&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>{count} of your requests could not be sent; they will be tried again</source>
        <translation>{count} de vos demandes n’ont pas pu être envoyées&#x202f;; elles seront de nouveau tentées</translation>
    </message>
    <message>
        <source>1 courrier waiting in the drop folder</source>
        <translation>1 courrier en attente dans le dossier de dépôt</translation>
    </message>
    <message>
        <source>{count} courriers waiting in the drop folder</source>
        <translation>{count} courriers en attente dans le dossier de dépôt</translation>
    </message>
    <message>
        <source>The drop folder {folder} cannot be read: {error}</source>
        <translation>Le dossier de dépôt {folder} ne peut pas être lu&#xa0;: {error}</translation>
    </message>
    <message>
        <source>Part of the background check failed; details are in the log file.</source>
        <translation>Une partie de la vérification en arrière-plan a échoué&#x202f;; le détail est dans le journal.</translation>
    </message>
    <message>
        <source>The check for news failed: {error}</source>
        <translation>La recherche des nouveautés a échoué&#xa0;: {error}</translation>
    </message>
    <message>
        <source>PEP&apos;s Desktop keeps running in the notification area, to tell you of new courriers and answers. To quit, choose Quit in the menu of its icon there. This can be changed in the settings.</source>
        <translation>PEP’s Desktop continue de fonctionner dans la zone de notification, pour vous signaler les nouveaux courriers et les réponses. Pour quitter, choisissez Quitter dans le menu de son icône. Vous pouvez changer ce réglage dans les paramètres.</translation>
    </message>
</context>
<context>
    <name>PageHistory</name>
    <message>
        <source>Back</source>
        <translation>Précédent</translation>
    </message>
    <message>
        <source>Forward</source>
        <translation>Suivant</translation>
    </message>
</context>
<context>
    <name>PaneMenu</name>
    <message>
        <source>Reading &amp;pane</source>
        <translation>Volet de &amp;lecture</translation>
    </message>
    <message>
        <source>On the &amp;right</source>
        <translation>À &amp;droite</translation>
    </message>
    <message>
        <source>&amp;Below</source>
        <translation>En &amp;bas</translation>
    </message>
    <message>
        <source>&amp;Off</source>
        <translation>Dés&amp;activé</translation>
    </message>
    <message>
        <source>Move the reading pane</source>
        <translation>Déplacer le volet de lecture</translation>
    </message>
    <message>
        <source>Reading pane: on the right, below or off ({key})</source>
        <translation>Volet de lecture&#xa0;: à droite, en bas ou désactivé ({key})</translation>
    </message>
</context>
<context>
    <name>PasswordChangeDialog</name>
    <message>
        <source>Change my password</source>
        <translation>Changer mon mot de passe</translation>
    </message>
    <message>
        <source>e.g. 123 456</source>
        <translation>p. ex. 123 456</translation>
    </message>
    <message>
        <source>At least {count} characters, with letters and digits.</source>
        <translation>Au moins {count} caractères, avec des lettres et des chiffres.</translation>
    </message>
    <message>
        <source>C&amp;urrent password</source>
        <translation>Mot de passe ac&amp;tuel</translation>
    </message>
    <message>
        <source>&amp;New password</source>
        <translation>&amp;Nouveau mot de passe</translation>
    </message>
    <message>
        <source>New password &amp;again</source>
        <translation>Nouveau mot de passe, à &amp;nouveau</translation>
    </message>
    <message>
        <source>&amp;Code of your app</source>
        <translation>Code de votre &amp;application</translation>
    </message>
    <message>
        <source>&amp;Change my password</source>
        <translation>&amp;Changer mon mot de passe</translation>
    </message>
    <message>
        <source>The two new passwords differ.</source>
        <translation>Les deux nouveaux mots de passe diffèrent.</translation>
    </message>
</context>
<context>
    <name>PdfControls</name>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>Zoom</source>
        <translation>Zoom</translation>
    </message>
    <message>
        <source>Page {page} of {count}</source>
        <translation>Page {page} sur {count}</translation>
    </message>
    <message>
        <source>{percent}%</source>
        <translation>{percent}&#x202f;%</translation>
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>Reads the courriers and writes to the funds, on the services where they have a right.</source>
        <translation>Consulte les courriers et écrit aux fonds, pour les services sur lesquels il a un droit.</translation>
    </message>
    <message>
        <source>Also manages the structure&apos;s accounts: creates, renews, unlocks and deletes them. Their badge shows an “a” before their name.</source>
        <translation>Gère aussi les comptes de la structure&#xa0;: les crée, les renouvelle, les déverrouille et les supprime. Son badge affiche un «&#x202f;a&#x202f;» devant son nom.</translation>
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Step 2 of 3: profile</source>
        <translation>Étape 2 sur 3&#xa0;: profil</translation>
    </message>
    <message>
        <source>Two administrators are recommended, for the holidays.</source>
        <translation>Deux administrateurs sont recommandés, pour les périodes de congés.</translation>
    </message>
</context>
<context>
    <name>Progress</name>
    <message>
        <source>{label}: {done} / {total} ({percent} %), {seconds} s</source>
        <translation>{label}&#xa0;: {done} / {total} ({percent}&#xa0;%), {seconds}&#xa0;s</translation>
    </message>
    <message>
        <source>Store schema: {before} → {after} ({what})…</source>
        <translation>Schéma du stockage&#xa0;: {before} → {after} ({what})…</translation>
    </message>
</context>
<context>
    <name>PromotePage</name>
    <message>
        <source>Your successor</source>
        <translation>Votre successeur</translation>
    </message>
    <message>
        <source>Choose the person who takes over. Their account gets the administrator profile; their rights on the services stay as they are.</source>
        <translation>Choisissez la personne qui prend votre suite. Son compte reçoit le profil administrateur&#x202f;; ses droits sur les services restent inchangés.</translation>
    </message>
    <message>
        <source>Search by name or login</source>
        <translation>Rechercher par nom ou identifiant</translation>
    </message>
    <message>
        <source>Accounts that can take over</source>
        <translation>Comptes pouvant prendre la suite</translation>
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation>Chargement des comptes…</translation>
    </message>
    <message>
        <source>No other account can take over: create one instead.</source>
        <translation>Aucun autre compte ne peut prendre la suite&#xa0;: créez-en un.</translation>
    </message>
</context>
<context>
    <name>ReadingPane</name>
    <message numerus="yes">
        <source>%n courriers selected.</source>
        <translation>
            <numerusform>%n courrier sélectionné.</numerusform>
            <numerusform>%n courriers sélectionnés.</numerusform>
        </translation>
    </message>
    <message>
        <source>Select a courrier to read it here.</source>
        <translation>Sélectionnez un courrier pour le lire ici.</translation>
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Keep and renew</source>
        <translation>Conserver et renouveler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>To decide</source>
        <translation>À décider</translation>
    </message>
    <message>
        <source>Keep</source>
        <translation>Conserver</translation>
    </message>
    <message>
        <source>To check</source>
        <translation>À vérifier</translation>
    </message>
    <message>
        <source>Renew or delete</source>
        <translation>Renouveler ou supprimer</translation>
    </message>
    <message>
        <source>{recommendation}: {reason}</source>
        <translation>{recommendation}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This account review does not exist.</source>
        <translation>Cette revue des comptes n’existe pas.</translation>
    </message>
    <message>
        <source>This account review was closed on {date}: its decisions can no longer change.</source>
        <translation>Cette revue des comptes a été clôturée le {date}&#xa0;: ses décisions ne peuvent plus être modifiées.</translation>
    </message>
    <message>
        <source>A reason has at most {count} characters.</source>
        <translation>Une justification comporte au plus {count} caractères.</translation>
    </message>
    <message>
        <source>Unknown decision “{decision}”: conserver, supprimer or je_ne_sais_pas.</source>
        <translation>Décision inconnue «&#x202f;{decision}&#x202f;»&#xa0;: conserver, supprimer ou je_ne_sais_pas.</translation>
    </message>
    <message>
        <source>Choose a decision for “{login}” before giving a reason.</source>
        <translation>Choisissez une décision pour «&#x202f;{login}&#x202f;» avant de donner une justification.</translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still have no decision: decide for every account before applying the review.</source>
        <translation>
            <numerusform>%n compte n’a pas encore de décision&#xa0;: décidez pour chaque compte avant d’appliquer la revue.</numerusform>
            <numerusform>%n comptes n’ont pas encore de décision&#xa0;: décidez pour chaque compte avant d’appliquer la revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>The review was not applied, nothing changed: {reason}</source>
        <translation>La revue n’a pas été appliquée, rien n’a été modifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>There is no account review to report on: start one first.</source>
        <translation>Aucune revue des comptes ne permet d’établir un rapport&#xa0;: lancez-en une d’abord.</translation>
    </message>
    <message>
        <source>The account review is closed.</source>
        <translation>La revue des comptes est clôturée.</translation>
    </message>
</context>
<context>
    <name>ReviewAdvice</name>
    <message>
        <source>locked after failed sign-ins: ask its holder before deciding</source>
        <translation>verrouillé après des échecs de connexion&#xa0;: interrogez son titulaire avant de décider</translation>
    </message>
    <message>
        <source>created on {date}, not used yet</source>
        <translation>créé le {date}, pas encore utilisé</translation>
    </message>
    <message>
        <source>never used since its creation on {date}</source>
        <translation>jamais utilisé depuis sa création le {date}</translation>
    </message>
    <message numerus="yes">
        <source>no sign-in for %n months (last on {date})</source>
        <translation>
            <numerusform>aucune connexion depuis %n mois (dernière le {date})</numerusform>
            <numerusform>aucune connexion depuis %n mois (dernière le {date})</numerusform>
        </translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <source>signed in on {date}</source>
        <translation>connecté le {date}</translation>
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Unknown report format “{suffix}”: name the file .pdf or .csv.</source>
        <translation>Format de rapport inconnu «&#x202f;{suffix}&#x202f;»&#xa0;: nommez le fichier en .pdf ou en .csv.</translation>
    </message>
    <message>
        <source>Account review report</source>
        <translation>Rapport de revue des comptes</translation>
    </message>
    <message>
        <source>In progress: the decisions are not applied yet.</source>
        <translation>En cours&#xa0;: les décisions ne sont pas encore appliquées.</translation>
    </message>
    <message>
        <source>Applied on {date}.</source>
        <translation>Appliquée le {date}.</translation>
    </message>
    <message>
        <source>Started on {date} by {login}.</source>
        <translation>Revue lancée le {date} par {login}.</translation>
    </message>
    <message>
        <source>Gestion des comptes</source>
        <translation>Gestion des comptes</translation>
    </message>
    <message>
        <source>Accounts reviewed</source>
        <translation>Comptes examinés</translation>
    </message>
    <message>
        <source>Done at {place}, on {date}</source>
        <translation>Fait à {place}, le {date}</translation>
    </message>
    <message>
        <source>Signed by: {name}, account administrator</source>
        <translation>Signataire&#xa0;: {name}, administrateur des comptes</translation>
    </message>
    <message>
        <source>Signature and stamp:</source>
        <translation>Signature et cachet&#xa0;:</translation>
    </message>
    <message>
        <source>Report generated on {date}.</source>
        <translation>Rapport généré le {date}.</translation>
    </message>
    <message>
        <source>Page {number} / {count}</source>
        <translation>Page {number} / {count}</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>Prénom</translation>
    </message>
    <message>
        <source>Login</source>
        <translation>Identifiant</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>Profil</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidé le</translation>
    </message>
    <message>
        <source>Decided by</source>
        <translation>Décidé par</translation>
    </message>
    <message>
        <source>Rights: {read} = {read_name}, {write} = {write_name}.</source>
        <translation>Droits&#xa0;: {read} = {read_name}, {write} = {write_name}.</translation>
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Holder</source>
        <translation>Titulaire</translation>
    </message>
    <message>
        <source>Rights</source>
        <translation>Droits</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Last sign-in</source>
        <translation>Dernière connexion</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Recommandation</translation>
    </message>
    <message>
        <source>Decision</source>
        <translation>Décision</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Justification</translation>
    </message>
    <message>
        <source>never</source>
        <translation>jamais</translation>
    </message>
    <message>
        <source>The decision could not be saved; try again in a moment.</source>
        <translation>La décision n’a pas pu être enregistrée&#x202f;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>no right</source>
        <translation>aucun droit</translation>
    </message>
    <message>
        <source>{profile}; {rights}</source>
        <translation>{profile}&#x202f;; {rights}</translation>
    </message>
    <message>
        <source>locked</source>
        <translation>verrouillé</translation>
    </message>
    <message>
        <source>expired on {date}</source>
        <translation>expiré le {date}</translation>
    </message>
    <message>
        <source>expires on {date}</source>
        <translation>expire le {date}</translation>
    </message>
    <message>
        <source>active until {date}</source>
        <translation>actif jusqu’au {date}</translation>
    </message>
    <message>
        <source>last sign-in on {date}</source>
        <translation>dernière connexion le {date}</translation>
    </message>
    <message>
        <source>never signed in</source>
        <translation>jamais connecté</translation>
    </message>
    <message>
        <source>Recommendation: {advice}</source>
        <translation>Recommandation&#xa0;: {advice}</translation>
    </message>
    <message>
        <source>Decided on {date} by {login}</source>
        <translation>Décidé le {date} par {login}</translation>
    </message>
    <message>
        <source>{login}, {profile}</source>
        <translation>{login}, {profile}</translation>
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Account review</source>
        <translation>Revue des comptes</translation>
    </message>
    <message>
        <source>Select an account to see its rights, its activity and the reason of the recommendation.</source>
        <translation>Sélectionnez un compte pour voir ses droits, son activité et la raison de la recommandation.</translation>
    </message>
    <message>
        <source>Keep and renew</source>
        <translation>Conserver et renouveler</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Supprimer</translation>
    </message>
    <message>
        <source>I don&apos;t know</source>
        <translation>Je ne sais pas</translation>
    </message>
    <message>
        <source>Follow the recommendation</source>
        <translation>Suivre la recommandation</translation>
    </message>
    <message>
        <source>Search</source>
        <translation>Rechercher</translation>
    </message>
    <message>
        <source>Apply the review</source>
        <translation>Appliquer la revue</translation>
    </message>
    <message>
        <source>Export PDF</source>
        <translation>Exporter en PDF</translation>
    </message>
    <message>
        <source>Export CSV</source>
        <translation>Exporter en CSV</translation>
    </message>
    <message>
        <source>Keep and renew for 18 months</source>
        <translation>Conserver et renouveler pour 18 mois</translation>
    </message>
    <message>
        <source>Delete when the review is applied</source>
        <translation>Supprimer à l’application de la revue</translation>
    </message>
    <message>
        <source>Keep as it is, and record that you do not know</source>
        <translation>Conserver en l’état, en notant que vous ne savez pas</translation>
    </message>
    <message>
        <source>Expired accounts are left for you to decide</source>
        <translation>Les comptes expirés restent à votre décision</translation>
    </message>
    <message>
        <source>Write the review report as a PDF</source>
        <translation>Écrire le rapport de revue au format PDF</translation>
    </message>
    <message>
        <source>Write the review report as CSV</source>
        <translation>Écrire le rapport de revue au format CSV</translation>
    </message>
    <message>
        <source>Apply every decision at once</source>
        <translation>Appliquer toutes les décisions en une fois</translation>
    </message>
    <message>
        <source>No account review is open.</source>
        <translation>Aucune revue des comptes n’est ouverte.</translation>
    </message>
    <message>
        <source>Started on {date} by {login}. Your decisions are saved as you make them; nothing changes on the accounts until you apply the review.</source>
        <translation>Revue lancée le {date} par {login}. Vos décisions sont enregistrées au fur et à mesure&#x202f;; rien ne change sur les comptes tant que vous n’appliquez pas la revue.</translation>
    </message>
    <message>
        <source>No review is in progress.</source>
        <translation>Aucune revue n’est en cours.</translation>
    </message>
    <message>
        <source>Select one or more accounts first (Ctrl+A selects all).</source>
        <translation>Sélectionnez d’abord un ou plusieurs comptes (Ctrl+A pour tout sélectionner).</translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) saved: {decision}.</source>
        <translation>
            <numerusform>%n décision enregistrée&#xa0;: {decision}.</numerusform>
            <numerusform>%n décisions enregistrées&#xa0;: {decision}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n decision(s) saved as recommended.</source>
        <translation>
            <numerusform>%n décision enregistrée selon la recommandation.</numerusform>
            <numerusform>%n décisions enregistrées selon la recommandation.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) are left for you to decide.</source>
        <translation>
            <numerusform>%n compte vous reste à décider.</numerusform>
            <numerusform>%n comptes vous restent à décider.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n account(s) still have no decision: decide for every account before applying the review.</source>
        <translation>
            <numerusform>%n compte n’a pas encore de décision&#xa0;: décidez pour chaque compte avant d’appliquer la revue.</numerusform>
            <numerusform>%n comptes n’ont pas encore de décision&#xa0;: décidez pour chaque compte avant d’appliquer la revue.</numerusform>
        </translation>
    </message>
    <message>
        <source>Apply the review now?</source>
        <translation>Appliquer la revue maintenant&#x202f;?</translation>
    </message>
    <message numerus="yes">
        <source>• %n account(s) will be renewed for 18 months;</source>
        <translation>
            <numerusform>• %n compte sera renouvelé pour 18 mois&#x202f;;</numerusform>
            <numerusform>• %n comptes seront renouvelés pour 18 mois&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n account(s) will be deleted;</source>
        <translation>
            <numerusform>• %n compte sera supprimé&#x202f;;</numerusform>
            <numerusform>• %n comptes seront supprimés&#x202f;;</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>• %n account(s) will be kept as they are.</source>
        <translation>
            <numerusform>• %n compte sera conservé en l’état.</numerusform>
            <numerusform>• %n comptes seront conservés en l’état.</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted accounts cannot be restored.</source>
        <translation>Les comptes supprimés ne peuvent pas être restaurés.</translation>
    </message>
    <message>
        <source>Applying the review</source>
        <translation>L’application de la revue</translation>
    </message>
    <message>
        <source>The review was applied on {date}.</source>
        <translation>La revue a été appliquée le {date}.</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>Fichiers CSV (*.csv)</translation>
    </message>
    <message>
        <source>Export the review report</source>
        <translation>Exporter le rapport de revue</translation>
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation>Rapport écrit dans {path}.</translation>
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log file.</source>
        <translation>Une erreur s’est produite&#xa0;: {error}. Le détail est dans le fichier journal.</translation>
    </message>
</context>
<context>
    <name>RightsMatrix</name>
    <message>
        <source>Service</source>
        <translation>Service</translation>
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Step 3 of 3: rights per service</source>
        <translation>Étape 3 sur 3&#xa0;: droits par service</translation>
    </message>
    <message>
        <source>Give only the rights the person needs: courriers of a service are visible only with a right on it.</source>
        <translation>N’attribuez que les droits dont la personne a besoin&#xa0;: les courriers d’un service ne sont visibles qu’avec un droit sur ce service.</translation>
    </message>
    <message>
        <source>Every service:</source>
        <translation>Tous les services&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SamePerson</name>
    <message>
        <source>The account of {holder} has the same e-mail address.</source>
        <translation>Le compte {of_holder} a la même adresse e-mail.</translation>
    </message>
    <message>
        <source>The account of {holder} has the same name.</source>
        <translation>Le compte {of_holder} porte le même nom.</translation>
    </message>
    <message>
        <source>An account is personal: modify that account if it is this person&apos;s, or confirm that the new account is for another person.</source>
        <translation>Un compte est personnel&#xa0;: modifiez ce compte s’il est celui de cette personne, ou confirmez que le nouveau compte est pour une autre personne.</translation>
    </message>
    <message>
        <source>The account of {holder}, deleted on {date}, had the same e-mail address.</source>
        <translation>Le compte {of_holder}, supprimé le {date}, avait la même adresse e-mail.</translation>
    </message>
    <message>
        <source>The account of {holder}, deleted on {date}, had the same name.</source>
        <translation>Le compte {of_holder}, supprimé le {date}, portait le même nom.</translation>
    </message>
    <message>
        <source>A deleted account cannot be restored: confirm to create a new account for this person.</source>
        <translation>Un compte supprimé ne peut pas être restauré&#xa0;: confirmez pour créer un nouveau compte pour cette personne.</translation>
    </message>
</context>
<context>
    <name>SecondFactor</name>
    <message>
        <source>Wrong code. Enter the 6-digit code your authenticator app shows now, or one of your recovery codes.</source>
        <translation>Code erroné. Saisissez le code à 6 chiffres affiché en ce moment par votre application d’authentification, ou l’un de vos codes de secours.</translation>
    </message>
    <message>
        <source>This code was already used. Wait for the next code in your authenticator app.</source>
        <translation>Ce code a déjà servi. Attendez le code suivant dans votre application d’authentification.</translation>
    </message>
    <message>
        <source>Enter the code of your authenticator app to confirm.</source>
        <translation>Saisissez le code de votre application d’authentification pour confirmer.</translation>
    </message>
    <message>
        <source>Your account has no authenticator yet: sign out, then sign in again to set one up.</source>
        <translation>Votre compte n’a pas encore d’authentificateur&#xa0;: déconnectez-vous, puis reconnectez-vous pour en configurer un.</translation>
    </message>
    <message>
        <source>This account is locked after too many wrong codes. Ask an administrator of your structure to unlock it.</source>
        <translation>Ce compte est verrouillé après trop de codes erronés. Demandez à un administrateur de votre structure de le déverrouiller.</translation>
    </message>
    <message>
        <source>Too many wrong codes. This account is the structure&apos;s last administrator, so it is not locked: try again in 15 minutes.</source>
        <translation>Trop de codes erronés. Ce compte est le dernier administrateur de la structure, il n’est donc pas verrouillé&#xa0;: réessayez dans 15 minutes.</translation>
    </message>
    <message>
        <source>Your account no longer exists.</source>
        <translation>Votre compte n’existe plus.</translation>
    </message>
    <message>
        <source>Enter the code of your authenticator app: it is asked on a new computer, then every 7 days.</source>
        <translation>Saisissez le code de votre application d’authentification&#xa0;: il est demandé sur un nouveau poste, puis tous les 7 jours.</translation>
    </message>
    <message>
        <source>Set up your authenticator app: scan the QR code, then enter the code it shows.</source>
        <translation>Configurez votre application d’authentification&#xa0;: scannez le code QR, puis saisissez le code qu’elle affiche.</translation>
    </message>
</context>
<context>
    <name>SelfTest</name>
    <message>
        <source>Migrations</source>
        <translation>Migrations</translation>
    </message>
    <message>
        <source>the store stopped at schema {revision}</source>
        <translation>la base de données s’est arrêtée au schéma {revision}</translation>
    </message>
    <message>
        <source>new store at schema {revision}, demo data written</source>
        <translation>nouvelle base de données au schéma {revision}, données de démonstration écrites</translation>
    </message>
    <message>
        <source>Full-text search (FTS5)</source>
        <translation>Recherche plein texte (FTS5)</translation>
    </message>
    <message>
        <source>available</source>
        <translation>disponible</translation>
    </message>
    <message>
        <source>not available: searches fall back to a slower scan</source>
        <translation>indisponible&#xa0;: les recherches passent par un parcours plus lent</translation>
    </message>
    <message>
        <source>Keyring</source>
        <translation>Trousseau</translation>
    </message>
    <message>
        <source>no keyring backend is known</source>
        <translation>aucun module de trousseau n’est connu</translation>
    </message>
    <message>
        <source>none on this computer ({backend}): the data key would be kept in a file</source>
        <translation>aucun sur cet ordinateur ({backend})&#xa0;: la clé des données serait gardée dans un fichier</translation>
    </message>
    <message>
        <source>Second factor and telephones</source>
        <translation>Double authentification et téléphones</translation>
    </message>
    <message>
        <source>QR code of {size} modules, telephones {numbers}</source>
        <translation>code QR de {size} modules, téléphones {numbers}</translation>
    </message>
    <message>
        <source>French translation</source>
        <translation>Traduction française</translation>
    </message>
    <message>
        <source>Icons</source>
        <translation>Icônes</translation>
    </message>
    <message>
        <source>Main window</source>
        <translation>Fenêtre principale</translation>
    </message>
    <message>
        <source>PDF (QtPdf)</source>
        <translation>PDF (QtPdf)</translation>
    </message>
    <message>
        <source>loaded but empty</source>
        <translation>chargée mais vide</translation>
    </message>
    <message>
        <source>loaded; Qt&apos;s own French texts are missing</source>
        <translation>chargée&#x202f;; les textes français de Qt manquent</translation>
    </message>
    <message>
        <source>loaded, with Qt&apos;s own</source>
        <translation>chargée, avec celle de Qt</translation>
    </message>
    <message>
        <source>SVG icons cannot be drawn</source>
        <translation>les icônes SVG ne peuvent pas être dessinées</translation>
    </message>
    <message>
        <source>drawn</source>
        <translation>dessinées</translation>
    </message>
    <message>
        <source>the dashboard did not load</source>
        <translation>le tableau de bord ne s’est pas chargé</translation>
    </message>
    <message>
        <source>shown offscreen: “{title}”</source>
        <translation>affichée hors écran&#xa0;: «&#x202f;{title}&#x202f;»</translation>
    </message>
    <message>
        <source>a courrier&apos;s PDF could not be opened ({status})</source>
        <translation>le PDF d’un courrier n’a pas pu être ouvert ({status})</translation>
    </message>
    <message>
        <source>the page was not drawn</source>
        <translation>la page n’a pas été dessinée</translation>
    </message>
    <message numerus="yes">
        <source>a courrier&apos;s PDF opened and drawn (%n page(s))</source>
        <translation>
            <numerusform>le PDF d’un courrier ouvert et dessiné (%n page)</numerusform>
            <numerusform>le PDF d’un courrier ouvert et dessiné (%n pages)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n check(s) failed.</source>
        <translation>
            <numerusform>%n vérification a échoué.</numerusform>
            <numerusform>%n vérifications ont échoué.</numerusform>
        </translation>
    </message>
    <message>
        <source>bundled application</source>
        <translation>application empaquetée</translation>
    </message>
    <message>
        <source>installed with Python {version}</source>
        <translation>installée avec Python {version}</translation>
    </message>
    <message>
        <source>{app} {version} self-test ({how})</source>
        <translation>{app} {version}&#xa0;: autotest ({how})</translation>
    </message>
    <message>
        <source>ok</source>
        <translation>ok</translation>
    </message>
    <message>
        <source>warning</source>
        <translation>attention</translation>
    </message>
    <message>
        <source>FAILED</source>
        <translation>ÉCHEC</translation>
    </message>
    <message>
        <source>{name}: {detail}</source>
        <translation>{name}&#xa0;: {detail}</translation>
    </message>
    <message>
        <source>All is well.</source>
        <translation>Tout va bien.</translation>
    </message>
</context>
<context>
    <name>SendTest</name>
    <message>
        <source>[{app}] Test message, not a request: do not handle</source>
        <translation>[{app}] Message d’essai, pas une demande&#xa0;: ne pas traiter</translation>
    </message>
    <message>
        <source>This message checks that {app} can send its requests to the funds. It is not a request: there is nothing to do with it.</source>
        <translation>Ce message vérifie que {app} peut envoyer ses demandes aux fonds. Ce n’est pas une demande&#xa0;: il n’y a rien à en faire.</translation>
    </message>
    <message>
        <source>&amp;Test the sending</source>
        <translation>&amp;Tester l’envoi</translation>
    </message>
    <message>
        <source>Sends a test message, marked as such: to your own address when the mail server&apos;s user name is one, otherwise to the address above; with the outbox folder, writes it there.</source>
        <translation>Envoie un message d’essai, signalé comme tel&#xa0;: à votre propre adresse quand l’identifiant du serveur de messagerie en est une, sinon à l’adresse ci-dessus&#x202f;; avec le dossier d’envoi, l’y écrit.</translation>
    </message>
    <message>
        <source>A test message was sent to {address} through {server}.</source>
        <translation>Un message d’essai a été envoyé à {address} par {server}.</translation>
    </message>
    <message>
        <source>A test message was written to {file}.</source>
        <translation>Un message d’essai a été écrit dans {file}.</translation>
    </message>
    <message>
        <source>Sending a test message…</source>
        <translation>Envoi d’un message d’essai…</translation>
    </message>
</context>
<context>
    <name>Sender</name>
    <message>
        <source>Requests are already being sent.</source>
        <translation>Des demandes sont déjà en cours d’envoi.</translation>
    </message>
</context>
<context>
    <name>Sending</name>
    <message>
        <source>Sending by mail server is chosen but no server is set: see the settings.</source>
        <translation>L’envoi par serveur de messagerie est choisi, mais aucun serveur n’est indiqué&#xa0;: voyez les paramètres.</translation>
    </message>
    <message>
        <source>No password is saved for {user} on the mail server {host}: enter it in the settings (it is kept in the system keyring). Without a keyring, send through the outbox folder.</source>
        <translation>Aucun mot de passe n’est enregistré pour {user} sur le serveur de messagerie {host}&#xa0;: saisissez-le dans les paramètres (il est gardé dans le trousseau du système). Sans trousseau, envoyez par le dossier de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>No address to send the requests to: set it in Settings, under “Sending requests”. Nothing was sent.</source>
        <translation>Aucune adresse à laquelle envoyer les demandes&#xa0;: indiquez-la dans les Paramètres, rubrique «&#x202f;Envoi des demandes&#x202f;». Rien n’a été envoyé.</translation>
    </message>
</context>
<context>
    <name>ServerCheck</name>
    <message>
        <source>The server refused the user name or the password. Check them, or the password kept for this server.</source>
        <translation>Le serveur refuse le nom d’utilisateur ou le mot de passe. Vérifiez-les, ou le mot de passe conservé pour ce serveur.</translation>
    </message>
    <message>
        <source>The server has no database “{name}”.</source>
        <translation>Le serveur n’a pas de base «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>The secure connection (TLS) was refused: {reason}. Check the TLS mode, and the server&apos;s certificate.</source>
        <translation>La connexion sécurisée (TLS) a été refusée&#xa0;: {reason}. Vérifiez le mode TLS et le certificat du serveur.</translation>
    </message>
    <message>
        <source>The server has no user of that name.</source>
        <translation>Le serveur n’a pas d’utilisateur de ce nom.</translation>
    </message>
    <message>
        <source>The server cannot be reached: {reason}. Check its name and port.</source>
        <translation>Le serveur est injoignable&#xa0;: {reason}. Vérifiez son nom et son port.</translation>
    </message>
    <message>
        <source>These settings do not make a valid address: {reason}</source>
        <translation>Ces paramètres ne forment pas une adresse valide&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>This database holds tables that are not a PEP&apos;s Desktop store: choose another.</source>
        <translation>Cette base contient des tables qui ne sont pas celles de PEP&apos;s Desktop&#xa0;: choisissez-en une autre.</translation>
    </message>
    <message>
        <source>This store was made by a newer version of PEP&apos;s Desktop (schema {revision}): install that version on this computer first.</source>
        <translation>Cette base a été créée par une version plus récente de PEP&apos;s Desktop (schéma {revision})&#xa0;: installez d’abord cette version sur ce poste.</translation>
    </message>
    <message>
        <source>Connection works. The database is empty: it will be prepared.</source>
        <translation>La connexion fonctionne. La base est vide&#xa0;: elle sera préparée.</translation>
    </message>
    <message>
        <source>Connection works. The store will be brought up to date (schema {revision}).</source>
        <translation>La connexion fonctionne. La base sera mise à jour (schéma {revision}).</translation>
    </message>
    <message>
        <source>Connection works. The store is up to date.</source>
        <translation>La connexion fonctionne. La base est à jour.</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>Where the data lives</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>C&amp;hange…</source>
        <translation>&amp;Modifier…</translation>
    </message>
    <message>
        <source>Local base on this computer</source>
        <translation>Base locale sur ce poste</translation>
    </message>
    <message>
        <source>The structure&apos;s server: {server}</source>
        <translation>Serveur de la structure&#xa0;: {server}</translation>
    </message>
    <message>
        <source>(set for every user of this computer)</source>
        <translation>(réglé pour tous les utilisateurs de ce poste)</translation>
    </message>
    <message>
        <source>An outbox folder (.eml files to send by hand)</source>
        <translation>Un dossier de boîte d’envoi (fichiers .eml à envoyer à la main)</translation>
    </message>
    <message>
        <source>A mail server (SMTP)</source>
        <translation>Un serveur de messagerie (SMTP)</translation>
    </message>
    <message>
        <source>Saved in the system keyring: type to replace it</source>
        <translation>Enregistré dans le trousseau du système&#xa0;: saisissez-en un autre pour le remplacer</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>No system keyring is available on this computer: the mail server&apos;s password cannot be kept. A mail server that asks for a user name cannot be used; send through the outbox folder instead.</source>
        <translation>Aucun trousseau du système n’est disponible sur ce poste&#xa0;: le mot de passe du serveur de messagerie ne peut pas être conservé. Un serveur de messagerie qui demande un identifiant ne peut pas être utilisé&#x202f;; envoyez plutôt par le dossier de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>STARTTLS (port 587)</source>
        <translation>STARTTLS (port 587)</translation>
    </message>
    <message>
        <source>TLS from the start (port 465)</source>
        <translation>TLS dès la connexion (port 465)</translation>
    </message>
    <message>
        <source>None, not encrypted</source>
        <translation>Aucune, non chiffrée</translation>
    </message>
    <message>
        <source>Courrier drop folder</source>
        <translation>Dossier de dépôt des courriers</translation>
    </message>
    <message>
        <source>Outbox folder</source>
        <translation>Dossier de la boîte d’envoi</translation>
    </message>
    <message>
        <source>The folder {folder} does not exist.</source>
        <translation>Le dossier {folder} n’existe pas.</translation>
    </message>
    <message>
        <source>The folder {folder} cannot be created: {reason}</source>
        <translation>Le dossier {folder} ne peut pas être créé&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Enter the name of the mail server, e.g. smtp.mairie.fr.</source>
        <translation>Saisissez le nom du serveur de messagerie, par exemple smtp.mairie.fr.</translation>
    </message>
    <message>
        <source>Enter the user name that goes with the password.</source>
        <translation>Saisissez l’identifiant associé au mot de passe.</translation>
    </message>
    <message>
        <source>No system keyring is available to keep the password of {user}: this mail server cannot be used. Send through the outbox folder instead.</source>
        <translation>Aucun trousseau du système n’est disponible pour conserver le mot de passe de {user}&#xa0;: ce serveur de messagerie ne peut pas être utilisé. Envoyez plutôt par le dossier de la boîte d’envoi.</translation>
    </message>
    <message>
        <source>The system keyring refused to keep the password.</source>
        <translation>Le trousseau du système a refusé de conserver le mot de passe.</translation>
    </message>
    <message>
        <source>Enter the password of {user} on {host}.</source>
        <translation>Saisissez le mot de passe de {user} sur {host}.</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>Courrier &amp;drop folder</source>
        <translation>&amp;Dossier de dépôt des courriers</translation>
    </message>
    <message>
        <source>None: courriers are imported by hand</source>
        <translation>Aucun&#xa0;: les courriers sont importés à la main</translation>
    </message>
    <message>
        <source>&amp;Choose…</source>
        <translation>&amp;Choisir…</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Un changement de langue prend effet au prochain démarrage.</translation>
    </message>
    <message>
        <source>Courriers dropped in this folder (each NAME.pdf with its NAME.json) are imported while the application runs; those that cannot be imported go to its « rejetés » subfolder with the reason.</source>
        <translation>Les courriers déposés dans ce dossier (chaque NOM.pdf avec son NOM.json) sont importés pendant que l’application fonctionne&#x202f;; ceux qui ne peuvent pas l’être vont dans son sous-dossier «&#x202f;rejetés&#x202f;» avec la raison.</translation>
    </message>
    <message>
        <source>Sending requests</source>
        <translation>Envoi des demandes</translation>
    </message>
    <message>
        <source>&amp;Send requests to</source>
        <translation>&amp;Envoyer les demandes à</translation>
    </message>
    <message>
        <source>The funds&apos; address, e.g. relations.employeurs@fonds.example</source>
        <translation>L’adresse des fonds, par exemple relations.employeurs@fonds.example</translation>
    </message>
    <message>
        <source>Send &amp;through</source>
        <translation>Envoyer &amp;via</translation>
    </message>
    <message>
        <source>&amp;Outbox folder</source>
        <translation>Dossier de la &amp;boîte d’envoi</translation>
    </message>
    <message>
        <source>C&amp;hoose…</source>
        <translation>C&amp;hoisir…</translation>
    </message>
    <message>
        <source>Mail se&amp;rver</source>
        <translation>Serveur de &amp;messagerie</translation>
    </message>
    <message>
        <source>e.g. smtp.mairie.fr</source>
        <translation>par exemple smtp.mairie.fr</translation>
    </message>
    <message>
        <source>&amp;Port</source>
        <translation>P&amp;ort</translation>
    </message>
    <message>
        <source>S&amp;ecurity</source>
        <translation>&amp;Sécurité</translation>
    </message>
    <message>
        <source>&amp;User name</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>Empty when the server asks for no sign-in</source>
        <translation>Vide si le serveur ne demande pas de connexion</translation>
    </message>
    <message>
        <source>Pass&amp;word</source>
        <translation>Mot de &amp;passe</translation>
    </message>
    <message>
        <source>Through the outbox folder, each request is written there as an e-mail message (.eml) with its attachments, ready to send from your mail software or to upload. The mail server&apos;s password is kept in the system keyring, never in the settings file.</source>
        <translation>Avec le dossier de la boîte d’envoi, chaque demande y est écrite sous forme de courriel (.eml) avec ses pièces jointes, prête à être envoyée depuis votre logiciel de messagerie ou à être déposée en ligne. Le mot de passe du serveur de messagerie est conservé dans le trousseau du système, jamais dans le fichier de paramètres.</translation>
    </message>
    <message>
        <source>Notifications</source>
        <translation>Notifications</translation>
    </message>
    <message>
        <source>&amp;Check for news every</source>
        <translation>&amp;Rechercher les nouveautés toutes les</translation>
    </message>
    <message>
        <source> min</source>
        <translation> min</translation>
    </message>
    <message>
        <source>Tell me of</source>
        <translation>Me signaler</translation>
    </message>
    <message>
        <source>Do &amp;not disturb: nothing pops up, the notification centre still keeps everything</source>
        <translation>Ne pas déran&amp;ger&#xa0;: rien ne s’affiche, le centre de notifications garde tout</translation>
    </message>
    <message>
        <source>Closing the window &amp;keeps PEP&apos;s Desktop running in the notification area</source>
        <translation>Fermer la fenêtre &amp;laisse PEP’s Desktop fonctionner dans la zone de notification</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The structure&apos;s name is required.</source>
        <translation>Le nom de la structure est obligatoire.</translation>
    </message>
    <message>
        <source>This store already has a structure.</source>
        <translation>Cette base a déjà une structure.</translation>
    </message>
    <message>
        <source>This store already has a structure named “{name}”.</source>
        <translation>Cette base contient déjà une structure nommée «&#xa0;{name}&#xa0;».</translation>
    </message>
    <message>
        <source>No structure “{name}” in this store; it holds: {names}.</source>
        <translation>Aucune structure «&#xa0;{name}&#xa0;» dans cette base&#xa0;; elle contient&#xa0;: {names}.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>PEP&apos;s Desktop – First start</source>
        <translation>PEP&apos;s Desktop – Premier démarrage</translation>
    </message>
    <message>
        <source>&amp;Create</source>
        <translation>&amp;Créer</translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <source>PEP&apos;s Desktop – Sign in</source>
        <translation>PEP&apos;s Desktop – Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>&amp;Code</source>
        <translation>&amp;Code</translation>
    </message>
    <message>
        <source>6 digits or a recovery code</source>
        <translation>6 chiffres ou un code de secours</translation>
    </message>
    <message>
        <source>This computer has no password keyring: your password cannot be remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe&#xa0;: votre mot de passe ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>Your password and your authenticator app are set. Sign in with your password.</source>
        <translation>Votre mot de passe et votre application d’authentification sont configurés. Connectez-vous avec votre mot de passe.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>Your authenticator app is not set up yet: sign in again to do it.</source>
        <translation>Votre application d’authentification n’est pas encore configurée&#xa0;: reconnectez-vous pour le faire.</translation>
    </message>
    <message>
        <source>I have an &amp;activation code: choose my password now</source>
        <translation>J’ai un code d’&amp;activation&#xa0;: choisir mon mot de passe maintenant</translation>
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>&lt;h2&gt;Sign in to PEP&apos;s Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à PEP&apos;s Desktop&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>&amp;Login</source>
        <translation>&amp;Identifiant</translation>
    </message>
    <message>
        <source>firstname.lastname</source>
        <translation>prenom.nom</translation>
    </message>
    <message>
        <source>&amp;Password</source>
        <translation>&amp;Mot de passe</translation>
    </message>
    <message>
        <source>&amp;Remember me on this computer</source>
        <translation>Se &amp;souvenir de moi sur ce poste</translation>
    </message>
    <message>
        <source>I have an &amp;activation code</source>
        <translation>J’ai un code d’&amp;activation</translation>
    </message>
    <message>
        <source>First sign-in or forgotten password: choose your password with the code an administrator gave you.</source>
        <translation>Première connexion ou mot de passe oublié&#xa0;: choisissez votre mot de passe avec le code qu’un administrateur vous a remis.</translation>
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Every account of the structure is reviewed at least every 18 months: delete those who should no longer have access, renew the active ones. Each account comes with a recommendation; your decisions are saved as you make them and change nothing until you apply the review.</source>
        <translation>Chaque compte de la structure est revu au moins tous les 18 mois&#xa0;: supprimez ceux qui ne doivent plus avoir accès, renouvelez les comptes actifs. Chaque compte est accompagné d’une recommandation&#x202f;; vos décisions sont enregistrées au fur et à mesure et ne changent rien tant que vous n’appliquez pas la revue.</translation>
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation>&amp;Lancer la revue</translation>
    </message>
    <message>
        <source>The last review was applied on {date}.</source>
        <translation>La dernière revue a été appliquée le {date}.</translation>
    </message>
    <message>
        <source>The next one is due by {date}.</source>
        <translation>La prochaine est à faire au plus tard le {date}.</translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Only a SQLite store can be backed up this way; use your database server&apos;s own tools.</source>
        <translation>Seule une base SQLite peut être sauvegardée ainsi&#x202f;; utilisez les outils de votre serveur de base de données.</translation>
    </message>
    <message>
        <source>There is no store at “{path}”.</source>
        <translation>Aucune base de données à l’emplacement «&#x202f;{path}&#x202f;».</translation>
    </message>
    <message>
        <source>“{path}” already exists; choose another file.</source>
        <translation>«&#x202f;{path}&#x202f;» existe déjà&#x202f;; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>Invalid database URL “{url}”: {reason}</source>
        <translation>URL de base de données invalide «&#x202f;{url}&#x202f;»&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The server of the shared store cannot be reached ({reason}). Nothing was changed: try again once it is back.</source>
        <translation>Le serveur de la base partagée est injoignable ({reason}). Rien n’a été modifié&#xa0;: réessayez quand il sera de retour.</translation>
    </message>
    <message>
        <source>“{path}” is not a PEP&apos;s Desktop database; it was left untouched.</source>
        <translation>«&#x202f;{path}&#x202f;» n’est pas une base de données PEP&apos;s Desktop&#x202f;; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{where}” holds a database that is not a PEP&apos;s Desktop store; it was left untouched.</source>
        <translation>«&#x202f;{where}&#x202f;» contient une base de données qui n’est pas une base PEP&apos;s Desktop&#x202f;; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store “{where}” was written by a newer version of PEP&apos;s Desktop (schema {revision}). Install the newer version; the store was left untouched.</source>
        <translation>La base de données «&#x202f;{where}&#x202f;» a été écrite par une version plus récente de PEP&apos;s Desktop (schéma {revision}). Installez cette version&#x202f;; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store cannot be opened: {reason}</source>
        <translation>La base de données ne peut pas être ouverte&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The migration would break links between rows ({count}); the store was left as it was.</source>
        <translation>La migration romprait des liens entre des lignes ({count})&#x202f;; la base de données a été laissée telle quelle.</translation>
    </message>
    <message>
        <source>The data key does not match this store: its encrypted personal data (NIRs, agents&apos; names) cannot be read. Restore the data key kept with this store.</source>
        <translation>La clé de données ne correspond pas à cette base de données&#xa0;: ses données personnelles chiffrées (NIR, noms des agents) ne peuvent pas être lues. Restaurez la clé de données conservée avec cette base.</translation>
    </message>
    <message>
        <source>The data key is damaged: it must be {size} bytes long.</source>
        <translation>La clé de données est endommagée&#xa0;: elle doit faire {size} octets.</translation>
    </message>
    <message>
        <source>Your account does not hold your structure&apos;s data key: personal data (NIRs, agents&apos; names) cannot be written. Ask an administrator of your structure for a new activation code: choosing your password with it gives you the key.</source>
        <translation>Votre compte ne détient pas la clé de données de votre structure&#xa0;: les données personnelles (NIR, noms des agents) ne peuvent pas être enregistrées. Demandez un nouveau code d’activation à un administrateur de votre structure&#xa0;: choisir votre mot de passe avec ce code vous donne la clé.</translation>
    </message>
    <message>
        <source>Your account does not hold your structure&apos;s data key: personal data (NIRs, agents&apos; names) cannot be read. Ask an administrator of your structure for a new activation code: choosing your password with it gives you the key.</source>
        <translation>Votre compte ne détient pas la clé de données de votre structure&#xa0;: les données personnelles (NIR, noms des agents) ne peuvent pas être lues. Demandez un nouveau code d’activation à un administrateur de votre structure&#xa0;: choisir votre mot de passe avec ce code vous donne la clé.</translation>
    </message>
    <message>
        <source>The store “{path}” was not upgraded: a copy of it must first be written beside it, and that failed ({reason}). Free some disk space or allow writing in its folder, then open it again. The store was left as it was.</source>
        <translation>La base de données «&#x202f;{path}&#x202f;» n’a pas été mise à jour&#xa0;: une copie doit d’abord en être écrite à côté d’elle, et cela a échoué ({reason}). Libérez de l’espace disque ou autorisez l’écriture dans son dossier, puis ouvrez-la de nouveau. La base de données a été laissée telle quelle.</translation>
    </message>
</context>
<context>
    <name>StoreChoice</name>
    <message>
        <source>“{value}” does not name a server: write it as host:port/base, e.g. db.mairie.fr:5432/peps.</source>
        <translation>«&#xa0;{value}&#xa0;» ne désigne pas un serveur&#xa0;: écrivez-le sous la forme hôte:port/base, par exemple db.mairie.fr:5432/peps.</translation>
    </message>
    <message>
        <source>Unknown TLS mode “{mode}”: {modes}.</source>
        <translation>Mode TLS inconnu «&#xa0;{mode}&#xa0;»&#xa0;: {modes}.</translation>
    </message>
</context>
<context>
    <name>StoreChoiceDialog</name>
    <message>
        <source>Where the data lives</source>
        <translation>Emplacement des données</translation>
    </message>
    <message>
        <source>Work alone on this computer, or with your colleagues on your structure&apos;s server: every computer connected to it sees the same courriers, accounts and requests.</source>
        <translation>Travaillez seul sur ce poste, ou avec vos collègues sur le serveur de votre structure&#xa0;: chaque poste qui s’y connecte voit les mêmes courriers, comptes et demandes.</translation>
    </message>
    <message>
        <source>The new choice takes effect at the next start of PEP&apos;s Desktop.</source>
        <translation>Le nouveau choix prend effet au prochain démarrage de PEP&apos;s Desktop.</translation>
    </message>
    <message>
        <source>Local base on this computer</source>
        <translation>Base locale sur ce poste</translation>
    </message>
    <message>
        <source>The structure&apos;s server (PostgreSQL)</source>
        <translation>Serveur de la structure (PostgreSQL)</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Serveur</translation>
    </message>
    <message>
        <source>Kept in the system keyring</source>
        <translation>Conservé dans le trousseau du système</translation>
    </message>
    <message>
        <source>Required, certificate and name checked (verify-full)</source>
        <translation>Obligatoire, certificat et nom vérifiés (verify-full)</translation>
    </message>
    <message>
        <source>Required, certificate checked (verify-ca)</source>
        <translation>Obligatoire, certificat vérifié (verify-ca)</translation>
    </message>
    <message>
        <source>Required, not checked (require)</source>
        <translation>Obligatoire, sans vérification (require)</translation>
    </message>
    <message>
        <source>If the server offers it (prefer)</source>
        <translation>Si le serveur la propose (prefer)</translation>
    </message>
    <message>
        <source>Never (disable)</source>
        <translation>Jamais (disable)</translation>
    </message>
    <message>
        <source>Host:</source>
        <translation>Hôte&#xa0;:</translation>
    </message>
    <message>
        <source>Port:</source>
        <translation>Port&#xa0;:</translation>
    </message>
    <message>
        <source>Database:</source>
        <translation>Base&#xa0;:</translation>
    </message>
    <message>
        <source>User:</source>
        <translation>Utilisateur&#xa0;:</translation>
    </message>
    <message>
        <source>Password:</source>
        <translation>Mot de passe&#xa0;:</translation>
    </message>
    <message>
        <source>Secure connection (TLS):</source>
        <translation>Connexion sécurisée (TLS)&#xa0;:</translation>
    </message>
    <message>
        <source>&amp;Test the connection</source>
        <translation>&amp;Tester la connexion</translation>
    </message>
    <message>
        <source>Give the server&apos;s name (host).</source>
        <translation>Indiquez le nom du serveur (hôte).</translation>
    </message>
    <message>
        <source>Give the database&apos;s name.</source>
        <translation>Indiquez le nom de la base.</translation>
    </message>
    <message>
        <source>Connecting…</source>
        <translation>Connexion…</translation>
    </message>
    <message>
        <source>This computer has no keyring to keep the password: give it to libpq instead (a .pgpass file, or PGPASSWORD).</source>
        <translation>Ce poste n’a pas de trousseau pour conserver le mot de passe&#xa0;: donnez-le plutôt à libpq (un fichier .pgpass, ou PGPASSWORD).</translation>
    </message>
</context>
<context>
    <name>StoreFaults</name>
    <message>
        <source>Another task is in progress on this folder; try again in a moment.</source>
        <translation>Un autre traitement est en cours sur ce dossier&#xa0;; réessayez dans un instant.</translation>
    </message>
    <message>
        <source>The disk holding the store {store} is full. Free some space, then try again; what was already stored is unchanged.</source>
        <translation>Le disque qui contient la base {store} est plein. Libérez de la place, puis réessayez&#xa0;; ce qui était déjà enregistré est intact.</translation>
    </message>
    <message>
        <source>The store {store} is read-only (a read-only file or folder, or no permission to write). Ask for write access; nothing was changed.</source>
        <translation>La base {store} est en lecture seule (fichier ou dossier en lecture seule, ou pas d’autorisation d’écrire). Demandez l’accès en écriture&#xa0;; rien n’a été modifié.</translation>
    </message>
    <message>
        <source>The store {store} cannot be opened: its folder is missing or cannot be written. Check that the folder exists and that you may write to it.</source>
        <translation>Impossible d’ouvrir la base {store}&#xa0;: son dossier est absent ou n’accepte pas l’écriture. Vérifiez que le dossier existe et que vous pouvez y écrire.</translation>
    </message>
    <message>
        <source>The disk holding the store {store} could not be read or written (a drive removed, a network folder gone?). Nothing was changed; try again.</source>
        <translation>Le disque qui contient la base {store} n’a pas pu être lu ou écrit (un disque retiré, un dossier réseau disparu&#xa0;?). Rien n’a été modifié&#xa0;; réessayez.</translation>
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>The public employer using PEP&apos;s: a commune, a CCAS, a hospital…</source>
        <translation>L’employeur public qui utilise PEP&apos;s&#xa0;: une commune, un CCAS, un hôpital…</translation>
    </message>
    <message>
        <source>&amp;Name of the structure</source>
        <translation>&amp;Nom de la structure</translation>
    </message>
</context>
<context>
    <name>Succession</name>
    <message>
        <source>The departure date cannot be in the past.</source>
        <translation>La date de départ ne peut pas être dans le passé.</translation>
    </message>
    <message>
        <source>You have already named “{login}” as your successor (departure on {date}).</source>
        <translation>Vous avez déjà désigné «&#x202f;{login}&#x202f;» comme successeur (départ le {date}).</translation>
    </message>
    <message>
        <source>Your successor must be someone other than you.</source>
        <translation>Votre successeur doit être une autre personne que vous.</translation>
    </message>
    <message>
        <source>The account “{login}” is expired or locked: renew or unlock it before naming it as your successor.</source>
        <translation>Le compte «&#x202f;{login}&#x202f;» est expiré ou verrouillé&#xa0;: renouvelez-le ou déverrouillez-le avant de le désigner comme successeur.</translation>
    </message>
    <message>
        <source>This account was already deleted: nothing left to do.</source>
        <translation>Ce compte a déjà été supprimé&#xa0;: il n’y a plus rien à faire.</translation>
    </message>
    <message>
        <source>Your successor deletes your account, not you: ask them.</source>
        <translation>C’est votre successeur qui supprime votre compte, pas vous&#xa0;: demandez-le-lui.</translation>
    </message>
    <message>
        <source>{login} leaves on {date}: delete the account after that date.</source>
        <translation>{login} part le {date}&#xa0;: supprimez le compte après cette date.</translation>
    </message>
</context>
<context>
    <name>SuccessionWizard</name>
    <message>
        <source>PEP&apos;s Desktop – I am leaving the structure</source>
        <translation>PEP&apos;s Desktop – Je quitte la structure</translation>
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation>&amp;Confirmer</translation>
    </message>
    <message>
        <source>You have already named “{login}” as your successor (departure on {date}).</source>
        <translation>Vous avez déjà désigné «&#x202f;{login}&#x202f;» comme successeur (départ le {date}).</translation>
    </message>
    <message>
        <source>Choose your successor first.</source>
        <translation>Choisissez d’abord votre successeur.</translation>
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error}. Nothing was changed.</source>
        <translation>Erreur inattendue&#xa0;: {error}. Rien n’a été modifié.</translation>
    </message>
</context>
<context>
    <name>Telephone</name>
    <message>
        <source>A telephone number is required: PEP&apos;s asks every account for one (fixed or mobile).</source>
        <translation>Un numéro de téléphone est requis&#xa0;: PEP’s en demande un à chaque compte (fixe ou mobile).</translation>
    </message>
    <message>
        <source>The telephone number “{number}” is not a French fixed or mobile number (e.g. 06 12 34 56 78 or 02 41 00 00 00).</source>
        <translation>Le numéro de téléphone «&#xa0;{number}&#xa0;» n’est pas un numéro français fixe ou mobile (p. ex. 06 12 34 56 78 ou 02 41 00 00 00).</translation>
    </message>
</context>
<context>
    <name>Transport</name>
    <message>
        <source>The message could not be written in the folder {folder}: {reason}</source>
        <translation>Le message n’a pas pu être écrit dans le dossier {folder}&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>No password is saved for {user} on {host}.</source>
        <translation>Aucun mot de passe n’est enregistré pour {user} sur {host}.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} does not offer STARTTLS encryption; the message was not sent unencrypted.</source>
        <translation>Le serveur de messagerie {host}:{port} ne propose pas le chiffrement STARTTLS&#x202f;; le message n’a pas été envoyé en clair.</translation>
    </message>
    <message>
        <source>The mail server refused the user name or password.</source>
        <translation>Le serveur de messagerie a refusé l’identifiant ou le mot de passe.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} does not accept a sign-in on this connection; check the user name and the encryption settings.</source>
        <translation>Le serveur de messagerie {host}:{port} n’accepte pas de connexion avec identifiant sur cette liaison&#x202f;; vérifiez l’identifiant et les paramètres de chiffrement.</translation>
    </message>
    <message>
        <source>The certificate of the mail server {host}:{port} could not be verified: {reason}</source>
        <translation>Le certificat du serveur de messagerie {host}:{port} n’a pas pu être vérifié&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} did not accept an encrypted connection from the start ({reason}); check the port (usually 465 for TLS from the start, 587 for STARTTLS) and the security setting.</source>
        <translation>Le serveur de messagerie {host}:{port} n’a pas accepté de connexion chiffrée dès le début ({reason})&#x202f;; vérifiez le port (en général 465 pour TLS dès la connexion, 587 pour STARTTLS) et le réglage de sécurité.</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} cannot be reached: {reason}</source>
        <translation>Le serveur de messagerie {host}:{port} est injoignable&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The mail server {host}:{port} failed: {reason}</source>
        <translation>Le serveur de messagerie {host}:{port} a rencontré une erreur&#xa0;: {reason}</translation>
    </message>
    <message>
        <source>The mail server temporarily refused the message: {reply}</source>
        <translation>Le serveur de messagerie a temporairement refusé le message&#xa0;: {reply}</translation>
    </message>
    <message>
        <source>The mail server refused the message: {reply}</source>
        <translation>Le serveur de messagerie a refusé le message&#xa0;: {reply}</translation>
    </message>
</context>
<context>
    <name>TrayNotifier</name>
    <message>
        <source>&amp;Open</source>
        <translation>&amp;Ouvrir</translation>
    </message>
    <message>
        <source>Your &amp;courriers</source>
        <translation>Vos &amp;courriers</translation>
    </message>
    <message>
        <source>My &amp;échanges</source>
        <translation>Mes &amp;échanges</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>Unread courriers: {count}</source>
        <translation>Courriers non lus&#xa0;: {count}</translation>
    </message>
    <message>
        <source>No unread courrier</source>
        <translation>Aucun courrier non lu</translation>
    </message>
    <message numerus="yes">
        <source>%Ln notifications</source>
        <translation>
            <numerusform>%Ln notification</numerusform>
            <numerusform>%Ln notifications</numerusform>
        </translation>
    </message>
</context>
</TS>
