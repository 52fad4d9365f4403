// Running transactions with their metadata: the store finds its own user queries
// by the tag it set in their transaction metadata (filtered in JS, so the statement
// is the same on every 5.x). Administration: never through the query API.
SHOW TRANSACTIONS YIELD transactionId, metaData, currentQuery, elapsedTime
