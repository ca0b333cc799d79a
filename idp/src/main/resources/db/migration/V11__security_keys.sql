-- Issue 16, APP-09: "Security Key or Trusted Platform" (WebAuthn). What the relying party keeps of
-- each credential once the library has verified its registration: its id, its public key (COSE),
-- the signature counter (a counter that goes backwards means a copied key), and the name the
-- person gave it. The private key never leaves the authenticator.
CREATE TABLE security_key (
    id            BIGINT AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT        NOT NULL REFERENCES account(id) ON DELETE CASCADE,
    credential_id VARCHAR(1400) NOT NULL UNIQUE,
    name          VARCHAR(64)   NOT NULL,
    public_key    VARBINARY(2048) NOT NULL,
    sign_count    BIGINT        NOT NULL,
    created_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    last_used_at  TIMESTAMP WITH TIME ZONE,
    CONSTRAINT security_key_name UNIQUE (account_id, name)
);
CREATE INDEX security_key_account ON security_key(account_id);
