-- Each person's own settings for the hub: for now the language of the interface (NULL: follow
-- the browser). Kept in step with ../postgres/0012_preferences.sql.
CREATE TABLE person_preferences (
    person_id INTEGER PRIMARY KEY REFERENCES people(id),
    -- A language code of the interface catalogue ('en', 'es'), or NULL.
    language TEXT
);
