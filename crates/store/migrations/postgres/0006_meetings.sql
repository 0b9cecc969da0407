-- Meetings and decisions in partnership: meetings with a joint agenda, attendance and minutes;
-- consensus proposals with stances (anonymous rounds keep no person), the three tests and the
-- fallback of the decision continuum; tasks from every source. Nothing here is deleted: a
-- withdrawn proposal or a cancelled task keeps its row. Kept in step with
-- ../sqlite/0006_meetings.sql.
CREATE TABLE meetings (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    template TEXT NOT NULL,
    starts_at BIGINT NOT NULL,
    duration_minutes BIGINT NOT NULL,
    location TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL DEFAULT 'planned' CHECK (status IN ('planned', 'in_progress', 'ended')),
    notes TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    ended_at BIGINT
);
CREATE INDEX meetings_team ON meetings(team_id, starts_at);

CREATE TABLE agenda_items (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    position BIGINT NOT NULL,
    title TEXT NOT NULL,
    kind TEXT NOT NULL,
    owner_id BIGINT REFERENCES people(id),
    minutes BIGINT NOT NULL,
    -- What was said, written during the meeting.
    notes TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX agenda_items_meeting ON agenda_items(meeting_id, position);

CREATE TABLE meeting_attendance (
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    PRIMARY KEY (meeting_id, person_id)
);

-- What the minutes record for the end-of-meeting summary to create: a task, a decision noted
-- without a consensus round, or an update to a PDSA cycle. `created_id` is the row made from
-- it when the meeting ended.
CREATE TABLE minute_entries (
    id BIGSERIAL PRIMARY KEY,
    meeting_id BIGINT NOT NULL REFERENCES meetings(id),
    agenda_item_id BIGINT REFERENCES agenda_items(id),
    kind TEXT NOT NULL CHECK (kind IN ('note', 'task', 'decision', 'pdsa')),
    text TEXT NOT NULL,
    owner_id BIGINT REFERENCES people(id),
    due_on TEXT,
    cycle_id BIGINT REFERENCES pdsa_cycles(id),
    created_id BIGINT,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX minute_entries_meeting ON minute_entries(meeting_id);

CREATE TABLE proposals (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    meeting_id BIGINT REFERENCES meetings(id),
    title TEXT NOT NULL,
    background TEXT NOT NULL DEFAULT '',
    options TEXT NOT NULL DEFAULT '',
    -- 'round': a consensus round with stances; 'noted': a decision written in the minutes.
    method TEXT NOT NULL DEFAULT 'round' CHECK (method IN ('round', 'noted')),
    anonymous BIGINT NOT NULL DEFAULT 0,
    hidden BIGINT NOT NULL DEFAULT 0,
    quorum BIGINT NOT NULL DEFAULT 0,
    -- Random per proposal; a stance is keyed by a hash of it and the person.
    salt TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
    outcome TEXT CHECK (outcome IN ('consensus', 'no_consensus', 'withdrawn', 'fallback', 'noted')),
    outcome_text TEXT NOT NULL DEFAULT '',
    review_on TEXT,
    test_heard BIGINT NOT NULL DEFAULT 0,
    test_live BIGINT NOT NULL DEFAULT 0,
    test_support BIGINT NOT NULL DEFAULT 0,
    involvement_management TEXT NOT NULL DEFAULT '',
    involvement_labor TEXT NOT NULL DEFAULT '',
    -- Who decides when consensus fails: 'management' or 'labor'.
    decider TEXT NOT NULL DEFAULT 'management',
    fallback_text TEXT NOT NULL DEFAULT '',
    fallback_action TEXT NOT NULL DEFAULT '',
    fallback_by BIGINT REFERENCES people(id),
    shared BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    closed_at BIGINT,
    closed_by BIGINT REFERENCES people(id)
);
CREATE INDEX proposals_team ON proposals(team_id, created_at);
CREATE INDEX proposals_meeting ON proposals(meeting_id);

-- One stance per person and proposal. In an anonymous round person_id stays NULL and the time
-- is not kept; voter_key (a hash of the proposal's salt and the person) lets a person change
-- their own stance.
CREATE TABLE stances (
    id BIGSERIAL PRIMARY KEY,
    proposal_id BIGINT NOT NULL REFERENCES proposals(id),
    person_id BIGINT REFERENCES people(id),
    voter_key TEXT NOT NULL,
    stance TEXT NOT NULL,
    reason TEXT NOT NULL DEFAULT '',
    behaviour TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL DEFAULT 0,
    UNIQUE (proposal_id, voter_key)
);

CREATE TABLE tasks (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    owner_id BIGINT REFERENCES people(id),
    due_on TEXT,
    status TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'done', 'cancelled')),
    source TEXT NOT NULL,
    source_id BIGINT,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tasks_owner ON tasks(owner_id, status, due_on);
CREATE INDEX tasks_creator ON tasks(created_by, status);
CREATE INDEX tasks_team ON tasks(team_id, status);
