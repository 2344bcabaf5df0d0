// Records that an article mentions an entity, with the names the article used for it
// (its canonical name and aliases) and their lookup keys. Clears the stale flag.
// Possible merges the resolver kept apart ride on the mention as parallel lists (property values
// cannot be maps): candidateIds[i] may be the same thing as the entity, with candidateScores[i], candidateReasons[i].
// $mentions: [{articleId, entityId, names, nameKeys, candidateIds, candidateScores, candidateReasons}], sorted by article then entity.
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.names = row.names,
    m.nameKeys = row.nameKeys,
    m.candidateIds = row.candidateIds,
    m.candidateScores = row.candidateScores,
    m.candidateReasons = row.candidateReasons,
    m.stale = null
