package vn.tramso.household;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.People;
import vn.tramso.base.table.Cells;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableRow;
import vn.tramso.household.HouseholdStore.HouseholdChange;
import vn.tramso.household.HouseholdStore.NewHousehold;
import vn.tramso.household.MemberStore.MemberChange;
import vn.tramso.household.MemberStore.NewMember;
import vn.tramso.household.MemberStore.Registered;
import vn.tramso.place.PlaceScope;
import vn.tramso.place.Village;
import vn.tramso.place.VillageId;

/**
 * Imports and exports households and their members, one row per member, as a village's register
 * lists them. A dry run lists every bad cell; the import writes all rows or none; importing the
 * same file again changes nothing (households are matched by village and code, members by name
 * and birth year in their household); a member repeated in the file is reported and imported
 * once. Members missing from the file are left as they are: an import never deletes. A member
 * erased on request, or an erased head's name, in an older file is recognised by its
 * {@link Tombstones fingerprint}, reported and left out: an import never brings them back.
 * Households and members are written by the same statements as a volunteer's form
 * ({@link HouseholdStore}, {@link MemberStore}), in batches.
 */
@Service
public class HouseholdImport {

    public static final Column VILLAGE = Column.required("Mã thôn");
    public static final Column CODE = Column.required("Mã hộ");
    public static final Column HEAD = Column.optional("Chủ hộ");
    public static final Column HAMLET = Column.optional("Xóm/Tổ");
    public static final Column ADDRESS = Column.optional("Địa chỉ");
    public static final Column NAME = Column.required("Họ và tên");
    public static final Column BIRTH_YEAR = Column.optional("Năm sinh");
    public static final Column GENDER = Column.optional("Giới tính");
    public static final Column PHONE = Column.optional("Điện thoại");
    public static final List<Column> COLUMNS = List.of(VILLAGE, CODE, HEAD, HAMLET, ADDRESS, NAME, BIRTH_YEAR, GENDER, PHONE);

    private static final int BATCH = 1000;

    static final String ERASED_MEMBER = "Thành viên này đã được xoá theo yêu cầu của người dân (Luật Bảo vệ dữ liệu cá nhân)"
            + " nên không được nhập lại; hãy xoá dòng này khỏi tệp của bạn";
    static final String ERASED_HEAD = "Chủ hộ này đã được xoá theo yêu cầu của người dân (Luật Bảo vệ dữ liệu cá nhân)"
            + " nên tên không được nhập lại; hãy xoá tên này khỏi tệp của bạn";

    private final PlaceScope scope;
    private final HouseholdService households;
    private final HouseholdStore householdStore;
    private final MemberStore memberStore;
    private final Tombstones tombstones;
    private final TransactionTemplate tx;
    private final Clock clock;

    HouseholdImport(PlaceScope scope, HouseholdService households, HouseholdStore householdStore, MemberStore memberStore,
                    Tombstones tombstones, TransactionTemplate tx, Clock clock) {
        this.scope = scope;
        this.households = households;
        this.householdStore = householdStore;
        this.memberStore = memberStore;
        this.tombstones = tombstones;
        this.tx = tx;
        this.clock = clock;
    }

    /** What the import would do, writing nothing. */
    public ImportReport preview(Table table, Progress progress) {
        return plan(table, progress).report();
    }

    /**
     * Writes the whole file in one transaction.
     *
     * @throws ImportRefusedException (writing nothing) when the file has any problem
     */
    public ImportReport commit(Table table, Progress progress) {
        return tx.execute(status -> {
            Plan plan = plan(table, progress);
            if (!plan.report().ok()) {
                throw new ImportRefusedException(plan.report());
            }
            plan.apply(this, progress);
            return plan.report();
        });
    }

    /** The households and members of a village, in the import file's shape; erased members are left out. */
    public List<List<String>> export(long villageId) {
        Village village = scope.village(new VillageId(villageId));
        return memberStore.register(villageId).stream()
                .map(l -> List.of(village.code(), l.code(), Objects.toString(l.headName(), ""), Objects.toString(l.hamlet(), ""),
                        Objects.toString(l.addressLine(), ""), l.fullName(), Objects.toString(l.birthYear(), ""),
                        l.gender() == null ? "" : l.gender().label(), Objects.toString(l.phone(), "")))
                .toList();
    }

    private Plan plan(Table table, Progress progress) {
        Map<String, Village> villages = scope.villages().stream().collect(Collectors.toMap(Village::code, v -> v));
        Plan plan = new Plan(table.rows().size(), LocalDateTime.now(clock));
        int done = 0;
        for (TableRow row : table.rows()) {
            ImportRow r = read(row, villages, plan.problems);
            if (r != null) {
                plan.add(row.number(), r);
            }
            if (++done % BATCH == 0) {
                progress.rows(done, table.rows().size() * 2);
            }
        }
        if (plan.problems.isEmpty()) {
            plan.compare(this);
        }
        progress.rows(table.rows().size(), table.rows().size() * 2);
        return plan;
    }

    /** The row's values, each bad cell recorded; {@code null} when the row cannot be placed at all. */
    private ImportRow read(TableRow row, Map<String, Village> villages, List<ImportProblem> problems) {
        int n = row.number();
        String villageCode = row.get(VILLAGE);
        Village village = villages.get(villageCode);
        if (villageCode.isEmpty()) {
            problems.add(new ImportProblem(n, VILLAGE.header(), "còn trống"));
        } else if (village == null) {
            problems.add(new ImportProblem(n, VILLAGE.header(), "không có thôn '" + villageCode + "' trong địa bàn bạn quản lý"));
        }
        String code = row.get(CODE).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            problems.add(new ImportProblem(n, CODE.header(), "còn trống"));
        } else if (!HouseholdService.CODE.matcher(code).matches()) {
            problems.add(new ImportProblem(n, CODE.header(), "mã hộ chỉ gồm chữ, số, dấu chấm, gạch chéo và gạch ngang, tối đa 32 ký tự"));
        }
        String head = row.get(HEAD).isEmpty() ? null : People.name(row.get(HEAD)).orElseGet(() -> {
            problems.add(new ImportProblem(n, HEAD.header(), "tên chỉ gồm chữ và dấu cách, từ 2 đến 80 ký tự"));
            return null;
        });
        String hamlet = limited(row, HAMLET, 80, problems);
        String address = limited(row, ADDRESS, 160, problems);
        String name = People.name(row.get(NAME)).orElseGet(() -> {
            problems.add(new ImportProblem(n, NAME.header(), row.get(NAME).isEmpty() ? "còn trống"
                    : "tên chỉ gồm chữ và dấu cách, từ 2 đến 80 ký tự"));
            return null;
        });
        Integer birthYear = birthYear(row, problems);
        Gender gender = Cells.choice(row.get(GENDER), Gender.values(), Gender::label, null).orElse(null);
        if (gender == null && !row.get(GENDER).isEmpty()) {
            problems.add(new ImportProblem(n, GENDER.header(), "chọn một trong: "
                    + String.join(", ", Arrays.stream(Gender.values()).map(Gender::label).toList())));
        }
        String phone = row.get(PHONE).isEmpty() ? null : People.phoneFromSheet(row.get(PHONE)).orElseGet(() -> {
            problems.add(new ImportProblem(n, PHONE.header(), "số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09"));
            return null;
        });
        if (village == null || code.isEmpty() || name == null) {
            return null;
        }
        return new ImportRow(village.id(), code, head, hamlet, address, name, birthYear, gender, phone);
    }

    private Integer birthYear(TableRow row, List<ImportProblem> problems) {
        String cell = row.get(BIRTH_YEAR).replaceAll("\\.0$", "");
        if (cell.isEmpty()) {
            return null;
        }
        int year = households.year();
        try {
            int value = Integer.parseInt(cell);
            if (value <= year && value >= year - HouseholdService.OLDEST) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        problems.add(new ImportProblem(row.number(), BIRTH_YEAR.header(),
                "năm sinh bốn chữ số, từ " + (year - HouseholdService.OLDEST) + " đến " + year + " (đang là '" + cell + "')"));
        return null;
    }

    private static String limited(TableRow row, Column column, int max, List<ImportProblem> problems) {
        String value = row.get(column).replaceAll("\\s+", " ");
        if (value.length() > max) {
            problems.add(new ImportProblem(row.number(), column.header(), "quá dài: tối đa " + max + " ký tự"));
        }
        if (Formulas.startsLikeOne(value)) {
            problems.add(new ImportProblem(row.number(), column.header(), Formulas.REFUSAL));
        }
        return value.isEmpty() ? null : value;
    }

    /** One row of the file, read: a member and their household. */
    record ImportRow(long villageId, String code, String head, String hamlet, String address, String name, Integer birthYear,
                     Gender gender, String phone) {

        HouseholdKey household() {
            return new HouseholdKey(villageId, code);
        }

        MemberKey member() {
            return new MemberKey(villageId, code, name, birthYear);
        }

        boolean sameHousehold(ImportRow other) {
            return Objects.equals(head, other.head) && Objects.equals(hamlet, other.hamlet) && Objects.equals(address, other.address);
        }

        boolean sameMember(ImportRow other) {
            return gender == other.gender && Objects.equals(phone, other.phone);
        }
    }

    record HouseholdKey(long villageId, String code) {
    }

    record MemberKey(long villageId, String code, String name, Integer birthYear) {
    }

    record Numbered(int row, ImportRow value) {
    }

    Map<HouseholdKey, Household> existingHouseholds(List<Long> villageIds) {
        Map<HouseholdKey, Household> map = new HashMap<>();
        householdStore.households(villageIds).forEach(h -> map.put(new HouseholdKey(h.villageId(), h.code()), h));
        return map;
    }

    Map<MemberKey, Registered> existingMembers(List<Long> villageIds) {
        Map<MemberKey, Registered> map = new HashMap<>();
        memberStore.registered(villageIds).forEach(m -> map.put(
                new MemberKey(m.villageId(), m.householdCode(), m.details().fullName(), m.details().birthYear()), m));
        return map;
    }

    /** What the file asks for, checked against itself and the database. */
    private static final class Plan {
        final int rows;
        final LocalDateTime now;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportProblem> duplicates = new ArrayList<>();
        final List<ImportProblem> skipped = new ArrayList<>();
        final Map<HouseholdKey, Numbered> households = new LinkedHashMap<>();
        final Map<MemberKey, Numbered> members = new LinkedHashMap<>();
        final List<NewHousehold> newHouseholds = new ArrayList<>();
        final List<HouseholdChange> changedHouseholds = new ArrayList<>();
        final List<ImportRow> newMembers = new ArrayList<>();
        final List<MemberChange> changedMembers = new ArrayList<>();
        Map<HouseholdKey, Household> dbHouseholds = Map.of();
        int added;
        int changed;
        int unchanged;

        Plan(int rows, LocalDateTime now) {
            this.rows = rows;
            this.now = now;
        }

        void add(int row, ImportRow r) {
            Numbered household = households.putIfAbsent(r.household(), new Numbered(row, r));
            if (household != null && !household.value().sameHousehold(r)) {
                problems.add(new ImportProblem(row, HEAD.header(), "hộ " + r.code() + " khác với dòng " + household.row()
                        + " (chủ hộ, xóm/tổ hoặc địa chỉ): mỗi hộ ghi giống nhau ở mọi dòng"));
            }
            Numbered member = members.putIfAbsent(r.member(), new Numbered(row, r));
            if (member != null) {
                if (member.value().sameMember(r)) {
                    duplicates.add(new ImportProblem(row, "", "trùng dòng " + member.row() + " (" + r.name()
                            + (r.birthYear() == null ? "" : ", " + r.birthYear()) + ", hộ " + r.code() + "): chỉ nhập một lần"));
                } else {
                    problems.add(new ImportProblem(row, NAME.header(), r.name() + " của hộ " + r.code()
                            + " đã có ở dòng " + member.row() + " với giới tính hoặc điện thoại khác"));
                }
            }
        }

        /** Compares with the database and lines up the writes. */
        void compare(HouseholdImport imports) {
            List<Long> villageIds = households.keySet().stream().map(HouseholdKey::villageId).distinct().toList();
            if (villageIds.isEmpty()) {
                return;
            }
            dbHouseholds = imports.existingHouseholds(villageIds);
            Map<MemberKey, Registered> dbMembers = imports.existingMembers(villageIds);
            Set<String> erased = imports.householdStore.fingerprints(villageIds);
            households.forEach((key, n) -> {
                ImportRow r = n.value();
                Household db = dbHouseholds.get(key);
                String head = r.head();
                if (head != null && erased.contains(imports.tombstones.head(key.villageId(), key.code(), head))) {
                    skipped.add(new ImportProblem(n.row(), HEAD.header(), ERASED_HEAD));
                    head = db == null ? null : db.headName(); // whoever staff entered since stays
                }
                if (db == null) {
                    newHouseholds.add(new NewHousehold(key.villageId(), new HouseholdDetails(key.code(), head, r.hamlet(), r.address())));
                    added++;
                } else if (!(Objects.equals(db.headName(), head) && Objects.equals(db.hamlet(), r.hamlet())
                        && Objects.equals(db.addressLine(), r.address()))) {
                    changedHouseholds.add(new HouseholdChange(db.id(), new HouseholdDetails(db.code(), head, r.hamlet(), r.address())));
                    changed++;
                } else {
                    unchanged++;
                }
            });
            members.forEach((key, n) -> {
                ImportRow r = n.value();
                Registered db = dbMembers.get(key);
                if (db == null && erased.contains(imports.tombstones.member(key.villageId(), key.code(), key.name(), key.birthYear()))) {
                    skipped.add(new ImportProblem(n.row(), "", ERASED_MEMBER));
                } else if (db == null) {
                    newMembers.add(r);
                    added++;
                } else if (!(db.details().gender() == r.gender() && Objects.equals(db.details().phone(), r.phone()))) {
                    MemberDetails was = db.details(); // the file changes gender and phone only: the rest is written as stored
                    changedMembers.add(new MemberChange(db.id(),
                            new MemberDetails(was.fullName(), was.birthYear(), was.adult(), r.gender(), r.phone())));
                    changed++;
                } else {
                    unchanged++;
                }
            });
        }

        void apply(HouseholdImport imports, Progress progress) {
            inBatches(newHouseholds, batch -> imports.householdStore.addAll(batch, now));
            inBatches(changedHouseholds, batch -> imports.householdStore.updateAll(batch, now));
            Map<HouseholdKey, Household> ids = newHouseholds.isEmpty() ? dbHouseholds
                    : imports.existingHouseholds(households.keySet().stream().map(HouseholdKey::villageId).distinct().toList());
            int year = imports.households.year();
            List<NewMember> memberRows = newMembers.stream().map(r -> new NewMember(ids.get(r.household()).id(),
                    new MemberDetails(r.name(), r.birthYear(), r.birthYear() == null || year - r.birthYear() >= 14, r.gender(),
                            r.phone()))).toList();
            for (int from = 0; from < memberRows.size(); from += BATCH) {
                imports.memberStore.addAll(memberRows.subList(from, Math.min(memberRows.size(), from + BATCH)), now);
                progress.rows(rows + Math.min(rows, from + BATCH), rows * 2);
            }
            inBatches(changedMembers, batch -> imports.memberStore.updateAll(batch, now));
            progress.rows(rows * 2, rows * 2);
        }

        private static <T> void inBatches(List<T> all, Consumer<List<T>> write) {
            for (int from = 0; from < all.size(); from += BATCH) {
                write.accept(all.subList(from, Math.min(all.size(), from + BATCH)));
            }
        }

        ImportReport report() {
            return new ImportReport(rows, problems, duplicates, skipped, added, changed, unchanged);
        }
    }
}
