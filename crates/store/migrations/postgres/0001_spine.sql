-- The spine: organisation, people, teams and rosters, accounts and sessions.
-- Kept in step with ../sqlite/0001_spine.sql: same tables, columns and indexes.
CREATE TABLE settings (key TEXT PRIMARY KEY, value TEXT NOT NULL);

CREATE TABLE regions (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE facilities (
    id BIGSERIAL PRIMARY KEY,
    region_id BIGINT NOT NULL REFERENCES regions(id),
    name TEXT NOT NULL,
    UNIQUE (region_id, name)
);
CREATE TABLE departments (
    id BIGSERIAL PRIMARY KEY,
    facility_id BIGINT NOT NULL REFERENCES facilities(id),
    name TEXT NOT NULL,
    UNIQUE (facility_id, name)
);
CREATE TABLE coalitions (id BIGSERIAL PRIMARY KEY, name TEXT NOT NULL UNIQUE);
CREATE TABLE locals (
    id BIGSERIAL PRIMARY KEY,
    coalition_id BIGINT NOT NULL REFERENCES coalitions(id),
    name TEXT NOT NULL UNIQUE
);

CREATE TABLE people (
    id BIGSERIAL PRIMARY KEY,
    name TEXT NOT NULL,
    email TEXT NOT NULL UNIQUE,
    side TEXT NOT NULL CHECK (side IN ('management', 'labor', 'physician')),
    local_id BIGINT REFERENCES locals(id),
    job_title TEXT NOT NULL DEFAULT '',
    facility_id BIGINT REFERENCES facilities(id),
    password_hash TEXT,
    active BIGINT NOT NULL DEFAULT 1,
    created_at BIGINT NOT NULL
);
CREATE INDEX people_local ON people(local_id);
CREATE INDEX people_name ON people(name);

CREATE TABLE site_roles (
    id BIGSERIAL PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    region_id BIGINT REFERENCES regions(id),
    facility_id BIGINT REFERENCES facilities(id)
);
CREATE INDEX site_roles_person ON site_roles(person_id);

CREATE TABLE teams (
    id BIGSERIAL PRIMARY KEY,
    department_id BIGINT NOT NULL REFERENCES departments(id),
    -- Copied from the department so the directory filters by region or facility on an index.
    facility_id BIGINT NOT NULL REFERENCES facilities(id),
    region_id BIGINT NOT NULL REFERENCES regions(id),
    name TEXT NOT NULL,
    description TEXT NOT NULL DEFAULT '',
    purpose TEXT NOT NULL DEFAULT '',
    meeting_cadence TEXT NOT NULL DEFAULT '',
    ground_rules TEXT NOT NULL DEFAULT '',
    decision_rules TEXT NOT NULL DEFAULT '',
    quorum BIGINT NOT NULL DEFAULT 0,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX teams_department ON teams(department_id, name);
CREATE INDEX teams_facility ON teams(facility_id, name);
CREATE INDEX teams_region ON teams(region_id, name);
CREATE INDEX teams_name ON teams(name, id);

CREATE TABLE team_roles (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    role TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    UNIQUE (team_id, person_id, role)
);
CREATE INDEX team_roles_person ON team_roles(person_id);

CREATE TABLE sessions (
    token_hash TEXT PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX sessions_person ON sessions(person_id);

CREATE TABLE api_tokens (
    id BIGSERIAL PRIMARY KEY,
    person_id BIGINT NOT NULL REFERENCES people(id),
    name TEXT NOT NULL,
    token_hash TEXT NOT NULL UNIQUE,
    created_at BIGINT NOT NULL,
    last_used_at BIGINT
);

CREATE TABLE sign_in_failures (
    id BIGSERIAL PRIMARY KEY,
    email TEXT NOT NULL,
    ip TEXT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX sign_in_failures_email ON sign_in_failures(email, at);
CREATE INDEX sign_in_failures_ip ON sign_in_failures(ip, at);

CREATE TABLE audit_log (
    id BIGSERIAL PRIMARY KEY,
    at BIGINT NOT NULL,
    actor_id BIGINT REFERENCES people(id),
    action TEXT NOT NULL,
    entity TEXT NOT NULL,
    entity_id BIGINT,
    detail TEXT NOT NULL DEFAULT ''
);
CREATE INDEX audit_log_entity ON audit_log(entity, entity_id);
