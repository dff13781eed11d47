DROP INDEX `devices_model_idx`;--> statement-breakpoint
CREATE INDEX `devices_tenant_label_idx` ON `devices` (`tenant_id`,`label`);--> statement-breakpoint
CREATE INDEX `devices_tenant_last_fetched_idx` ON `devices` (`tenant_id`,`last_fetched_at`);--> statement-breakpoint
CREATE INDEX `devices_model_idx` ON `devices` (`model_id`,`mac`);--> statement-breakpoint
CREATE INDEX `accounts_tenant_extension_idx` ON `accounts` (`tenant_id`,`extension`);--> statement-breakpoint
CREATE INDEX `accounts_tenant_display_name_idx` ON `accounts` (`tenant_id`,`display_name`);--> statement-breakpoint
CREATE INDEX `unknown_devices_tenant_last_seen_idx` ON `unknown_devices` (`tenant_id`,`last_seen_at`);--> statement-breakpoint
CREATE INDEX `generated_files_tenant_generated_idx` ON `generated_files` (`tenant_id`,`generated_at`);