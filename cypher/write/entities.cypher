// Creates entities that do not exist yet. Name and label come from the first writer; aliases and
// counts are recomputed from the mentions by refresh-entities.cypher. The label property also becomes
// a node label (Person, Country, …) so Bloom and Cypher users can write (:Person).
// $entities: [{id, label, name, nameKey}], sorted by id.
UNWIND $entities AS row
MERGE (e:Entity {id: row.id})
ON CREATE SET e.name = row.name,
              e.label = row.label,
              e.nameKey = row.nameKey,
              e.nameKeys = [row.nameKey],
              e.aliases = [],
              e.aliasText = '',
              e.articleCount = 0
WITH e
FOREACH (_ IN CASE WHEN e.label = 'Person' THEN [1] ELSE [] END | SET e:Person)
FOREACH (_ IN CASE WHEN e.label = 'Country' THEN [1] ELSE [] END | SET e:Country)
FOREACH (_ IN CASE WHEN e.label = 'Location' THEN [1] ELSE [] END | SET e:Location)
FOREACH (_ IN CASE WHEN e.label = 'Organization' THEN [1] ELSE [] END | SET e:Organization)
FOREACH (_ IN CASE WHEN e.label = 'Event' THEN [1] ELSE [] END | SET e:Event)
