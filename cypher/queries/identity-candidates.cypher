// Possible merges the resolver kept apart (see write/mentions.cypher), for one entity on either side
// or for all when $entityId is null; highest score first. Candidates that no longer exist are left out.
// $entityId: an entity id or null; $limit: how many.
MATCH (a:Article)-[m:MENTIONS]->(e:Entity)
WHERE size(coalesce(m.candidateIds, [])) > 0
UNWIND range(0, size(m.candidateIds) - 1) AS i
WITH a, e, m.candidateIds[i] AS candidateId, m.candidateScores[i] AS score, m.candidateReasons[i] AS reason
WHERE $entityId IS NULL OR e.id = $entityId OR candidateId = $entityId
MATCH (c:Entity {id: candidateId})
RETURN a.id AS articleId, e.id AS entityId, c.id AS candidateId, score, reason
ORDER BY score DESC, entityId, candidateId, articleId
LIMIT $limit
