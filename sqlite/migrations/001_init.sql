-- hearsay corpus, SQLite. Offsets are byte offsets into documents' text.
CREATE TABLE documents (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,            -- URL, or sha256 of the text
  url TEXT, outlet TEXT, published TEXT, title TEXT, byline TEXT,
  text_hash TEXT NOT NULL,             -- tells verbatim syndicated copies
  n_quotes INTEGER NOT NULL,           -- lets a check see that no document is half-written
  json TEXT NOT NULL,                  -- schema-1 JSON of the analysis
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE TABLE entities (
  id INTEGER PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,            -- TYPE:normalised name
  name TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE TABLE entity_aliases (
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(alias COLLATE NOCASE);
CREATE TABLE doc_entities (
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  entity_id INTEGER NOT NULL REFERENCES entities(id),
  PRIMARY KEY (doc_id, entity_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE TABLE quotes (
  id INTEGER PRIMARY KEY,
  doc_id INTEGER NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  qstart INTEGER NOT NULL, qend INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL,
  speaker TEXT NOT NULL, speaker_key TEXT NOT NULL, speaker_entity_id INTEGER,
  anonymous INTEGER NOT NULL, cue TEXT NOT NULL, evidence TEXT NOT NULL,
  via TEXT NOT NULL, context TEXT NOT NULL,
  published TEXT, outlet TEXT,
  cluster_id INTEGER NOT NULL
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_cluster ON quotes(cluster_id);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_published ON quotes(published, id);
CREATE INDEX quotes_outlet ON quotes(outlet COLLATE NOCASE);
CREATE INDEX quotes_evidence ON quotes(evidence, published);
CREATE TABLE quote_bands (
  band INTEGER NOT NULL,
  quote_id INTEGER NOT NULL,
  PRIMARY KEY (band, quote_id)
) WITHOUT ROWID;
CREATE TABLE claims (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  at TEXT NOT NULL
);
CREATE VIRTUAL TABLE quotes_fts USING fts5(text, content='quotes', content_rowid='id', tokenize='porter unicode61');
CREATE TRIGGER quotes_fts_insert AFTER INSERT ON quotes BEGIN
  INSERT INTO quotes_fts(rowid, text) VALUES (new.id, new.text);
END;
