CREATE TABLE `template_versions` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`tenant_id` integer NOT NULL,
	`template_id` integer NOT NULL,
	`number` integer NOT NULL,
	`at` integer NOT NULL,
	`actor_kind` text NOT NULL,
	`actor_id` integer,
	`actor_name` text NOT NULL,
	`origin` text NOT NULL,
	`comment` text,
	`restored_from` integer,
	`firmware` text,
	`format` text NOT NULL,
	`line_endings` text NOT NULL,
	`body` text NOT NULL,
	`changed_device_ids` text,
	FOREIGN KEY (`tenant_id`) REFERENCES `tenants`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`template_id`) REFERENCES `templates`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `template_versions_template_number_uq` ON `template_versions` (`template_id`,`number`);--> statement-breakpoint
INSERT INTO `template_versions` (`tenant_id`, `template_id`, `number`, `at`, `actor_kind`, `actor_name`, `origin`, `firmware`, `format`, `line_endings`, `body`)
SELECT `tenant_id`, `id`, 1, `updated_at` * 1000, 'system', 'provisio', 'initial', `firmware`, `format`, `line_endings`, `body` FROM `templates`;
