-- MySQL dump 10.13  Distrib 8.0.36, for Linux (x86_64)
--
-- Host: localhost    Database: openboxes
-- ------------------------------------------------------
-- Server version	8.0.36
-- (The sandbox's old OpenBoxes database was loaded from this dump of a MySQL 8 server, as when an installation
-- moved to MariaDB: MySQL 8 collations and DEFINERs stay in it. Placeholders are replaced by `sandbox up`;
-- the rows come from MariaDB's sequence tables after the dump's own.)

/*!40101 SET @OLD_CHARACTER_SET_CLIENT=@@CHARACTER_SET_CLIENT */;
/*!50503 SET NAMES utf8mb4 */;
/*!40103 SET @OLD_TIME_ZONE=@@TIME_ZONE */;
/*!40103 SET TIME_ZONE='+00:00' */;
/*!40014 SET @OLD_UNIQUE_CHECKS=@@UNIQUE_CHECKS, UNIQUE_CHECKS=0 */;
/*!40014 SET @OLD_FOREIGN_KEY_CHECKS=@@FOREIGN_KEY_CHECKS, FOREIGN_KEY_CHECKS=0 */;

DROP TABLE IF EXISTS `DATABASECHANGELOG`;
CREATE TABLE `DATABASECHANGELOG` (
  `ID` varchar(255) NOT NULL,
  `AUTHOR` varchar(255) NOT NULL,
  `FILENAME` varchar(255) NOT NULL,
  `DATEEXECUTED` datetime NOT NULL,
  `ORDEREXECUTED` int NOT NULL,
  `EXECTYPE` varchar(10) NOT NULL,
  `MD5SUM` varchar(35) DEFAULT NULL,
  `DESCRIPTION` varchar(255) DEFAULT NULL,
  `COMMENTS` varchar(255) DEFAULT NULL,
  `TAG` varchar(255) DEFAULT NULL,
  `LIQUIBASE` varchar(20) DEFAULT NULL,
  `CONTEXTS` varchar(255) DEFAULT NULL,
  `LABELS` varchar(255) DEFAULT NULL,
  `DEPLOYMENT_ID` varchar(10) DEFAULT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `DATABASECHANGELOG` WRITE;
INSERT INTO `DATABASECHANGELOG` VALUES
('1328221530000-1','jmiranda','0.5.x/changelog-initial-schema.xml','2019-03-04 10:00:01',1,'EXECUTED','8:1a2b','sql',NULL,NULL,'3.6.3',NULL,NULL,'1701000001'),
('1328221530000-2','jmiranda','0.5.x/changelog-initial-schema.xml','2019-03-04 10:00:02',2,'EXECUTED','8:3c4d','sql',NULL,NULL,'3.6.3',NULL,NULL,'1701000001'),
('1329786545000-1','jmiranda','0.6.x/changelog-2012-02-20-documents.xml','2019-03-04 10:00:03',3,'EXECUTED','8:5e6f','sql',NULL,NULL,'3.6.3',NULL,NULL,'1701000001'),
('1614202400000-0','jmiranda','0.8.x/changelog-2021-02-24-product-demand.xml','2022-06-01 09:30:00',4,'EXECUTED','8:7a8b','sql',NULL,'0.8.22','4.8.0',NULL,NULL,'1654075800');
UNLOCK TABLES;

DROP TABLE IF EXISTS `DATABASECHANGELOGLOCK`;
CREATE TABLE `DATABASECHANGELOGLOCK` (
  `ID` int NOT NULL,
  `LOCKED` bit(1) NOT NULL,
  `LOCKGRANTED` datetime DEFAULT NULL,
  `LOCKEDBY` varchar(255) DEFAULT NULL,
  PRIMARY KEY (`ID`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

LOCK TABLES `DATABASECHANGELOGLOCK` WRITE;
INSERT INTO `DATABASECHANGELOGLOCK` VALUES (1,_binary '\0',NULL,NULL);
UNLOCK TABLES;

DROP TABLE IF EXISTS `location`;
CREATE TABLE `location` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `location_type` varchar(50) NOT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `product`;
CREATE TABLE `product` (
  `id` varchar(255) NOT NULL,
  `product_code` varchar(255) NOT NULL,
  `name` varchar(255) CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci NOT NULL,
  `description` text,
  `unit_price` decimal(19,4) DEFAULT NULL,
  `date_created` datetime NOT NULL,
  PRIMARY KEY (`id`),
  UNIQUE KEY `product_code` (`product_code`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `inventory_item`;
CREATE TABLE `inventory_item` (
  `id` varchar(255) NOT NULL,
  `product_id` varchar(255) NOT NULL,
  `lot_number` varchar(255) DEFAULT NULL,
  `expiration_date` date DEFAULT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_inventory_item_product` (`product_id`),
  CONSTRAINT `fk_inventory_item_product` FOREIGN KEY (`product_id`) REFERENCES `product` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `transaction`;
CREATE TABLE `transaction` (
  `id` varchar(255) NOT NULL,
  `location_id` varchar(255) NOT NULL,
  `transaction_date` datetime NOT NULL,
  `comment` text,
  PRIMARY KEY (`id`),
  KEY `fk_transaction_location` (`location_id`),
  CONSTRAINT `fk_transaction_location` FOREIGN KEY (`location_id`) REFERENCES `location` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `transaction_entry`;
CREATE TABLE `transaction_entry` (
  `id` varchar(255) NOT NULL,
  `transaction_id` varchar(255) NOT NULL,
  `inventory_item_id` varchar(255) NOT NULL,
  `quantity` int NOT NULL,
  PRIMARY KEY (`id`),
  KEY `fk_entry_transaction` (`transaction_id`),
  KEY `fk_entry_item` (`inventory_item_id`),
  CONSTRAINT `fk_entry_item` FOREIGN KEY (`inventory_item_id`) REFERENCES `inventory_item` (`id`),
  CONSTRAINT `fk_entry_transaction` FOREIGN KEY (`transaction_id`) REFERENCES `transaction` (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `document`;
CREATE TABLE `document` (
  `id` varchar(255) NOT NULL,
  `name` varchar(255) NOT NULL,
  `content_type` varchar(255) DEFAULT NULL,
  `file_contents` longblob,
  PRIMARY KEY (`id`)
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

DROP TABLE IF EXISTS `product_demand_details`;
CREATE TABLE `product_demand_details` (
  `product_id` varchar(255) NOT NULL,
  `location_id` varchar(255) NOT NULL,
  `quantity_demanded` int NOT NULL
) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4 COLLATE=utf8mb4_0900_ai_ci;

--
-- Final view structure for view `product_summary`
--
/*!50001 DROP VIEW IF EXISTS `product_summary`*/;
/*!50001 SET character_set_client      = utf8mb4 */;
/*!50001 SET collation_connection      = utf8mb4_0900_ai_ci */;
/*!50001 CREATE ALGORITHM=UNDEFINED */
/*!50013 DEFINER=`openboxes`@`%` SQL SECURITY DEFINER */
/*!50001 VIEW `product_summary` AS select `p`.`id` AS `product_id`,`p`.`name` AS `name`,count(`i`.`id`) AS `lots` from (`product` `p` left join `inventory_item` `i` on((`i`.`product_id` = `p`.`id`))) group by `p`.`id`,`p`.`name` */;

--
-- Dumping routines for database 'openboxes'
--
/*!50003 DROP FUNCTION IF EXISTS `quantity_on_hand` */;
/*!50003 SET collation_connection  = utf8mb4_0900_ai_ci */ ;
DELIMITER ;;
CREATE DEFINER=`openboxes`@`%` FUNCTION `quantity_on_hand`(item varchar(255)) RETURNS int
    READS SQL DATA
BEGIN
  RETURN (SELECT COALESCE(SUM(quantity), 0) FROM transaction_entry WHERE inventory_item_id = item);
END ;;
DELIMITER ;

/*!40014 SET FOREIGN_KEY_CHECKS=@OLD_FOREIGN_KEY_CHECKS */;
/*!40014 SET UNIQUE_CHECKS=@OLD_UNIQUE_CHECKS */;
/*!40103 SET TIME_ZONE=@OLD_TIME_ZONE */;
-- Dump completed on 2024-05-02  3:00:01

-- The rows (--rows N over the tables); location 1 and product 1 have non-ASCII names, document 1 holds all
-- 256 byte values.
SET NAMES utf8mb4;
START TRANSACTION;
INSERT INTO location (id, name, location_type, date_created)
SELECT CONCAT('loc', seq), ELT(1 + seq % 4, 'Dépôt central – Port-au-Prince', 'Lagerhaus Zürich', 'Entrepôt 東京', 'Warehouse №'),
       ELT(1 + seq % 2, 'DEPOT', 'WARD'), TIMESTAMP '2019-01-01 00:00:00' + INTERVAL seq HOUR
FROM seq_1_to_@LOCATIONS@;
INSERT INTO product (id, product_code, name, description, unit_price, date_created)
SELECT CONCAT('prod', seq), CONCAT('PC', LPAD(seq, 6, '0')),
       CONCAT(ELT(1 + seq % 4, 'Paracétamol 500 mg', 'Ibuprofen 400 mg', 'Amoxicilline 250 mg', 'Gaze stérile'), ' №', seq),
       CASE WHEN seq % 3 = 0 THEN 'Tablette – à conserver au frais' END, (seq % 500) + 0.25,
       TIMESTAMP '2019-02-01 00:00:00' + INTERVAL seq MINUTE
FROM seq_1_to_@PRODUCTS@;
UPDATE product SET name = 'Émilie 🍰 Crème-Brûlée' WHERE id = 'prod1';
INSERT INTO inventory_item (id, product_id, lot_number, expiration_date)
SELECT CONCAT('item', seq), CONCAT('prod', 1 + seq % @PRODUCTS@), CONCAT('LOT-', seq), DATE '2026-01-01' + INTERVAL (seq % 900) DAY
FROM seq_1_to_@ITEMS@;
INSERT INTO transaction (id, location_id, transaction_date, comment)
SELECT CONCAT('tx', seq), CONCAT('loc', 1 + seq % @LOCATIONS@), TIMESTAMP '2020-01-01 00:00:00' + INTERVAL (seq * 3) MINUTE,
       CASE WHEN seq % 7 = 0 THEN 'Réception – «urgent»' END
FROM seq_1_to_@TRANSACTIONS@;
INSERT INTO transaction_entry (id, transaction_id, inventory_item_id, quantity)
SELECT CONCAT('te', seq), CONCAT('tx', 1 + seq % @TRANSACTIONS@), CONCAT('item', 1 + (seq * 7) % @ITEMS@), 1 + seq % 50
FROM seq_1_to_@ENTRIES@;
INSERT INTO document (id, name, content_type, file_contents)
SELECT CONCAT('doc', seq), CONCAT('scan-', seq, '.pdf'), 'application/pdf', REPEAT(UNHEX(MD5(seq)), 16 + seq % 64)
FROM seq_1_to_@DOCUMENTS@;
UPDATE document SET file_contents = UNHEX('@ALL_BYTES@') WHERE id = 'doc1';
INSERT INTO product_demand_details (product_id, location_id, quantity_demanded)
SELECT CONCAT('prod', 1 + seq % @PRODUCTS@), CONCAT('loc', 1 + seq % @LOCATIONS@), seq % 30
FROM seq_1_to_@DEMAND@;
COMMIT;
