-- Returns the paper's row key, which its facts point at; an update keeps it.
INSERT INTO papers (id, title, abstract, arxiv_id, url, date, authors, source, content_hash, ingested_at)
VALUES ($id, $title, $abstract, $arxiv_id, $url, $date, $authors, $source, $content_hash, $ingested_at)
ON CONFLICT (id) DO UPDATE SET
    title = excluded.title,
    abstract = excluded.abstract,
    arxiv_id = excluded.arxiv_id,
    url = excluded.url,
    date = excluded.date,
    authors = excluded.authors,
    source = excluded.source,
    content_hash = excluded.content_hash,
    ingested_at = excluded.ingested_at
RETURNING key;
