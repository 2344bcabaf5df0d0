// Deletes mentions the new versions no longer carry, then every entity no article mentions any more
// (refresh-entities.cypher has already set its articleCount to 0).
// $articleIds: the articles being written or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[m:MENTIONS]->(e:Entity)
WHERE m.stale = true
DELETE m
WITH DISTINCT e
WHERE e.articleCount = 0
DETACH DELETE e
