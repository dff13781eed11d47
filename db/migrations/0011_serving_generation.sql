-- One counter that moves whenever a served file or a tenant changes: web workers (lib/cluster) poll it to know
-- when the files they hold in memory must be checked again, whatever else (the fetch log) is written meanwhile.
CREATE TABLE `serving_generation` (`id` integer PRIMARY KEY NOT NULL CHECK (`id` = 1), `value` integer NOT NULL);
--> statement-breakpoint
INSERT INTO `serving_generation` (`id`, `value`) VALUES (1, 0);
--> statement-breakpoint
CREATE TRIGGER `generated_files_insert_moves_serving` AFTER INSERT ON `generated_files` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `generated_files_update_moves_serving` AFTER UPDATE ON `generated_files` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `generated_files_delete_moves_serving` AFTER DELETE ON `generated_files` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `tenants_insert_moves_serving` AFTER INSERT ON `tenants` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `tenants_update_moves_serving` AFTER UPDATE OF `uuid`, `is_default` ON `tenants` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
--> statement-breakpoint
CREATE TRIGGER `tenants_delete_moves_serving` AFTER DELETE ON `tenants` BEGIN UPDATE `serving_generation` SET `value` = `value` + 1 WHERE `id` = 1; END;
