// Aliases already stored for these node ids (merged with new ones in JS, so both stores behave alike).
MATCH (n) WHERE n.id IN $ids AND n.aliases IS NOT NULL
RETURN n.id AS id, n.aliases AS aliases
