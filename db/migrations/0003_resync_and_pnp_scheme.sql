ALTER TABLE `pbx_settings` ADD `pnp_url_scheme` text DEFAULT 'http' NOT NULL;--> statement-breakpoint
ALTER TABLE `pbx_settings` ADD `resync_interval_minutes` integer DEFAULT 1440 NOT NULL;--> statement-breakpoint
ALTER TABLE `pbx_settings` ADD `resync_time` text DEFAULT '' NOT NULL;