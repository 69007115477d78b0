-- A speaker is found by speaker_key alone: a named entity's quotes carry
-- its name, lower-cased, as their key, so the entity index on quotes (one
-- more B-tree written for every quote) is read by no query.
DROP INDEX IF EXISTS quotes_speaker_entity;
