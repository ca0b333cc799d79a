-- Issue 4: registered mobile phone numbers and the SMS challenges sent to them.
CREATE TABLE mobile_phone (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    number       VARCHAR(16) NOT NULL,
    added_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT mobile_phone_once UNIQUE (account_id, number)
);

-- A challenge is kept as a hash, with its deadline and the tries left; a new code replaces the old.
CREATE TABLE sms_challenge (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id   BIGINT      NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    number       VARCHAR(16) NOT NULL,
    purpose      VARCHAR(16) NOT NULL,
    code_hash    VARCHAR(64) NOT NULL,
    sent_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    tries_left   INT         NOT NULL,
    used_at      TIMESTAMP WITH TIME ZONE
);
CREATE INDEX sms_challenge_account ON sms_challenge(account_id, purpose);
CREATE INDEX sms_challenge_number ON sms_challenge(number, sent_at);
