-- Seed data for the demo schema (migrations 0001-0003). Placeholders are replaced by `sandbox up`.
-- Names and cities are non-ASCII on purpose; documents are binary; customer 1 has a 4-byte character.
SET NAMES utf8mb4;
START TRANSACTION;
INSERT INTO customer (id, name, email, city, created_at)
SELECT seq,
       CONCAT(ELT(1 + seq % 12, 'Zoë', 'Jürgen', 'Łukasz', 'Ngọc Anh', 'Søren', 'Ayşe', 'Νίκος', 'Дмитрий', '佐藤',
                  'José', 'Siobhán', 'Chloé'), ' ',
              ELT(1 + (seq DIV 12) % 12, 'Müller', 'Ødegård', 'Wiśniewski', 'Nguyễn', 'Çelik', 'Παπαδόπουλος',
                  'Иванов', '山田', 'García', 'Ó Briain', 'Lefèvre', 'O''Brien')),
       CONCAT('customer', seq, '@example.test'),
       ELT(1 + seq % 12, 'Zürich', 'København', 'Kraków', 'Hà Nội', 'İstanbul', 'Αθήνα', 'Москва', '東京',
           'São Paulo', 'Dún Laoghaire', 'Besançon', 'Reykjavík'),
       TIMESTAMP '2020-01-01 00:00:00' + INTERVAL seq MINUTE
FROM seq_1_to_@CUSTOMERS@;
UPDATE customer SET name = 'Émilie 🍰 Crème-Brûlée' WHERE id = 1;

INSERT INTO product (id, sku, name, price)
SELECT seq, CONCAT('SKU-', LPAD(seq, 6, '0')),
       CONCAT(ELT(1 + seq % 5, 'Käse', 'Brötchen', 'Crème fraîche', 'Smørrebrød', 'Pão de queijo'), ' №', seq),
       (seq % 1000) + 0.99
FROM seq_1_to_@PRODUCTS@;

INSERT INTO orders (id, customer_id, ordered_at, note)
SELECT seq, 1 + seq % @CUSTOMERS@, TIMESTAMP '2021-01-01 00:00:00' + INTERVAL (seq * 7) MINUTE,
       CASE WHEN seq % 5 = 0 THEN 'Bitte vor 12 Uhr liefern – danke! «fragile»' END
FROM seq_1_to_@ORDERS@;

INSERT INTO order_line (id, order_id, product_id, quantity, unit_price)
SELECT seq, 1 + seq % @ORDERS@, 1 + (seq * 7) % @PRODUCTS@, 1 + seq % 5, (seq % 100) + 0.5
FROM seq_1_to_@LINES@;

INSERT INTO document (id, order_id, filename, content)
SELECT seq, 1 + seq % @ORDERS@, CONCAT('scan-', seq, '.bin'), UNHEX(REPEAT(MD5(seq), 8 + seq % 24))
FROM seq_1_to_@DOCUMENTS@;
UPDATE document SET filename = 'all-bytes.bin', content = UNHEX('@ALL_BYTES@') WHERE id = 1;
COMMIT;
ANALYZE TABLE customer, product, orders, order_line, document;
