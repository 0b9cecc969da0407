-- Images that editors upload for content pages. The upload itself is not kept: only what the
-- hub made from it (a display size and a thumbnail, re-encoded, so no camera metadata
-- survives). Kept in step with ../postgres/0011_images.sql.
CREATE TABLE images (
    id INTEGER PRIMARY KEY,
    -- The text a screen reader says instead of the image (required).
    alt TEXT NOT NULL,
    -- The uploaded file's name, for the editors' list only.
    file_name TEXT NOT NULL DEFAULT '',
    -- 'image/jpeg' or 'image/png', for both sizes.
    content_type TEXT NOT NULL,
    width INTEGER NOT NULL,
    height INTEGER NOT NULL,
    data BLOB NOT NULL,
    thumb_width INTEGER NOT NULL,
    thumb_height INTEGER NOT NULL,
    thumb BLOB NOT NULL,
    -- The size of the file as uploaded, in bytes.
    original_bytes INTEGER NOT NULL,
    uploaded_by INTEGER REFERENCES people(id),
    created_at INTEGER NOT NULL
);
CREATE INDEX images_created ON images(created_at, id);
