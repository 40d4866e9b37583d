SELECT 1 FROM results WHERE id = $id;
