// Evidence already stored for these relationship ids (unioned with new evidence in JS).
MATCH ()-[r]->() WHERE r.id IN $ids AND r.evidence IS NOT NULL
RETURN r.id AS id, r.evidence AS evidence
