// One page of articles, newest first (undated last), then by id, with the total count.
// $since, $until: 'yyyy-MM-dd' or null (inclusive); $source: exact source or null;
// $title: lower-case text the title must contain, or null; $offset, $limit: the page.
MATCH (a:Article)
WHERE ($since IS NULL OR a.published >= date($since))
  AND ($until IS NULL OR a.published <= date($until))
  AND ($source IS NULL OR a.source = $source)
  AND ($title IS NULL OR toLower(a.title) CONTAINS $title)
WITH a
ORDER BY a.published IS NULL, a.published DESC, a.id
WITH collect(a) AS matches
RETURN size(matches) AS total,
       [a IN matches[$offset..($offset + $limit)] | a {.id, .title, .text, .published, .url, .source, .license, .byline}] AS items
