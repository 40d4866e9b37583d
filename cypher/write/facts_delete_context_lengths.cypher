// A changed paper's stated context lengths are written anew.
UNWIND $paperIds AS paperId
MATCH (length:ContextLength {paperId: paperId})
DETACH DELETE length
