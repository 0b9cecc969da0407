-- Images that editors upload for content pages. The upload itself is not kept: only what the
-- hub made from it (a display size and a thumbnail, re-encoded, so no camera metadata
-- survives). Kept in step with ../sqlite/0011_images.sql.
CREATE TABLE images (
    id BIGSERIAL PRIMARY KEY,
    -- The text a screen reader says instead of the image (required).
    alt TEXT NOT NULL,
    -- The uploaded file's name, for the editors' list only.
    file_name TEXT NOT NULL DEFAULT '',
    -- 'image/jpeg' or 'image/png', for both sizes.
    content_type TEXT NOT NULL,
    width BIGINT NOT NULL,
    height BIGINT NOT NULL,
    data BYTEA NOT NULL,
    thumb_width BIGINT NOT NULL,
    thumb_height BIGINT NOT NULL,
    thumb BYTEA NOT NULL,
    -- The size of the file as uploaded, in bytes.
    original_bytes BIGINT NOT NULL,
    uploaded_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL
);
CREATE INDEX images_created ON images(created_at, id);
