ALTER TABLE organization ADD COLUMN active_users_limit INTEGER;
