// Deletes the evidence the new versions of the articles no longer carry (after refresh-facts.cypher).
// $articleIds: the articles being written or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(ev:Evidence)
WHERE ev.stale = true
DETACH DELETE ev
