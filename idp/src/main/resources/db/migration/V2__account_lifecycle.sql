-- Issue 3: what an account carries beyond its address and password.
-- legacy_username: the old ECAS user name, which no longer signs in (FAQ SIGN-04).
-- operator_email: an address set later by an operator; only the original one signs in (SIGN-05).
-- failed_attempts, locked_until: wrong passwords in a row, and the lock they lead to (SIGN-07).
ALTER TABLE account ADD COLUMN legacy_username VARCHAR(64);
ALTER TABLE account ADD COLUMN operator_email VARCHAR(254);
ALTER TABLE account ADD COLUMN failed_attempts INT DEFAULT 0 NOT NULL;
ALTER TABLE account ADD COLUMN locked_until TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX account_legacy_username ON account(legacy_username);
CREATE INDEX account_operator_email ON account(operator_email);

-- An e-mail change waits for the link sent to the new address (HELP-03).
ALTER TABLE link_token ADD COLUMN new_email VARCHAR(254);
