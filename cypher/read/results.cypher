// Every reported result with its evidence, for the read model.
MATCH (r:Result)
RETURN r.id AS id, r.paperId AS paperId, r.value AS value, r.unit AS unit, r.metric AS metric, r.text AS text,
    r.evField AS evField, r.evStart AS evStart, r.evEnd AS evEnd, r.evSentence AS evSentence, r.evRule AS evRule
ORDER BY paperId, evField, evStart
