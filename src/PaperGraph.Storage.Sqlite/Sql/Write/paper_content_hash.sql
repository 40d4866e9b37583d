SELECT content_hash FROM papers WHERE id = $id;
