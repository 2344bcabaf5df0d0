-- GraphNews stories, in the same database file as the graph. Signatures are what the story index
-- reloads; related_to holds RELATED_TO links in both directions (score and reasons as JSON);
-- stories keep their timeline and entities as JSON, with membership and entities also as rows
-- so stories can be found by article and by entity.

CREATE TABLE IF NOT EXISTS story_signatures (
    article_id   TEXT PRIMARY KEY,
    fingerprint  TEXT NOT NULL,
    published    TEXT,
    body         TEXT NOT NULL
);

CREATE TABLE IF NOT EXISTS related_to (
    article_id  TEXT NOT NULL,
    related_id  TEXT NOT NULL,
    score       REAL NOT NULL,
    same_event  INTEGER NOT NULL,
    reasons     TEXT NOT NULL,
    PRIMARY KEY (article_id, related_id)
) WITHOUT ROWID;
CREATE INDEX IF NOT EXISTS ix_related_to_related ON related_to (related_id);

CREATE TABLE IF NOT EXISTS stories (
    id               TEXT PRIMARY KEY,
    title            TEXT NOT NULL,
    first_published  TEXT,
    last_published   TEXT,
    article_count    INTEGER NOT NULL,
    body             TEXT NOT NULL
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
