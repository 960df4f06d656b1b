-- Events per document, for corpus queries (events, timeline, trend) without parsing records.
CREATE TABLE document_events (
  doc_id          TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event_id        TEXT NOT NULL,
  date            TEXT,
  source_code     TEXT NOT NULL,
  source_country  TEXT,
  source_name     TEXT NOT NULL,
  target_code     TEXT NOT NULL,
  target_country  TEXT,
  target_name     TEXT NOT NULL,
  cameo           TEXT NOT NULL,
  plover          TEXT,
  goldstein       REAL NOT NULL,
  location        TEXT,
  negated         INTEGER NOT NULL,
  mode            TEXT,
  confidence      REAL NOT NULL,
  evidence        TEXT NOT NULL,
  evidence_start  INTEGER NOT NULL,
  evidence_end    INTEGER NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX document_events_pair ON document_events (source_country, target_country, date);
CREATE INDEX document_events_date ON document_events (date);
