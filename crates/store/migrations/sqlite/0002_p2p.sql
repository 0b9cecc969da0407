-- Path to Performance: criteria per agreement year, monthly self-assessments, sponsor sign-off,
-- check-ins, and each team's rating per quarter (kept up to date at approval, read by roll-ups).
-- Kept in step with ../postgres/0002_p2p.sql.
CREATE TABLE p2p_years (
    id INTEGER PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    based_on_id INTEGER REFERENCES p2p_years(id),
    created_at INTEGER NOT NULL
);

CREATE TABLE p2p_criteria (
    id INTEGER PRIMARY KEY,
    year_id INTEGER NOT NULL REFERENCES p2p_years(id),
    dimension TEXT NOT NULL,
    level INTEGER NOT NULL CHECK (level BETWEEN 1 AND 5),
    position INTEGER NOT NULL,
    text TEXT NOT NULL,
    placeholder INTEGER NOT NULL DEFAULT 0,
    evidence TEXT,
    -- The criterion of the year this one was copied from, so earlier answers still count.
    copied_from INTEGER REFERENCES p2p_criteria(id),
    updated_at INTEGER NOT NULL,
    UNIQUE (year_id, dimension, level, position)
);

CREATE TABLE p2p_criterion_revisions (
    id INTEGER PRIMARY KEY,
    criterion_id INTEGER NOT NULL REFERENCES p2p_criteria(id),
    text TEXT NOT NULL,
    placeholder INTEGER NOT NULL,
    changed_by INTEGER REFERENCES people(id),
    at INTEGER NOT NULL
);
CREATE INDEX p2p_criterion_revisions_criterion ON p2p_criterion_revisions(criterion_id);

CREATE TABLE p2p_assessments (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    year_id INTEGER NOT NULL REFERENCES p2p_years(id),
    month TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
    level INTEGER,
    submitted_by INTEGER REFERENCES people(id),
    submitted_at INTEGER,
    decided_at INTEGER,
    created_at INTEGER NOT NULL,
    UNIQUE (team_id, month)
);
CREATE INDEX p2p_assessments_status ON p2p_assessments(status, team_id);
CREATE INDEX p2p_assessments_decided ON p2p_assessments(team_id, decided_at);

CREATE TABLE p2p_answers (
    assessment_id INTEGER NOT NULL REFERENCES p2p_assessments(id),
    criterion_id INTEGER NOT NULL REFERENCES p2p_criteria(id),
    met INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, criterion_id)
);

CREATE TABLE p2p_answer_log (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES p2p_assessments(id),
    criterion_id INTEGER NOT NULL REFERENCES p2p_criteria(id),
    met INTEGER NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT '',
    person_id INTEGER REFERENCES people(id),
    at INTEGER NOT NULL
);
CREATE INDEX p2p_answer_log_assessment ON p2p_answer_log(assessment_id);

CREATE TABLE p2p_signoffs (
    id INTEGER PRIMARY KEY,
    assessment_id INTEGER NOT NULL REFERENCES p2p_assessments(id),
    person_id INTEGER NOT NULL REFERENCES people(id),
    side TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'return')),
    comment TEXT NOT NULL DEFAULT '',
    at INTEGER NOT NULL
);
CREATE INDEX p2p_signoffs_assessment ON p2p_signoffs(assessment_id);

CREATE TABLE p2p_quarter_levels (
    team_id INTEGER NOT NULL REFERENCES teams(id),
    quarter TEXT NOT NULL,
    level INTEGER NOT NULL,
    assessment_id INTEGER REFERENCES p2p_assessments(id),
    month TEXT NOT NULL,
    missing TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (team_id, quarter)
);
CREATE INDEX p2p_quarter_levels_quarter ON p2p_quarter_levels(quarter, team_id);

CREATE TABLE sponsor_check_ins (
    id INTEGER PRIMARY KEY,
    team_id INTEGER NOT NULL REFERENCES teams(id),
    held_on TEXT NOT NULL,
    sponsor_id INTEGER NOT NULL REFERENCES people(id),
    notes TEXT NOT NULL DEFAULT '',
    recorded_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX sponsor_check_ins_team ON sponsor_check_ins(team_id, held_on);
