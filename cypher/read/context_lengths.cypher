// Every stated context length with its evidence, in each paper's order, for the read model.
MATCH (c:ContextLength)
RETURN c.paperId AS paperId, c.text AS text, c.tokens AS tokens, c.subjectId AS subjectId,
    c.evField AS evField, c.evStart AS evStart, c.evEnd AS evEnd, c.evSentence AS evSentence, c.evRule AS evRule
ORDER BY paperId, c.ordinal
