package vn.tramso.booking;

import java.time.LocalDateTime;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the booking codes' misses ({@code booking_code_miss}): when and where an unknown code
 * was tried, never the code. {@link CodeGuesses} counts them to hold back whoever guesses.
 */
@Repository
class CodeGuessStore {

    private final JdbcClient jdbc;

    CodeGuessStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void addMiss(LocalDateTime at, String address, long villageId) {
        jdbc.sql("INSERT INTO booking_code_miss (at, address, village_id) VALUES (:at, :a, :v)")
                .param("at", at).param("a", address).param("v", villageId).update();
    }

    /** Misses from the network address after {@code since} and up to {@code now}. */
    int missesFromAddress(String address, LocalDateTime since, LocalDateTime now) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_code_miss WHERE address = :v AND at > :since AND at <= :now")
                .param("v", address).param("since", since).param("now", now).query(Integer.class).single();
    }

    /** Misses at the village's kiosks, from any address, after {@code since} and up to {@code now}. */
    int missesAtVillage(long villageId, LocalDateTime since, LocalDateTime now) {
        return jdbc.sql("SELECT COUNT(*) FROM booking_code_miss WHERE village_id = :v AND at > :since AND at <= :now")
                .param("v", villageId).param("since", since).param("now", now).query(Integer.class).single();
    }

    int forgetBefore(LocalDateTime before) {
        return jdbc.sql("DELETE FROM booking_code_miss WHERE at < :before").param("before", before).update();
    }
}
