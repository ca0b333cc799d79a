-- Issue 8, HELP-01: "Report a problem". What the helpdesk asks for, gathered by EU Login itself
-- where it knows it (the account, the application, the last SMS, the browser), with the user's own
-- description and screenshots. The reference ("IM00" and ten digits) is random, never a sequence.
CREATE TABLE problem_report (
    id                    BIGINT AUTO_INCREMENT PRIMARY KEY,
    reference             VARCHAR(14)   NOT NULL UNIQUE,
    account_id            BIGINT        REFERENCES account(id) ON DELETE SET NULL,
    -- sent by a browser signed in to the account or past its password, not only naming its address
    account_proven        BOOLEAN       DEFAULT FALSE NOT NULL,
    email                 VARCHAR(254)  NOT NULL,
    relationship          VARCHAR(200),
    service_id            VARCHAR(64),
    service_name          VARCHAR(200),
    service_url           VARCHAR(2000),
    url_source            VARCHAR(16)   NOT NULL,
    last_sms_requested_at TIMESTAMP WITH TIME ZONE,
    last_sms_delivered_at TIMESTAMP WITH TIME ZONE,
    user_agent            VARCHAR(500),
    description           VARCHAR(4000) NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    resolved_at           TIMESTAMP WITH TIME ZONE,
    resolved_by           VARCHAR(64)
);
CREATE INDEX problem_report_email ON problem_report(email, created_at);
CREATE INDEX problem_report_account ON problem_report(account_id);

-- Screenshots, checked to be PNG or JPEG pictures, kept with the report.
CREATE TABLE problem_report_screenshot (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    report_id    BIGINT      NOT NULL REFERENCES problem_report(id) ON DELETE CASCADE,
    position     INT         NOT NULL,
    content_type VARCHAR(16) NOT NULL,
    byte_size    INT         NOT NULL,
    image        BLOB        NOT NULL,
    CONSTRAINT problem_report_screenshot_once UNIQUE (report_id, position)
);

-- "The last time you requested an SMS, the last time you received one": the SMS provider's
-- delivery receipts (Twilio's StatusCallback) are kept on each challenge sent.
ALTER TABLE sms_challenge ADD COLUMN message_sid VARCHAR(64);
ALTER TABLE sms_challenge ADD COLUMN delivery_status VARCHAR(16);
ALTER TABLE sms_challenge ADD COLUMN delivered_at TIMESTAMP WITH TIME ZONE;
