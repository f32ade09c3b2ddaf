"""The full-text index as migration 0004 created it, frozen: 0004 still creates exactly this,
and 0009's downgrade goes back to it, whatever store.search_fts becomes."""

FIRST_LAYOUT = (
    "CREATE VIRTUAL TABLE courrier_fts USING fts5("
    "objet, reference, content='courrier', content_rowid='id', "
    "tokenize='unicode61 remove_diacritics 2')",
    "CREATE TRIGGER courrier_fts_insert AFTER INSERT ON courrier BEGIN "
    "INSERT INTO courrier_fts(rowid, objet, reference) "
    "VALUES (new.id, new.objet, new.reference); END",
    "CREATE TRIGGER courrier_fts_delete AFTER DELETE ON courrier BEGIN "
    "INSERT INTO courrier_fts(courrier_fts, rowid, objet, reference) "
    "VALUES ('delete', old.id, old.objet, old.reference); END",
    "CREATE TRIGGER courrier_fts_update AFTER UPDATE OF objet, reference ON courrier BEGIN "
    "INSERT INTO courrier_fts(courrier_fts, rowid, objet, reference) "
    "VALUES ('delete', old.id, old.objet, old.reference); "
    "INSERT INTO courrier_fts(rowid, objet, reference) "
    "VALUES (new.id, new.objet, new.reference); END",
    "INSERT INTO courrier_fts(courrier_fts) VALUES ('rebuild')",
)
