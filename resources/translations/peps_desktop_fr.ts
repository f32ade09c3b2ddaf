<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
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
    <name>Application</name>
    <message>
        <source>This computer has no password keyring: your password was not remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe : votre mot de passe n’a pas été mémorisé.</translation>
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
        <source>Wrong login or password. {left} attempt(s) left before the account is locked.</source>
        <translation>Identifiant ou mot de passe incorrect. Encore {left} essai(s) avant le verrouillage du compte.</translation>
    </message>
    <message>
        <source>This account expired on {date}. Ask an administrator of your structure to renew it.</source>
        <translation>Ce compte a expiré le {date}. Demandez à un administrateur de votre structure de le renouveler.</translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PEP&apos;s Desktop: courriers, accounts and requests of a public employer.</source>
        <translation>PEP&apos;s Desktop : courriers, comptes et échanges d’un employeur public.</translation>
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
        <translation>PEP&apos;s Desktop a rencontré une erreur inattendue. Vos données sont intactes : l’opération en cours a été annulée.

Le détail est dans le journal :
{path}</translation>
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
        <source>&amp;Refresh</source>
        <translation>&amp;Actualiser</translation>
    </message>
    <message>
        <source>Updated at {time}</source>
        <translation>Mis à jour à {time}</translation>
    </message>
    <message>
        <source>The figures could not be loaded: {error}</source>
        <translation>Les chiffres n’ont pas pu être chargés : {error}</translation>
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
        <source>({count} unread) {title}</source>
        <translation>({count} non lus) {title}</translation>
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
        <source>The structure&apos;s name is required.</source>
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
        <source>This computer has no password keyring: your password cannot be remembered.</source>
        <translation>Ce poste n’a pas de trousseau de mots de passe : votre mot de passe ne peut pas être mémorisé.</translation>
    </message>
    <message>
        <source>Enter your login and your password.</source>
        <translation>Saisissez votre identifiant et votre mot de passe.</translation>
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
</context>
<context>
    <name>Store</name>
    <message>
        <source>Only a SQLite store can be backed up this way; use your database server&apos;s own tools.</source>
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
        <source>“{path}” is not a PEP&apos;s Desktop database; it was left untouched.</source>
        <translation>« {path} » n’est pas une base de données PEP&apos;s Desktop ; il n’a pas été modifié.</translation>
    </message>
    <message>
        <source>“{where}” holds a database that is not a PEP&apos;s Desktop store; it was left untouched.</source>
        <translation>« {where} » contient une base de données qui n’est pas une base PEP&apos;s Desktop ; elle n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store “{where}” was written by a newer version of PEP&apos;s Desktop (schema {revision}). Install the newer version; the store was left untouched.</source>
        <translation>La base de données « {where} » a été écrite par une version plus récente de PEP&apos;s Desktop (schéma {revision}). Installez cette version ; la base n’a pas été modifiée.</translation>
    </message>
    <message>
        <source>The store cannot be opened: {reason}</source>
        <translation>La base de données ne peut pas être ouverte : {reason}</translation>
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
        <translation>L’employeur public qui utilise PEP&apos;s : une commune, un CCAS, un hôpital…</translation>
    </message>
    <message>
        <source>&amp;Name of the structure</source>
        <translation>&amp;Nom de la structure</translation>
    </message>
</context>
</TS>
