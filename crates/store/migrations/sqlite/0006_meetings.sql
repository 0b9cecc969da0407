-- Meetings and decisions in partnership: meetings with a joint agenda, attendance and minutes;
-- consensus proposals with stances (anonymous rounds keep no person), the three tests and the
-- fallback of the decision continuum; tasks from every source. Nothing here is deleted: a
-- withdrawn proposal or a cancelled task keeps its row. Kept in step with
-- ../postgres/0006_meetings.sql.
CREATE TABLE meetings (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    starts_at INTEGER NOT NULL,
    duration_minutes INTEGER NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'ended')),
    notes TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    ended_at INTEGER
);
CREATE INDEX meetings_team ON meetings(team_id, starts_at);

CREATE TABLE agenda_items (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    position INTEGER NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id),
    minutes INTEGER NOT NULL,
    -- What was said, written during the meeting.
    notes TEXT NOT NULL DEFAULT '',
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE meeting_attendance (
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    PRIMARY KEY (meeting_id, person_id)
);

-- What the minutes record for the end-of-meeting summary to create: a task, a decision noted
-- without a consensus round, or an update to a PDSA cycle. `created_id` is the row made from
-- it when the meeting ended.
CREATE TABLE minute_entries (
    id INTEGER PRIMARY KEY,
    meeting_id INTEGER NOT NULL REFERENCES meetings(id),
    agenda_item_id INTEGER REFERENCES agenda_items(id),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'task', 'decision', 'pdsa')),
    text TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id),
    due_on TEXT,
    cycle_id INTEGER REFERENCES pdsa_cycles(id),
    created_id INTEGER,
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX minute_entries_meeting ON minute_entries(meeting_id);

CREATE TABLE proposals (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    meeting_id INTEGER REFERENCES meetings(id),
    title TEXT NOT NULL,
    background TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '',
    -- 'round': a consensus round with stances; 'noted': a decision written in the minutes.
    method TEXT NOT NULL DEFAULT 'round' CHECK (method IN ('round', 'noted')),
    anonymous INTEGER NOT NULL DEFAULT 0,
    hidden INTEGER NOT NULL DEFAULT 0,
    quorum INTEGER NOT NULL DEFAULT 0,
    -- Random per proposal; a stance is keyed by a hash of it and the person.
    salt TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    outcome TEXT CHECK (outcome IN ('consensus', 'no_consensus', 'withdrawn', 'fallback', 'noted')),
    outcome_text TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    test_heard INTEGER NOT NULL DEFAULT 0,
    test_live INTEGER NOT NULL DEFAULT 0,
    test_support INTEGER NOT NULL DEFAULT 0,
    involvement_management TEXT NOT NULL DEFAULT '',
    involvement_labor TEXT NOT NULL DEFAULT '',
    -- Who decides when consensus fails: 'management' or 'labor'.
    decider TEXT NOT NULL DEFAULT 'management',
    fallback_text TEXT NOT NULL DEFAULT '',
    fallback_action TEXT NOT NULL DEFAULT '',
    fallback_by INTEGER REFERENCES people(id),
    shared INTEGER NOT NULL DEFAULT 0,
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL,
    closed_at INTEGER,
    closed_by INTEGER REFERENCES people(id)
);
CREATE INDEX proposals_team ON proposals(team_id, created_at);
CREATE INDEX proposals_meeting ON proposals(meeting_id);

-- One stance per person and proposal. In an anonymous round person_id stays NULL and the time
-- is not kept; voter_key (a hash of the proposal's salt and the person) lets a person change
-- their own stance.
CREATE TABLE stances (
    id INTEGER PRIMARY KEY,
    proposal_id INTEGER NOT NULL REFERENCES proposals(id),
    person_id INTEGER REFERENCES people(id),
    voter_key TEXT NOT NULL,
    stance TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT '',
    updated_at INTEGER NOT NULL DEFAULT 0,
    UNIQUE (proposal_id, voter_key)
);

CREATE TABLE tasks (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id),
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    source TEXT NOT NULL,
    source_id INTEGER,
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX tasks_owner ON tasks(owner_id, status, due_on);
CREATE INDEX tasks_creator ON tasks(created_by, status);
CREATE INDEX tasks_team ON tasks(team_id, status);
