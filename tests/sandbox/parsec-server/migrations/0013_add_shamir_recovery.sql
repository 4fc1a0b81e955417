CREATE TABLE shamir_recovery_setup (
    _id SERIAL PRIMARY KEY,
    user_ INTEGER REFERENCES user_ (_id) NOT NULL,
    brief_certificate BYTEA NOT NULL,
    reveal_token UUID NOT NULL,
    threshold INTEGER NOT NULL
);
CREATE TABLE shamir_recovery_share (
    _id SERIAL PRIMARY KEY,
    shamir_recovery INTEGER REFERENCES shamir_recovery_setup (_id) NOT NULL,
    recipient INTEGER REFERENCES user_ (_id) NOT NULL,
    shares INTEGER NOT NULL
);
