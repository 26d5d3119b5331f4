-- A message's status history starts with its first send attempt: the notification row itself records
-- the queuing (created_at, fallback_of), so queuing writes one row per message instead of two.
comment on table notification_status_change is
    'Status changes of a notification after it was queued (attempts, retries, failures, delivery reports); the queuing is the notification row itself';
