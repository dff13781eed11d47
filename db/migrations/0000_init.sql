CREATE TABLE `accounts` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`extension` text NOT NULL,
	`sip_username` text NOT NULL,
	`auth_username` text NOT NULL,
	`sip_password` text NOT NULL,
	`display_name` text DEFAULT '' NOT NULL,
	`first_name` text DEFAULT '' NOT NULL,
	`last_name` text DEFAULT '' NOT NULL,
	`voicemail_number` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `accounts_tenant_sip_username_uq` ON `accounts` (`tenant_id`,`sip_username`);--> statement-breakpoint
CREATE TABLE `brands` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`name` text NOT NULL,
	`is_built_in` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `brands_tenant_name_uq` ON `brands` (`tenant_id`,`name`);--> statement-breakpoint
CREATE TABLE `device_models` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`brand_id` integer NOT NULL,
	`filename_rule_id` integer NOT NULL,
	`name` text NOT NULL,
	`is_built_in` integer DEFAULT false NOT NULL,
	`content_type` text DEFAULT 'text/plain' NOT NULL,
	`common_files` text DEFAULT '[]' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`brand_id`) REFERENCES `brands`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`filename_rule_id`) REFERENCES `filename_rules`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `device_models_tenant_name_uq` ON `device_models` (`tenant_id`,`name`);--> statement-breakpoint
CREATE INDEX `device_models_brand_idx` ON `device_models` (`brand_id`);--> statement-breakpoint
CREATE TABLE `filename_rules` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`name` text NOT NULL,
	`prefix` text DEFAULT '' NOT NULL,
	`mac_format` text NOT NULL,
	`suffix` text DEFAULT '' NOT NULL,
	`is_built_in` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `filename_rules_tenant_name_uq` ON `filename_rules` (`tenant_id`,`name`);--> statement-breakpoint
CREATE TABLE `device_lines` (
	`device_id` integer NOT NULL,
	`position` integer NOT NULL,
	`account_id` integer NOT NULL,
	PRIMARY KEY(`device_id`, `position`),
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`account_id`) REFERENCES `accounts`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `device_lines_account_idx` ON `device_lines` (`account_id`);--> statement-breakpoint
CREATE TABLE `devices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`mac` text NOT NULL,
	`model_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`label` text DEFAULT '' NOT NULL,
	`is_enabled` integer DEFAULT true NOT NULL,
	`admin_username` text DEFAULT 'admin' NOT NULL,
	`admin_password` text DEFAULT '' NOT NULL,
	`network_mode` text DEFAULT 'dhcp' NOT NULL,
	`ip_address` text DEFAULT '' NOT NULL,
	`netmask` text DEFAULT '' NOT NULL,
	`gateway` text DEFAULT '' NOT NULL,
	`dns1` text DEFAULT '' NOT NULL,
	`dns2` text DEFAULT '' NOT NULL,
	`vlan_id` integer,
	`vlan_priority` integer,
	`language` text,
	`time_zone` text,
	`last_fetched_at` integer,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `device_models`(`id`) ON UPDATE no action ON DELETE restrict,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `devices_tenant_mac_uq` ON `devices` (`tenant_id`,`mac`);--> statement-breakpoint
CREATE INDEX `devices_mac_idx` ON `devices` (`mac`);--> statement-breakpoint
CREATE INDEX `devices_model_idx` ON `devices` (`model_id`);--> statement-breakpoint
CREATE INDEX `devices_template_idx` ON `devices` (`template_id`);--> statement-breakpoint
CREATE TABLE `fetch_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`at` integer NOT NULL,
	`channel` text NOT NULL,
	`tenant_id` integer,
	`file_name` text NOT NULL,
	`client_ip` text NOT NULL,
	`user_agent` text,
	`vendor` text,
	`model` text,
	`mac` text,
	`status` integer NOT NULL,
	`device_id` integer,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `fetch_log_at_idx` ON `fetch_log` (`at`);--> statement-breakpoint
CREATE INDEX `fetch_log_tenant_idx` ON `fetch_log` (`tenant_id`);--> statement-breakpoint
CREATE TABLE `unknown_devices` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`mac` text NOT NULL,
	`vendor` text,
	`model` text,
	`last_ip` text NOT NULL,
	`last_file_name` text NOT NULL,
	`last_user_agent` text,
	`last_channel` text NOT NULL,
	`first_seen_at` integer NOT NULL,
	`last_seen_at` integer NOT NULL,
	`count` integer DEFAULT 1 NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `unknown_devices_tenant_mac_uq` ON `unknown_devices` (`tenant_id`,`mac`);--> statement-breakpoint
CREATE TABLE `generated_files` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`file_name` text NOT NULL,
	`body` text NOT NULL,
	`sha256` text NOT NULL,
	`size` integer NOT NULL,
	`content_type` text NOT NULL,
	`device_id` integer,
	`model_id` integer,
	`generated_at` integer NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`device_id`) REFERENCES `devices`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `device_models`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `generated_files_tenant_name_uq` ON `generated_files` (`tenant_id`,`file_name`);--> statement-breakpoint
CREATE INDEX `generated_files_device_idx` ON `generated_files` (`device_id`);--> statement-breakpoint
CREATE TABLE `network_interfaces` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`name` text NOT NULL,
	`vlan_id` integer,
	`ipv4_address` text NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `network_interfaces_tenant_name_uq` ON `network_interfaces` (`tenant_id`,`name`);--> statement-breakpoint
CREATE TABLE `pbx_settings` (
	`tenant_id` integer PRIMARY KEY NOT NULL,
	`host` text NOT NULL,
	`sip_domain` text DEFAULT '' NOT NULL,
	`sip_udp_port` integer DEFAULT 5060 NOT NULL,
	`sip_tcp_port` integer DEFAULT 5060 NOT NULL,
	`sip_tls_port` integer DEFAULT 5061 NOT NULL,
	`sip_transport` text DEFAULT 'udp' NOT NULL,
	`ntp_server` text DEFAULT 'pool.ntp.org' NOT NULL,
	`time_zone` text DEFAULT 'Europe/Rome' NOT NULL,
	`language` text DEFAULT 'it' NOT NULL,
	`pnp_answer_unknown` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `placeholders` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`name` text NOT NULL,
	`kind` text NOT NULL,
	`value` text,
	`interface_id` integer,
	`description` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`interface_id`) REFERENCES `network_interfaces`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `placeholders_tenant_name_uq` ON `placeholders` (`tenant_id`,`name`);--> statement-breakpoint
CREATE TABLE `redirection_servers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`brand` text NOT NULL,
	`name` text NOT NULL,
	`username` text NOT NULL,
	`password` text NOT NULL,
	`is_enabled` integer DEFAULT true NOT NULL,
	`provisioning_url` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `redirection_servers_tenant_brand_name_uq` ON `redirection_servers` (`tenant_id`,`brand`,`name`);--> statement-breakpoint
CREATE TABLE `templates` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`model_id` integer NOT NULL,
	`name` text NOT NULL,
	`firmware` text,
	`format` text NOT NULL,
	`body` text NOT NULL,
	`is_built_in` integer DEFAULT false NOT NULL,
	`updated_at` integer DEFAULT (unixepoch()) NOT NULL,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`model_id`) REFERENCES `device_models`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE UNIQUE INDEX `templates_tenant_name_uq` ON `templates` (`tenant_id`,`name`);--> statement-breakpoint
CREATE INDEX `templates_model_idx` ON `templates` (`model_id`);--> statement-breakpoint
CREATE TABLE `tenants` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`uuid` text NOT NULL,
	`name` text NOT NULL,
	`is_default` integer DEFAULT false NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_uuid_uq` ON `tenants` (`uuid`);--> statement-breakpoint
CREATE UNIQUE INDEX `tenants_name_uq` ON `tenants` (`name`);--> statement-breakpoint
CREATE TABLE `api_tokens` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`name` text NOT NULL,
	`token_hash` text NOT NULL,
	`role` text DEFAULT 'admin' NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`last_used_at` integer
);
--> statement-breakpoint
CREATE UNIQUE INDEX `api_tokens_hash_uq` ON `api_tokens` (`token_hash`);--> statement-breakpoint
CREATE TABLE `sessions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`token_hash` text NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL,
	`expires_at` integer NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `sessions_token_hash_uq` ON `sessions` (`token_hash`);--> statement-breakpoint
CREATE TABLE `users` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`username` text NOT NULL,
	`password_hash` text NOT NULL,
	`created_at` integer DEFAULT (unixepoch()) NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX `users_username_uq` ON `users` (`username`);