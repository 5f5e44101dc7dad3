-- Every staff account is bound to the place whose data it may see: a volunteer to a village, a
-- commune leader to a commune, a province admin to a province; an admin to none. Accounts are
-- disabled, never deleted (help sessions keep pointing at their volunteer).
ALTER TABLE user_account
    ADD COLUMN province_id BIGINT AFTER role,
    ADD COLUMN must_change_password BOOLEAN NOT NULL DEFAULT FALSE,
    ADD COLUMN created_at DATETIME,
    ADD CONSTRAINT fk_user_account_province FOREIGN KEY (province_id) REFERENCES province (id),
    DROP CONSTRAINT ck_user_account_role,
    ADD CONSTRAINT ck_user_account_role CHECK (role IN ('VOLUNTEER', 'LEADER', 'PROVINCE_ADMIN', 'ADMIN')),
    ADD CONSTRAINT ck_province_admin_has_province CHECK (role <> 'PROVINCE_ADMIN' OR province_id IS NOT NULL);

-- Every level above an account's own place is filled in, so "the accounts of this province" is one comparison.
UPDATE user_account u JOIN village v ON v.id = u.village_id JOIN commune c ON c.id = v.commune_id
SET u.commune_id = v.commune_id, u.province_id = c.province_id
WHERE u.village_id IS NOT NULL;
UPDATE user_account u JOIN commune c ON c.id = u.commune_id
SET u.province_id = c.province_id
WHERE u.commune_id IS NOT NULL AND u.province_id IS NULL;
