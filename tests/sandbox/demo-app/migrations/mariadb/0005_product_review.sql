-- Version 2: customers review products.
CREATE TABLE product_review (
    id integer AUTO_INCREMENT PRIMARY KEY,
    product_id integer NOT NULL,
    customer_id integer NOT NULL,
    stars smallint NOT NULL CHECK (stars BETWEEN 1 AND 5),
    body text NOT NULL DEFAULT '',
    CONSTRAINT product_review_product_fk FOREIGN KEY (product_id) REFERENCES product (id),
    CONSTRAINT product_review_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
