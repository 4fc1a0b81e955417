ALTER TABLE organization DROP COLUMN IF EXISTS legacy_apiv1_token;
CREATE TABLE apiv1_removal_marker (removed_on TIMESTAMPTZ NOT NULL DEFAULT now());
