// Names stored under two labels that no majority of articles or knowledge settled ("Nakilat" once a place,
// once an organisation), as identity candidates: the entity with the later id, an article that mentions it,
// the other entity. For one entity on either side or for all when $entityId is null.
// $entityId: an entity id or null; $limit: how many; $labelSplitScore: the score of such a pair.
MATCH (n:Entity)
WHERE n.articleCount > 0
WITH n.nameKey AS nameKey, collect(n) AS named
WHERE size(named) > 1
UNWIND named AS e
UNWIND named AS other
WITH e, other
WHERE other.id < e.id AND other.label <> e.label AND ($entityId IS NULL OR e.id = $entityId OR other.id = $entityId)
MATCH (a:Article)-[:MENTIONS]->(e)
WITH e, other, min(a.id) AS articleId
RETURN articleId, e.id AS entityId, other.id AS candidateId, $labelSplitScore AS score,
       '"' + e.name + '" is stored as ' + toLower(e.label) + ' and as ' + toLower(other.label) + '; not sure it is one thing' AS reason
ORDER BY entityId, candidateId
LIMIT $limit
