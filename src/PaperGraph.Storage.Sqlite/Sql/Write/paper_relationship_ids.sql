-- The relationships a changed paper keeps (the verified ones), read after its other facts are deleted.
SELECT id FROM relationships WHERE paper_key = $paper_key;
