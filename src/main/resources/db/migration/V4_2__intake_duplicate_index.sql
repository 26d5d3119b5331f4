-- The duplicate check looks for the same sender about the same place within a window: index
-- exactly that, so a busy sender's earlier alerts about other places are not scanned.
create index ix_intake_alert_sender_place on intake_alert (sender_phone, place_key, received_at);
