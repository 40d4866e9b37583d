// The content hash of each paper of a batch that is already stored: equal hashes mean unchanged.
UNWIND $ids AS id
MATCH (p:Paper {id: id})
RETURN p.id AS id, p.contentHash AS contentHash
