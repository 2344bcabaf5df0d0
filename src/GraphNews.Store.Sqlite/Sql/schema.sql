-- GraphNews embedded store. Facts are shared across articles; each article contributes
-- evidence, topics, aliases and mentions, keyed by article so that re-ingesting an article can
-- replace exactly what it contributed. Aggregates on facts and entities are kept up to date
-- by the writer so that reads never group over evidence.

CREATE TABLE IF NOT EXISTS schema_info (
    key   TEXT PRIMARY KEY,
    value TEXT NOT NULL
) WITHOUT ROWID;

CREATE TABLE IF NOT EXISTS articles (
    id           TEXT PRIMARY KEY,
    title        TEXT NOT NULL,
    text         TEXT NOT NULL,
    published    TEXT,
    url          TEXT,
    source       TEXT,
    license      TEXT,
    byline       TEXT,
    fingerprint  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_articles_published ON articles (published DESC, id);

-- key is the full-text row of the entity; an INTEGER PRIMARY KEY, so it survives VACUUM.
CREATE TABLE IF NOT EXISTS entities (
    key            INTEGER PRIMARY KEY,
    id             TEXT NOT NULL UNIQUE,
    label          TEXT NOT NULL,
    name           TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    article_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_entities_name_key ON entities (name_key);
CREATE INDEX IF NOT EXISTS ix_entities_label_name ON entities (label, name);

-- What each article called each entity, so that re-ingesting or deleting it removes exactly that.
CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id   TEXT NOT NULL,
    alias       TEXT NOT NULL,
    alias_key   TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_entity_aliases_article ON entity_aliases (article_id);

-- Every distinct name of an entity with the number of articles using it. Reads look names up here,
-- never in the per-article rows above, which grow with every article that names a busy entity.
CREATE TABLE IF NOT EXISTS entity_names (
    entity_id      TEXT NOT NULL,
    alias          TEXT NOT NULL,
    alias_key      TEXT NOT NULL,
    article_count  INTEGER NOT NULL,
    PRIMARY KEY (entity_id, alias)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_entity_names_key ON entity_names (alias_key);

CREATE TABLE IF NOT EXISTS mentions (
    article_id  TEXT NOT NULL,
    entity_id   TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_mentions_entity ON mentions (entity_id, article_id);

CREATE TABLE IF NOT EXISTS facts (
    id             TEXT PRIMARY KEY,
    type           TEXT NOT NULL,
    source_id      TEXT NOT NULL,
    target_id      TEXT NOT NULL,
    symmetric      INTEGER NOT NULL,
    modality       TEXT NOT NULL,
    date           TEXT,
    role           TEXT,
    confidence     REAL NOT NULL DEFAULT 0,
    article_count  INTEGER NOT NULL DEFAULT 0,
    first_seen     TEXT,
    last_seen      TEXT,
    sort_date      TEXT
);
CREATE INDEX IF NOT EXISTS ix_facts_source ON facts (source_id, sort_date);
CREATE INDEX IF NOT EXISTS ix_facts_target ON facts (target_id, sort_date);
CREATE INDEX IF NOT EXISTS ix_facts_type ON facts (type);

CREATE TABLE IF NOT EXISTS evidence (
    fact_id     TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    start       INTEGER NOT NULL,
    "end"       INTEGER NOT NULL,
    sentence    TEXT NOT NULL,
    confidence  REAL NOT NULL,
    PRIMARY KEY (fact_id, article_id, start)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_evidence_article ON evidence (article_id);
-- The few most confident sentences of a fact without reading all the articles that report it.
CREATE INDEX IF NOT EXISTS ix_evidence_fact_confidence ON evidence (fact_id, confidence DESC, article_id, start);

-- One row per article reporting a fact, with the article's date and its best confidence for the fact.
-- The facts' aggregates (article count, confidence, first and last seen) follow these rows through triggers.
CREATE TABLE IF NOT EXISTS fact_articles (
    fact_id     TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    published   TEXT,
    confidence  REAL NOT NULL,
    PRIMARY KEY (fact_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_fact_articles_article ON fact_articles (article_id);

CREATE TABLE IF NOT EXISTS fact_topics (
    fact_id     TEXT NOT NULL,
    topic_id    TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (fact_id, topic_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_fact_topics_topic ON fact_topics (topic_id, fact_id);
CREATE INDEX IF NOT EXISTS ix_fact_topics_article ON fact_topics (article_id);

-- One row per entity (rowid = entities.key) holding all its names.
CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5 (
    entity_id UNINDEXED,
    names,
    tokenize = 'unicode61 remove_diacritics 2'
);

-- The triggers keep counts and the full-text rows in step with the per-article rows, so the writer
-- pays per row it writes, not per article already stored about the same entity.
CREATE TRIGGER IF NOT EXISTS mention_added AFTER INSERT ON mentions BEGIN
    UPDATE entities SET article_count = article_count + 1 WHERE id = new.entity_id;
END;

CREATE TRIGGER IF NOT EXISTS mention_removed AFTER DELETE ON mentions BEGIN
    UPDATE entities SET article_count = article_count - 1 WHERE id = old.entity_id;
END;

CREATE TRIGGER IF NOT EXISTS alias_added AFTER INSERT ON entity_aliases BEGIN
    INSERT INTO entity_names (entity_id, alias, alias_key, article_count) VALUES (new.entity_id, new.alias, new.alias_key, 1)
    ON CONFLICT (entity_id, alias) DO UPDATE SET article_count = article_count + 1;
END;

CREATE TRIGGER IF NOT EXISTS alias_removed AFTER DELETE ON entity_aliases BEGIN
    UPDATE entity_names SET article_count = article_count - 1 WHERE entity_id = old.entity_id AND alias = old.alias;
    DELETE FROM entity_names WHERE entity_id = old.entity_id AND alias = old.alias AND article_count <= 0;
END;

CREATE TRIGGER IF NOT EXISTS fact_article_added AFTER INSERT ON fact_articles BEGIN
    UPDATE facts SET
        article_count = article_count + 1,
        confidence = max(confidence, new.confidence),
        first_seen = CASE WHEN new.published IS NULL THEN first_seen WHEN first_seen IS NULL THEN new.published ELSE min(first_seen, new.published) END,
        last_seen = CASE WHEN new.published IS NULL THEN last_seen WHEN last_seen IS NULL THEN new.published ELSE max(last_seen, new.published) END,
        sort_date = coalesce(date, CASE WHEN new.published IS NULL THEN last_seen WHEN last_seen IS NULL THEN new.published ELSE max(last_seen, new.published) END)
    WHERE id = new.fact_id;
END;

CREATE TRIGGER IF NOT EXISTS fact_article_confirmed AFTER UPDATE OF confidence ON fact_articles BEGIN
    UPDATE facts SET confidence = max(confidence, new.confidence) WHERE id = new.fact_id;
END;

-- Only removing the row that held an extreme (the best confidence, the first or last date) makes the
-- fact look at its other articles again.
CREATE TRIGGER IF NOT EXISTS fact_article_removed AFTER DELETE ON fact_articles BEGIN
    UPDATE facts SET article_count = article_count - 1 WHERE id = old.fact_id;
    UPDATE facts SET
        confidence = coalesce((SELECT max(fa.confidence) FROM fact_articles fa WHERE fa.fact_id = facts.id), 0),
        first_seen = (SELECT min(fa.published) FROM fact_articles fa WHERE fa.fact_id = facts.id),
        last_seen = (SELECT max(fa.published) FROM fact_articles fa WHERE fa.fact_id = facts.id),
        sort_date = coalesce(date, (SELECT max(fa.published) FROM fact_articles fa WHERE fa.fact_id = facts.id))
    WHERE id = old.fact_id AND (old.confidence >= confidence OR old.published = first_seen OR old.published = last_seen);
END;

-- A name that appears or disappears rewrites the entity's full-text row; a name seen again does not.
CREATE TRIGGER IF NOT EXISTS name_added AFTER INSERT ON entity_names BEGIN
    DELETE FROM entity_search WHERE rowid = (SELECT key FROM entities WHERE id = new.entity_id);
    INSERT INTO entity_search (rowid, entity_id, names)
    SELECT e.key, e.id, (SELECT group_concat(n.alias, ' ') FROM entity_names n WHERE n.entity_id = e.id)
    FROM entities e WHERE e.id = new.entity_id;
END;

CREATE TRIGGER IF NOT EXISTS name_removed AFTER DELETE ON entity_names BEGIN
    DELETE FROM entity_search WHERE rowid = (SELECT key FROM entities WHERE id = old.entity_id);
    INSERT INTO entity_search (rowid, entity_id, names)
    SELECT e.key, e.id, group_concat(n.alias, ' ')
    FROM entities e JOIN entity_names n ON n.entity_id = e.id WHERE e.id = old.entity_id
    GROUP BY e.key, e.id;
END;

CREATE TABLE IF NOT EXISTS identity_candidates (
    article_id    TEXT NOT NULL,
    entity_id     TEXT NOT NULL,
    candidate_id  TEXT NOT NULL,
    score         REAL NOT NULL,
    reason        TEXT NOT NULL,
    PRIMARY KEY (article_id, entity_id, candidate_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_identity_candidates_entity ON identity_candidates (entity_id);
CREATE INDEX IF NOT EXISTS ix_identity_candidates_candidate ON identity_candidates (candidate_id);
