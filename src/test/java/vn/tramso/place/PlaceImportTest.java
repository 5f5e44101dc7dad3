package vn.tramso.place;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.IntegrationTest;
import vn.tramso.TestStaff;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableReader;
import vn.tramso.base.table.TableWriter;

/** The place tree imported from one row per village: dry run, all or nothing, idempotent, duplicates once. */
@IntegrationTest
class PlaceImportTest {

    static final String HEADER = "Mã tỉnh,Tên tỉnh,Mã xã,Tên xã,Loại xã,Mã thôn,Tên thôn,Loại thôn,Nhà văn hóa,Địa chỉ nhà văn hóa,Mã kiosk\n";

    @Autowired
    PlaceImport imports;
    @Autowired
    PlaceEditor admin;
    @Autowired
    Places places;
    @Autowired
    TestStaff staff;
    @Autowired
    JdbcClient jdbc;

    @Test
    void a_good_file_imports_every_level_once_and_again_changes_nothing() throws Exception {
        Table file = csv(HEADER
                + "TQ,Tỉnh Tuyên Quang,TQ-HL,Xã Hà Lang,xã,TQ-HL-NA-LUONG,Thôn Nà Lương,Thôn,,,na-luong\n"
                + "TQ,Tỉnh Tuyên Quang,TQ-HL,Xã Hà Lang,Xã,TQ-HL-BAN-KHUONG,Bản Khương,bản,Nhà văn hóa bản Khương,Bản Khương,\n"
                + "TQ,Tỉnh Tuyên Quang,TQ-HL,Xã Hà Lang,Xã,TQ-HL-BAN-KHUONG,Bản Khương,bản,Nhà văn hóa bản Khương,Bản Khương,\n");

        ImportReport dryRun = staff.as("admin", () -> imports.preview(file));
        assertThat(dryRun.ok()).isTrue();
        assertThat(dryRun.added()).as("two villages and a kiosk; the province and commune exist").isEqualTo(3);
        assertThat(dryRun.unchanged()).isEqualTo(2);
        assertThat(dryRun.duplicates()).extracting(ImportProblem::row).containsExactly(4);
        assertThat(villages("TQ-HL-%")).as("a dry run writes nothing").isZero();

        staff.as("admin", () -> imports.commit(file));
        assertThat(villages("TQ-HL-%")).isEqualTo(2);
        assertThat(jdbc.sql("SELECT kind FROM village WHERE code = 'TQ-HL-BAN-KHUONG'").query(String.class).single()).isEqualTo("BAN");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kiosk WHERE code = 'na-luong'").query(Integer.class).single()).isEqualTo(1);
        assertThat(jdbc.sql("SELECT cultural_house_name FROM village WHERE code = 'TQ-HL-NA-LUONG'").query(String.class).single())
                .isEqualTo("Nhà văn hóa thôn Nà Lương");

        ImportReport again = staff.as("admin", () -> imports.commit(file));
        assertThat(again.added()).isZero();
        assertThat(again.changed()).isZero();
        assertThat(villages("TQ-HL-%")).isEqualTo(2);
    }

    @Test
    void an_import_adds_a_new_province_down_to_its_kiosk_and_a_second_file_changes_them_as_the_place_screens_show()
            throws Exception {
        String province = "IMP" + ThreadLocalRandom.current().nextInt(100_000, 1_000_000);
        String commune = province + "-A";
        String village = commune + "-MOT";
        String kiosk = province.toLowerCase() + "-mot";
        Table first = csv(HEADER + province + ",Tỉnh Nhập," + commune + ",Xã Nhập,Xã," + village + ",Thôn Một,Thôn,,,"
                + kiosk + "\n");
        Table second = csv(HEADER + province + ",Tỉnh Nhập Mới," + commune + ",Phường Nhập,Phường," + village
                + ",Tổ Một,Tổ dân phố,Nhà văn hóa tổ Một,Số 1 đường Chính," + kiosk + "\n");

        ImportReport added = staff.as("admin", () -> imports.commit(first));
        assertThat(added.added()).as("a province, a commune, a village and a kiosk").isEqualTo(4);
        assertThat(places.kioskPlace(kiosk)).hasValue(new KioskPlace(kiosk, village, "Thôn Một", "Nhà văn hóa thôn Một",
                "Xã Nhập", "Tỉnh Nhập"));

        ImportReport changed = staff.as("admin", () -> imports.commit(second));
        assertThat(changed.changed()).as("the province, the commune and the village").isEqualTo(3);
        assertThat(changed.unchanged()).as("the kiosk").isEqualTo(1);
        Province p = staff.as("admin", () -> admin.provinces()).stream().filter(x -> x.code().equals(province))
                .findFirst().orElseThrow();
        assertThat(p.name()).isEqualTo("Tỉnh Nhập Mới");
        List<Commune> communes = staff.as("admin", () -> admin.communes(p.id()));
        assertThat(communes).extracting(Commune::code, Commune::name, Commune::kind)
                .containsExactly(tuple(commune, "Phường Nhập", CommuneKind.PHUONG));
        List<Village> villages = staff.as("admin", () -> admin.villages(communes.getFirst().id()));
        assertThat(villages).extracting(Village::code, Village::name, Village::kind, Village::culturalHouse,
                        Village::culturalHouseAddress)
                .containsExactly(tuple(village, "Tổ Một", VillageKind.TO_DAN_PHO, "Nhà văn hóa tổ Một", "Số 1 đường Chính"));
        assertThat(staff.as("admin", () -> imports.commit(second)).changed()).as("the same file again").isZero();
    }

    @Test
    void every_bad_cell_is_listed_by_row_and_column_and_nothing_is_written() throws Exception {
        Table file = csv(HEADER
                + "HY,Tỉnh Hưng Yên,HY-LD,Xã Lạc Đạo,Xã,HY-LD-MOT,Thôn Một,Thôn,,,\n"
                + "hy,Tỉnh Hưng Yên,HY-LD,Xã Lạc Đạo,huyện,HY-LD-HAI,,Thôn,,,Kiosk Hai\n"
                + "HY,Tỉnh Hưng Yên Khác,HY-LD,Xã Lạc Đạo,Xã,HY-LD-BA,Thôn Ba,làng,,,\n"
                + "HY,Tỉnh Hưng Yên,HY-LD,Xã Lạc Đạo,Xã,HY-LD-MOT,Thôn Một Khác,Thôn,,,\n"
                + "HY,Tỉnh Hưng Yên,HN-HV,Xã Hồng Vân,Xã,HY-HV-X,Thôn X,Thôn,,,\n");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("admin", () -> imports.commit(file)));

        assertThat(refused).isNotNull();
        assertThat(refused.report().problems()).extracting(ImportProblem::toString).anySatisfy(p -> assertThat(p)
                .startsWith("Dòng 3, cột 'Mã tỉnh'")).anySatisfy(p -> assertThat(p).startsWith("Dòng 3, cột 'Loại xã'")
                .contains("Xã, Phường, Đặc khu")).anySatisfy(p -> assertThat(p).startsWith("Dòng 3, cột 'Tên thôn': còn trống"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 3, cột 'Mã kiosk'"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Tên tỉnh'").contains("dòng 2"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 4, cột 'Loại thôn'"))
                .anySatisfy(p -> assertThat(p).startsWith("Dòng 5, cột 'Mã thôn'").contains("dòng 2"));
        assertThat(villages("HY-LD-%")).as("all or nothing").isZero();

        Table elsewhere = csv(HEADER + "HY,Tỉnh Hưng Yên,HN-HV,Xã Hồng Vân,Xã,HY-HV-X,Thôn X,Thôn,,,\n");
        assertThat(staff.as("admin", () -> imports.preview(elsewhere)).problems()).singleElement()
                .satisfies(p -> assertThat(p.toString()).contains("đã có ở tỉnh HN"));
    }

    @Test
    void a_province_admin_imports_only_rows_of_their_province() throws Exception {
        Table file = csv(HEADER + "HN,Thành phố Hà Nội,HN-HV,Xã Hồng Vân,Xã,HN-HV-MOI,Thôn Mới,Thôn,,,\n"
                + "HY,Tỉnh Hưng Yên,HY-HQ,Xã Hồng Quang,Xã,HY-HQ-MOI-NHAP,Thôn Mới Nhập,Thôn,,,\n");

        ImportReport report = staff.as("tinh.hungyen", () -> imports.preview(file));

        assertThat(report.problems()).singleElement().satisfies(p -> {
            assertThat(p.row()).isEqualTo(2);
            assertThat(p.message()).contains("không phải tỉnh bạn quản lý");
        });
    }

    @Test
    void a_province_admin_cannot_rename_their_province_or_add_a_kiosk_by_import_and_an_admin_can() throws Exception {
        Table file = csv(HEADER + "HY,Tỉnh Hưng Yên Mới,HY-HQ,Xã Hồng Quang,Xã,HY-HQ-TRA-PHUONG,Thôn Trà Phương,Thôn,,,tra-phuong\n"
                + "HY,Tỉnh Hưng Yên Mới,HY-HQ,Xã Hồng Quang,Xã,HY-HQ-KIOSK-MOI,Thôn Kiosk Mới,Thôn,,,kiosk-moi\n"
                + "HY,Tỉnh Hưng Yên Mới,HY-NQ,Xã Như Quỳnh Mới,Phường,HY-NQ-DINH-DU,Thôn Đình Dù,Thôn,,,\n"
                + "HY,Tỉnh Hưng Yên Mới,HY-XA-MOI,Xã Mới,Xã,HY-XA-MOI-MOT,Thôn Một,Thôn,,,\n");

        ImportReport dryRun = staff.as("tinh.hungyen", () -> imports.preview(file));
        assertThat(dryRun.problems()).extracting(ImportProblem::toString)
                .contains("Dòng 2, cột 'Tên tỉnh': chỉ quản trị viên mới được đổi tên tỉnh",
                        "Dòng 3, cột 'Tên tỉnh': chỉ quản trị viên mới được đổi tên tỉnh",
                        "Dòng 3, cột 'Mã kiosk': chỉ quản trị viên mới được gắn mã kiosk (mã 'kiosk-moi' chưa có)")
                .noneSatisfy(p -> assertThat(p).as("a province admin keeps the communes and villages of their province, "
                        + "and a kiosk already there is no change").containsAnyOf("cột 'Tên xã'", "cột 'Mã xã'", "Dòng 2, cột 'Mã kiosk'"))
                .hasSize(5);
        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("tinh.hungyen", () -> imports.commit(file)));
        assertThat(refused).as("the import is refused").isNotNull();
        assertThat(jdbc.sql("SELECT name FROM province WHERE code = 'HY'").query(String.class).single()).isEqualTo("Tỉnh Hưng Yên");
        assertThat(jdbc.sql("SELECT COUNT(*) FROM kiosk WHERE code = 'kiosk-moi'").query(Integer.class).single()).isZero();
        assertThat(villages("HY-HQ-KIOSK-MOI")).as("nothing is written").isZero();

        ImportReport byAdmin = staff.as("admin", () -> imports.preview(file));
        assertThat(byAdmin.problems()).as("an admin may make every change of the file").isEmpty();
        assertThat(byAdmin.changed()).as("the province and a commune").isEqualTo(2);
        assertThat(byAdmin.added()).as("a commune, two villages and a kiosk").isEqualTo(4);
    }

    @Test
    void as_on_the_screens_nothing_new_is_imported_under_a_place_no_longer_in_use() throws Exception {
        staff.run("admin", () -> {
            long province = admin.addProvince("NG", "Tỉnh Ngừng");
            long commune = admin.addCommune(province, "NG-A", "Xã A", CommuneKind.XA);
            admin.retire(PlaceLevel.COMMUNE, commune);
            admin.retire(PlaceLevel.PROVINCE, province);
        });
        Table file = csv(HEADER + "NG,Tỉnh Ngừng,NG-A,Xã A,Xã,NG-A-MOT,Thôn Một,Thôn,,,\n"
                + "NG,Tỉnh Ngừng,NG-B,Xã B,Xã,NG-B-MOT,Thôn Một,Thôn,,,\n");

        ImportRefusedException refused = catchThrowableOfType(ImportRefusedException.class,
                () -> staff.as("admin", () -> imports.commit(file)));

        assertThat(refused.report().problems()).extracting(ImportProblem::toString).containsExactly(
                "Dòng 2, cột 'Mã thôn': xã 'NG-A' đã ngừng dùng: hãy dùng lại xã trước khi thêm thôn",
                "Dòng 3, cột 'Mã xã': tỉnh 'NG' đã ngừng dùng: hãy dùng lại tỉnh trước khi thêm xã");
        assertThat(villages("NG-%")).isZero();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM commune WHERE code = 'NG-B'").query(Integer.class).single()).isZero();
    }

    @Test
    void the_export_has_the_import_shape_and_imports_back_unchanged() throws Exception {
        List<List<String>> rows = staff.as("admin", () -> imports.export());
        assertThat(rows).anySatisfy(r -> assertThat(r).startsWith("HY", "Tỉnh Hưng Yên", "HY-HQ", "Xã Hồng Quang", "Xã",
                "HY-HQ-TRA-PHUONG"));

        Table back = TableReader.read("dia-ban.xlsx", TableWriter.xlsx("dia-ban", PlaceImport.COLUMNS, rows), PlaceImport.COLUMNS);
        ImportReport report = staff.as("admin", () -> imports.preview(back));
        assertThat(report.ok()).isTrue();
        assertThat(report.added()).isZero();
        assertThat(report.changed()).isZero();
    }

    private int villages(String like) {
        return jdbc.sql("SELECT COUNT(*) FROM village WHERE code LIKE :c").param("c", like).query(Integer.class).single();
    }

    private static Table csv(String text) throws Exception {
        return TableReader.read("dia-ban.csv", text.getBytes(StandardCharsets.UTF_8), PlaceImport.COLUMNS);
    }
}
