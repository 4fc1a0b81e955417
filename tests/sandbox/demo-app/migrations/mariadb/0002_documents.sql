-- Files attached to orders (invoices, scans), stored in the database as OpenBoxes does.
CREATE TABLE document (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    filename varchar(255) NOT NULL,
    content longblob NOT NULL,
    CONSTRAINT document_order_fk FOREIGN KEY (order_id) REFERENCES orders (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
