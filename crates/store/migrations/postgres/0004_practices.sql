-- Team-tested practices: a finished project written up, reviewed by an editor, published, and
-- adopted by other teams (each adoption is a new project linked to the practice).
-- Kept in step with ../sqlite/0004_practices.sql.
CREATE TABLE practices (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id),
    team_id BIGINT NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    problem TEXT NOT NULL,
    change_made TEXT NOT NULL,
    results TEXT NOT NULL,
    tips TEXT NOT NULL DEFAULT '',
    compass TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'returned')),
    written_by BIGINT REFERENCES people(id),
    reviewed_by BIGINT REFERENCES people(id),
    review_comment TEXT NOT NULL DEFAULT '',
    published_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (project_id)
);
CREATE INDEX practices_status ON practices(status, published_at);

CREATE TABLE practice_adoptions (
    id BIGSERIAL PRIMARY KEY,
    practice_id BIGINT NOT NULL REFERENCES practices(id),
    project_id BIGINT NOT NULL REFERENCES projects(id),
    team_id BIGINT NOT NULL REFERENCES teams(id),
    adopted_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    UNIQUE (practice_id, team_id)
);
CREATE INDEX practice_adoptions_team ON practice_adoptions(team_id);
