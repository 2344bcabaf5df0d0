// First step of mirroring the story index for some articles: their RELATED_TO links and story memberships go, and a
// story left without articles goes with them. The next statements write the current ones back.
// $articleIds: the articles whose links and story are rewritten.
UNWIND $articleIds AS articleId
MATCH (a:Article {id: articleId})
OPTIONAL MATCH (a)-[link:RELATED_TO]-()
DELETE link
WITH DISTINCT a
OPTIONAL MATCH (a)-[member:IN_STORY]->(story:Story)
DELETE member
WITH DISTINCT story
WHERE story IS NOT NULL AND NOT (story)<-[:IN_STORY]-()
DETACH DELETE story
