CREATE TABLE realm_archiving (
    _id SERIAL PRIMARY KEY,
    realm INTEGER REFERENCES realm (_id) NOT NULL,
    configuration VARCHAR(32) NOT NULL,
    deletion_date TIMESTAMPTZ,
    configured_on TIMESTAMPTZ NOT NULL
);
ALTER TABLE realm ADD COLUMN archived BOOLEAN NOT NULL DEFAULT FALSE;
