// Possible merges the resolver kept apart (see write/mentions.cypher), for one entity on either side
// or for all when $entityId is null; highest score first. Candidates that no longer exist are left out.
// A name stored under two labels that no majority settled ("Nakilat" once a place, once an organisation)
// is a candidate too: the entity with the later id, an article that mentions it, the other entity.
// $entityId: an entity id or null; $limit: how many; $labelSplitScore: the score of such a pair.
CALL {
  MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
  WHERE size(coalesce(m.candidateIds, [])) > 0
  UNWIND range(0, size(m.candidateIds) - 1) AS i
  WITH a, e, m.candidateIds[i] AS candidateId, m.candidateScores[i] AS score, m.candidateReasons[i] AS reason
  WHERE $entityId IS NULL OR e.id = $entityId OR candidateId = $entityId
  MATCH (c:Entity {id: candidateId})
  RETURN a.id AS articleId, e.id AS entityId, c.id AS candidateId, score, reason
  UNION ALL
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
}
RETURN articleId, entityId, candidateId, score, reason
ORDER BY score DESC, entityId, candidateId, articleId
LIMIT $limit
