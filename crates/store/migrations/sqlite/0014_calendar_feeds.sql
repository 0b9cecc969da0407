-- Each person's calendar feed: a secret address a calendar app subscribes to without signing
-- in. Only the SHA-256 of the secret is kept; a person has at most one feed, and resetting it
-- replaces the hash, so the old address stops working at once. Kept in step with
-- ../postgres/0014_calendar_feeds.sql.
CREATE TABLE calendar_feeds (
    person_id INTEGER PRIMARY KEY REFERENCES people(id),
    token_hash TEXT NOT NULL UNIQUE,
    created_at INTEGER NOT NULL
);
