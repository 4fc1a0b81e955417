-- One row per order with its customer and total, for the front page.
CREATE VIEW order_summary AS
SELECT o.id, o.ordered_at, c.name AS customer, c.city,
       coalesce(sum(l.quantity * l.unit_price), 0) AS total
FROM orders o
JOIN customer c ON c.id = o.customer_id
LEFT JOIN order_line l ON l.order_id = o.id
GROUP BY o.id, o.ordered_at, c.name, c.city;
