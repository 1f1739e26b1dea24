CREATE SCHEMA "governance";
--> statement-breakpoint
CREATE TABLE "governance"."indicator_imports" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"file_name" text NOT NULL,
	"fingerprint" text NOT NULL,
	"rows" integer NOT NULL,
	"replaced_rows" integer NOT NULL,
	"province_codes" text[] NOT NULL,
	"college_ids" text[] NOT NULL,
	"years" integer[] NOT NULL,
	"imported_by" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."offering_indicators" (
	"province_code" text COLLATE "C" NOT NULL,
	"college_id" text COLLATE "C" NOT NULL,
	"program_code" text COLLATE "C" NOT NULL,
	"year" smallint NOT NULL,
	"level" text NOT NULL,
	"catalog_version_id" text NOT NULL,
	"planned_places" integer NOT NULL,
	"entrants" integer NOT NULL,
	"enrollment" integer NOT NULL,
	"graduates" integer NOT NULL,
	"first_contract_jobs" integer NOT NULL,
	"first_flexible_jobs" integer NOT NULL,
	"first_self_employed" integer NOT NULL,
	"first_further_study" integer NOT NULL,
	"first_seeking_work" integer NOT NULL,
	"first_not_seeking" integer NOT NULL,
	"year_end_contract_jobs" integer NOT NULL,
	"year_end_flexible_jobs" integer NOT NULL,
	"year_end_self_employed" integer NOT NULL,
	"year_end_further_study" integer NOT NULL,
	"year_end_seeking_work" integer NOT NULL,
	"year_end_not_seeking" integer NOT NULL,
	"related_employed" integer NOT NULL,
	"starting_salary_median" integer,
	"full_time_teachers" integer NOT NULL,
	"external_teachers" integer NOT NULL,
	"dual_qualified_teachers" integer NOT NULL,
	"is_generated" boolean DEFAULT false NOT NULL,
	"import_id" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "offering_indicators_province_code_college_id_program_code_year_pk" PRIMARY KEY("province_code","college_id","program_code","year"),
	CONSTRAINT "offering_indicators_first_partition" CHECK ("governance"."offering_indicators"."first_contract_jobs" + "governance"."offering_indicators"."first_flexible_jobs" + "governance"."offering_indicators"."first_self_employed" + "governance"."offering_indicators"."first_further_study" + "governance"."offering_indicators"."first_seeking_work" + "governance"."offering_indicators"."first_not_seeking" = "governance"."offering_indicators"."graduates"),
	CONSTRAINT "offering_indicators_year_end_partition" CHECK ("governance"."offering_indicators"."year_end_contract_jobs" + "governance"."offering_indicators"."year_end_flexible_jobs" + "governance"."offering_indicators"."year_end_self_employed" + "governance"."offering_indicators"."year_end_further_study" + "governance"."offering_indicators"."year_end_seeking_work" + "governance"."offering_indicators"."year_end_not_seeking" = "governance"."offering_indicators"."graduates"),
	CONSTRAINT "offering_indicators_non_negative" CHECK (least("governance"."offering_indicators"."planned_places", "governance"."offering_indicators"."entrants", "governance"."offering_indicators"."enrollment", "governance"."offering_indicators"."graduates", "governance"."offering_indicators"."first_contract_jobs", "governance"."offering_indicators"."first_flexible_jobs", "governance"."offering_indicators"."first_self_employed", "governance"."offering_indicators"."first_further_study", "governance"."offering_indicators"."first_seeking_work", "governance"."offering_indicators"."first_not_seeking", "governance"."offering_indicators"."year_end_contract_jobs", "governance"."offering_indicators"."year_end_flexible_jobs", "governance"."offering_indicators"."year_end_self_employed", "governance"."offering_indicators"."year_end_further_study", "governance"."offering_indicators"."year_end_seeking_work", "governance"."offering_indicators"."year_end_not_seeking", "governance"."offering_indicators"."related_employed", "governance"."offering_indicators"."full_time_teachers", "governance"."offering_indicators"."external_teachers", "governance"."offering_indicators"."dual_qualified_teachers", coalesce("governance"."offering_indicators"."starting_salary_median", 0)) >= 0)
);
--> statement-breakpoint
CREATE TABLE "governance"."rule_pack_versions" (
	"pack_id" text NOT NULL,
	"number" integer NOT NULL,
	"label" text NOT NULL,
	"definition" jsonb NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"authority" text,
	"source" text,
	"effective_from" date,
	"effective_to" date,
	"is_active" boolean DEFAULT false NOT NULL,
	"created_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rule_pack_versions_pack_id_number_pk" PRIMARY KEY("pack_id","number")
);
--> statement-breakpoint
CREATE TABLE "governance"."rule_packs" (
	"id" text PRIMARY KEY NOT NULL,
	"owner_scope" text NOT NULL,
	"kind" text NOT NULL,
	"is_read_only" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."rule_runs" (
	"id" text PRIMARY KEY NOT NULL,
	"scope" text NOT NULL,
	"year" smallint NOT NULL,
	"status" text NOT NULL,
	"trigger" text NOT NULL,
	"started_by" text NOT NULL,
	"started_at" timestamp with time zone DEFAULT now() NOT NULL,
	"finished_at" timestamp with time zone,
	"duration_ms" integer,
	"province_codes" text[] NOT NULL,
	"packs" jsonb NOT NULL,
	"counts" jsonb NOT NULL,
	"insufficient" jsonb NOT NULL,
	"offerings" integer DEFAULT 0 NOT NULL,
	"findings" integer DEFAULT 0 NOT NULL,
	"warnings_issued" integer,
	"error" text
);
--> statement-breakpoint
ALTER TABLE "governance"."rule_pack_versions" ADD CONSTRAINT "rule_pack_versions_pack_id_rule_packs_id_fk" FOREIGN KEY ("pack_id") REFERENCES "governance"."rule_packs"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "indicator_imports_imported_at_idx" ON "governance"."indicator_imports" USING btree ("imported_at");--> statement-breakpoint
CREATE INDEX "offering_indicators_province_year_idx" ON "governance"."offering_indicators" USING btree ("province_code","year","program_code");--> statement-breakpoint
CREATE INDEX "rule_pack_versions_active_idx" ON "governance"."rule_pack_versions" USING btree ("is_active","pack_id");--> statement-breakpoint
CREATE INDEX "rule_runs_started_at_idx" ON "governance"."rule_runs" USING btree ("started_at");--> statement-breakpoint
CREATE INDEX "rule_runs_scope_year_idx" ON "governance"."rule_runs" USING btree ("scope","year");