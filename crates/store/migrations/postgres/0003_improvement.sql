-- Improvement work: projects (from idea to done), their owners, PDSA cycles, measures and
-- their data points. Kept in step with ../sqlite/0003_improvement.sql.
CREATE TABLE projects (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    title TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL CHECK (status IN ('idea', 'active', 'sustaining', 'done', 'stopped')),
    aim_what TEXT NOT NULL DEFAULT '',
    aim_how_much TEXT NOT NULL DEFAULT '',
    aim_by_when TEXT NOT NULL DEFAULT '',
    compass TEXT NOT NULL DEFAULT '',
    scope_topic TEXT,
    scope_confirmed_by BIGINT REFERENCES people(id),
    raised_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX projects_team ON projects(team_id, status);
CREATE INDEX projects_updated ON projects(updated_at);

CREATE TABLE project_owners (
    project_id BIGINT NOT NULL REFERENCES projects(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    PRIMARY KEY (project_id, person_id)
);

CREATE TABLE pdsa_cycles (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id),
    number BIGINT NOT NULL,
    follows_id BIGINT REFERENCES pdsa_cycles(id),
    change_idea TEXT NOT NULL,
    question TEXT NOT NULL DEFAULT '',
    prediction TEXT NOT NULL DEFAULT '',
    plan_details TEXT NOT NULL DEFAULT '',
    data_to_collect TEXT NOT NULL DEFAULT '',
    change_kind TEXT NOT NULL DEFAULT 'workflow',
    do_notes TEXT NOT NULL DEFAULT '',
    study_notes TEXT NOT NULL DEFAULT '',
    act_decision TEXT,
    act_notes TEXT NOT NULL DEFAULT '',
    started_on TEXT NOT NULL,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (project_id, number)
);

CREATE TABLE measures (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id),
    name TEXT NOT NULL,
    kind TEXT NOT NULL CHECK (kind IN ('outcome', 'process', 'balancing')),
    unit TEXT NOT NULL DEFAULT '',
    chart TEXT NOT NULL DEFAULT 'run',
    target DOUBLE PRECISION,
    direction TEXT NOT NULL DEFAULT 'down' CHECK (direction IN ('up', 'down')),
    created_at BIGINT NOT NULL
);
CREATE INDEX measures_project ON measures(project_id);

CREATE TABLE measure_points (
    id BIGSERIAL PRIMARY KEY,
    measure_id BIGINT NOT NULL REFERENCES measures(id),
    period TEXT NOT NULL,
    value DOUBLE PRECISION,
    numerator DOUBLE PRECISION,
    denominator DOUBLE PRECISION,
    phase BIGINT NOT NULL DEFAULT 1,
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (measure_id, period)
);
