-- Learning: each person's progress through the Learning Roadmap tour and their Dig Deeper
-- actions, training records (courses completed), supervisor–steward principle checklists with
-- their ticks and notes, and personal reflections on the seven principles.
-- Kept in step with ../postgres/0010_learning.sql.
CREATE TABLE learning_tour_progress (
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- A stop code of lmp_domain::learning::TOUR.
    stop TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, stop)
);

CREATE TABLE learning_actions_done (
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- lmp_domain::learning::action_key of the action's wording on the Dig Deeper page.
    action_key TEXT NOT NULL,
    done_at INTEGER NOT NULL,
    PRIMARY KEY (person_id, action_key)
);

CREATE TABLE training_records (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- The slug of a content page of type course.
    course_slug TEXT NOT NULL,
    completed_on TEXT NOT NULL,
    source TEXT NOT NULL CHECK (source IN ('self', 'import')),
    recorded_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL,
    UNIQUE (person_id, course_slug, completed_on)
);
CREATE INDEX training_records_course ON training_records(course_slug, person_id);

CREATE TABLE principle_checklists (
    id INTEGER PRIMARY KEY,
    started_by INTEGER NOT NULL REFERENCES people(id),
    partner_id INTEGER NOT NULL REFERENCES people(id),
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE INDEX principle_checklists_started_by ON principle_checklists(started_by, updated_at);
CREATE INDEX principle_checklists_partner ON principle_checklists(partner_id, updated_at);

CREATE TABLE principle_checklist_ticks (
    checklist_id INTEGER NOT NULL REFERENCES principle_checklists(id),
    -- A behaviour key such as '3.2' (lmp_domain::learning::behaviour_key).
    item TEXT NOT NULL,
    ticked_by INTEGER NOT NULL REFERENCES people(id),
    ticked_at INTEGER NOT NULL,
    PRIMARY KEY (checklist_id, item)
);

CREATE TABLE principle_checklist_notes (
    id INTEGER PRIMARY KEY,
    checklist_id INTEGER NOT NULL REFERENCES principle_checklists(id),
    -- The principle the note is about, 1 to 7, or 0 for the checklist as a whole.
    principle INTEGER NOT NULL DEFAULT 0,
    text TEXT NOT NULL,
    author_id INTEGER NOT NULL REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX principle_checklist_notes_checklist ON principle_checklist_notes(checklist_id, id);

-- Private to the person: no page or API shows one person's answers to anyone else; groups
-- see only totals over at least five people (lmp_domain::learning::aggregate).
CREATE TABLE principle_reflections (
    id INTEGER PRIMARY KEY,
    person_id INTEGER NOT NULL REFERENCES people(id),
    -- Seven letters, principle 1 first: a = always, s = sometimes, n = never.
    answers TEXT NOT NULL CHECK (LENGTH(answers) = 7),
    created_at INTEGER NOT NULL
);
CREATE INDEX principle_reflections_person ON principle_reflections(person_id, id);
