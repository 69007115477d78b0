-- The lineage index as a log-structured merge (internal/sqlstore/tail.go
-- and runs.go). Its newest part, quote_sigs: one row an indexed quote, its
-- signature values packed (8 bytes each, little-endian), appended in id
-- order. Its merged part, lineage_blocks: sorted runs of (value, quote id)
-- pairs packed 16 bytes each, a block a row. quote_bands keeps what was
-- indexed before. lineage_state counts the merges.
CREATE TABLE quote_sigs (
  quote_id INTEGER PRIMARY KEY,
  bands BLOB NOT NULL
);
CREATE TABLE lineage_state (
  merges INTEGER NOT NULL
);
INSERT INTO lineage_state (merges) VALUES (0);
CREATE TABLE lineage_blocks (
  id INTEGER PRIMARY KEY,
  run INTEGER NOT NULL,
  first INTEGER NOT NULL,              -- the block's smallest value
  last INTEGER NOT NULL,               -- and largest
  pairs BLOB NOT NULL
);
