-- Improvement tools on a project (fishbone, PICK chart, process map, waste walk, driver
-- diagram): one row per tool, and its items as a tree (a cause under its category, a
-- secondary driver under its primary). Kept in step with ../sqlite/0005_tools.sql.
CREATE TABLE tools (
    id BIGSERIAL PRIMARY KEY,
    project_id BIGINT NOT NULL REFERENCES projects(id),
    kind TEXT NOT NULL CHECK (kind IN ('fishbone', 'pick', 'process', 'waste_walk', 'driver')),
    title TEXT NOT NULL,
    -- The effect of a fishbone, the aim of a driver diagram, the process mapped, the area walked.
    subject TEXT NOT NULL DEFAULT '',
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX tools_project ON tools(project_id);

CREATE TABLE tool_items (
    id BIGSERIAL PRIMARY KEY,
    tool_id BIGINT NOT NULL REFERENCES tools(id) ON DELETE CASCADE,
    parent_id BIGINT REFERENCES tool_items(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    position BIGINT NOT NULL,
    text TEXT NOT NULL,
    -- Where an observation was made.
    note TEXT NOT NULL DEFAULT '',
    -- The quadrant of a PICK idea, the shape of a process step.
    tag TEXT NOT NULL DEFAULT '',
    -- One of the eight wastes, or empty.
    waste TEXT NOT NULL DEFAULT '',
    -- The PDSA cycle an idea became.
    cycle_id BIGINT REFERENCES pdsa_cycles(id) ON DELETE SET NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX tool_items_tool ON tool_items(tool_id, parent_id, position);
CREATE INDEX tool_items_parent ON tool_items(parent_id);
