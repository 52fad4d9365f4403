// Every sentence with what a text-search hit shows (server/text-index.ts builds its bigram index from these).
MATCH (d:Document)-[:HAS_SENTENCE]->(s:Sentence)
RETURN s.id AS id, s.text AS text, s.idx AS idx, s.`start` AS sentenceStart, s.`end` AS sentenceEnd, d.id AS docId
