-- Seed data for the demo schema (migrations 0001-0003). Placeholders are replaced by `sandbox up`.
-- Names and cities are non-ASCII on purpose; documents are binary; customer 1 has a 4-byte character.
BEGIN;
INSERT INTO customer (id, name, email, city, created_at)
SELECT i,
       (ARRAY['Zoë', 'Jürgen', 'Łukasz', 'Ngọc Anh', 'Søren', 'Ayşe', 'Νίκος', 'Дмитрий', '佐藤', 'José',
              'Siobhán', 'Chloé'])[1 + i % 12] || ' ' ||
       (ARRAY['Müller', 'Ødegård', 'Wiśniewski', 'Nguyễn', 'Çelik', 'Παπαδόπουλος', 'Иванов', '山田',
              'García', 'Ó Briain', 'Lefèvre', 'O''Brien'])[1 + (i / 12) % 12],
       'customer' || i || '@example.test',
       (ARRAY['Zürich', 'København', 'Kraków', 'Hà Nội', 'İstanbul', 'Αθήνα', 'Москва', '東京', 'São Paulo',
              'Dún Laoghaire', 'Besançon', 'Reykjavík'])[1 + i % 12],
       timestamp '2020-01-01' + i * interval '1 minute'
FROM generate_series(1, @CUSTOMERS@) AS i;
UPDATE customer SET name = 'Émilie 🍰 Crème-Brûlée' WHERE id = 1;

INSERT INTO product (id, sku, name, price)
SELECT i, 'SKU-' || lpad(i::text, 6, '0'),
       (ARRAY['Käse', 'Brötchen', 'Crème fraîche', 'Smørrebrød', 'Pão de queijo'])[1 + i % 5] || ' №' || i,
       (i % 1000) + 0.99
FROM generate_series(1, @PRODUCTS@) AS i;

INSERT INTO orders (id, customer_id, ordered_at, note)
SELECT i, 1 + i % @CUSTOMERS@, timestamp '2021-01-01' + i * interval '7 minutes',
       CASE WHEN i % 5 = 0 THEN 'Bitte vor 12 Uhr liefern – danke! «fragile»' END
FROM generate_series(1, @ORDERS@) AS i;

INSERT INTO order_line (id, order_id, product_id, quantity, unit_price)
SELECT i, 1 + i % @ORDERS@, 1 + (i * 7) % @PRODUCTS@, 1 + i % 5, (i % 100) + 0.5
FROM generate_series(1, @LINES@) AS i;

INSERT INTO document (id, order_id, filename, content)
SELECT i, 1 + i % @ORDERS@, 'scan-' || i || '.bin', decode(repeat(md5(i::text), 8 + i % 24), 'hex')
FROM generate_series(1, @DOCUMENTS@) AS i;
UPDATE document SET filename = 'all-bytes.bin', content = decode('@ALL_BYTES@', 'hex') WHERE id = 1;
COMMIT;
ANALYZE;
