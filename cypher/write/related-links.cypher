// The story index's links between articles: one RELATED_TO per pair, from the article with the smaller id (so two
// articles written from either end share one relationship), with the score and the reasons the index gives.
// $links: [{from, to, score, sameEvent, decision, textSimilarity, daysApart, sharedEntityIds, sharedEntities, sharedFacts}]
UNWIND $links AS link
MATCH (a:Article {id: link.from})
MATCH (b:Article {id: link.to})
MERGE (a)-[r:RELATED_TO]->(b)
SET r.score = link.score,
    r.sameEvent = link.sameEvent,
    r.decision = link.decision,
    r.textSimilarity = link.textSimilarity,
    r.daysApart = link.daysApart,
    r.sharedEntityIds = link.sharedEntityIds,
    r.sharedEntities = link.sharedEntities,
    r.sharedFacts = link.sharedFacts
