-- Single sign-on with OpenID Connect. Kept in step with ../sqlite/0016_oidc.sql.

-- Which person an account at an identity provider is: the provider's issuer and its subject
-- (the account's id there, which never changes), so a later change of email still finds them.
CREATE TABLE oidc_links (
    issuer TEXT NOT NULL,
    subject TEXT NOT NULL,
    person_id BIGINT NOT NULL REFERENCES people(id),
    created_at BIGINT NOT NULL,
    last_sign_in_at BIGINT NOT NULL,
    PRIMARY KEY (issuer, subject)
);
CREATE INDEX oidc_links_person ON oidc_links(person_id);

-- Sign-ins on their way through the provider: kept by the SHA-256 of the `state` value the
-- browser carries, used once, and only for a few minutes (`expires_at`). The PKCE verifier and
-- the nonce are derived from the state with the hub's key, so no secret is stored here.
CREATE TABLE oidc_pending (
    state_hash TEXT PRIMARY KEY,
    next_path TEXT NOT NULL,
    expires_at BIGINT NOT NULL
);
CREATE INDEX oidc_pending_expires ON oidc_pending(expires_at);
