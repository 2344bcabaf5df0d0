// The facts touching any of the given entities, best supported first (article count, confidence,
// id): one hop of the breadth-first neighbourhood walk.
// $ids: entity ids.
// Filter ($types, $modalities: [] = any; $minConfidence: number or null; $since, $until:
// 'yyyy-MM-dd' or null, inclusive, on the fact's date, or for undated facts on the publication
// dates of the articles reporting it).
MATCH (e:Entity)
WHERE e.id IN $ids
MATCH (e)-[r]-(:Entity)
WITH DISTINCT r AS f
MATCH (s:Entity)-[f]->(t:Entity)
WHERE true
  AND (size($types) = 0 OR type(f) IN $types)
  AND (size($modalities) = 0 OR f.modality IN $modalities)
  AND ($minConfidence IS NULL OR f.confidence >= $minConfidence)
  AND (($since IS NULL AND $until IS NULL)
       OR (f.date IS NOT NULL
           AND ($since IS NULL OR f.date >= date($since))
           AND ($until IS NULL OR f.date <= date($until)))
       OR (f.date IS NULL
           AND any(p IN coalesce(f.publishedDates, []) WHERE ($since IS NULL OR p >= date($since))
                                                        AND ($until IS NULL OR p <= date($until)))))
WITH f, s, t
ORDER BY f.articleCount DESC, f.confidence DESC, f.id
RETURN {id: f.id, type: type(f), sourceId: s.id, targetId: t.id, modality: f.modality, confidence: f.confidence,
        date: f.date, role: f.role, topicIds: f.topicIds, articleCount: f.articleCount,
        firstSeen: f.firstSeen, lastSeen: f.lastSeen} AS fact
