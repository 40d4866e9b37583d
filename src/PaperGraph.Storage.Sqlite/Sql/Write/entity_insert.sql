INSERT INTO entities (id, kind, name) VALUES ($id, $kind, $name) ON CONFLICT (id) DO NOTHING;
