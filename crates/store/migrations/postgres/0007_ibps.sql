-- Interest-based problem solving: a workspace per problem, worked through five steps; the
-- interests of each party, the options, the standards and the score matrix, and the action
-- plan whose actions become tasks. Kept in step with ../sqlite/0007_ibps.sql.
CREATE TABLE ibps_workspaces (
    id BIGSERIAL PRIMARY KEY,
    team_id BIGINT NOT NULL REFERENCES teams(id),
    problem TEXT NOT NULL,
    step TEXT NOT NULL DEFAULT 'problem',
    -- The consensus round that decided between the options, when there was one.
    proposal_id BIGINT REFERENCES proposals(id),
    -- The improvement project started from the plan, when there was one.
    project_id BIGINT REFERENCES projects(id),
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX ibps_workspaces_team ON ibps_workspaces(team_id, updated_at);

CREATE TABLE ibps_interests (
    id BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES ibps_workspaces(id),
    party TEXT NOT NULL,
    text TEXT NOT NULL,
    common BIGINT NOT NULL DEFAULT 0,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX ibps_interests_workspace ON ibps_interests(workspace_id);

CREATE TABLE ibps_options (
    id BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES ibps_workspaces(id),
    text TEXT NOT NULL,
    source TEXT NOT NULL,
    status TEXT NOT NULL DEFAULT 'listed',
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX ibps_options_workspace ON ibps_options(workspace_id);

CREATE TABLE ibps_standards (
    id BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES ibps_workspaces(id),
    text TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX ibps_standards_workspace ON ibps_standards(workspace_id);

CREATE TABLE ibps_scores (
    workspace_id BIGINT NOT NULL REFERENCES ibps_workspaces(id),
    option_id BIGINT NOT NULL REFERENCES ibps_options(id),
    standard_id BIGINT NOT NULL REFERENCES ibps_standards(id),
    score BIGINT NOT NULL,
    PRIMARY KEY (option_id, standard_id)
);
CREATE INDEX ibps_scores_workspace ON ibps_scores(workspace_id);

CREATE TABLE ibps_actions (
    id BIGSERIAL PRIMARY KEY,
    workspace_id BIGINT NOT NULL REFERENCES ibps_workspaces(id),
    what TEXT NOT NULL,
    owner_id BIGINT REFERENCES people(id),
    due_on TEXT NOT NULL,
    -- The task made from it.
    task_id BIGINT REFERENCES tasks(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX ibps_actions_workspace ON ibps_actions(workspace_id);
