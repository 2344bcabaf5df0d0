// Articles by id (missing ids are skipped).
// $ids: article ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a {.id, .title, .text, .published, .url, .source, .license, .byline} AS article
