// A cheap fingerprint of every entity's search key (count and total length): the search index is rebuilt
// when it changes.
MATCH (n:{{entityLabels}})
RETURN count(n) AS count, sum(size(coalesce(n.search, ''))) AS length
