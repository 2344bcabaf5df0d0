// The facts along one shortest path between two entities, ignoring direction and passing through
// entities only (never articles or evidence). The search is bounded at 15 hops (a variable-length
// bound cannot be a parameter); $maxHops (1..15) then drops longer paths.
// $from, $to: entity ids (different); $maxHops: the longest path wanted.
MATCH (a:Entity {id: $from})
MATCH (b:Entity {id: $to})
MATCH p = shortestPath((a)-[*..15]-(b))
WHERE all(n IN nodes(p) WHERE n:Entity)
WITH p
WHERE length(p) <= $maxHops
RETURN [f IN relationships(p) | {id: f.id, type: type(f), sourceId: startNode(f).id, targetId: endNode(f).id,
        modality: f.modality, confidence: f.confidence, date: f.date, role: f.role, topicIds: f.topicIds,
        articleCount: f.articleCount, firstSeen: f.firstSeen, lastSeen: f.lastSeen}] AS facts
