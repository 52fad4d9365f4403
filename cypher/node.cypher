MATCH (n {id: $id}) RETURN n
