-- The huddle board of a team: short items (safety, issues, ideas, wins), and questions
-- escalated to the sponsors or the next tier with the date an answer is needed by. Items are
-- closed, never deleted. Kept in step with ../postgres/0008_huddles.sql.
CREATE TABLE huddle_items (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    category TEXT NOT NULL CHECK (category IN ('safety', 'issue', 'idea', 'win')),
    text TEXT NOT NULL,
    owner_id INTEGER REFERENCES people(id),
    closed INTEGER NOT NULL DEFAULT 0,
    escalated_to TEXT CHECK (escalated_to IN ('sponsor', 'next_tier')),
    question TEXT NOT NULL DEFAULT '',
    answer_by TEXT,
    escalated_at INTEGER,
    answer TEXT NOT NULL DEFAULT '',
    answered_by INTEGER REFERENCES people(id),
    answered_at INTEGER,
    created_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX huddle_items_team ON huddle_items(team_id, closed, created_at);
CREATE INDEX huddle_items_escalated ON huddle_items(escalated_to, answered_at, answer_by);
