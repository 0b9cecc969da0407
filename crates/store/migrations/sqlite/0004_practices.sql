-- Team-tested practices: a finished project written up, reviewed by an editor, published, and
-- adopted by other teams (each adoption is a new project linked to the practice).
-- Kept in step with ../postgres/0004_practices.sql.
CREATE TABLE practices (
    id INTEGER PRIMARY KEY,
    project_id INTEGER NOT NULL REFERENCES projects(id),
    team_id INTEGER NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    problem TEXT NOT NULL,
    change_made TEXT NOT NULL,
    results TEXT NOT NULL,
    tips TEXT NOT NULL DEFAULT '',
    compass TEXT NOT NULL DEFAULT '',
    topic TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('submitted', 'published', 'returned')),
    written_by INTEGER REFERENCES people(id),
    reviewed_by INTEGER REFERENCES people(id),
    review_comment TEXT NOT NULL DEFAULT '',
    published_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (project_id)
);
CREATE INDEX practices_status ON practices(status, published_at);

CREATE TABLE practice_adoptions (
    id INTEGER PRIMARY KEY,
    practice_id INTEGER NOT NULL REFERENCES practices(id),
    project_id INTEGER NOT NULL REFERENCES projects(id),
    team_id INTEGER NOT NULL REFERENCES teams(id),
    adopted_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    UNIQUE (practice_id, team_id)
);
CREATE INDEX practice_adoptions_team ON practice_adoptions(team_id);
