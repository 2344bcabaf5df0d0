// The stored content fingerprint of each article, so unchanged re-ingests are skipped.
// $ids: article ids.
UNWIND $ids AS id
MATCH (a:Article {id: id})
RETURN a.id AS id, a.fingerprint AS fingerprint
