-- A chain's head names an institution that exists (issue 27, left from 0031): heads are made only for institutions the
-- writer is given, and no code deletes an institution, so every head made so far passes; from now on an institution
-- with a chain cannot be deleted while its chain stands.
ALTER TABLE "audit_chain" ADD CONSTRAINT "audit_chain_institution_id_institution_id_fk" FOREIGN KEY ("institution_id") REFERENCES "public"."institution"("id") ON DELETE no action ON UPDATE no action;