-- The near-duplicate lookup reads only indexes: the first documents of a band key in id order
-- (band, doc_id), then their signatures and stories from a covering index, never the rows, whose
-- large records made every neighbour a walk through overflow pages.
DROP INDEX document_bands_band;
CREATE INDEX document_bands_band ON document_bands (band, doc_id);
CREATE INDEX documents_fingerprint ON documents (id, duplicate_of, minhash);
