-- Issue 15: OpenID Connect. The provider's signing keys (RSA, as JWK JSON with the private part),
-- made at first start and kept, so ID tokens stay verifiable across a restart. The newest signs;
-- all are published in the JWKS until the operator removes one (see the README, "Key rotation").
CREATE TABLE oidc_signing_keys (
    kid        VARCHAR(64)              PRIMARY KEY,
    jwk        CLOB                     NOT NULL,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL
);
