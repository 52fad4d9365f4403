// Entity review (merge candidates): the names and aliases of every entity of one label.
MATCH (n:{{label}})
RETURN n.id AS id, n.name AS name, n.aliases AS aliases
