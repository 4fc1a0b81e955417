CREATE TABLE invitation (
    _id SERIAL PRIMARY KEY,
    organization INTEGER REFERENCES organization (_id) NOT NULL,
    token UUID NOT NULL,
    greeter INTEGER REFERENCES user_ (_id) NOT NULL,
    claimer_email VARCHAR(255),
    created_on TIMESTAMPTZ NOT NULL,
    deleted_on TIMESTAMPTZ
);
