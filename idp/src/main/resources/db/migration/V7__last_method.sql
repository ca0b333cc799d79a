-- The verification method of the last sign-in, preselected in "Choose your verification method" (FAQ SIGN-13).
ALTER TABLE account ADD COLUMN last_method VARCHAR(40);
