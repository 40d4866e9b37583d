UPDATE results SET value = coalesce($value, value), unit = coalesce($unit, unit), metric = coalesce($metric, metric), verified = 1
WHERE id = $id;
