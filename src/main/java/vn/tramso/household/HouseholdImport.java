package vn.tramso.household;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Importer;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;
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
 * ({@link HouseholdStore}, {@link MemberStore}), in batches. The reading, the dry run and the
 * all-or-nothing write are the one import engine's ({@link Importer}); the household's parts are
 * {@link HouseholdImportRows}.
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

    static final String ERASED_MEMBER = "Thành viên này đã được xoá theo yêu cầu của người dân (Luật Bảo vệ dữ liệu cá nhân)"
            + " nên không được nhập lại; hãy xoá dòng này khỏi tệp của bạn";
    static final String ERASED_HEAD = "Chủ hộ này đã được xoá theo yêu cầu của người dân (Luật Bảo vệ dữ liệu cá nhân)"
            + " nên tên không được nhập lại; hãy xoá tên này khỏi tệp của bạn";

    private final PlaceScope scope;
    private final Households households;
    private final HouseholdStore householdStore;
    private final MemberStore memberStore;
    private final Tombstones tombstones;
    private final Importer importer;
    private final Clock clock;

    HouseholdImport(PlaceScope scope, Households households, HouseholdStore householdStore, MemberStore memberStore,
                    Tombstones tombstones, Importer importer, Clock clock) {
        this.scope = scope;
        this.households = households;
        this.householdStore = householdStore;
        this.memberStore = memberStore;
        this.tombstones = tombstones;
        this.importer = importer;
        this.clock = clock;
    }

    /** What the import would do, writing nothing. */
    public ImportReport preview(Table table, Progress progress) {
        return importer.preview(table, progress, this::changes);
    }

    /**
     * Writes the whole file in one transaction.
     *
     * @throws ImportRefusedException (writing nothing) when the file has any problem
     */
    public ImportReport commit(Table table, Progress progress) {
        return importer.commit(table, progress, this::changes);
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

    /** One run's household parts: into the villages of the importer's place, at this moment. */
    private HouseholdImportRows changes() {
        Map<String, Village> villages = scope.villages().stream().collect(Collectors.toMap(Village::code, v -> v));
        int year = households.year();
        return new HouseholdImportRows(new RegisterRowReader(villages, year), householdStore, memberStore, tombstones,
                LocalDateTime.now(clock), year);
    }
}
