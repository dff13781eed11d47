CREATE TABLE `redirection_jobs` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`server_id` integer NOT NULL,
	`mac` text NOT NULL,
	`action` text NOT NULL,
	`state` text DEFAULT 'pending' NOT NULL,
	`attempts` integer DEFAULT 0 NOT NULL,
	`next_attempt_at` integer NOT NULL,
	`last_error_kind` text,
	`last_error` text,
	`created_at` integer NOT NULL,
	`updated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`server_id`) REFERENCES `redirection_servers`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `redirection_jobs_due_ix` ON `redirection_jobs` (`state`,`next_attempt_at`);--> statement-breakpoint
CREATE INDEX `redirection_jobs_server_mac_ix` ON `redirection_jobs` (`server_id`,`mac`,`id`);--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `api_base_url` text DEFAULT '' NOT NULL;--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `yealink_api` text DEFAULT 'xmlrpc' NOT NULL;--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `last_success_at` integer;--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `last_error_at` integer;--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `last_error` text;--> statement-breakpoint
ALTER TABLE `redirection_servers` ADD `deleted_at` integer;