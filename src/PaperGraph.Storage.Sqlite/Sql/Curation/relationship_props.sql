SELECT type, props FROM relationships WHERE id = $id;
