-- A speaker is found by speaker_key alone (see the SQLite store's
-- migration 6): the entity index on quotes is read by no query.
DROP INDEX IF EXISTS quotes_speaker_entity;
