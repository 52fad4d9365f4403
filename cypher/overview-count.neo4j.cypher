// How many entities of the given kinds there are (the overview shows the top $limit of them).
MATCH (n:{{entityLabels}})
WHERE labels(n)[0] IN $kinds
RETURN count(n) AS total
