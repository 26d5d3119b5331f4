-- The duplicate check looks for the same sender about the same place within a window: index
-- exactly that, so a busy sender's earlier alerts about other places are not scanned. It also
-- serves every look-up by sender alone, so it replaces the index on (sender_phone, received_at),
-- which the database would otherwise still pick for the duplicate check.
drop index ix_intake_alert_sender;
create index ix_intake_alert_sender_place on intake_alert (sender_phone, place_key, received_at);
