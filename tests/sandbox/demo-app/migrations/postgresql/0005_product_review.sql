-- Version 2: customers review products.
CREATE TABLE product_review (
    id serial PRIMARY KEY,
    product_id integer NOT NULL REFERENCES product (id),
    customer_id integer NOT NULL REFERENCES customer (id),
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body text NOT NULL DEFAULT ''
);
CREATE INDEX product_review_product_idx ON product_review (product_id);
