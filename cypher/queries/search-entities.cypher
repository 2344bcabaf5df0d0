// Full-text search over names and aliases, best match first (then most mentioned, then id).
// $query: a Lucene query the store builds from the user's words (escaped prefix terms joined by AND);
// $label: an entity label or null; $limit: how many.
CALL db.index.fulltext.queryNodes('entity_names', $query) YIELD node, score
WHERE node:Entity AND ($label IS NULL OR node.label = $label)
WITH node, score
ORDER BY score DESC, node.articleCount DESC, node.id
LIMIT $limit
RETURN node {.id, .label, .name, .aliases, .articleCount} AS entity, score
