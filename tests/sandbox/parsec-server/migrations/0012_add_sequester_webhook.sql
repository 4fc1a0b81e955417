ALTER TABLE sequester_service ADD COLUMN webhook_url TEXT;
