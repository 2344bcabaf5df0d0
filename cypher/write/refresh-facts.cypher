// Recomputes every fact the articles touch (old or new evidence) from its live (not stale) evidence:
// confidence = max, articleCount = distinct articles, firstSeen/lastSeen = min/max publication date,
// publishedDates (for date filters on undated facts), topicIds = union, sortDate = date or lastSeen.
// A fact left without live evidence is deleted.
// $articleIds: the articles being written or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})<-[:IN_ARTICLE]-(ev:Evidence)
WITH DISTINCT ev.factId AS factId, ev.sourceId AS sourceId
MATCH (:Entity {id: sourceId})-[f]-(:Entity)
WHERE f.id = factId
WITH DISTINCT f
OPTIONAL MATCH (live:Evidence {factId: f.id})-[:IN_ARTICLE]->(a:Article)
WHERE live.stale IS NULL
WITH f,
     count(DISTINCT a) AS articleCount,
     max(live.confidence) AS confidence,
     min(a.published) AS firstSeen,
     max(a.published) AS lastSeen,
     collect(DISTINCT a.published) AS publishedDates,
     collect(live.topicIds) AS topicLists
FOREACH (_ IN CASE WHEN articleCount = 0 THEN [1] ELSE [] END | DELETE f)
FOREACH (_ IN CASE WHEN articleCount > 0 THEN [1] ELSE [] END |
    SET f.articleCount = articleCount,
        f.confidence = confidence,
        f.firstSeen = firstSeen,
        f.lastSeen = lastSeen,
        f.publishedDates = publishedDates,
        f.sortDate = coalesce(f.date, lastSeen),
        f.topicIds = reduce(acc = [], t IN reduce(all = [], l IN topicLists | all + l) |
                            CASE WHEN t IN acc THEN acc ELSE acc + t END))
