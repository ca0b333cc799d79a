-- Issue 5: every outgoing mail waits here until the server takes it, so an outage loses none.
-- The bodies hold links with raw tokens, so they are wiped once the mail is sent.
CREATE TABLE mail_outbox (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    recipient       VARCHAR(254) NOT NULL,
    subject         VARCHAR(500) NOT NULL,
    text_body       CLOB,
    html_body       CLOB,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    attempts        INT NOT NULL DEFAULT 0,
    next_attempt_at TIMESTAMP WITH TIME ZONE,
    sent_at         TIMESTAMP WITH TIME ZONE,
    failed_at       TIMESTAMP WITH TIME ZONE,
    last_error      VARCHAR(1000)
);
CREATE INDEX mail_outbox_due ON mail_outbox(sent_at, failed_at, next_attempt_at);
CREATE INDEX mail_outbox_recipient ON mail_outbox(recipient);
