// One page of entities by name, then id, with the total count.
// $labels: labels to keep ([] = all); $name: lookup key the name must contain, or null;
// $offset, $limit: the page.
MATCH (e:Entity)
WHERE (size($labels) = 0 OR e.label IN $labels)
  AND ($name IS NULL OR e.nameKey CONTAINS $name)
WITH e
ORDER BY e.name, e.id
WITH collect(e) AS matches
RETURN size(matches) AS total,
       [e IN matches[$offset..($offset + $limit)] | e {.id, .label, .name, .aliases, .articleCount}] AS items
