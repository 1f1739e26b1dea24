CREATE TABLE "governance"."dashboard_national_program_years" (
	"year" smallint NOT NULL,
	"program_code" text NOT NULL,
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
	CONSTRAINT "dashboard_national_program_years_year_program_code_pk" PRIMARY KEY("year","program_code")
);
--> statement-breakpoint
CREATE TABLE "governance"."dashboard_program_names" (
	"province_code" text NOT NULL,
	"program_code" text NOT NULL,
	"year" smallint NOT NULL,
	"program_name" text NOT NULL,
	CONSTRAINT "dashboard_program_names_province_code_program_code_pk" PRIMARY KEY("province_code","program_code")
);
--> statement-breakpoint
CREATE INDEX "dashboard_program_names_program_idx" ON "governance"."dashboard_program_names" USING btree ("program_code","year");--> statement-breakpoint
CREATE INDEX "search_documents_rating_idx" ON "learning"."search_documents" USING btree ("rating" DESC NULLS LAST,"published_at" DESC NULLS LAST);