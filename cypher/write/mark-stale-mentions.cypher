// Step 1 (continued): flag the articles' mentions; see mark-stale-evidence.cypher.
// $articleIds: the articles being replaced or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(:Entity)
SET m.stale = true
