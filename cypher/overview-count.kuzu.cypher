// How many entities of the given kinds there are (the overview shows the top $limit of them).
MATCH (n:{{entityLabels}})
WHERE label(n) IN $kinds
RETURN count(n) AS total
