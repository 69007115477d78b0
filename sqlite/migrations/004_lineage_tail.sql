-- The lineage index's newest part (see internal/sqlstore/tail.go): one
-- row an indexed quote, its signature values packed (8 bytes each,
-- little-endian), appended in id order and moved into quote_bands in
-- large sorted merges; lineage_state counts the merges.
CREATE TABLE quote_sigs (
  quote_id INTEGER PRIMARY KEY,
  bands BLOB NOT NULL
);
CREATE TABLE lineage_state (
  merges INTEGER NOT NULL
);
INSERT INTO lineage_state (merges) VALUES (0);
