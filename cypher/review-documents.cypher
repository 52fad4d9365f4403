// Entity review (undo): where the given documents were read from, to read them again.
MATCH (d:Document)
WHERE d.id IN $ids
RETURN d.id AS id, d.path AS path
