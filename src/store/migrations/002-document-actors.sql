-- Actors per document, so that corpus-wide actor lists need no JSON parsing.
CREATE TABLE document_actors (
  doc_id    TEXT NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  actor_id  TEXT NOT NULL,
  name      TEXT NOT NULL,
  type      TEXT NOT NULL,
  country   TEXT,
  role      TEXT,
  mentions  INTEGER NOT NULL,
  PRIMARY KEY (doc_id, actor_id)
);
CREATE INDEX document_actors_actor ON document_actors (actor_id);
