<?xml version='1.0' encoding='utf-8'?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>AccountActions</name>
    <message>
        <source>&amp;New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Modify…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activation &amp;code…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A forgotten password: issue a new one-time code to choose another one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account re&amp;view</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I am &amp;leaving the structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Import…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>E&amp;xport…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit &amp;log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountFile</name>
    <message>
        <source>Cannot read {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{file} is not in UTF-8: in Excel, save it as “CSV UTF-8 (délimité par des virgules)”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>it is not an Excel workbook (.xlsx).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Cannot write {file}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The import was refused: {count} line(s) to correct; nothing was changed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The file is empty.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The line has more cells than there are columns ({count}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login “{login}” is already on line {line}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The expiration {date} is too late: an account is valid for 18 months at most, that is until {latest} for an account renewed today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{item}” is not a right: write SERVICE:level, e.g. CNRACL:lecture.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown service “{code}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown right “{level}” for {code}: aucun, lecture or modification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The service {code} is named twice.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a date: write JJ/MM/AAAA or AAAA-MM-JJ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The columns must be separated by semicolons (;), not commas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>missing: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unknown: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>named twice: {names}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong columns ({details}); the columns are: {columns}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown profile “{profile}”: utilisateur or administrateur.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountFileActions</name>
    <message>
        <source>Import an account list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the account list</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Importing accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line} ({login}): {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import refused</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import done: {created} account(s) created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{login}: {code} (valid until {date})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation codes to hand over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand each code over to its holder: with it, they choose their own password. The codes are shown only now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) written to {file}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountTableModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>awaiting activation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The holder has not chosen a password yet.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountWords</name>
    <message>
        <source>actif</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expire bientôt</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expiré</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>verrouillé</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utilisateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>administrateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Aucun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Lecture seule</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Modification</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>L</source>
        <comment>Lecture seule</comment>
        <translation type="unfinished" />
    </message>
    <message>
        <source>M</source>
        <comment>Modification</comment>
        <translation type="unfinished" />
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
        <translation>L’identifiant « {login} » n’est pas valide : de 3 à 64 lettres minuscules, chiffres, points, tirets ou soulignés, commençant par une lettre ou un chiffre.</translation>
    </message>
    <message>
        <source>The email address “{email}” is not valid.</source>
        <translation>L’adresse électronique « {email} » n’est pas valide.</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown service “{code}”.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown right “{level}” for {code}: aucun, lecture or modification.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown profile “{profile}”: utilisateur or administrateur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The login “{login}” is already used, or was used by a deleted account: logins are never reused.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account “{login}” was changed meanwhile by someone else: reload it and try again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account is personal: it cannot be given to another person. Create a new account for {prenom} {nom}, and delete this one when its holder has left.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong password: the action was not confirmed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Only an active administrator can manage the accounts.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AccountsView</name>
    <message>
        <source>&lt;h2&gt;Account management&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import / Export</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name, login or email (Ctrl+F)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All statuses</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All profiles</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts of the structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your structure has only one active administrator; {recommended} are recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your structure has {count} active administrators; {recommended} are recommended</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>for the holidays, and so that someone can always unlock an account. Give the administrator profile to another account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{shown} of {count} account(s)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account {login} created.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account {login} saved.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New activation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Issue a new activation code for {holder} ({login})?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>For a forgotten password: their current password stops working at once, and they choose a new one with the code. A locked account is unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new activation code was issued for {login}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Renew {count} account(s)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>They will expire on {date}, 18 months from today.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) renewed until {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unlock {count} account(s)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Their holders can sign in again with their password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete {count} account(s)?</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the accounts of people who have left the structure. A deleted account cannot be restored, and its login is never used again.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing was changed. {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Activation</name>
    <message>
        <source>This activation code is not valid for this login, or it has expired. Ask an administrator of your structure for a new one.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account is locked. Ask an administrator of your structure to unlock it and give you a new code.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account has expired: ask an administrator to renew it.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivationCodeDialog</name>
    <message>
        <source>New activation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new activation code was issued for {holder}. Their previous password no longer works.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivationCodePanel</name>
    <message>
        <source>&amp;Copy the code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Hand this code over to the account holder in person or by telephone. With it, they choose their own password at their first sign-in (“I have an activation code”). You never know their password. The code works once and is shown only now.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation code {code}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Valid until {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ActivationDialog</name>
    <message>
        <source>PEP's Desktop – Activate your account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h3&gt;Choose your password&lt;/h3&gt;Enter your login and the activation code an administrator of your structure gave you, then choose your password. Nobody else will know it.</source>
        <translation type="unfinished" />
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;New password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm the password</source>
        <translation>&amp;Confirmer le mot de passe</translation>
    </message>
    <message>
        <source>&amp;Set my password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This password is strong enough.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your login, your activation code and a password.</source>
        <translation type="unfinished" />
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
        <translation>&amp;Confirmer le mot de passe</translation>
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
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <source>This computer has no password keyring: your password was not remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe : votre mot de passe n’a pas été mémorisé.</translation>
    </message>
    <message>
        <source>PEP's Desktop is already running on this store ({folder}).</source>
        <translation>PEP's Desktop est déjà ouvert sur cette base de données ({folder}).</translation>
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
    <name>AuditLog</name>
    <message>
        <source>The start of the period is after its end.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details (JSON)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The audit log could not be written to “{path}”: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditLogModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the application</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditView</name>
    <message>
        <source>Account management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Back to the account management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;h2&gt;Audit log&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every change to an account or a right, newest first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Export as CSV…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Re&amp;fresh</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Refresh the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search a login, an action, a detail</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Filter by action</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All actions</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>F&amp;rom</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;To</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Audit log entries</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Counting…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} entry(ies)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the audit log</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} entry(ies) exported to {path}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>AuditWords</name>
    <message>
        <source>sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>structure created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account created</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account modified</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account renewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account unlocked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account deleted</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>account activated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>activation code issued</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>demo data generated</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>last administrator renewed</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Wrong login or password.</source>
        <translation>Identifiant ou mot de passe incorrect.</translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask an administrator of your structure to unlock it.</source>
        <translation>Ce compte est verrouillé après trop d’échecs de connexion. Demandez à un administrateur de votre structure de le déverrouiller.</translation>
    </message>
    <message>
        <source>Too many failed sign-ins. This account is the structure's last administrator, so it is not locked: try again in 15 minutes.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Wrong login or password. {left} attempt(s) left before the account is locked.</source>
        <translation>Identifiant ou mot de passe incorrect. Encore {left} essai(s) avant le verrouillage du compte.</translation>
    </message>
    <message>
        <source>This account is not activated yet: choose your password with the activation code your administrator gave you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account expired on {date}. Ask an administrator of your structure to renew it.</source>
        <translation>Ce compte a expiré le {date}. Demandez à un administrateur de votre structure de le renouveler.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PEP's Desktop: courriers, accounts and requests of a public employer.</source>
        <translation>PEP's Desktop : courriers, comptes et échanges d’un employeur public.</translation>
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
        <source>create the structure and its first administrator</source>
        <translation>créer la structure et son premier administrateur</translation>
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
        <source>bring the store's schema up to date</source>
        <translation>mettre à jour le schéma de la base de données</translation>
    </message>
    <message>
        <source>copy the store to FILE (safe while the application runs)</source>
        <translation>copier la base de données dans FICHIER (sans risque pendant que l’application tourne)</translation>
    </message>
    <message>
        <source>print the dashboard's figures for a person</source>
        <translation>afficher les chiffres du tableau de bord d’une personne</translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation>afficher en JSON</translation>
    </message>
    <message>
        <source>act as LOGIN; password from PEPS_PASSWORD, the keyring or a prompt</source>
        <translation>agir en tant que LOGIN ; mot de passe lu dans PEPS_PASSWORD, le trousseau ou demandé</translation>
    </message>
    <message>
        <source>No password given: set {variable} or run the command in a terminal.</source>
        <translation>Aucun mot de passe fourni : définissez {variable} ou lancez la commande dans un terminal.</translation>
    </message>
    <message>
        <source>Password of the first administrator: </source>
        <translation>Mot de passe du premier administrateur : </translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation>Mot de passe, une seconde fois : </translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation>Les deux mots de passe sont différents.</translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation>Mot de passe de {login} : </translation>
    </message>
    <message>
        <source>Structure “{name}” created; administrator: {login}.</source>
        <translation>Structure « {name} » créée ; administrateur : {login}.</translation>
    </message>
    <message>
        <source>--{name} must be a positive number.</source>
        <translation>--{name} doit être un nombre positif.</translation>
    </message>
    <message>
        <source>Demo store filled: {accounts} accounts, {courriers} courriers, {echanges} échanges.</source>
        <translation>Base de démonstration remplie : {accounts} comptes, {courriers} courriers, {echanges} échanges.</translation>
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
        <translation>Courriers non lus : {count}</translation>
    </message>
    <message>
        <source>Échanges awaiting an answer: {count}</source>
        <translation>Échanges en attente de réponse : {count}</translation>
    </message>
    <message>
        <source>Accounts expiring within 60 days: {count}</source>
        <translation>Comptes expirant sous 60 jours : {count}</translation>
    </message>
    <message>
        <source>Next account review due: {date}</source>
        <translation>Prochaine revue des comptes : {date}</translation>
    </message>
    <message>
        <source>peps-desktop: unexpected error; details are in the log file {path}.</source>
        <translation>peps-desktop : erreur inattendue ; le détail est dans le journal {path}.</translation>
    </message>
    <message>
        <source>Activation code for {login}: {code} (valid until {date}). Hand it over to its holder, who chooses a password with: peps-desktop activate {login} --code CODE</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Dry run, nothing was changed: {created} account(s) would be created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Import done: {created} account(s) created, {updated} updated, {unchanged} unchanged.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Activation codes to hand over to the new accounts' holders:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>  {login}: {code} (valid until {date})</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Line {line}: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) written to {file}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) renewed.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) deleted.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) unlocked.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expiry notice: {login} expires on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: {login} since {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account review due since {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Nothing due on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>New password for {login}: </source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account {login} is activated: you can sign in.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a date AAAA-MM-JJ.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>“{text}” is not a profile: utilisateur or administrateur.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>manage the structure's accounts (administrators)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>list the accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create and update accounts from a CSV or XLSX file, all or nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>check the file and report, changing nothing</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the accounts to FILE (XLSX when it ends in .xlsx, else CSV)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>create an account and print its activation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>utilisateur (default) or administrateur</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>rights such as CNRACL:modification|RAFP:lecture; others: aucun</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>issue a new activation code (the password stops working)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>renew accounts for 18 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>delete accounts (their logins are never reused)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>unlock locked accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>what administrators are told on a day: notices, expiries, review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the day (default: today)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>choose your password with the activation code you were given</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>the account review (revue des comptes)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>write the report of the open review, or else of the last closed one, to FILE: PDF or CSV by its extension</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review report written to {file} ({count} accounts).</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CrashReporter</name>
    <message>
        <source>Unexpected error</source>
        <translation>Erreur inattendue</translation>
    </message>
    <message>
        <source>PEP's Desktop met an unexpected error. Your data is safe: the operation in progress was cancelled.

Details are in the log file:
{path}</source>
        <translation>PEP's Desktop a rencontré une erreur inattendue. Vos données sont intactes : l’opération en cours a été annulée.

Le détail est dans le journal :
{path}</translation>
    </message>
</context>
<context>
    <name>CreateAccountWizard</name>
    <message>
        <source>New account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create the account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Creating an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account of {prenom} {nom} is created; it is valid for 18 months. Its holder signs in for the first time with this code.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreatePage</name>
    <message>
        <source>Your successor's account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A new administrator account, with your rights on the services. Its login, made from the name, and its activation code are shown at the end.</source>
        <translation type="unfinished" />
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
        <source>&amp;Telephone (optional)</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>CreatedPage</name>
    <message>
        <source>Account created</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DashboardView</name>
    <message>
        <source>&lt;h2&gt;Dashboard&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Tableau de bord&lt;/h2&gt;</translation>
    </message>
    <message>
        <source>unread courriers</source>
        <translation>courriers non lus</translation>
    </message>
    <message>
        <source>échanges awaiting an answer</source>
        <translation>échanges en attente de réponse</translation>
    </message>
    <message>
        <source>accounts expiring within 60 days</source>
        <translation>comptes expirant sous 60 jours</translation>
    </message>
    <message>
        <source>next account review due</source>
        <translation>prochaine revue des comptes</translation>
    </message>
    <message>
        <source>Your structure has fewer than two active administrators. Name a second one: it helps during holidays and to unlock accounts.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To do</source>
        <translation type="unfinished" />
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
        <source>{prenom} {nom} left the structure on {date}: as their successor, delete their account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete this account…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete an account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete the account {login} of {prenom} {nom}? This cannot be undone.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The figures could not be loaded: {error}</source>
        <translation>Les chiffres n’ont pas pu être chargés : {error}</translation>
    </message>
</context>
<context>
    <name>DecisionDelegate</name>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DecisionPage</name>
    <message>
        <source>Search by name or login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Show</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>All accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>S&amp;how:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep and renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I don't know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason (optional)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason for the selected accounts</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Selected accounts:</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts to review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Review progress</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export &amp;CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Apply the review…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{decided} / {total} decided</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) still to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every account is decided: you can apply.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Demo</name>
    <message>
        <source>This store already has a structure: the demo only fills an empty store.</source>
        <translation>Cette base a déjà une structure : la démonstration ne remplit qu’une base vide.</translation>
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
        <translation>Cette base n’a pas de services : elle n’a pas été migrée.</translation>
    </message>
</context>
<context>
    <name>DeparturePage</name>
    <message>
        <source>Your departure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>From the day after this date, your successor is asked to delete your account. Confirm with your password: this changes who administers the structure.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Departure date</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your &amp;password</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Export the report as PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{renewed} account(s) renewed, {deleted} deleted, {kept} kept as they were.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next review is due by {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your own account was deleted: you will be signed out.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your successor is named</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{login} is an administrator of the structure. After your departure on {date}, the administrators will be asked to delete your account.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login: {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>One-time activation code</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give this one-time activation code to your successor in person. With their login, it lets them choose their password once, until {date}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>EditAccountDialog</name>
    <message>
        <source>Modify the account {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{login}&lt;/b&gt; · {status} · expires on {date}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Correct a misspelt name here. For another person, create a new account: an account is never given to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Identity and contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Rights per service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Save</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Changing a profile or rights</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityFields</name>
    <message>
        <source>firstname.lastname@example.fr</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>optional, e.g. 02 41 00 00 00</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Last name (nom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;First name (prénom)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Email</source>
        <translation>&amp;Courriel</translation>
    </message>
    <message>
        <source>&amp;Telephone</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IdentityPage</name>
    <message>
        <source>Step 1 of 3: identity and contact</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>An account is personal: create one for each person, never reuse another person's account.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntervenantsModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Email</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Telephone</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Double-click to write to {email}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntervenantsView</name>
    <message>
        <source>&lt;h2&gt;My intervenants&lt;/h2&gt;</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The administrators of your structure manage the accounts: ask them to create an account, change your rights, renew or unlock your account, or give you a new activation code if you forgot your password.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Administrators of the structure</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>IntroPage</name>
    <message>
        <source>I am leaving the structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Before you leave, name the administrator who takes over.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>After your departure date, the administrators will be asked to delete your account: an account is personal and is never handed over to someone else.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Give the administrator profile to an existing account</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Create my successor's administrator account</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>LoadingPage</name>
    <message>
        <source>Loading the accounts…</source>
        <translation type="unfinished" />
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
        <source>User menu of {name}</source>
        <translation>Menu utilisateur de {name}</translation>
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
        <source>My intervenants</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account management</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>My &amp;establishment</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>({count} unread) {title}</source>
        <translation>({count} non lus) {title}</translation>
    </message>
</context>
<context>
    <name>MessageBar</name>
    <message>
        <source>Close the message</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PasswordPrompt</name>
    <message>
        <source>Confirm with your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&lt;b&gt;{action}&lt;/b&gt; is a sensitive action. Enter your own password to confirm it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Your password</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfileChoice</name>
    <message>
        <source>Reads the courriers and writes to the funds, on the services where they have a right.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Also manages the structure's accounts: creates, renews, unlocks and deletes them. Their badge shows an “a” before their name.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ProfilePage</name>
    <message>
        <source>Step 2 of 3: profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Two administrators are recommended, for the holidays.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>PromotePage</name>
    <message>
        <source>Your successor</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose the person who takes over. Their account gets the administrator profile; their rights on the services stay as they are.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search by name or login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts that can take over</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Loading the accounts…</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No other account can take over: create one instead.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Review</name>
    <message>
        <source>Keep and renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I don't know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>To decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete: no sign-in for over 6 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired: renew or delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account review does not exist.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account review was closed on {date}: its decisions can no longer change.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>A reason has at most {count} characters.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Unknown decision “{decision}”: conserver, supprimer or je_ne_sais_pas.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose a decision for “{login}” before giving a reason.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) still have no decision: decide for every account before applying the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review was not applied, nothing changed: {reason}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>There is no account review to report on: start one first.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account review is closed.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewReport</name>
    <message>
        <source>Unknown report format “{suffix}”: name the file .pdf or .csv.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Account review report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>In progress: the decisions are not applied yet.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applied on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started on {date} by {login}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Gestion des comptes</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Accounts reviewed</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report generated on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Page {number} / {count}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided by</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The report could not be written to {path}: {reason}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewTableModel</name>
    <message>
        <source>Last name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Login</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Last sign-in</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decision</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>active</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expires soon</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>expired</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>locked</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Decided on {date} by {login}</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expires on {date}</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>ReviewView</name>
    <message>
        <source>Account review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep and renew</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>I don't know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Follow the recommendation</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Search</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep and renew for 18 months</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Delete when the review is applied</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Keep as it is, and record that you do not know</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Expired accounts are left for you to decide</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the review report as a PDF</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Write the review report as CSV</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply every decision at once</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No account review is open.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Started on {date} by {login}. Your decisions are saved as you make them; nothing changes on the accounts until you apply the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>No review is in progress.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Select one or more accounts first (Ctrl+A selects all).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} decision(s) saved: {decision}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} decision(s) saved as recommended.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} expired account(s) are left for you to decide.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Applying the review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{count} account(s) still have no decision: decide for every account before applying the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Apply the review now?

• {renewed} account(s) will be renewed for 18 months;
• {deleted} account(s) will be deleted;
• {kept} account(s) will be kept as they are.

Deleted accounts cannot be restored.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The review was applied on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Export the review report</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Report written to {path}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Something went wrong: {error}. Details are in the log file.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RightsMatrix</name>
    <message>
        <source>Service</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>RightsPage</name>
    <message>
        <source>Step 3 of 3: rights per service</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Give only the rights the person needs: courriers of a service are visible only with a right on it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Every service:</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
</context>
<context>
    <name>SettingsForm</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Langue</translation>
    </message>
    <message>
        <source>A change of language takes effect at the next start.</source>
        <translation>Un changement de langue prend effet au prochain démarrage.</translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The structure's name is required.</source>
        <translation>Le nom de la structure est obligatoire.</translation>
    </message>
    <message>
        <source>This store already has a structure.</source>
        <translation>Cette base a déjà une structure.</translation>
    </message>
</context>
<context>
    <name>SetupWizard</name>
    <message>
        <source>PEP's Desktop – First start</source>
        <translation>PEP's Desktop – Premier démarrage</translation>
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
        <source>PEP's Desktop – Sign in</source>
        <translation>PEP's Desktop – Connexion</translation>
    </message>
    <message>
        <source>&amp;Sign in</source>
        <translation>Se &amp;connecter</translation>
    </message>
    <message>
        <source>This computer has no password keyring: your password cannot be remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe : votre mot de passe ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>Your password is set. Sign in with it.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
    </message>
    <message>
        <source>I have an &amp;activation code: choose my password now</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SignInForm</name>
    <message>
        <source>&lt;h2&gt;Sign in to PEP's Desktop&lt;/h2&gt;</source>
        <translation>&lt;h2&gt;Connexion à PEP's Desktop&lt;/h2&gt;</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>First sign-in or forgotten password: choose your password with the code an administrator gave you.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StartPage</name>
    <message>
        <source>Every account of the structure is reviewed at least every 18 months: delete those who should no longer have access, renew the active ones. Each account comes with a recommendation; your decisions are saved as you make them and change nothing until you apply the review.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Start the review</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The last review was applied on {date}.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The next one is due by {date}.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Only a SQLite store can be backed up this way; use your database server's own tools.</source>
        <translation>Seule une base SQLite peut être sauvegardé ainsi ; utilisez les outils de votre serveur de base de données.</translation>
    </message>
    <message>
        <source>There is no store at “{path}”.</source>
        <translation>Aucune base de données à l’emplacement « {path} ».</translation>
    </message>
    <message>
        <source>“{path}” already exists; choose another file.</source>
        <translation>« {path} » existe déjà ; choisissez un autre fichier.</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>La sauvegarde a échoué : {reason}</translation>
    </message>
    <message>
        <source>Invalid database URL “{url}”: {reason}</source>
        <translation>URL de base de données invalide « {url} » : {reason}</translation>
    </message>
    <message>
        <source>“{path}” is not a PEP's Desktop database; it was left untouched.</source>
        <translation>« {path} » n’est pas une base de données PEP's Desktop ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{where}” holds a database that is not a PEP's Desktop store; it was left untouched.</source>
        <translation>« {where} » contient une base de données qui n’est pas une base PEP's Desktop ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store “{where}” was written by a newer version of PEP's Desktop (schema {revision}). Install the newer version; the store was left untouched.</source>
        <translation>La base de données « {where} » a été écrite par une version plus récente de PEP's Desktop (schéma {revision}). Installez cette version ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store cannot be opened: {reason}</source>
        <translation>La base de données ne peut pas être ouverte : {reason}</translation>
    </message>
    <message>
        <source>The migration would break links between rows ({count}); the store was left as it was.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>StructurePage</name>
    <message>
        <source>Your structure</source>
        <translation>Votre structure</translation>
    </message>
    <message>
        <source>The public employer using PEP's: a commune, a CCAS, a hospital…</source>
        <translation>L’employeur public qui utilise PEP's : une commune, un CCAS, un hôpital…</translation>
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
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have already named “{login}” as your successor (departure on {date}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your successor must be someone else than you.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>The account “{login}” is expired or locked: renew or unlock it before naming it as your successor.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>This account was already deleted: nothing left to do.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Your successor deletes your account, not you: ask them.</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>{login} leaves on {date}: delete the account after that date.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>SuccessionWizard</name>
    <message>
        <source>PEP's Desktop – I am leaving the structure</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>&amp;Confirm</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>You have already named “{login}” as your successor (departure on {date}).</source>
        <translation type="unfinished" />
    </message>
    <message>
        <source>Choose your successor first.</source>
        <translation type="unfinished" />
    </message>
</context>
<context>
    <name>TaskRunner</name>
    <message>
        <source>Unexpected error: {error}. Nothing was changed.</source>
        <translation type="unfinished" />
    </message>
</context>
</TS>