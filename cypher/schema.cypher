// GraphNews schema for Neo4j 4.4 and 5.x. Applied statement by statement at start-up
// (Neo4jGraphStore.InitializeAsync); every statement is idempotent (IF NOT EXISTS).
// Statements end with a semicolon at the end of a line.

// Our own ids are the keys every MERGE and lookup uses.
CREATE CONSTRAINT article_id IF NOT EXISTS FOR (a:Article) REQUIRE a.id IS UNIQUE;
CREATE CONSTRAINT entity_id IF NOT EXISTS FOR (e:Entity) REQUIRE e.id IS UNIQUE;
CREATE CONSTRAINT evidence_key IF NOT EXISTS FOR (v:Evidence) REQUIRE v.key IS UNIQUE;
CREATE CONSTRAINT story_id IF NOT EXISTS FOR (s:Story) REQUIRE s.id IS UNIQUE;

// Evidence is found by the fact it supports; entities are listed by name; articles by date.
CREATE INDEX evidence_fact_id IF NOT EXISTS FOR (v:Evidence) ON (v.factId);
CREATE INDEX entity_name IF NOT EXISTS FOR (e:Entity) ON (e.name);
CREATE INDEX article_published IF NOT EXISTS FOR (a:Article) ON (a.published);

// Full-text search over canonical names and aliases (aliasText is the aliases joined by spaces).
CREATE FULLTEXT INDEX entity_names IF NOT EXISTS FOR (e:Entity) ON EACH [e.name, e.aliasText];

// Wait until the indexes are online, so the first queries (full-text search above all) can use them.
CALL db.awaitIndexes(300);
