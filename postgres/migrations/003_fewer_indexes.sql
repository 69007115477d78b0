-- Every index on quotes is written for every quote; quotes_doc was read
-- by no query (quotes are reached by id, cluster, speaker, outlet,
-- evidence and date).
DROP INDEX IF EXISTS quotes_doc;
