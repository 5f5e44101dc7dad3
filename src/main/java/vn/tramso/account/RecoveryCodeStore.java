package vn.tramso.account;

import java.time.LocalDateTime;
import java.util.List;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The SQL of {@code recovery_code}: the ten single-use codes of two-step sign-in ({@link TwoStep}), kept only as hashes. */
@Repository
class RecoveryCodeStore {

    private final JdbcClient jdbc;

    RecoveryCodeStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The account's recovery codes become these, the old ones forgotten. */
    void replace(long accountId, List<String> codeHashes) {
        jdbc.sql("DELETE FROM recovery_code WHERE account_id = :id").param("id", accountId).update();
        for (String hash : codeHashes) {
            jdbc.sql("INSERT INTO recovery_code (account_id, code_hash) VALUES (:id, :h)").param("id", accountId).param("h", hash)
                    .update();
        }
    }

    /** Uses the code up, when the account has it unused: a guarded update, so a code works once even twice at once. */
    boolean use(long accountId, String codeHash, LocalDateTime at) {
        return jdbc.sql("UPDATE recovery_code SET used_at = :now WHERE account_id = :id AND code_hash = :h AND used_at IS NULL")
                .param("now", at).param("id", accountId).param("h", codeHash).update() == 1;
    }
}
