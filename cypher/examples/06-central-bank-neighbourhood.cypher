// name: The central bank, two steps out
// description: Everything 中国人民银行 is connected to within two relationships, as a graph (question 2).
MATCH p = (a:Agency {id: 'agency:中国人民银行'})-[:ISSUED|APPLIES_TO|TARGETS|SERVES_AT|SANCTIONED|ACTED_ON|AFFILIATED_WITH|LOCATED_IN*1..2]-(b)
RETURN p
LIMIT 200
