// Stories no article belongs to any more (their last article was deleted from Neo4j) go.
MATCH (story:Story)
WHERE NOT (story)<-[:IN_STORY]-()
DETACH DELETE story
