-- Faster ingest: the analysis JSON is stored zstd-compressed in body (json
-- is then '').
ALTER TABLE documents ADD COLUMN body BYTEA;
