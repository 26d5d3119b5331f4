-- An alert's text is kept only as long as the survivor details of its case: it is removed a
-- retention period after the case was closed (case_closed_at, copied when the case closes), or
-- after it was received for an alert that never became part of a case. The row itself stays,
-- so that what arrived, when and from which channel is never lost.
alter table intake_alert add column case_closed_at timestamp(6) with time zone;
alter table intake_alert add column text_removed_at timestamp(6) with time zone;
update intake_alert set case_closed_at = (select c.closed_at from case_record c where c.id = intake_alert.case_id)
    where case_id is not null;
