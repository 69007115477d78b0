-- hearsay corpus, PostgreSQL: the same tables as sqlite/migrations, with a
-- generated tsvector for full-text search.
CREATE TABLE documents (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  url TEXT, outlet TEXT, published TEXT, title TEXT, byline TEXT,
  text_hash TEXT NOT NULL,
  n_quotes INTEGER NOT NULL,
  json TEXT NOT NULL,
  ingested_at TEXT NOT NULL
);
CREATE INDEX documents_outlet ON documents(outlet);
CREATE INDEX documents_text_hash ON documents(text_hash);
CREATE TABLE entities (
  id BIGSERIAL PRIMARY KEY,
  key TEXT NOT NULL UNIQUE,
  name TEXT NOT NULL,
  type TEXT NOT NULL
);
CREATE TABLE entity_aliases (
  entity_id BIGINT NOT NULL REFERENCES entities(id),
  alias TEXT NOT NULL,
  n INTEGER NOT NULL,
  PRIMARY KEY (entity_id, alias)
);
CREATE INDEX entity_aliases_alias ON entity_aliases(lower(alias));
CREATE TABLE doc_entities (
  doc_id BIGINT NOT NULL REFERENCES documents(id),
  entity_id BIGINT NOT NULL REFERENCES entities(id),
  PRIMARY KEY (doc_id, entity_id)
);
CREATE INDEX doc_entities_entity ON doc_entities(entity_id);
CREATE TABLE quotes (
  id BIGSERIAL PRIMARY KEY,
  doc_id BIGINT NOT NULL REFERENCES documents(id),
  idx INTEGER NOT NULL,
  qstart INTEGER NOT NULL, qend INTEGER NOT NULL,
  text TEXT NOT NULL, kind TEXT NOT NULL,
  speaker TEXT NOT NULL, speaker_key TEXT NOT NULL, speaker_entity_id BIGINT,
  anonymous BOOLEAN NOT NULL, cue TEXT NOT NULL, evidence TEXT NOT NULL,
  via TEXT NOT NULL, context TEXT NOT NULL,
  published TEXT, outlet TEXT,
  cluster_id BIGINT NOT NULL,
  tsv tsvector GENERATED ALWAYS AS (to_tsvector('english', text)) STORED
);
CREATE INDEX quotes_doc ON quotes(doc_id);
CREATE INDEX quotes_cluster ON quotes(cluster_id);
CREATE INDEX quotes_speaker_key ON quotes(speaker_key);
CREATE INDEX quotes_speaker_entity ON quotes(speaker_entity_id);
CREATE INDEX quotes_published ON quotes(published, id);
CREATE INDEX quotes_outlet ON quotes(lower(outlet));
CREATE INDEX quotes_evidence ON quotes(evidence, published);
CREATE INDEX quotes_tsv ON quotes USING GIN (tsv);
CREATE TABLE quote_bands (
  band BIGINT NOT NULL,
  quote_id BIGINT NOT NULL,
  PRIMARY KEY (band, quote_id)
);
CREATE TABLE claims (
  key TEXT PRIMARY KEY,
  owner TEXT NOT NULL,
  at TEXT NOT NULL
);
