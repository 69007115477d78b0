-- Every index on quotes is written for every quote; these two were read
-- by no query: quotes are reached by id, cluster, speaker, evidence and
-- date, and the outlet filter (lower(outlet) = ?) cannot use a NOCASE
-- index.
DROP INDEX IF EXISTS quotes_doc;
DROP INDEX IF EXISTS quotes_outlet;
