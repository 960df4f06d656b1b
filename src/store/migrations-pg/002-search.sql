-- Full-text search over document bodies and quotes, matching what SQLite's FTS5 index does
-- (../migrations/006): stems of English words ("visits" finds "visited"), diacritics removed
-- ("Erdogan" finds "Erdoğan"), and no stop words (FTS5 has none, so "the" is a word to find).
-- unaccent ships with PostgreSQL (contrib) and is a trusted extension: a database owner may create it.
CREATE EXTENSION IF NOT EXISTS unaccent;
CREATE TEXT SEARCH DICTIONARY dyad_stem (TEMPLATE = snowball, Language = english);
CREATE TEXT SEARCH CONFIGURATION dyad_search (COPY = english);
ALTER TEXT SEARCH CONFIGURATION dyad_search
  ALTER MAPPING FOR asciiword, asciihword, hword_asciipart, word, hword, hword_part WITH unaccent, dyad_stem;

-- A text's terms. One tsvector holds at most 1 MB, which a text of many distinct words (10 MB of
-- tables, or of codes) can pass where SQLite's index has no limit: such a text keeps the terms of
-- as much of its beginning as fits, rather than being refused.
CREATE FUNCTION dyad_search_terms(body text) RETURNS tsvector LANGUAGE plpgsql IMMUTABLE STRICT AS $$
BEGIN
  RETURN to_tsvector('dyad_search', body);
EXCEPTION WHEN program_limit_exceeded THEN
  RETURN dyad_search_terms(left(body, length(body) / 2));
END $$;

-- One row per body or quote, kept by the store with its document's rows. The tsvector is a stored
-- generated column, so it always matches its text; weights: text and speaker C, a body's title B
-- (ts_rank weighs B double, as FTS5's bm25 weighs the title column).
CREATE TABLE search_texts (
  doc_id    text COLLATE "C" NOT NULL REFERENCES documents (id) ON DELETE CASCADE,
  kind      text COLLATE "C" NOT NULL CHECK (kind IN ('body', 'quote')),
  position  integer NOT NULL,
  title     text,
  text      text NOT NULL,
  speaker   text,
  terms     tsvector GENERATED ALWAYS AS (
    setweight(dyad_search_terms(text), 'C')
    || setweight(to_tsvector('dyad_search', coalesce(title, '')), 'B')
    || setweight(to_tsvector('dyad_search', coalesce(speaker, '')), 'C')
  ) STORED,
  PRIMARY KEY (doc_id, kind, position)
);
CREATE INDEX search_texts_terms ON search_texts USING gin (terms);
