-- Near-duplicates: each document's MinHash signature, its band keys for candidate lookup, and
-- the first stored document of its story (NULL for an original).
ALTER TABLE documents ADD COLUMN duplicate_of TEXT;
ALTER TABLE documents ADD COLUMN minhash TEXT;
CREATE TABLE document_bands (
  doc_id  TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  band    TEXT NOT NULL,
  PRIMARY KEY (doc_id, band)
);
CREATE INDEX document_bands_band ON document_bands (band);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);
