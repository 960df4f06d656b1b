-- Documents: one row per stored article, the FORMAT.md record kept whole as JSON,
-- with the fields people filter and sort on copied into columns.
CREATE TABLE documents (
  id             TEXT PRIMARY KEY,
  content_hash   TEXT NOT NULL,
  path           TEXT,
  url            TEXT,
  title          TEXT,
  outlet         TEXT,
  published      TEXT,
  published_from TEXT,
  language       TEXT,
  record         TEXT NOT NULL,
  ingested_at    TEXT NOT NULL,
  updated_at     TEXT NOT NULL
);
CREATE INDEX documents_content_hash ON documents (content_hash);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_path ON documents (path);
