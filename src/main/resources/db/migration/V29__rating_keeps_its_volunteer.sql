-- The volunteer whose help a rating is about, copied from the rated help session when the answer is
-- saved (Ratings asks helpsession through rating.RatedSessions). The volunteers' figures are then
-- counted on rating alone instead of joining help_session and user_account, tables of other
-- features (docs/decisions/010-one-owner-per-table.md, 011-calls-and-events-between-features.md).
-- A session's volunteer never changes and its village is the rating's, so nothing else follows.
-- NULL for an answer about no session (the kiosk's, the public QR code's, a ticket's without one).
ALTER TABLE rating ADD COLUMN volunteer_id BIGINT NULL;

UPDATE rating r JOIN help_session s ON s.id = r.help_session_id SET r.volunteer_id = s.volunteer_id;

CREATE INDEX ix_rating_volunteer ON rating (volunteer_id, village_id);

ALTER TABLE rating ADD CONSTRAINT fk_rating_volunteer FOREIGN KEY (volunteer_id) REFERENCES user_account (id);
