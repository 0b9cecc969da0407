-- What a change did: the changed fields of the thing before and after it, each a JSON object
-- (NULL: nothing before, as for an addition, or nothing after, as for a removal; or not
-- recorded, as for lines written before this migration). Secrets are never written here.
-- Kept in step with ../sqlite/0013_audit_changes.sql.
ALTER TABLE audit_log ADD COLUMN before TEXT;
ALTER TABLE audit_log ADD COLUMN after TEXT;
