SELECT id, kind, name FROM entities ORDER BY id;
