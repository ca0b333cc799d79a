-- Issue 8, HELP-02: the support console. Its staff sign in on their own, with their own
-- accounts and roles (VIEWER looks accounts up; AGENT also unlocks them and sends links); their
-- passwords are hashed as the users' are, and their sign-in locks after wrong passwords too.
CREATE TABLE support_staff (
    id              BIGINT AUTO_INCREMENT PRIMARY KEY,
    login           VARCHAR(64)  NOT NULL UNIQUE,
    display_name    VARCHAR(100) NOT NULL,
    role            VARCHAR(16)  NOT NULL,
    password_hash   VARCHAR(256) NOT NULL,
    failed_attempts INT          DEFAULT 0 NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Every action in the console, with who did it and when. Rows are only ever added.
CREATE TABLE support_audit (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    at            TIMESTAMP WITH TIME ZONE NOT NULL,
    staff_login   VARCHAR(64)  NOT NULL,
    action        VARCHAR(32)  NOT NULL,
    account_email VARCHAR(254),
    detail        VARCHAR(500),
    client        VARCHAR(64)
);
CREATE INDEX support_audit_at ON support_audit(at);
CREATE INDEX support_audit_account ON support_audit(account_email);
