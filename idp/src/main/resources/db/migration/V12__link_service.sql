-- The service a registration started from, kept with its link: "Proceed" goes on to it after the
-- password is chosen, even when the link is opened in another browser (FAQ ACC-04).
ALTER TABLE link_token ADD COLUMN service VARCHAR(2048);
