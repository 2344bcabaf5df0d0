// The evidence of the given facts, by fact, article and start offset; with $perFact, only that many
// per fact, the most confident (then by article and offset).
// $factIds: fact ids. $perFact: an integer, or null for all.
MATCH (ev:Evidence)
WHERE ev.factId IN $factIds
WITH ev ORDER BY ev.factId, ev.confidence DESC, ev.articleId, ev.startOffset
WITH ev.factId AS factId, collect(ev) AS ordered
UNWIND (CASE WHEN $perFact IS NULL THEN ordered ELSE ordered[..$perFact] END) AS ev
RETURN ev.factId AS factId, ev.articleId AS articleId, ev.sentence AS sentence,
       ev.startOffset AS startOffset, ev.endOffset AS endOffset, ev.confidence AS confidence
ORDER BY factId, articleId, startOffset
