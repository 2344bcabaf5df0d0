// Step 1 of an article write: flag everything the articles contributed before. Rows written again
// lose the flag; whatever still carries it afterwards is gone from the new version.
// $articleIds: the articles being replaced or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(ev:Evidence)
SET ev.stale = true
