-- The near-duplicate lookup reads the first documents of each band key in id order (repo.ts,
-- NEIGHBOURS_PER_BAND), straight from the index, as ../migrations/008 does for SQLite.
DROP INDEX document_bands_band;
CREATE INDEX document_bands_band ON document_bands (band, doc_id);
