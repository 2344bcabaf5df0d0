-- GraphNews stories, in the same database file as the graph. Everything here is derived from the
-- articles and rebuilt from them when missing (graphnews stories --rebuild, or the next sync).
-- Signatures are what the story index reloads; related_links holds each RELATED_TO link once, for
-- the pair in id order; stories keep their timeline and entities in their body, with membership and
-- entities also as rows so stories can be found by article and by entity. Bodies and reasons are
-- Brotli-compressed JSON.

CREATE TABLE IF NOT EXISTS story_schema (
    version  INTEGER NOT NULL
);

CREATE TABLE IF NOT EXISTS story_signatures (
    article_id   TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,
    published    TEXT,
    body         BLOB NOT NULL
);

CREATE TABLE IF NOT EXISTS related_links (
    article_id  TEXT NOT NULL,
    related_id  TEXT NOT NULL,
    score       REAL NOT NULL,
    same_event  INTEGER NOT NULL,
    reasons     BLOB NOT NULL,
    PRIMARY KEY (article_id, related_id),
    CHECK (article_id < related_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_related_links_related ON related_links (related_id);

CREATE TABLE IF NOT EXISTS stories (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    first_published  TEXT,
    last_published   TEXT,
    article_count    INTEGER NOT NULL,
    body             BLOB NOT NULL
);
CREATE INDEX IF NOT EXISTS ix_stories_latest ON stories (last_published DESC, article_count DESC, id);

CREATE TABLE IF NOT EXISTS story_members (
    article_id  TEXT PRIMARY KEY,
    story_id    TEXT NOT NULL
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_story_members_story ON story_members (story_id);

CREATE TABLE IF NOT EXISTS story_entities (
    entity_id  TEXT NOT NULL,
    story_id   TEXT NOT NULL,
    PRIMARY KEY (entity_id, story_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_story_entities_story ON story_entities (story_id);
