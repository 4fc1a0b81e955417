-- The organisations, their users and devices (the stand-in's schema, after Parsec's own tables).
CREATE TABLE organization (
    _id SERIAL PRIMARY KEY,
    organization_id VARCHAR(32) UNIQUE NOT NULL,
    bootstrap_token TEXT NOT NULL,
    expiration_date TIMESTAMPTZ
);
CREATE TABLE user_ (
    _id SERIAL PRIMARY KEY,
    organization INTEGER REFERENCES organization (_id) NOT NULL,
    user_id VARCHAR(32) NOT NULL,
    profile VARCHAR(32) NOT NULL,
    created_on TIMESTAMPTZ NOT NULL,
    UNIQUE (organization, user_id)
);
CREATE TABLE device (
    _id SERIAL PRIMARY KEY,
    user_ INTEGER REFERENCES user_ (_id) NOT NULL,
    device_name VARCHAR(32) NOT NULL,
    verify_key BYTEA NOT NULL
);
CREATE TABLE realm (
    _id SERIAL PRIMARY KEY,
    organization INTEGER REFERENCES organization (_id) NOT NULL,
    realm_id UUID NOT NULL,
    encryption_revision INTEGER NOT NULL,
    UNIQUE (organization, realm_id)
);
CREATE TABLE block (
    _id SERIAL PRIMARY KEY,
    realm INTEGER REFERENCES realm (_id) NOT NULL,
    block_id UUID NOT NULL,
    author INTEGER REFERENCES device (_id) NOT NULL,
    size INTEGER NOT NULL,
    created_on TIMESTAMPTZ NOT NULL
);
CREATE TABLE block_data (
    _id SERIAL PRIMARY KEY,
    block INTEGER REFERENCES block (_id) NOT NULL UNIQUE,
    data BYTEA NOT NULL
);
CREATE INDEX block_realm_idx ON block (realm);
