// Folds the names papers use for an entity onto the node, for full-text search in Bloom and Browser.
UNWIND $ids AS id
MATCH (e:Entity {id: id})
OPTIONAL MATCH (:Paper)-[m:MENTIONS]->(e)
UNWIND [m.writtenName] + coalesce(m.aliases, []) AS alias
WITH e, collect(DISTINCT alias) AS aliases
SET e.aliases = [alias IN aliases WHERE alias <> e.name]
RETURN count(e) AS written
