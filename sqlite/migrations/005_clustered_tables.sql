-- Tables whose rows are reached by their key become clustered B-trees.
-- doc_entities as one clustered B-tree keyed by entity, then document:
-- every query of it names the entities (a document's entities, as the
-- quote filter asks, are found by entity too), so a row is written to one
-- B-tree instead of three (the rowid table, the key, the entity index).
CREATE TABLE doc_entities_new (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  PRIMARY KEY (entity_id, doc_id)
) WITHOUT ROWID;
INSERT INTO doc_entities_new (entity_id, doc_id) SELECT entity_id, doc_id FROM doc_entities ORDER BY entity_id, doc_id;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_new RENAME TO doc_entities;
-- entity_aliases likewise: its primary key is the table.
CREATE TABLE entity_aliases_new (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
INSERT INTO entity_aliases_new (entity_id, alias, n) SELECT entity_id, alias, n FROM entity_aliases ORDER BY entity_id, alias;
DROP TABLE entity_aliases;
ALTER TABLE entity_aliases_new RENAME TO entity_aliases;
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
