// A changed paper's own unverified links to entities, repos and results leave.
UNWIND $paperIds AS paperId
MATCH (:Paper {id: paperId})-[r:INTRODUCES|MENTIONS|HAS_CODE|REPORTS]->()
WHERE NOT coalesce(r.verified, false)
DELETE r
