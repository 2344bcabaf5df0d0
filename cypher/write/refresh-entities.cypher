// Recomputes every entity the articles mention (old or new) from its live mentions:
// articleCount, aliases (every name any article used, except the canonical name), nameKeys
// (lookup keys of name and aliases) and aliasText (for the full-text index).
// $articleIds: the articles being written or deleted.
UNWIND $articleIds AS articleId
MATCH (:Article {id: articleId})-[:MENTIONS]->(e:Entity)
WITH DISTINCT e
OPTIONAL MATCH (:Article)-[m:MENTIONS]->(e)
WHERE m.stale IS NULL
WITH e, count(m) AS articleCount, collect(m.names) AS nameLists, collect(m.nameKeys) AS keyLists
WITH e, articleCount,
     reduce(acc = [], n IN reduce(all = [], l IN nameLists | all + l) |
            CASE WHEN n IN acc OR n = e.name THEN acc ELSE acc + n END) AS aliases,
     reduce(acc = [e.nameKey], k IN reduce(all = [], l IN keyLists | all + l) |
            CASE WHEN k IN acc THEN acc ELSE acc + k END) AS nameKeys
SET e.articleCount = articleCount,
    e.aliases = aliases,
    e.nameKeys = nameKeys,
    e.aliasText = reduce(text = '', n IN aliases | text + ' ' + n)
