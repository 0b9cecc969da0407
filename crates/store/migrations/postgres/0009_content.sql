-- Content: pages (articles, guides, tools, videos, courses, agreements, history, contacts…)
-- with every revision kept, "was it helpful?" answers (one per person and page), and what
-- people searched for. Kept in step with ../sqlite/0009_content.sql.
CREATE TABLE content_pages (
    id BIGSERIAL PRIMARY KEY,
    slug TEXT NOT NULL UNIQUE,
    kind TEXT NOT NULL,
    language TEXT NOT NULL DEFAULT 'en',
    translation_of TEXT,
    title TEXT NOT NULL,
    summary TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    compass TEXT NOT NULL DEFAULT '',
    topics TEXT NOT NULL DEFAULT '',
    audience TEXT NOT NULL DEFAULT '',
    -- Type-specific keys as JSON (issue, level, length_minutes, url, printable, era, year…).
    extra TEXT NOT NULL DEFAULT '{}',
    status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'scheduled', 'published')),
    publish_at BIGINT,
    published_at BIGINT,
    created_by BIGINT REFERENCES people(id),
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX content_pages_kind ON content_pages(kind, status);
CREATE INDEX content_pages_updated ON content_pages(updated_at);

CREATE TABLE content_revisions (
    id BIGSERIAL PRIMARY KEY,
    page_id BIGINT NOT NULL REFERENCES content_pages(id),
    number BIGINT NOT NULL,
    -- The whole page as a content file (front matter and body), so a restore is exact.
    file TEXT NOT NULL,
    author_id BIGINT REFERENCES people(id),
    note TEXT NOT NULL DEFAULT '',
    created_at BIGINT NOT NULL,
    UNIQUE (page_id, number)
);

CREATE TABLE content_feedback (
    page_id BIGINT NOT NULL REFERENCES content_pages(id),
    person_id BIGINT NOT NULL REFERENCES people(id),
    helpful BIGINT NOT NULL,
    comment TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (page_id, person_id)
);

CREATE TABLE search_log (
    id BIGSERIAL PRIMARY KEY,
    query TEXT NOT NULL,
    results BIGINT NOT NULL,
    at BIGINT NOT NULL
);
CREATE INDEX search_log_at ON search_log(at);
