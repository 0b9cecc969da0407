-- Email notifications: each person's choice per kind of notice, the notices found by the
-- periodic scan (one per person, kind, subject and occasion day), and the queue of mails that
-- the workers of every node claim with a lease (`locked_until`) so no mail goes out twice.
-- Kept in step with ../postgres/0015_email.sql.
CREATE TABLE email_preferences (
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- A kind code of lmp_domain::notifications::NoticeKind.
    kind TEXT NOT NULL,
    delivery TEXT NOT NULL CHECK (delivery IN ('immediate', 'daily', 'weekly', 'off')),
    PRIMARY KEY (person_id, kind)
);

CREATE TABLE email_queue (
    id INTEGER PRIMARY KEY,
    person_id INTEGER REFERENCES people(id),
    to_address TEXT NOT NULL,
    subject TEXT NOT NULL,
    body_text TEXT NOT NULL,
    -- The one-click unsubscribe address (List-Unsubscribe), empty when there is none.
    unsubscribe_url TEXT NOT NULL DEFAULT '',
    -- What the mail is for ("notice:…", "digest:…"): the same mail is queued once.
    dedupe_key TEXT NOT NULL UNIQUE,
    status TEXT NOT NULL DEFAULT 'queued' CHECK (status IN ('queued', 'sent', 'failed')),
    attempts INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    -- A worker that claimed the mail holds it until then; after that another may take it.
    locked_until INTEGER NOT NULL DEFAULT 0,
    locked_by TEXT,
    last_error TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    sent_at INTEGER
);
CREATE INDEX email_queue_due ON email_queue(status, next_attempt_at);

CREATE TABLE notices (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    kind TEXT NOT NULL,
    subject_id INTEGER NOT NULL,
    -- The day of the occasion (YYYY-MM-DD): with the three before it, what makes it unique.
    day TEXT NOT NULL,
    -- What the mail says: the thing's name, a detail (a date, a team) and the hub's path.
    title TEXT NOT NULL,
    detail TEXT NOT NULL DEFAULT '',
    link TEXT NOT NULL,
    -- 'pending' until mailed (alone or in a digest) or dropped (the person turned it off).
    status TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'mailed', 'dropped')),
    email_id INTEGER REFERENCES email_queue(id),
    created_at INTEGER NOT NULL,
    UNIQUE (person_id, kind, subject_id, day)
);
CREATE INDEX notices_pending ON notices(status, person_id);

-- What the scan looks up by date across teams.
CREATE INDEX tasks_due ON tasks(status, due_on);
CREATE INDEX meetings_starts ON meetings(status, starts_at);
CREATE INDEX proposals_open ON proposals(status, created_at);
