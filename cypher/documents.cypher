MATCH (d:Document)
RETURN d.id AS id, d.title AS title, d.outlet AS outlet, d.published AS published, d.path AS path
ORDER BY published, id
