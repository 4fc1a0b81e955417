-- Customers, products, orders and their lines.
CREATE TABLE customer (
    id integer PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200) NOT NULL,
    city varchar(100) NOT NULL,
    created_at timestamp NOT NULL DEFAULT now()
);
CREATE TABLE product (
    id integer PRIMARY KEY,
    sku varchar(40) NOT NULL UNIQUE,
    name varchar(200) NOT NULL,
    price numeric(10, 2) NOT NULL
);
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL REFERENCES customer (id),
    ordered_at timestamp NOT NULL,
    note text
);
CREATE INDEX orders_customer_idx ON orders (customer_id);
CREATE INDEX orders_ordered_at_idx ON orders (ordered_at);
CREATE TABLE order_line (
    id integer PRIMARY KEY,
    order_id integer NOT NULL REFERENCES orders (id),
    product_id integer NOT NULL REFERENCES product (id),
    quantity integer NOT NULL,
    unit_price numeric(10, 2) NOT NULL
);
CREATE INDEX order_line_order_idx ON order_line (order_id);
