// Neo4j schema: one uniqueness constraint on `id` per label, indexes on `name`
// and measure `date`, and a full-text index over names and aliases with the CJK
// analyzer. Idempotent (IF NOT EXISTS). Statements are separated by ';'.
// The Kuzu equivalent (declared node/rel tables) is generated from schema/ in
// store/statements.ts. Every statement here is valid on Neo4j 5.3 to 5.26.
CREATE CONSTRAINT agency_id IF NOT EXISTS FOR (n:Agency) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT province_id IF NOT EXISTS FOR (n:Province) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT company_id IF NOT EXISTS FOR (n:Company) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT official_id IF NOT EXISTS FOR (n:Official) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT measure_id IF NOT EXISTS FOR (n:Measure) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT person_id IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT place_id IF NOT EXISTS FOR (n:Place) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT country_id IF NOT EXISTS FOR (n:Country) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT document_id IF NOT EXISTS FOR (n:Document) REQUIRE n.id IS UNIQUE;
CREATE CONSTRAINT sentence_id IF NOT EXISTS FOR (n:Sentence) REQUIRE n.id IS UNIQUE;
CREATE INDEX agency_name IF NOT EXISTS FOR (n:Agency) ON (n.name);
CREATE INDEX province_name IF NOT EXISTS FOR (n:Province) ON (n.name);
CREATE INDEX company_name IF NOT EXISTS FOR (n:Company) ON (n.name);
CREATE INDEX official_name IF NOT EXISTS FOR (n:Official) ON (n.name);
CREATE INDEX measure_name IF NOT EXISTS FOR (n:Measure) ON (n.name);
CREATE INDEX measure_date IF NOT EXISTS FOR (n:Measure) ON (n.date);
CREATE INDEX person_name IF NOT EXISTS FOR (n:Person) ON (n.name);
CREATE INDEX place_name IF NOT EXISTS FOR (n:Place) ON (n.name);
CREATE INDEX document_published IF NOT EXISTS FOR (n:Document) ON (n.published);
// Substring search over the normalized names (`search` CONTAINS $q) of each entity label.
CREATE TEXT INDEX agency_search IF NOT EXISTS FOR (n:Agency) ON (n.search);
CREATE TEXT INDEX province_search IF NOT EXISTS FOR (n:Province) ON (n.search);
CREATE TEXT INDEX company_search IF NOT EXISTS FOR (n:Company) ON (n.search);
CREATE TEXT INDEX official_search IF NOT EXISTS FOR (n:Official) ON (n.search);
CREATE TEXT INDEX measure_search IF NOT EXISTS FOR (n:Measure) ON (n.search);
CREATE TEXT INDEX person_search IF NOT EXISTS FOR (n:Person) ON (n.search);
CREATE TEXT INDEX place_search IF NOT EXISTS FOR (n:Place) ON (n.search);
CREATE TEXT INDEX country_search IF NOT EXISTS FOR (n:Country) ON (n.search);
// Relationship ids (edge look-ups, evidence unions at load).
CREATE INDEX rel_issued_id IF NOT EXISTS FOR ()-[r:ISSUED]-() ON (r.id);
CREATE INDEX rel_applies_to_id IF NOT EXISTS FOR ()-[r:APPLIES_TO]-() ON (r.id);
CREATE INDEX rel_targets_id IF NOT EXISTS FOR ()-[r:TARGETS]-() ON (r.id);
CREATE INDEX rel_located_in_id IF NOT EXISTS FOR ()-[r:LOCATED_IN]-() ON (r.id);
CREATE INDEX rel_serves_at_id IF NOT EXISTS FOR ()-[r:SERVES_AT]-() ON (r.id);
CREATE INDEX rel_affiliated_with_id IF NOT EXISTS FOR ()-[r:AFFILIATED_WITH]-() ON (r.id);
CREATE INDEX rel_sanctioned_id IF NOT EXISTS FOR ()-[r:SANCTIONED]-() ON (r.id);
CREATE INDEX rel_acted_on_id IF NOT EXISTS FOR ()-[r:ACTED_ON]-() ON (r.id);
CREATE INDEX rel_moved_to_id IF NOT EXISTS FOR ()-[r:MOVED_TO]-() ON (r.id);
CREATE INDEX rel_in_province_id IF NOT EXISTS FOR ()-[r:IN_PROVINCE]-() ON (r.id);
CREATE INDEX rel_cites_id IF NOT EXISTS FOR ()-[r:CITES]-() ON (r.id);
CREATE INDEX rel_implements_id IF NOT EXISTS FOR ()-[r:IMPLEMENTS]-() ON (r.id);
CREATE INDEX rel_worked_with_id IF NOT EXISTS FOR ()-[r:WORKED_WITH]-() ON (r.id);
CREATE INDEX rel_mentions_id IF NOT EXISTS FOR ()-[r:MENTIONS]-() ON (r.id);
CREATE INDEX rel_has_sentence_id IF NOT EXISTS FOR ()-[r:HAS_SENTENCE]-() ON (r.id);
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS
FOR (n:Agency|Province|Company|Official|Measure|Person|Place|Country)
ON EACH [n.name, n.search]
OPTIONS { indexConfig: { `fulltext.analyzer`: 'cjk' } };
