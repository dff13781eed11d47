CREATE TABLE `blocked_addresses` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`address` text NOT NULL,
	`misses` integer NOT NULL,
	`blocked_at` integer NOT NULL,
	`until` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `blocked_addresses_tenant_address_uq` ON `blocked_addresses` (`tenant_id`,`address`);--> statement-breakpoint
CREATE TABLE `phone_access` (
	`tenant_id` integer PRIMARY KEY NOT NULL,
	`auth_mode` text DEFAULT 'off' NOT NULL,
	`username` text DEFAULT '' NOT NULL,
	`password` text DEFAULT '' NOT NULL,
	`allowed_networks` text DEFAULT '' NOT NULL,
	`check_user_agent_mac` integer DEFAULT false NOT NULL,
	`first_fetch_window_hours` integer DEFAULT 0 NOT NULL,
	`enumeration_threshold` integer DEFAULT 30 NOT NULL,
	`enumeration_window_minutes` integer DEFAULT 10 NOT NULL,
	`enumeration_cooldown_minutes` integer DEFAULT 60 NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
