CREATE TABLE `api_token_tenants` (
	`token_id` integer NOT NULL,
	`tenant_id` integer NOT NULL,
	PRIMARY KEY(`token_id`, `tenant_id`),
	FOREIGN KEY (`token_id`) REFERENCES `api_tokens`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `user_tenants` (
	`user_id` integer NOT NULL,
	`tenant_id` integer NOT NULL,
	PRIMARY KEY(`user_id`, `tenant_id`),
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
PRAGMA foreign_keys=OFF;--> statement-breakpoint
CREATE TABLE `__new_api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`role` text DEFAULT 'viewer' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`last_used_at` integer
);
--> statement-breakpoint
INSERT INTO `__new_api_tokens`("id", "name", "token_hash", "role", "created_at", "last_used_at") SELECT "id", "name", "token_hash", "role", "created_at", "last_used_at" FROM `api_tokens`;--> statement-breakpoint
DROP TABLE `api_tokens`;--> statement-breakpoint
ALTER TABLE `__new_api_tokens` RENAME TO `api_tokens`;--> statement-breakpoint
PRAGMA foreign_keys=ON;--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_uq` ON `api_tokens` (`token_hash`);--> statement-breakpoint
ALTER TABLE `users` ADD `role` text DEFAULT 'viewer' NOT NULL;--> statement-breakpoint
ALTER TABLE `users` ADD `disabled_at` integer;--> statement-breakpoint
-- Data: the existing console users become owners; admin tokens owners; reader tokens viewers of every existing tenant.
UPDATE `users` SET `role` = 'owner';--> statement-breakpoint
INSERT INTO `api_token_tenants` (`token_id`, `tenant_id`) SELECT `api_tokens`.`id`, `tenants`.`id` FROM `api_tokens`, `tenants` WHERE `api_tokens`.`role` = 'reader';--> statement-breakpoint
UPDATE `api_tokens` SET `role` = 'viewer' WHERE `role` = 'reader';--> statement-breakpoint
UPDATE `api_tokens` SET `role` = 'owner' WHERE `role` = 'admin';
