-- Path to Performance: criteria per agreement year, monthly self-assessments, sponsor sign-off,
-- check-ins, and each team's rating per quarter (kept up to date at approval, read by roll-ups).
-- Kept in step with ../sqlite/0002_p2p.sql.
CREATE TABLE p2p_years (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL UNIQUE,
    based_on_id BIGINT REFERENCES p2p_years(id),
    created_at BIGINT NOT NULL
);

CREATE TABLE p2p_criteria (
    id BIGSERIAL PRIMARY KEY,
    year_id BIGINT NOT NULL REFERENCES p2p_years(id),
    dimension TEXT NOT NULL,
    level BIGINT NOT NULL CHECK (level BETWEEN 1 AND 5),
    position BIGINT NOT NULL,
    text TEXT NOT NULL,
    placeholder BIGINT NOT NULL DEFAULT 0,
    evidence TEXT,
    -- The criterion of the year this one was copied from, so earlier answers still count.
    copied_from BIGINT REFERENCES p2p_criteria(id),
    updated_at BIGINT NOT NULL,
    UNIQUE (year_id, dimension, level, position)
);

CREATE TABLE p2p_criterion_revisions (
    id BIGSERIAL PRIMARY KEY,
    criterion_id BIGINT NOT NULL REFERENCES p2p_criteria(id),
    text TEXT NOT NULL,
    placeholder BIGINT NOT NULL,
    changed_by BIGINT REFERENCES people(id),
    at BIGINT NOT NULL
);
CREATE INDEX p2p_criterion_revisions_criterion ON p2p_criterion_revisions(criterion_id);

CREATE TABLE p2p_assessments (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    year_id BIGINT NOT NULL REFERENCES p2p_years(id),
    month TEXT NOT NULL,
    status TEXT NOT NULL CHECK (status IN ('draft', 'submitted', 'returned', 'approved')),
    level BIGINT,
    submitted_by BIGINT REFERENCES people(id),
    submitted_at BIGINT,
    decided_at BIGINT,
    created_at BIGINT NOT NULL,
    UNIQUE (team_id, month)
);
CREATE INDEX p2p_assessments_status ON p2p_assessments(status, team_id);
CREATE INDEX p2p_assessments_decided ON p2p_assessments(team_id, decided_at);

CREATE TABLE p2p_answers (
    assessment_id BIGINT NOT NULL REFERENCES p2p_assessments(id),
    criterion_id BIGINT NOT NULL REFERENCES p2p_criteria(id),
    met BIGINT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (assessment_id, criterion_id)
);

CREATE TABLE p2p_answer_log (
    id BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES p2p_assessments(id),
    criterion_id BIGINT NOT NULL REFERENCES p2p_criteria(id),
    met BIGINT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    evidence_url TEXT NOT NULL DEFAULT '',
    person_id BIGINT REFERENCES people(id),
    at BIGINT NOT NULL
);
CREATE INDEX p2p_answer_log_assessment ON p2p_answer_log(assessment_id);

CREATE TABLE p2p_signoffs (
    id BIGSERIAL PRIMARY KEY,
    assessment_id BIGINT NOT NULL REFERENCES p2p_assessments(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    side TEXT NOT NULL,
    decision TEXT NOT NULL CHECK (decision IN ('approve', 'return')),
    comment TEXT NOT NULL DEFAULT '',
    at BIGINT NOT NULL
);
CREATE INDEX p2p_signoffs_assessment ON p2p_signoffs(assessment_id);

CREATE TABLE p2p_quarter_levels (
    team_id BIGINT NOT NULL REFERENCES teams(id),
    quarter TEXT NOT NULL,
    level BIGINT NOT NULL,
    assessment_id BIGINT REFERENCES p2p_assessments(id),
    month TEXT NOT NULL,
    missing TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (team_id, quarter)
);
CREATE INDEX p2p_quarter_levels_quarter ON p2p_quarter_levels(quarter, team_id);

CREATE TABLE sponsor_check_ins (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    held_on TEXT NOT NULL,
    sponsor_id BIGINT NOT NULL REFERENCES people(id),
    notes TEXT NOT NULL DEFAULT '',
    recorded_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX sponsor_check_ins_team ON sponsor_check_ins(team_id, held_on);
