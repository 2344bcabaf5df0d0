// Stories (articles that report the same event) and the articles of them being mirrored: the Story node takes the
// index's title and dates, and each of those articles an IN_STORY relationship to it.
// $stories: [{id, title, firstPublished, lastPublished, articleCount, articleIds}], dates as yyyy-MM-dd or null.
UNWIND $stories AS row
MERGE (story:Story {id: row.id})
SET story.title = row.title,
    story.firstPublished = date(row.firstPublished),
    story.lastPublished = date(row.lastPublished),
    story.articleCount = row.articleCount
WITH story, row
UNWIND row.articleIds AS articleId
MATCH (a:Article {id: articleId})
MERGE (a)-[:IN_STORY]->(story)
