DROP INDEX `fetch_log_at_idx`;--> statement-breakpoint
DROP INDEX `fetch_log_mac_idx`;--> statement-breakpoint
CREATE INDEX `fetch_log_mac_idx` ON `fetch_log` (`mac`) WHERE "fetch_log"."mac" IS NOT NULL AND "fetch_log"."device_id" IS NULL;