CREATE TABLE sequester_service (
    _id SERIAL PRIMARY KEY,
    organization INTEGER REFERENCES organization (_id) NOT NULL,
    service_id UUID NOT NULL,
    service_label VARCHAR(254) NOT NULL,
    created_on TIMESTAMPTZ NOT NULL
);
ALTER TABLE organization ADD COLUMN sequester_authority_certificate BYTEA;
