ALTER TABLE `generated_files` ADD `lookup_name` text GENERATED ALWAYS AS (lower("file_name")) VIRTUAL;--> statement-breakpoint
ALTER TABLE `generated_files` ADD `mac_start` integer;--> statement-breakpoint
ALTER TABLE `generated_files` ADD `mac_end` integer;--> statement-breakpoint
CREATE UNIQUE INDEX `generated_files_tenant_lookup_uq` ON `generated_files` (`tenant_id`,`lookup_name`);