-- Web push: each browser a person turned notifications on in. (The hub's own VAPID key pair,
-- one for every node, is the setting `push.vapid_private_key`.) Kept in step with
-- ../postgres/0017_push.sql.
CREATE TABLE push_subscriptions (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- The push service's address for this browser, and the keys the browser gave to encrypt
    -- messages for it (base64url).
    endpoint TEXT NOT NULL UNIQUE,
    p256dh TEXT NOT NULL,
    auth TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    last_sent_at INTEGER,
    last_error TEXT
);
CREATE INDEX push_subscriptions_person ON push_subscriptions (person_id);
