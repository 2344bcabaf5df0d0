// Creates or updates articles. Dates arrive as 'yyyy-MM-dd' strings (or null) and are stored as DATE.
// $articles: [{id, title, text, published, url, source, license, byline, fingerprint}], sorted by id.
UNWIND $articles AS row
MERGE (a:Article {id: row.id})
SET a.title = row.title,
    a.text = row.text,
    a.published = date(row.published),
    a.url = row.url,
    a.source = row.source,
    a.license = row.license,
    a.byline = row.byline,
    a.fingerprint = row.fingerprint
