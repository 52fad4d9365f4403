// What is already stored for these relationship ids (evidence unioned with new evidence in JS).
MATCH ()-[r]->() WHERE r.id IN $ids
RETURN r
