-- Quotes per document, so that who said what can be listed across the corpus.
CREATE TABLE document_quotes (
  doc_id         TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position       INTEGER NOT NULL,
  text           TEXT NOT NULL,
  direct         INTEGER NOT NULL,
  speaker_name   TEXT,
  speaker_actor  TEXT,
  description    TEXT,
  start          INTEGER NOT NULL,
  "end"          INTEGER NOT NULL,
  PRIMARY KEY (doc_id, position)
);
CREATE INDEX document_quotes_speaker ON document_quotes (speaker_name);
