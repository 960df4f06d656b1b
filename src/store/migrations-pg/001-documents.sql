-- The documents and what is derived from them, as in the SQLite schema (../migrations 001–005
-- and 007), at once. Text that is sorted or compared is COLLATE "C": byte order, as SQLite
-- compares, so that both backends list in one order whatever the database's locale.
CREATE TABLE documents (
  id             text COLLATE "C" PRIMARY KEY,
  -- Unique: the same content is stored once, even when writers on several machines race.
  content_hash   text NOT NULL CONSTRAINT documents_content_hash_unique UNIQUE,
  path           text COLLATE "C",
  url            text,
  title          text COLLATE "C",
  outlet         text COLLATE "C",
  published      text COLLATE "C",
  published_from text,
  language       text,
  -- The FORMAT.md record as JSON text, verbatim: json (not jsonb) keeps the order of its fields.
  record         json NOT NULL,
  ingested_at    timestamptz NOT NULL,
  updated_at     timestamptz NOT NULL,
  -- The first stored document of this one's story (NULL for an original).
  duplicate_of   text COLLATE "C",
  -- The MinHash signature as a JSON array (unsigned 32-bit values).
  minhash        text
);
CREATE INDEX documents_published ON documents (published);
CREATE INDEX documents_path ON documents (path);
CREATE INDEX documents_duplicate_of ON documents (duplicate_of);

CREATE TABLE document_bands (
  doc_id  text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  band    text COLLATE "C" NOT NULL,
  PRIMARY KEY (doc_id, band)
);
CREATE INDEX document_bands_band ON document_bands (band);

CREATE TABLE document_actors (
  doc_id    text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  actor_id  text COLLATE "C" NOT NULL,
  name      text COLLATE "C" NOT NULL,
  type      text COLLATE "C" NOT NULL,
  country   text COLLATE "C",
  role      text,
  mentions  integer NOT NULL,
  PRIMARY KEY (doc_id, actor_id)
);
CREATE INDEX document_actors_actor ON document_actors (actor_id);

CREATE TABLE document_quantities (
  doc_id     text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position   integer NOT NULL,
  value      double precision NOT NULL,
  value_max  double precision,
  unit       text NOT NULL,
  period     text COLLATE "C",
  kind       text NOT NULL,
  about      text COLLATE "C",
  -- Actor codes joined with commas.
  actors     text COLLATE "C" NOT NULL,
  text       text NOT NULL,
  evidence   text NOT NULL,
  PRIMARY KEY (doc_id, position)
);
CREATE INDEX document_quantities_measure ON document_quantities (about, period);

CREATE TABLE document_events (
  doc_id          text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  event_id        text COLLATE "C" NOT NULL,
  date            text COLLATE "C",
  source_code     text NOT NULL,
  source_country  text COLLATE "C",
  source_name     text NOT NULL,
  target_code     text NOT NULL,
  target_country  text COLLATE "C",
  target_name     text NOT NULL,
  cameo           text COLLATE "C" NOT NULL,
  plover          text,
  goldstein       double precision NOT NULL,
  location        text,
  negated         boolean NOT NULL,
  mode            text,
  confidence      double precision NOT NULL,
  evidence        text NOT NULL,
  evidence_start  integer NOT NULL,
  evidence_end    integer NOT NULL,
  PRIMARY KEY (doc_id, event_id)
);
CREATE INDEX document_events_pair ON document_events (source_country, target_country, date);
CREATE INDEX document_events_date ON document_events (date);

CREATE TABLE document_quotes (
  doc_id         text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  position       integer NOT NULL,
  text           text NOT NULL,
  direct         boolean NOT NULL,
  speaker_name   text COLLATE "C",
  speaker_actor  text,
  description    text,
  start          integer NOT NULL,
  "end"          integer NOT NULL,
  PRIMARY KEY (doc_id, position)
);
CREATE INDEX document_quotes_speaker ON document_quotes (speaker_name);
