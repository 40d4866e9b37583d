// A changed paper's results leave, except those a verified OF or ON link still holds.
UNWIND $paperIds AS paperId
MATCH (result:Result {paperId: paperId})
WHERE NOT EXISTS { (result)-[:OF|ON]->(:Entity) }
DETACH DELETE result
