// A changed paper's facts are replaced whole; facts a curator verified are kept.
UNWIND $paperIds AS paperId
MATCH (:Entity)-[r:EVALUATED_ON {paperId: paperId}]->(:Entity)
WHERE NOT coalesce(r.verified, false)
DELETE r
