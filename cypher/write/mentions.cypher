// Records that an article mentions an entity, with the names the article used for it
// (its canonical name and aliases) and their lookup keys. Clears the stale flag.
// $mentions: [{articleId, entityId, names, nameKeys}], sorted by article then entity.
UNWIND $mentions AS row
MATCH (a:Article {id: row.articleId})
MATCH (e:Entity {id: row.entityId})
MERGE (a)-[m:MENTIONS]->(e)
SET m.names = row.names,
    m.nameKeys = row.nameKeys,
    m.stale = null
