// Every node of one label ({{label}}), by id: the whole graph is read label by label.
MATCH (n:{{label}}) RETURN n ORDER BY n.id
