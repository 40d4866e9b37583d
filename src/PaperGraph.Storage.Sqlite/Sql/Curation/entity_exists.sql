SELECT kind FROM entities WHERE id = $id;
