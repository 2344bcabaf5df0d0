// One page of the articles that mention an entity, newest first (undated last), then by id.
// $entityId; $offset, $limit: the page.
MATCH (a:Article)-[:MENTIONS]->(:Entity {id: $entityId})
WITH a
ORDER BY a.published IS NULL, a.published DESC, a.id
WITH collect(a) AS matches
RETURN size(matches) AS total,
       [a IN matches[$offset..($offset + $limit)] | a {.id, .title, .text, .published, .url, .source, .license, .byline}] AS items
