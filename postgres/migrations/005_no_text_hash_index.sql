-- documents_text_hash is read by no query (see the SQLite store's
-- migration 7), and every document wrote it.
DROP INDEX IF EXISTS documents_text_hash;
