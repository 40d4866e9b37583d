SELECT id, name FROM repos ORDER BY id;
