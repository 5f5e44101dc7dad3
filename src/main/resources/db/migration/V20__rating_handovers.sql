-- Who offered each rating of a help session, kept for audit and never shown next to an answer:
-- the staff account that made the link (the receipt's QR code), opened the hand-over of its own
-- device (hand_over) or sent the invitation to the kiosk. Ratings.OFFER_WINDOW: only the volunteer
-- who logged the session offers its rating, and only up to a few hours after it ended. A ticket's
-- link made at the kiosk has no account.
ALTER TABLE rating_link
    ADD COLUMN hand_over BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN issued_by BIGINT  NULL,
    ADD CONSTRAINT fk_rating_link_issued_by FOREIGN KEY (issued_by) REFERENCES user_account (id),
    ADD CONSTRAINT ck_rating_link_hand_over CHECK (NOT hand_over
        OR (issued_by IS NOT NULL AND help_session_id IS NOT NULL AND NOT at_kiosk));
