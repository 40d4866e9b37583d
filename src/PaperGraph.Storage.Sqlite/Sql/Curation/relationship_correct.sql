UPDATE relationships SET props = $props, verified = 1 WHERE rowid = $rowid;
