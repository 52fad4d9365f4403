// Every relationship of one type ({{type}}), by id: the whole graph is read type by type.
MATCH ()-[r:{{type}}]->() RETURN r ORDER BY r.id
