ALTER TABLE user_ ADD COLUMN redacted_user_certificate BYTEA;
ALTER TABLE device ADD COLUMN redacted_device_certificate BYTEA;
