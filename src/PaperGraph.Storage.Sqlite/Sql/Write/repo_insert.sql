INSERT INTO repos (id, name) VALUES ($id, $name) ON CONFLICT (id) DO NOTHING;
