-- An alert's text may name or locate a survivor. It is now encrypted at rest like survivor
-- details (AES-GCM, field by field): the column grows to hold 2,000 characters encrypted.
-- Rows stored before this migration are plain text; they stay readable and the re-encryption
-- job encrypts them under the active key.
alter table intake_alert alter column raw_text set data type varchar(8200);
comment on column intake_alert.raw_text is
    'The message as it arrived, encrypted (v1:<key id>:<Base64>); older rows plain until the re-encryption job has run';

-- The community hub whose coordinators see the alert, from its place or its Saathi: a
-- coordinator's list shows her hub's alerts and those no hub could be found for.
alter table intake_alert add column hub_code varchar(48);
