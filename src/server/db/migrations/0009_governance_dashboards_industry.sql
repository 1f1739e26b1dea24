CREATE TABLE "governance"."dashboard_college_years" (
	"province_code" text NOT NULL,
	"college_id" text NOT NULL,
	"year" smallint NOT NULL,
	"level" text NOT NULL,
	"offerings" integer NOT NULL,
	"planned_places" integer NOT NULL,
	"entrants" integer NOT NULL,
	"enrollment" integer NOT NULL,
	"graduates" integer NOT NULL,
	"first_placed" integer NOT NULL,
	"year_end_placed" integer NOT NULL,
	"year_end_employed" integer NOT NULL,
	"related_employed" integer NOT NULL,
	"is_generated" boolean NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dashboard_college_years_province_code_college_id_year_level_pk" PRIMARY KEY("province_code","college_id","year","level")
);
--> statement-breakpoint
CREATE TABLE "governance"."dashboard_program_years" (
	"province_code" text NOT NULL,
	"program_code" text NOT NULL,
	"year" smallint NOT NULL,
	"level" text,
	"recorded_offerings" integer NOT NULL,
	"added_offerings" integer NOT NULL,
	"closed_offerings" integer NOT NULL,
	"offerings" integer NOT NULL,
	"planned_places" integer NOT NULL,
	"entrants" integer NOT NULL,
	"enrollment" integer NOT NULL,
	"graduates" integer NOT NULL,
	"first_placed" integer NOT NULL,
	"year_end_placed" integer NOT NULL,
	"year_end_employed" integer NOT NULL,
	"related_employed" integer NOT NULL,
	"is_generated" boolean NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dashboard_program_years_province_code_program_code_year_pk" PRIMARY KEY("province_code","program_code","year")
);
--> statement-breakpoint
CREATE TABLE "governance"."dashboard_province_years" (
	"province_code" text NOT NULL,
	"year" smallint NOT NULL,
	"level" text NOT NULL,
	"colleges" integer NOT NULL,
	"offerings" integer NOT NULL,
	"planned_places" integer NOT NULL,
	"entrants" integer NOT NULL,
	"enrollment" integer NOT NULL,
	"graduates" integer NOT NULL,
	"first_placed" integer NOT NULL,
	"year_end_placed" integer NOT NULL,
	"year_end_employed" integer NOT NULL,
	"related_employed" integer NOT NULL,
	"is_generated" boolean NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	CONSTRAINT "dashboard_province_years_province_code_year_level_pk" PRIMARY KEY("province_code","year","level")
);
--> statement-breakpoint
CREATE TABLE "governance"."dashboard_refreshes" (
	"province_code" text PRIMARY KEY NOT NULL,
	"refreshed_at" timestamp with time zone NOT NULL,
	"duration_ms" integer NOT NULL,
	"program_rows" integer NOT NULL
);
--> statement-breakpoint
CREATE TABLE "governance"."industry_employment" (
	"region_code" text NOT NULL,
	"year" smallint NOT NULL,
	"section_code" text NOT NULL,
	"section_name" text,
	"employment" double precision NOT NULL,
	"value_added" double precision,
	"source" text NOT NULL,
	"is_sample" boolean NOT NULL,
	"import_id" text NOT NULL,
	"imported_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "industry_employment_region_code_year_section_code_pk" PRIMARY KEY("region_code","year","section_code")
);
--> statement-breakpoint
CREATE INDEX "dashboard_program_years_year_idx" ON "governance"."dashboard_program_years" USING btree ("year","program_code");--> statement-breakpoint
CREATE INDEX "industry_employment_year_idx" ON "governance"."industry_employment" USING btree ("year");