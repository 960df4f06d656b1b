-- Figures per document, so that claims can be compared across the corpus.
CREATE TABLE document_quantities (
  doc_id     TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position   INTEGER NOT NULL,
  value      REAL NOT NULL,
  value_max  REAL,
  unit       TEXT NOT NULL,
  period     TEXT,
  kind       TEXT NOT NULL,
  about      TEXT,
  actors     TEXT NOT NULL,
  text       TEXT NOT NULL,
  evidence   TEXT NOT NULL,
  PRIMARY KEY (doc_id, position)
);
CREATE INDEX document_quantities_measure ON document_quantities (about, period);
