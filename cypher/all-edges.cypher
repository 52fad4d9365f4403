MATCH ()-[r]->() RETURN r
