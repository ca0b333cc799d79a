-- HELP-02: the console's audit kept its detail as English text, which French and German pages then
-- showed in English. Lines now keep a code and its values instead, put into words in the language of
-- the page that shows them: detail_code, and beside it what the code names (detail: an address
-- looked up or a report's reference; detail_at: a moment; detail_role: a staff role). Lines written
-- before have no code: their detail stays the English text it was, and is shown as written.
ALTER TABLE support_audit ADD COLUMN detail_code VARCHAR(40);
ALTER TABLE support_audit ADD COLUMN detail_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE support_audit ADD COLUMN detail_role VARCHAR(16);
