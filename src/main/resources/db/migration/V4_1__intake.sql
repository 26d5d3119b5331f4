-- Intake: every alert as it arrived, stored in its own transaction before anything else happens.
-- raw_text may hold survivor details: it is shown to coordinators only, never logged or copied into events.
create table intake_alert (
    id            uuid                        not null primary key,
    channel       varchar(20)                 not null,
    -- E.164 phone of the sender (SMS, WhatsApp, gateway, web form), or null for the API
    sender_phone  varchar(32),
    -- the partner system's key id for the API, or null
    api_key_id    varchar(64),
    -- the id the channel gave the message (Twilio MessageSid, gateway event id), for replays
    external_id   varchar(100),
    raw_text      varchar(2000)               not null,
    received_at   timestamp(6) with time zone not null,
    status        varchar(20)                 not null,
    kind          varchar(12),
    -- what the parser understood, without free text: place key for duplicates
    place_key     varchar(120),
    case_id       uuid,
    case_reference varchar(12),
    error         varchar(500),
    processed_at  timestamp(6) with time zone,
    version       bigint                      not null,
    constraint uk_intake_alert_external unique (channel, external_id)
);
create index ix_intake_alert_status on intake_alert (status, received_at);
create index ix_intake_alert_sender on intake_alert (sender_phone, received_at);

-- One-time codes for the web form, stored as a hash; a code works once and for a short time.
create table intake_login_code (
    id            uuid                        not null primary key,
    saathi_id     bigint                      not null,
    code_hash     varchar(64)                 not null,
    created_at    timestamp(6) with time zone not null,
    expires_at    timestamp(6) with time zone not null,
    attempts      integer                     not null,
    used          boolean                     not null
);
create index ix_intake_login_code_saathi on intake_login_code (saathi_id, created_at);

-- Cases look up the alert a case came from on every opening (one case per alert): index it.
create index ix_case_alert_alert on case_alert (alert_id);
