-- The notices of the last days, for the minute's sweep to skip what it already recorded
-- (Store::record_notices). Kept in step with ../sqlite/0018_notices_day.sql.
CREATE INDEX notices_day ON notices(day);
