// Counts: articles, evidence, entities by label, facts by type. OPTIONAL MATCH keeps one row when a
// label has no nodes (aggregating zero rows with grouping keys would return nothing); the [null, 0]
// pairs it yields then stand for "none".
MATCH (a:Article)
WITH count(a) AS articles
OPTIONAL MATCH (v:Evidence)
WITH articles, count(v) AS evidence
OPTIONAL MATCH (e:Entity)
WITH articles, evidence, e.label AS label, count(e) AS entities
WITH articles, evidence, collect([label, entities]) AS byLabel
OPTIONAL MATCH (:Entity)-[f]->(:Entity)
WITH articles, evidence, byLabel, type(f) AS type, count(f) AS facts
RETURN articles, evidence, byLabel, collect([type, facts]) AS byType
