// The last step of deleting an article (after its evidence and mentions were cleaned up).
// Returns 1 when the article existed, else 0.
// $articleId: the article.
MATCH (a:Article {id: $articleId})
DETACH DELETE a
RETURN count(*) AS deleted
