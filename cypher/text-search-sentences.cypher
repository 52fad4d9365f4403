// Candidate sentences for a text search: the text contains one of the variants (Simplified, Traditional, as typed)
// of one CJK bigram or word of the query; the whole query is then matched on normalized text in server/text-search.ts.
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)
WHERE s.text CONTAINS $t1 OR s.text CONTAINS $t2 OR s.text CONTAINS $t3 OR s.text CONTAINS $t4
RETURN s, d.id AS docId, coalesce(d.title, d.name) AS docTitle, d.published AS published, d.outlet AS outlet
ORDER BY published, docId, s.idx
LIMIT $limit
