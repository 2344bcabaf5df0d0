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
    fingerprint  TEXT NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_articles_published ON articles (published DESC, id);

CREATE TABLE IF NOT EXISTS entities (
    id             TEXT PRIMARY KEY,
    label          TEXT NOT NULL,
    name           TEXT NOT NULL,
    name_key       TEXT NOT NULL,
    article_count  INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS ix_entities_name_key ON entities (name_key);
CREATE INDEX IF NOT EXISTS ix_entities_label_name ON entities (label, name);

CREATE TABLE IF NOT EXISTS entity_aliases (
    entity_id   TEXT NOT NULL,
    alias       TEXT NOT NULL,
    alias_key   TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (entity_id, alias, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_entity_aliases_key ON entity_aliases (alias_key);
CREATE INDEX IF NOT EXISTS ix_entity_aliases_article ON entity_aliases (article_id);

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

CREATE TABLE IF NOT EXISTS fact_topics (
    fact_id     TEXT NOT NULL,
    topic_id    TEXT NOT NULL,
    article_id  TEXT NOT NULL,
    PRIMARY KEY (fact_id, topic_id, article_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_fact_topics_topic ON fact_topics (topic_id, fact_id);
CREATE INDEX IF NOT EXISTS ix_fact_topics_article ON fact_topics (article_id);

CREATE VIRTUAL TABLE IF NOT EXISTS entity_search USING fts5 (
    entity_id UNINDEXED,
    names,
    tokenize = 'unicode61 remove_diacritics 2'
);

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
