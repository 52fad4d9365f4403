// Entity review (merge candidates): the province each entity of one label is located in.
MATCH (n:{{label}})-[:LOCATED_IN]->(p:Province)
RETURN n.id AS id, p.id AS province
