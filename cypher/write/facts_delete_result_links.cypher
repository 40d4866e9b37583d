// A changed paper's results lose their unverified OF and ON links first, so that only results
// a curator verified still have a link when the results themselves are deleted.
UNWIND $paperIds AS paperId
MATCH (:Result {paperId: paperId})-[r:OF|ON]->(:Entity)
WHERE NOT coalesce(r.verified, false)
DELETE r
