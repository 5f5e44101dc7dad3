-- An alert's optional picture: the markup as rebuilt by the SVG allowlist (base.SvgChecker), never
-- the uploaded file's own text, so it is safe to inline on the kiosk page.
ALTER TABLE scam_alert ADD COLUMN picture_svg MEDIUMTEXT;
