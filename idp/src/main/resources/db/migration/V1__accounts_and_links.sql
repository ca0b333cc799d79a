-- Accounts: one per e-mail address. The address is stored trimmed and in lower case, and unique,
-- so two registrations racing for one address give exactly one account.
CREATE TABLE account (
    id                  BIGINT AUTO_INCREMENT PRIMARY KEY,
    uid                 VARCHAR(16)  NOT NULL UNIQUE,
    email               VARCHAR(254) NOT NULL UNIQUE,
    first_name          VARCHAR(100) NOT NULL,
    last_name           VARCHAR(100) NOT NULL,
    email_language      VARCHAR(8)   NOT NULL,
    kind                VARCHAR(16)  NOT NULL,
    password_hash       VARCHAR(256),
    password_changed_at TIMESTAMP WITH TIME ZONE,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Links sent by e-mail. Only a hash of the token is kept: a copy of the database signs nobody in.
CREATE TABLE link_token (
    token_hash  VARCHAR(64) PRIMARY KEY,
    account_id  BIGINT      NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    purpose     VARCHAR(32) NOT NULL,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX link_token_account ON link_token(account_id);
