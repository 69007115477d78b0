-- doc_entities as a clustered table: its primary key is the table, so a
-- row is written to two B-trees (the key and the entity index), not three.
CREATE TABLE doc_entities_new (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (doc_id, entity_id)
) WITHOUT ROWID;
INSERT INTO doc_entities_new (doc_id, entity_id) SELECT doc_id, entity_id FROM doc_entities ORDER BY doc_id, entity_id;
DROP TABLE doc_entities;
ALTER TABLE doc_entities_new RENAME TO doc_entities;
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
