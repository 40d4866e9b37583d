UPDATE results SET verified = $verified WHERE id = $id;
