-- The huddle board of a team: short items (safety, issues, ideas, wins), and questions
-- escalated to the sponsors or the next tier with the date an answer is needed by. Items are
-- closed, never deleted. Kept in step with ../sqlite/0008_huddles.sql.
CREATE TABLE huddle_items (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    category TEXT NOT NULL CHECK (category IN ('safety', 'issue', 'idea', 'win')),
    text TEXT NOT NULL,
    owner_id BIGINT REFERENCES people(id),
    closed BIGINT NOT NULL DEFAULT 0,
    escalated_to TEXT CHECK (escalated_to IN ('sponsor', 'next_tier')),
    question TEXT NOT NULL DEFAULT '',
    answer_by TEXT,
    escalated_at BIGINT,
    answer TEXT NOT NULL DEFAULT '',
    answered_by BIGINT REFERENCES people(id),
    answered_at BIGINT,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX huddle_items_team ON huddle_items(team_id, closed, created_at);
CREATE INDEX huddle_items_escalated ON huddle_items(escalated_to, answered_at, answer_by);
