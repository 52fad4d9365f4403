// Documents whose title contains one of the query's variants (candidates; matched again on normalized titles).
MATCH (d:Document)
WHERE d.title CONTAINS $t1 OR d.title CONTAINS $t2 OR d.title CONTAINS $t3 OR d.title CONTAINS $t4
RETURN d.id AS docId, d.title AS docTitle, d.published AS published, d.outlet AS outlet
ORDER BY published, docId
LIMIT $limit
