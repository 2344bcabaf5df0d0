// Entities whose canonical name or one of whose aliases has the lookup key (lower case, single
// spaces), most mentioned first, then by id.
// $key: the lookup key of the name asked for.
MATCH (e:Entity)
WHERE $key IN e.nameKeys
WITH e
ORDER BY e.articleCount DESC, e.id
RETURN e {.id, .label, .name, .aliases, .articleCount} AS entity
