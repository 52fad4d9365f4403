// End the store's own user-query transactions that outlived their time limit, by id.
// Administration: never through the query API.
TERMINATE TRANSACTIONS $ids
