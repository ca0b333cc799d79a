-- Issue 7: devices with the EU Login app, and the QR codes that enrol them.
-- A device keeps the app's public key, a slow hash of its PIN (the PIN key), the secret of its
-- offline one-time codes, where pushes reach it, and the wrong PINs that lock its approvals.
CREATE TABLE mobile_device (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    device_id           VARCHAR(32)  NOT NULL UNIQUE,
    account_id          BIGINT       NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name                VARCHAR(64)  NOT NULL,
    public_key          VARCHAR(256) NOT NULL,
    pin_key             VARCHAR(64)  NOT NULL,
    otp_secret          VARCHAR(64)  NOT NULL,
    push_token          VARCHAR(512) NOT NULL,
    failed_pin_attempts INT          DEFAULT 0 NOT NULL,
    locked_until        TIMESTAMP WITH TIME ZONE,
    enrolled_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at        TIMESTAMP WITH TIME ZONE
);
CREATE INDEX mobile_device_account ON mobile_device(account_id);

-- "Add a mobile device" waits here for the app to scan its QR code: single use, short-lived, and the
-- code itself kept only as a hash. The PIN key is made here, from the PIN typed on the PC.
CREATE TABLE device_enrolment (
    id           BIGINT AUTO_INCREMENT PRIMARY KEY,
    code_hash    VARCHAR(64) NOT NULL UNIQUE,
    account_id   BIGINT      NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    name         VARCHAR(64) NOT NULL,
    pin_key      VARCHAR(64) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    tries_left   INT         NOT NULL,
    device_id    VARCHAR(32)
);
CREATE INDEX device_enrolment_account ON device_enrolment(account_id);
