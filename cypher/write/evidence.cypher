// Creates or updates evidence: where an article states a fact. Keyed by fact, article and start
// offset; carries the article's confidence and topics for the fact. Clears the stale flag.
// $evidence: [{key, factId, articleId, sourceId, targetId, type, sentence, startOffset, endOffset,
//              confidence, topicIds}], sorted by key.
UNWIND $evidence AS row
MATCH (a:Article {id: row.articleId})
MERGE (ev:Evidence {key: row.key})
SET ev.factId = row.factId,
    ev.articleId = row.articleId,
    ev.sourceId = row.sourceId,
    ev.targetId = row.targetId,
    ev.type = row.type,
    ev.sentence = row.sentence,
    ev.startOffset = row.startOffset,
    ev.endOffset = row.endOffset,
    ev.confidence = row.confidence,
    ev.topicIds = row.topicIds,
    ev.stale = null
MERGE (ev)-[:IN_ARTICLE]->(a)
