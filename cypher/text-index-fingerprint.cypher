// A cheap fingerprint of the sentences (count, total of their end offsets): the text index is rebuilt when it changes.
MATCH (s:Sentence)
RETURN count(s) AS count, sum(s.`end`) AS length
