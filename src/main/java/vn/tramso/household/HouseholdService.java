package vn.tramso.household;

import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_CODE;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_FACT;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_NAME;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_PHONE;
import static vn.tramso.household.HouseholdRefusedException.Reason.BAD_YEAR;
import static vn.tramso.household.HouseholdRefusedException.Reason.CODE_TAKEN;
import static vn.tramso.household.HouseholdRefusedException.Reason.DUPLICATE_MEMBER;
import static vn.tramso.household.HouseholdRefusedException.Reason.ERASED;
import static vn.tramso.household.HouseholdRefusedException.Reason.FORMULA_ADDRESS;
import static vn.tramso.household.HouseholdRefusedException.Reason.FORMULA_HAMLET;
import static vn.tramso.household.HouseholdRefusedException.Reason.UNKNOWN;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.tramso.base.People;
import vn.tramso.base.db.RetryOnWriteConflict;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.security.StaffUser;
import vn.tramso.place.PlaceScope;

/**
 * Households and members of a village and each member's digital status. Every method checks that
 * the signed-in staff member's place covers the household's village. A status set by hand is a
 * new dated fact with the volunteer as its source; nothing is overwritten, so the history stays. An edit that lost
 * a write conflict runs again in a new transaction ({@link RetryOnWriteConflict}); the two a help session makes
 * inside its own transaction are retried with the session.
 */
@Service
public class HouseholdService {

    static final Pattern CODE = Pattern.compile("[\\p{L}0-9][\\p{L}0-9./-]{0,31}");
    /** Birth years a member can have: nobody older than 120. */
    static final int OLDEST = 120;

    private final HouseholdStore store;
    private final Tombstones tombstones;
    private final PlaceScope scope;
    private final JdbcClient jdbc;
    private final Clock clock;

    HouseholdService(HouseholdStore store, Tombstones tombstones, PlaceScope scope, JdbcClient jdbc, Clock clock) {
        this.store = store;
        this.tombstones = tombstones;
        this.scope = scope;
        this.jdbc = jdbc;
        this.clock = clock;
    }

    /** The village's households with what each lacks; {@code search} matches code, head, hamlet or a member's name. */
    public List<HouseholdSummary> households(long villageId, String search) {
        scope.village(villageId);
        String text = search == null ? "" : search.strip();
        if (text.isEmpty()) {
            return store.summaries("h.village_id = :v", Map.of("v", villageId), year());
        }
        return store.summaries("""
                h.village_id = :v AND (h.code LIKE :q OR h.head_name LIKE :q OR h.hamlet LIKE :q
                    OR EXISTS (SELECT 1 FROM household_member s WHERE s.household_id = h.id AND s.full_name LIKE :q))""",
                Map.of("v", villageId, "q", "%" + text.replace("%", "").replace("_", "") + "%"), year());
    }

    public Household household(long householdId) {
        Household household = store.household(householdId).orElseThrow(() -> new HouseholdRefusedException(UNKNOWN));
        scope.village(household.villageId());
        return household;
    }

    /**
     * Members of the village whose name contains the text (without regard to case or tones: the
     * column's collation), at most {@code limit}, to link a help session to the person helped.
     */
    public List<MemberChoice> findMembers(long villageId, String text, int limit) {
        scope.village(villageId);
        String q = text == null ? "" : text.strip().replace("%", "").replace("_", "");
        if (q.length() < 2) {
            return List.of();
        }
        return jdbc.sql("""
                        SELECT m.id, m.full_name, m.birth_year, h.code, h.hamlet FROM household_member m
                        JOIN household h ON h.id = m.household_id
                        WHERE h.village_id = :v AND m.erased_at IS NULL AND m.full_name LIKE :q
                        ORDER BY m.full_name, m.birth_year LIMIT :limit
                        """)
                .param("v", villageId).param("q", "%" + q + "%").param("limit", limit)
                .query((rs, n) -> new MemberChoice(rs.getLong(1), rs.getString(2), rs.getObject(3, Integer.class),
                        rs.getString(4), rs.getString(5)))
                .list();
    }

    public List<Member> members(long householdId) {
        household(householdId);
        return store.members(householdId, year());
    }

    /** A member as a help session's form shows them: name, birth year and household. */
    public MemberChoice choice(long memberId) {
        Member m = member(memberId);
        Household h = household(m.householdId());
        return new MemberChoice(m.id(), m.fullName(), m.birthYear(), h.code(), h.hamlet());
    }

    /** A member with their current status, their household checked against the signed-in staff member's place. */
    public Member member(long memberId) {
        long householdId = store.householdOfMember(memberId).orElseThrow(() -> new HouseholdRefusedException(UNKNOWN));
        household(householdId);
        return store.member(memberId, year()).orElseThrow();
    }

    @RetryOnWriteConflict
    @Transactional
    public long addHousehold(long villageId, HouseholdDetails details) {
        scope.village(villageId);
        HouseholdDetails d = checked(details);
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            return jdbc.sql("""
                            INSERT INTO household (village_id, code, head_name, hamlet, address_line, created_at, updated_at)
                            VALUES (:v, :code, :head, :hamlet, :address, :now, :now) RETURNING id
                            """)
                    .param("v", villageId).param("code", d.code()).param("head", d.headName()).param("hamlet", d.hamlet())
                    .param("address", d.addressLine()).param("now", now).query(Long.class).single();
        } catch (DuplicateKeyException taken) {
            throw new HouseholdRefusedException(CODE_TAKEN);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public void updateHousehold(long householdId, HouseholdDetails details) {
        household(householdId);
        HouseholdDetails d = checked(details);
        try {
            jdbc.sql("""
                            UPDATE household SET code = :code, head_name = :head, hamlet = :hamlet, address_line = :address,
                                   updated_at = :now WHERE id = :id
                            """)
                    .param("id", householdId).param("code", d.code()).param("head", d.headName()).param("hamlet", d.hamlet())
                    .param("address", d.addressLine()).param("now", LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException taken) {
            throw new HouseholdRefusedException(CODE_TAKEN);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public long addMember(long householdId, MemberDetails details) {
        household(householdId);
        MemberDetails d = checked(details);
        LocalDateTime now = LocalDateTime.now(clock);
        try {
            return jdbc.sql("""
                            INSERT INTO household_member (household_id, full_name, birth_year, adult, gender, phone, created_at, updated_at)
                            VALUES (:h, :name, :year, :adult, :gender, :phone, :now, :now) RETURNING id
                            """)
                    .param("h", householdId).param("name", d.fullName()).param("year", d.birthYear())
                    .param("adult", d.adult()).param("gender", d.gender() == null ? null : d.gender().name())
                    .param("phone", d.phone()).param("now", now).query(Long.class).single();
        } catch (DuplicateKeyException duplicate) {
            throw new HouseholdRefusedException(DUPLICATE_MEMBER);
        }
    }

    @RetryOnWriteConflict
    @Transactional
    public void updateMember(long memberId, MemberDetails details) {
        if (member(memberId).erased()) {
            throw new HouseholdRefusedException(ERASED);
        }
        MemberDetails d = checked(details);
        try {
            jdbc.sql("""
                            UPDATE household_member SET full_name = :name, birth_year = :year, adult = :adult, gender = :gender,
                                   phone = :phone, updated_at = :now WHERE id = :id
                            """)
                    .param("id", memberId).param("name", d.fullName()).param("year", d.birthYear()).param("adult", d.adult())
                    .param("gender", d.gender() == null ? null : d.gender().name()).param("phone", d.phone())
                    .param("now", LocalDateTime.now(clock)).update();
        } catch (DuplicateKeyException duplicate) {
            throw new HouseholdRefusedException(DUPLICATE_MEMBER);
        }
    }

    /** Sets a status by hand: a new fact as of today, with the signed-in volunteer as its source. */
    @RetryOnWriteConflict
    @Transactional
    public void setFact(long memberId, Fact fact, int value) {
        if (member(memberId).erased()) {
            throw new HouseholdRefusedException(ERASED);
        }
        if (value < 0 || value > fact.max()) {
            throw new HouseholdRefusedException(BAD_FACT);
        }
        store.addFact(memberId, fact, value, LocalDate.now(clock), FactSource.VOLUNTEER, null, StaffUser.require().id(),
                LocalDateTime.now(clock));
    }

    /** Everything kept about a member, to show them on request. */
    public MemberRecord record(long memberId) {
        Member member = member(memberId);
        Household household = household(member.householdId());
        return new MemberRecord(member, household, scope.village(household.villageId()).name(), store.factHistory(memberId));
    }

    /**
     * Erases a member's own data on their request: name, birth year and phone are gone for good;
     * whether they are an adult and their facts stay (with no name), so the village's counts do not change.
     * When they head the household, the household's head name goes too. A fingerprint without
     * the name ({@link Tombstones}) stays, so an import of an older file does not bring them back.
     */
    @RetryOnWriteConflict
    @Transactional
    public void erase(long memberId) {
        Member member = member(memberId);
        if (member.erased()) {
            return;
        }
        Household household = household(member.householdId());
        LocalDateTime now = LocalDateTime.now(clock);
        store.bury(tombstones.member(household.villageId(), household.code(), member.fullName(), member.birthYear()),
                household.villageId(), now);
        if (Tombstones.sameName(household.headName(), member.fullName())) {
            store.bury(tombstones.head(household.villageId(), household.code(), household.headName()), household.villageId(), now);
            store.forgetHead(household.id(), now);
        }
        jdbc.sql("""
                        UPDATE household_member SET adult = COALESCE(:year - birth_year >= 14, adult),
                               full_name = NULL, birth_year = NULL, phone = NULL, gender = NULL, erased_at = :now, updated_at = :now
                        WHERE id = :id AND erased_at IS NULL
                        """)
                .param("id", memberId).param("year", year()).param("now", now).update();
    }

    /**
     * Records what a help session achieved for a member: each fact as of the session's day, with
     * the session as its source, replacing what this session recorded before (when it is edited).
     * A session never lowers a status it did not set (a VNeID level 1 session after level 2 is
     * history, not a step back); "no smartphone" is recorded as it is said.
     */
    @Transactional
    public void recordFromSession(long sessionId, long memberId, LocalDate day, Map<Fact, Integer> facts) {
        forgetSession(sessionId);
        Member member = member(memberId);
        long by = StaffUser.require().id();
        LocalDateTime now = LocalDateTime.now(clock);
        facts.forEach((fact, value) -> {
            boolean lowers = value < member.fact(fact) && value > 0;
            if (!lowers && !member.erased()) {
                store.addFact(memberId, fact, Math.min(value, fact.max()), day, FactSource.SESSION, sessionId, by, now);
            }
        });
        markVisited(member.householdId(), day);
    }

    /** Takes back the facts a help session recorded (it was deleted, or is being recorded again). */
    @Transactional
    public void forgetSession(long sessionId) {
        jdbc.sql("DELETE FROM member_fact WHERE session_id = :s").param("s", sessionId).update();
    }

    /** Marks a household visited on a day (a help session with one of its members, or a home visit). */
    @RetryOnWriteConflict
    @Transactional
    public void visited(long householdId, LocalDate day) {
        household(householdId);
        markVisited(householdId, day);
    }

    private void markVisited(long householdId, LocalDate day) {
        jdbc.sql("UPDATE household SET last_visit_on = GREATEST(COALESCE(last_visit_on, :day), :day) WHERE id = :h")
                .param("day", day).param("h", householdId).update();
    }

    /** This year, in the villages' time zone: ages and birth years are checked against it. */
    int year() {
        return LocalDate.now(clock).getYear();
    }

    static HouseholdDetails checked(HouseholdDetails d) {
        String code = d.code() == null ? "" : d.code().strip().toUpperCase(Locale.ROOT);
        if (!CODE.matcher(code).matches()) {
            throw new HouseholdRefusedException(BAD_CODE);
        }
        String head = blank(d.headName()) ? null : People.name(d.headName()).orElseThrow(() -> new HouseholdRefusedException(BAD_NAME));
        String hamlet = text(d.hamlet(), 80);
        String address = text(d.addressLine(), 160);
        if (Formulas.startsLikeOne(hamlet)) {
            throw new HouseholdRefusedException(FORMULA_HAMLET);
        }
        if (Formulas.startsLikeOne(address)) {
            throw new HouseholdRefusedException(FORMULA_ADDRESS);
        }
        return new HouseholdDetails(code, head, hamlet, address);
    }

    MemberDetails checked(MemberDetails d) {
        String name = People.name(d.fullName()).orElseThrow(() -> new HouseholdRefusedException(BAD_NAME));
        int thisYear = year();
        if (d.birthYear() != null && (d.birthYear() > thisYear || d.birthYear() < thisYear - OLDEST)) {
            throw new HouseholdRefusedException(BAD_YEAR);
        }
        String phone = blank(d.phone()) ? null : People.phone(d.phone()).orElseThrow(() -> new HouseholdRefusedException(BAD_PHONE));
        boolean adult = d.birthYear() == null ? d.adult() : thisYear - d.birthYear() >= 14;
        return new MemberDetails(name, d.birthYear(), adult, d.gender(), phone);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    private static String text(String s, int max) {
        if (blank(s)) {
            return null;
        }
        String t = s.strip().replaceAll("\\s+", " ");
        return t.length() > max ? t.substring(0, max) : t;
    }
}
