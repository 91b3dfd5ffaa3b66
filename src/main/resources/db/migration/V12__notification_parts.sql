-- A notification is shown in its reader's language when it is read, not in its writer's when it is written
-- (docs/ARCHITECTURE.md, "Languages"), so a row keeps the parts of its sentence besides its kind, actor and claim:
-- the claim's statement as it was (cut to 120 characters), the step's note or reason, and the due date given.
-- `message` keeps the sentence in English as before; rows written before this migration have nothing else.
-- Numbered 12, not 11: another change in flight takes V11.
alter table notification add column statement varchar(120);
alter table notification add column note varchar(500);
alter table notification add column due_on date;
