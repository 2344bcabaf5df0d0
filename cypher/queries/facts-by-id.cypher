// Facts by id. A fact is found through its evidence (indexed by fact id), which names one of its
// ends; the fact is the relationship with that id at that entity.
// $ids: fact ids.
UNWIND $ids AS id
MATCH (ev:Evidence {factId: id})
WITH id, head(collect(ev.sourceId)) AS sourceId
MATCH (:Entity {id: sourceId})-[r]-(:Entity)
WHERE r.id = id
WITH DISTINCT r AS f
MATCH (s:Entity)-[f]->(t:Entity)
WITH f, s, t
ORDER BY f.id
RETURN {id: f.id, type: type(f), sourceId: s.id, targetId: t.id, modality: f.modality, confidence: f.confidence,
        date: f.date, role: f.role, topicIds: f.topicIds, articleCount: f.articleCount,
        firstSeen: f.firstSeen, lastSeen: f.lastSeen} AS fact
