// One page of facts over the whole graph, with the total count. Facts are the relationships between
// entities. $topicIds: the fact must have one of them as a topic ([] = any).
// Filter ($types, $modalities: [] = any; $minConfidence: number or null; $since, $until:
// 'yyyy-MM-dd' or null, inclusive, on the fact's date, or for undated facts on the publication
// dates of the articles reporting it).
// $sort: 'DateDescending' | 'DateAscending' | 'ConfidenceDescending' (by date or, undated, lastSeen;
// undated-and-unseen last; ties by id). $offset, $limit: the page.
MATCH (s:Entity)-[f]->(t:Entity)
WHERE (size($topicIds) = 0 OR any(x IN f.topicIds WHERE x IN $topicIds))
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
ORDER BY CASE WHEN $sort = 'ConfidenceDescending' THEN -f.confidence ELSE 0.0 END,
         f.sortDate IS NULL,
         CASE WHEN $sort = 'DateAscending' THEN f.sortDate END ASC,
         CASE WHEN $sort <> 'DateAscending' THEN f.sortDate END DESC,
         f.id
WITH collect({f: f, s: s, t: t}) AS matches
RETURN size(matches) AS total,
       [m IN matches[$offset..($offset + $limit)] | {id: m.f.id, type: type(m.f), sourceId: m.s.id, targetId: m.t.id,
        modality: m.f.modality, confidence: m.f.confidence, date: m.f.date, role: m.f.role, topicIds: m.f.topicIds,
        articleCount: m.f.articleCount, firstSeen: m.f.firstSeen, lastSeen: m.f.lastSeen}] AS items
