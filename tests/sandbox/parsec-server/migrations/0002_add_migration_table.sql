-- From here on every migration is recorded (0001 ran before the table existed).
CREATE TABLE migration (
    _id SERIAL PRIMARY KEY,
    name VARCHAR(256) UNIQUE NOT NULL,
    applied TIMESTAMPTZ NOT NULL
);
INSERT INTO migration (name, applied) VALUES ('0001_initial.sql', now());
