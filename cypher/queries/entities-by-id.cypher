// Entities by id (missing ids are skipped).
// $ids: entity ids.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
RETURN e {.id, .label, .name, .aliases, .articleCount} AS entity
