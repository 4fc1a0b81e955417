-- Files attached to orders (invoices, scans), stored in the database as OpenBoxes does.
CREATE TABLE document (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id),
    filename varchar(255) NOT NULL,
    content bytea NOT NULL
);
