// Every entity (not Documents or Sentences), in id order: the default export.
MATCH (n:{{entityLabels}}) RETURN n ORDER BY n.id
