-- "Where did the address come from?" is asked about the application's address only: a problem
-- report that names no address has no source. Reports stored before keep theirs.
ALTER TABLE problem_report ALTER COLUMN url_source SET NULL;
