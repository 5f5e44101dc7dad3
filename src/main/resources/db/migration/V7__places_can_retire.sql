-- Places are retired, never deleted: history (help sessions, households, adoption figures) keeps
-- pointing at them. A retired place is no longer offered for new accounts, kiosks or bookings.
ALTER TABLE province ADD COLUMN retired_at DATETIME;
ALTER TABLE commune ADD COLUMN retired_at DATETIME;
ALTER TABLE village ADD COLUMN retired_at DATETIME;
