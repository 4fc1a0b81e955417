-- Version 2: loyalty points per customer.
ALTER TABLE customer ADD COLUMN loyalty_points integer NOT NULL DEFAULT 0;
UPDATE customer SET loyalty_points = id % 500;
