CREATE TABLE "governance"."filing_cycles" (
	"year" smallint PRIMARY KEY NOT NULL,
	"college_filing_closes_at" timestamp with time zone NOT NULL,
	"controlled_applications_close_at" timestamp with time zone NOT NULL,
	"province_review_closes_at" timestamp with time zone NOT NULL,
	"results_publish_from" timestamp with time zone NOT NULL,
	"results_publish_until" timestamp with time zone NOT NULL,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."filing_items" (
	"province_code" text NOT NULL,
	"id" uuid NOT NULL,
	"year" smallint NOT NULL,
	"college_id" text NOT NULL,
	"program_code" text NOT NULL,
	"program_name" text NOT NULL,
	"catalog_version_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"justification" text NOT NULL,
	"details" text,
	"planned_places" integer,
	"is_controlled" boolean NOT NULL,
	"regulator_opinion" text,
	"last_reason" text,
	"submitted_at" timestamp with time zone,
	"decided_at" timestamp with time zone,
	"is_demo" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "filing_items_province_code_id_pk" PRIMARY KEY("province_code","id")
);
--> statement-breakpoint
CREATE TABLE "governance"."offerings" (
	"province_code" text NOT NULL,
	"college_id" text NOT NULL,
	"program_code" text NOT NULL,
	"year" smallint NOT NULL,
	"status" text NOT NULL,
	"program_name" text NOT NULL,
	"catalog_version_id" text NOT NULL,
	"filing_item_id" uuid,
	"is_demo" boolean DEFAULT false NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offerings_province_code_college_id_program_code_year_pk" PRIMARY KEY("province_code","college_id","program_code","year")
);
--> statement-breakpoint
CREATE TABLE "governance"."timeline_events" (
	"province_code" text NOT NULL,
	"id" uuid NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"college_id" text,
	"program_code" text,
	"year" smallint,
	"action" text NOT NULL,
	"from_status" text,
	"to_status" text NOT NULL,
	"actor_id" text NOT NULL,
	"actor_label" text NOT NULL,
	"role" text NOT NULL,
	"reason" text,
	"details" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"at" timestamp with time zone NOT NULL,
	CONSTRAINT "timeline_events_province_code_id_pk" PRIMARY KEY("province_code","id")
);
--> statement-breakpoint
CREATE TABLE "governance"."notification_reads" (
	"notification_id" uuid NOT NULL,
	"reader_id" text NOT NULL,
	"read_at" timestamp with time zone NOT NULL,
	CONSTRAINT "notification_reads_notification_id_reader_id_pk" PRIMARY KEY("notification_id","reader_id")
);
--> statement-breakpoint
CREATE TABLE "governance"."notifications" (
	"id" uuid PRIMARY KEY NOT NULL,
	"recipient_scope" text NOT NULL,
	"kind" text NOT NULL,
	"entity_type" text NOT NULL,
	"entity_id" uuid NOT NULL,
	"title" jsonb NOT NULL,
	"body" jsonb NOT NULL,
	"created_at" timestamp with time zone NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."warnings" (
	"province_code" text NOT NULL,
	"id" uuid NOT NULL,
	"college_id" text,
	"program_code" text,
	"offering_id" text,
	"region_code" text,
	"subject_kind" text NOT NULL,
	"severity" text NOT NULL,
	"action" text NOT NULL,
	"source" text NOT NULL,
	"run_id" text,
	"pack_id" text,
	"pack_version" text,
	"rule_id" text,
	"year" smallint NOT NULL,
	"fingerprint" text,
	"summary" jsonb NOT NULL,
	"facts" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"status" text NOT NULL,
	"reason" text,
	"response_plan" text,
	"response_due_date" date,
	"responded_at" timestamp with time zone,
	"last_note" text,
	"issued_at" timestamp with time zone NOT NULL,
	"closed_at" timestamp with time zone,
	"updated_at" timestamp with time zone NOT NULL,
	CONSTRAINT "warnings_province_code_id_pk" PRIMARY KEY("province_code","id")
);
--> statement-breakpoint
ALTER TABLE "governance"."notification_reads" ADD CONSTRAINT "notification_reads_notification_id_notifications_id_fk" FOREIGN KEY ("notification_id") REFERENCES "governance"."notifications"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "filing_items_id_idx" ON "governance"."filing_items" USING btree ("id");--> statement-breakpoint
CREATE INDEX "filing_items_college_idx" ON "governance"."filing_items" USING btree ("college_id","year");--> statement-breakpoint
CREATE UNIQUE INDEX "filing_items_open_idx" ON "governance"."filing_items" USING btree ("college_id","program_code","year") WHERE status not in ('recorded', 'approved', 'rejected');--> statement-breakpoint
CREATE INDEX "offerings_college_idx" ON "governance"."offerings" USING btree ("college_id","program_code","year");--> statement-breakpoint
CREATE INDEX "offerings_program_idx" ON "governance"."offerings" USING btree ("province_code","program_code","year");--> statement-breakpoint
CREATE INDEX "timeline_entity_idx" ON "governance"."timeline_events" USING btree ("entity_id","at");--> statement-breakpoint
CREATE INDEX "timeline_college_idx" ON "governance"."timeline_events" USING btree ("college_id","year","at");--> statement-breakpoint
CREATE INDEX "notifications_recipient_idx" ON "governance"."notifications" USING btree ("recipient_scope","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_id_idx" ON "governance"."warnings" USING btree ("id");--> statement-breakpoint
CREATE INDEX "warnings_college_idx" ON "governance"."warnings" USING btree ("college_id","status");--> statement-breakpoint
CREATE INDEX "warnings_status_idx" ON "governance"."warnings" USING btree ("province_code","status","severity");--> statement-breakpoint
CREATE UNIQUE INDEX "warnings_open_fingerprint_idx" ON "governance"."warnings" USING btree ("fingerprint") WHERE status <> 'closed' and fingerprint is not null;