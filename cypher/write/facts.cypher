// Creates fact relationships of ONE type. The writer replaces __TYPE__ with a relation type name
// from the ontology (checked against the ontology and ^[A-Z][A-Z0-9_]*$, never user input), because
// Cypher on 4.4 cannot take a relationship type as a parameter.
// Identity properties are set once; aggregates come from refresh-facts.cypher. A symmetric fact that
// already exists in the other direction is left alone, so the first writer's direction stays.
// $facts: [{id, source, target, modality, date, role, symmetric}], one row per fact id, sorted by id.
UNWIND $facts AS row
MATCH (s:Entity {id: row.source})
MATCH (t:Entity {id: row.target})
OPTIONAL MATCH (t)-[reverse:`__TYPE__` {id: row.id}]->(s)
WITH s, t, row, reverse
WHERE reverse IS NULL
MERGE (s)-[f:`__TYPE__` {id: row.id}]->(t)
ON CREATE SET f.modality = row.modality,
              f.date = date(row.date),
              f.role = row.role,
              f.symmetric = row.symmetric,
              f.confidence = 0.0,
              f.articleCount = 0,
              f.topicIds = []
