<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr" sourcelanguage="en">
<context>
    <name>Accounts</name>
    <message>
        <source>Last name and first name are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The login “{login}” is not valid: 3 to 64 lower-case letters, digits, dots, dashes or underscores, starting with a letter or a digit.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The email address “{email}” is not valid.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must have at least {count} characters.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The password must contain both letters and digits.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Auth</name>
    <message>
        <source>Wrong login or password.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account is locked after too many failed sign-ins. Ask an administrator of your structure to unlock it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wrong login or password. {left} attempt(s) left before the account is locked.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This account expired on {date}. Ask an administrator of your structure to renew it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Cli</name>
    <message>
        <source>PEP&apos;s Desktop: courriers, accounts and requests of a public employer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>folder of the store and its documents</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>any SQLAlchemy database URL</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open the GUI on a demo store in its own folder, filled when empty</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>sign in as the demo administrator and quit after MS milliseconds (smoke run)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>create the structure and its first administrator</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>fill an empty store with demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>maintain the store</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>bring the store&apos;s schema up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>copy the store to FILE (safe while the application runs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print the dashboard&apos;s figures for a person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>print JSON</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>act as LOGIN; password from PEPS_PASSWORD, the keyring or a prompt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No password given: set {variable} or run the command in a terminal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of the first administrator: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password again: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passwords differ.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Password of {login}: </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Structure “{name}” created; administrator: {login}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>--{name} must be a positive number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo store filled: {accounts} accounts, {courriers} courriers, {echanges} échanges.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store is at schema {revision}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup written to {file}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unread courriers: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Échanges awaiting an answer: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Accounts expiring within 60 days: {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next account review due: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>peps-desktop: unexpected error; details are in the log file {path}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Setup</name>
    <message>
        <source>The structure&apos;s name is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This store already has a structure.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Store</name>
    <message>
        <source>Only a SQLite store can be backed up this way; use your database server&apos;s own tools.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no store at “{path}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” already exists; choose another file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid database URL “{url}”: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{path}” is not a PEP&apos;s Desktop database; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{where}” holds a database that is not a PEP&apos;s Desktop store; it was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store “{where}” was written by a newer version of PEP&apos;s Desktop (schema {revision}). Install the newer version; the store was left untouched.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The store cannot be opened: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
