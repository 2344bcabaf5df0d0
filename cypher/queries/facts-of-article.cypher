// The facts an article supports, by date (undated first, as the embedded store), then id.
// $articleId: the article.
MATCH (:Article {id: $articleId})<-[:IN_ARTICLE]-(ev:Evidence)
WITH DISTINCT ev.factId AS id, ev.sourceId AS sourceId
MATCH (:Entity {id: sourceId})-[r]-(:Entity)
WHERE r.id = id
WITH DISTINCT r AS f
MATCH (s:Entity)-[f]->(t:Entity)
WITH f, s, t
ORDER BY f.sortDate IS NOT NULL, f.sortDate, f.id
RETURN {id: f.id, type: type(f), sourceId: s.id, targetId: t.id, modality: f.modality, confidence: f.confidence,
        date: f.date, role: f.role, topicIds: f.topicIds, articleCount: f.articleCount,
        firstSeen: f.firstSeen, lastSeen: f.lastSeen} AS fact
