-- Full-text search over document bodies and quotes: one FTS5 index (bm25 comparable across both
-- kinds) with external content in search_texts, kept in sync by DocumentStore.save().
-- search_texts has an explicit INTEGER PRIMARY KEY so that VACUUM never renumbers the rowids the
-- index points to. No ON DELETE CASCADE: a cascade would leave stale index entries, so deleting a
-- document must go through the store, which removes its index entries first.
CREATE TABLE search_texts (
  id        INTEGER PRIMARY KEY,
  doc_id    TEXT NOT NULL REFERENCES documents (id),
  kind      TEXT NOT NULL CHECK (kind IN ('body', 'quote')),
  position  INTEGER NOT NULL,
  title     TEXT,
  text      TEXT NOT NULL,
  speaker   TEXT
);
CREATE INDEX search_texts_doc ON search_texts (doc_id);

-- Porter stemming: "visits" finds "visited"; diacritics removed: "Erdogan" finds "Erdoğan".
CREATE VIRTUAL TABLE search_fts USING fts5 (
  text, title, speaker,
  content = 'search_texts', content_rowid = 'id',
  tokenize = 'porter unicode61 remove_diacritics 2'
);

-- Backfill: documents and quotes stored before this migration. U+E000 and U+E001 mark matches in
-- snippets, so indexed text never holds them (they become U+FFFD, as in DocumentStore.save()).
INSERT INTO search_texts (doc_id, kind, position, title, text, speaker)
  SELECT id, 'body', 0, title, replace(replace(json_extract(record, '$.body'), char(57344), char(65533)), char(57345), char(65533)), NULL
  FROM documents WHERE coalesce(json_extract(record, '$.body'), '') <> '';
INSERT INTO search_texts (doc_id, kind, position, title, text, speaker)
  SELECT doc_id, 'quote', position, NULL, replace(replace(text, char(57344), char(65533)), char(57345), char(65533)), speaker_name
  FROM document_quotes;
INSERT INTO search_fts (search_fts) VALUES ('rebuild');
