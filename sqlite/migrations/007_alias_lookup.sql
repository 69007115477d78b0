-- documents_text_hash is read by no query (a syndicated copy is told by
-- its quotes' lineage, not by this index), and every document wrote it: a
-- random key, so each batch dirtied a page of it for most documents.
DROP INDEX IF EXISTS documents_text_hash;
-- An alias is looked up as lower(alias) = ?, which the NOCASE index could
-- not serve (every lookup scanned the table); an index on the expression
-- can, as PostgreSQL's does.
DROP INDEX IF EXISTS entity_aliases_alias;
CREATE INDEX entity_aliases_alias ON entity_aliases(lower(alias));
