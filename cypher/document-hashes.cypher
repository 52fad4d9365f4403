// Content hashes of the documents already ingested, by id (incremental ingest skips unchanged files).
MATCH (d:Document) RETURN d.id AS id, d.contentHash AS hash
