// The evidence of the given facts, by fact, article and start offset.
// $factIds: fact ids.
MATCH (ev:Evidence)
WHERE ev.factId IN $factIds
RETURN ev.factId AS factId, ev.articleId AS articleId, ev.sentence AS sentence,
       ev.startOffset AS startOffset, ev.endOffset AS endOffset, ev.confidence AS confidence
ORDER BY factId, articleId, startOffset
