// Every document's title and date (server/text-index.ts: hits' documents and title matches).
MATCH (d:Document)
RETURN d.id AS id, d.title AS title, coalesce(d.title, d.name) AS docTitle, d.published AS published, d.outlet AS outlet
