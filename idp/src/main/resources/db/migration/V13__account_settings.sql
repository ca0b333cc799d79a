-- "Configure my account": the account's four options, kept with it so they outlive a restart.
-- Notifications start on: EU Login's guide says it sends them for changes to the account and
-- that one "may disable" them, and telling the owner of a change to how the account signs in is
-- what OWASP ASVS (2.2.3) asks for. The other three change how sign-in behaves: off until chosen.
ALTER TABLE account ADD COLUMN email_notifications BOOLEAN DEFAULT TRUE NOT NULL;
ALTER TABLE account ADD COLUMN warn_when_identity_asked BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN details_after_sign_in BOOLEAN DEFAULT FALSE NOT NULL;
ALTER TABLE account ADD COLUMN always_multi_factor BOOLEAN DEFAULT FALSE NOT NULL;
