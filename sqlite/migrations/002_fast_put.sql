-- Faster ingest: the analysis JSON is stored zstd-compressed in body (json
-- is then ''), and quotes_fts is filled once per batch by the store
-- instead of a trigger per row (FTS5 flushes its buffer at every
-- statement savepoint, so a trigger wrote one segment per quote).
ALTER TABLE documents ADD COLUMN body BLOB;
DROP TRIGGER quotes_fts_insert;
