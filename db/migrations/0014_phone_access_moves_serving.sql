-- The protection snapshot of lib/provisioning/protection (phone access, blocked addresses, first-fetch windows) follows the
-- serving generation in web workers (lib/cluster): these writes must move it too, or workers keep refusing or letting
-- through by settings that changed.
CREATE TRIGGER `phone_access_insert_moves_serving` AFTER INSERT ON `phone_access` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `phone_access_update_moves_serving` AFTER UPDATE ON `phone_access` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `phone_access_delete_moves_serving` AFTER DELETE ON `phone_access` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `blocked_addresses_insert_moves_serving` AFTER INSERT ON `blocked_addresses` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `blocked_addresses_update_moves_serving` AFTER UPDATE ON `blocked_addresses` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `blocked_addresses_delete_moves_serving` AFTER DELETE ON `blocked_addresses` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `devices_armed_moves_serving` AFTER UPDATE OF `armed_at` ON `devices` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
