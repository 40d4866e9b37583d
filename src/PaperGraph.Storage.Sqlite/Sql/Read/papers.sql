SELECT key, id, title, abstract, arxiv_id, url, date, authors, source FROM papers ORDER BY id;
