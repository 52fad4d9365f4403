// Every entity (not Documents or Sentences): what the explorer draws first.
MATCH (n) WHERE n.search IS NOT NULL RETURN n
