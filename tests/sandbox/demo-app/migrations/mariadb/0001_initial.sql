-- Customers, products, orders and their lines.
CREATE TABLE customer (
    id integer PRIMARY KEY,
    name varchar(200) NOT NULL,
    email varchar(200) NOT NULL,
    city varchar(100) NOT NULL,
    created_at timestamp NOT NULL DEFAULT current_timestamp
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE product (
    id integer PRIMARY KEY,
    sku varchar(40) NOT NULL UNIQUE,
    name varchar(200) NOT NULL,
    price decimal(10, 2) NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE orders (
    id integer PRIMARY KEY,
    customer_id integer NOT NULL,
    ordered_at datetime NOT NULL,
    note text,
    CONSTRAINT orders_customer_fk FOREIGN KEY (customer_id) REFERENCES customer (id),
    INDEX orders_ordered_at_idx (ordered_at)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
CREATE TABLE order_line (
    id integer PRIMARY KEY,
    order_id integer NOT NULL,
    product_id integer NOT NULL,
    quantity integer NOT NULL,
    unit_price decimal(10, 2) NOT NULL,
    CONSTRAINT order_line_order_fk FOREIGN KEY (order_id) REFERENCES orders (id),
    CONSTRAINT order_line_product_fk FOREIGN KEY (product_id) REFERENCES product (id)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;
