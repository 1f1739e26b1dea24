CREATE SCHEMA "catalog";
--> statement-breakpoint
CREATE TABLE "catalog"."categories" (
	"version_id" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"rank" text NOT NULL,
	"parent_code" text,
	"name" text NOT NULL,
	"name_en" text,
	CONSTRAINT "categories_version_id_code_pk" PRIMARY KEY("version_id","code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."continuities" (
	"version_id" text NOT NULL,
	"from_code" text NOT NULL,
	"to_code" text NOT NULL,
	CONSTRAINT "continuities_version_id_from_code_to_code_pk" PRIMARY KEY("version_id","from_code","to_code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."program_classifications" (
	"version_id" text NOT NULL,
	"program_code" text NOT NULL,
	"set_id" text NOT NULL,
	"item_code" text NOT NULL,
	CONSTRAINT "program_classifications_version_id_program_code_set_id_item_code_pk" PRIMARY KEY("version_id","program_code","set_id","item_code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."programs" (
	"version_id" text NOT NULL,
	"code" text NOT NULL,
	"level" text NOT NULL,
	"major_code" text NOT NULL,
	"category_code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"notes" text,
	CONSTRAINT "programs_version_id_code_pk" PRIMARY KEY("version_id","code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."reference_items" (
	"set_id" text NOT NULL,
	"code" text NOT NULL,
	"name" text NOT NULL,
	"name_en" text,
	"parent_code" text,
	"rank" text,
	"tier" text,
	"region_code" text,
	CONSTRAINT "reference_items_set_id_code_pk" PRIMARY KEY("set_id","code")
);
--> statement-breakpoint
CREATE TABLE "catalog"."reference_sets" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"version" text NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"authority" text,
	"source" text,
	"effective_from" date,
	"is_sample" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."revisions" (
	"id" serial PRIMARY KEY NOT NULL,
	"version_id" text NOT NULL,
	"level" text NOT NULL,
	"kind" text NOT NULL,
	"predecessor_codes" text[] NOT NULL,
	"successor_codes" text[] NOT NULL,
	"note" text,
	"is_derived" boolean DEFAULT false NOT NULL
);
--> statement-breakpoint
CREATE TABLE "catalog"."versions" (
	"id" text PRIMARY KEY NOT NULL,
	"title" text NOT NULL,
	"title_en" text,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"edition_id" text NOT NULL,
	"previous_version_id" text,
	"source" text,
	"authority" text,
	"effective_from" date,
	"is_sample" boolean NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "catalog"."categories" ADD CONSTRAINT "categories_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalog"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."continuities" ADD CONSTRAINT "continuities_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalog"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."program_classifications" ADD CONSTRAINT "program_classifications_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalog"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."program_classifications" ADD CONSTRAINT "program_classifications_set_id_reference_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "catalog"."reference_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."programs" ADD CONSTRAINT "programs_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalog"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."reference_items" ADD CONSTRAINT "reference_items_set_id_reference_sets_id_fk" FOREIGN KEY ("set_id") REFERENCES "catalog"."reference_sets"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "catalog"."revisions" ADD CONSTRAINT "revisions_version_id_versions_id_fk" FOREIGN KEY ("version_id") REFERENCES "catalog"."versions"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "continuities_to_idx" ON "catalog"."continuities" USING btree ("version_id","to_code");--> statement-breakpoint
CREATE INDEX "program_classifications_item_idx" ON "catalog"."program_classifications" USING btree ("set_id","item_code");--> statement-breakpoint
CREATE INDEX "programs_category_idx" ON "catalog"."programs" USING btree ("version_id","category_code");--> statement-breakpoint
CREATE INDEX "revisions_version_idx" ON "catalog"."revisions" USING btree ("version_id");