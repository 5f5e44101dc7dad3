package vn.tramso.place;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.support.TransactionTemplate;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.table.Cells;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Table;
import vn.tramso.base.table.TableRow;

/**
 * Imports and exports the place tree as one row per village, with its commune and province and,
 * optionally, the code of its kiosk. A dry run lists every bad cell; the import writes all rows or
 * none; importing the same file again changes nothing (places are matched by code); a village
 * repeated in the file is reported and imported once. Each row may only make the changes its
 * importer may make on the place screens ({@link PlaceScope}, the same rules): an admin any; a
 * province admin the communes and villages of their province, never a province or a kiosk. A row
 * asking for more is refused at its cell. Its writes go through the same store methods as the
 * place screens' ({@link PlaceStore}, {@link KioskStore}).
 */
@Service
public class PlaceImport {

    public static final Column PROVINCE_CODE = Column.required("Mã tỉnh");
    public static final Column PROVINCE_NAME = Column.required("Tên tỉnh");
    public static final Column COMMUNE_CODE = Column.required("Mã xã");
    public static final Column COMMUNE_NAME = Column.required("Tên xã");
    public static final Column COMMUNE_KIND = Column.optional("Loại xã");
    public static final Column VILLAGE_CODE = Column.required("Mã thôn");
    public static final Column VILLAGE_NAME = Column.required("Tên thôn");
    public static final Column VILLAGE_KIND = Column.optional("Loại thôn");
    public static final Column HOUSE = Column.optional("Nhà văn hóa");
    public static final Column HOUSE_ADDRESS = Column.optional("Địa chỉ nhà văn hóa");
    public static final Column KIOSK = Column.optional("Mã kiosk");
    public static final List<Column> COLUMNS = List.of(PROVINCE_CODE, PROVINCE_NAME, COMMUNE_CODE, COMMUNE_NAME,
            COMMUNE_KIND, VILLAGE_CODE, VILLAGE_NAME, VILLAGE_KIND, HOUSE, HOUSE_ADDRESS, KIOSK);

    private final PlaceStore places;
    private final KioskStore kiosks;
    private final TransactionTemplate tx;
    private final PlaceScope scope;

    PlaceImport(PlaceStore places, KioskStore kiosks, TransactionTemplate tx, PlaceScope scope) {
        this.places = places;
        this.kiosks = kiosks;
        this.tx = tx;
        this.scope = scope;
    }

    /** What the import would do, writing nothing. */
    public ImportReport preview(Table table) {
        return plan(table).report();
    }

    /**
     * Writes the whole file in one transaction.
     *
     * @throws ImportRefusedException (writing nothing) when the file has any problem
     */
    public ImportReport commit(Table table) {
        return tx.execute(status -> {
            Plan plan = plan(table);
            if (!plan.report().ok()) {
                throw new ImportRefusedException(plan.report());
            }
            plan.apply();
            return plan.report();
        });
    }

    /** The places the signed-in staff member may see, in the import file's shape. */
    public List<List<String>> export() {
        StaffUser user = StaffUser.require();
        return places.villageLines().stream().filter(line -> visible(user, line.provinceId(), line.communeId()))
                .map(line -> cells(line.row())).toList();
    }

    private static List<String> cells(PlaceRow r) {
        return List.of(r.provinceCode(), r.provinceName(), r.communeCode(), r.communeName(), r.communeKind().label(),
                r.villageCode(), r.villageName(), r.villageKind().label(), r.house(), Objects.toString(r.address(), ""),
                Objects.toString(r.kiosk(), ""));
    }

    private static boolean visible(StaffUser user, long provinceId, long communeId) {
        return Coverage.covers(user, PlaceRef.of(new CommuneId(communeId), new ProvinceId(provinceId)));
    }

    private Plan plan(Table table) {
        if (!scope.mayImportPlaces()) {
            throw new AccessDeniedException("Only admins import places");
        }
        Plan plan = new Plan(table.rows().size());
        PlaceTree tree = new PlaceTree(places, kiosks);
        PlaceImportRules rules = new PlaceImportRules(scope, tree);
        for (TableRow row : table.rows()) {
            PlaceRow r = read(row, plan.problems);
            if (rules.allowed(row.number(), r, plan.problems)) {
                plan.add(row.number(), r);
            }
        }
        plan.compare(tree, places, kiosks);
        return plan;
    }

    /** The row's values, each cell's problem recorded; the row is still compared with the others. */
    private static PlaceRow read(TableRow row, List<ImportProblem> problems) {
        String provinceCode = code(row, PROVINCE_CODE, problems);
        String provinceName = name(row, PROVINCE_NAME, problems);
        String communeCode = code(row, COMMUNE_CODE, problems);
        String communeName = name(row, COMMUNE_NAME, problems);
        CommuneKind communeKind = Cells.choice(row.get(COMMUNE_KIND), CommuneKind.values(), CommuneKind::label, CommuneKind.XA)
                .orElseGet(() -> {
                    problems.add(new ImportProblem(row.number(), COMMUNE_KIND.header(), "chọn một trong: "
                            + String.join(", ", Arrays.stream(CommuneKind.values()).map(CommuneKind::label).toList())));
                    return null;
                });
        String villageCode = code(row, VILLAGE_CODE, problems);
        String villageName = name(row, VILLAGE_NAME, problems);
        VillageKind villageKind = Cells.choice(row.get(VILLAGE_KIND), VillageKind.values(), VillageKind::label, VillageKind.THON)
                .orElseGet(() -> {
                    problems.add(new ImportProblem(row.number(), VILLAGE_KIND.header(), "chọn một trong: "
                            + String.join(", ", Arrays.stream(VillageKind.values()).map(VillageKind::label).toList())));
                    return null;
                });
        String house = row.get(HOUSE);
        if (house.length() > PlaceAdmin.MAX_NAME) {
            problems.add(new ImportProblem(row.number(), HOUSE.header(), "quá dài: tối đa " + PlaceAdmin.MAX_NAME + " ký tự"));
        }
        noFormula(row, HOUSE, house, problems);
        String address = row.get(HOUSE_ADDRESS);
        if (address.length() > 255) {
            problems.add(new ImportProblem(row.number(), HOUSE_ADDRESS.header(), "quá dài: tối đa 255 ký tự"));
        }
        noFormula(row, HOUSE_ADDRESS, address, problems);
        String kiosk = row.get(KIOSK);
        if (!kiosk.isEmpty() && !PlaceService.KIOSK_CODE.matcher(kiosk).matches()) {
            problems.add(new ImportProblem(row.number(), KIOSK.header(),
                    "mã kiosk chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ dinh-du"));
        }
        return new PlaceRow(provinceCode, provinceName, communeCode, communeName, communeKind, villageCode,
                villageName, villageKind, house.isEmpty() && !villageName.isEmpty() ? PlaceAdmin.defaultCulturalHouse(villageName) : house,
                address.isEmpty() ? null : address, kiosk.isEmpty() ? null : kiosk);
    }

    private static String code(TableRow row, Column column, List<ImportProblem> problems) {
        String value = row.get(column);
        if (value.isEmpty()) {
            problems.add(new ImportProblem(row.number(), column.header(), "còn trống"));
        } else if (value.length() > 32 || !PlaceAdmin.CODE.matcher(value).matches()) {
            problems.add(new ImportProblem(row.number(), column.header(),
                    "mã chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang, ví dụ HY-HQ-TRA-PHUONG (đang là '" + value + "')"));
        }
        return value;
    }

    private static String name(TableRow row, Column column, List<ImportProblem> problems) {
        String value = row.get(column).replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            problems.add(new ImportProblem(row.number(), column.header(), "còn trống"));
        } else if (value.length() > PlaceAdmin.MAX_NAME) {
            problems.add(new ImportProblem(row.number(), column.header(), "quá dài: tối đa " + PlaceAdmin.MAX_NAME + " ký tự"));
        }
        noFormula(row, column, value, problems);
        return value;
    }

    private static void noFormula(TableRow row, Column column, String value, List<ImportProblem> problems) {
        if (Formulas.startsLikeOne(value)) {
            problems.add(new ImportProblem(row.number(), column.header(), Formulas.REFUSAL));
        }
    }

    /** One row of the file, read. */
    record PlaceRow(String provinceCode, String provinceName, String communeCode, String communeName, CommuneKind communeKind,
                    String villageCode, String villageName, VillageKind villageKind, String house, String address,
                    String kiosk) {
    }

    /** What the file asks for, checked against itself and the database. */
    private static final class Plan {
        final int rows;
        final List<ImportProblem> problems = new ArrayList<>();
        final List<ImportProblem> duplicates = new ArrayList<>();
        final Map<String, Numbered<String>> provinces = new LinkedHashMap<>();
        final Map<String, Numbered<PlaceRow>> communes = new LinkedHashMap<>();
        final Map<String, Numbered<PlaceRow>> villages = new LinkedHashMap<>();
        final Map<String, Numbered<String>> kiosks = new LinkedHashMap<>();
        int added;
        int changed;
        int unchanged;
        final List<Runnable> writes = new ArrayList<>();

        Plan(int rows) {
            this.rows = rows;
        }

        record Numbered<T>(int row, T value) {
        }

        void add(int row, PlaceRow r) {
            Numbered<String> province = provinces.putIfAbsent(r.provinceCode, new Numbered<>(row, r.provinceName));
            if (province != null && !province.value().equals(r.provinceName)) {
                problems.add(new ImportProblem(row, PROVINCE_NAME.header(),
                        "khác với dòng " + province.row() + " ('" + province.value() + "') cho cùng mã tỉnh " + r.provinceCode));
            }
            Numbered<PlaceRow> commune = communes.putIfAbsent(r.communeCode, new Numbered<>(row, r));
            if (commune != null && !(commune.value().provinceCode.equals(r.provinceCode)
                    && commune.value().communeName.equals(r.communeName) && commune.value().communeKind == r.communeKind)) {
                problems.add(new ImportProblem(row, COMMUNE_NAME.header(),
                        "xã " + r.communeCode + " khác với dòng " + commune.row() + " (tỉnh, tên hoặc loại xã)"));
            }
            Numbered<PlaceRow> village = villages.putIfAbsent(r.villageCode, new Numbered<>(row, r));
            if (village != null) {
                if (village.value().equals(r)) {
                    duplicates.add(new ImportProblem(row, "", "trùng dòng " + village.row() + " (thôn " + r.villageCode
                            + "): chỉ nhập một lần"));
                } else {
                    problems.add(new ImportProblem(row, VILLAGE_CODE.header(),
                            "thôn " + r.villageCode + " đã có ở dòng " + village.row() + " với thông tin khác"));
                }
            }
            if (r.kiosk != null) {
                Numbered<String> kiosk = kiosks.putIfAbsent(r.kiosk, new Numbered<>(row, r.villageCode));
                if (kiosk != null && !kiosk.value().equals(r.villageCode)) {
                    problems.add(new ImportProblem(row, KIOSK.header(),
                            "mã kiosk " + r.kiosk + " đã dùng cho thôn khác ở dòng " + kiosk.row()));
                }
            }
        }

        /**
         * Compares with the tree as it was and lines up the writes, through the same store methods
         * as the place screens. A place added by an earlier write is found by its code in the later
         * ones (a commune's province, a village's commune, a kiosk's village).
         */
        void compare(PlaceTree tree, PlaceStore placeStore, KioskStore kioskStore) {
            if (!problems.isEmpty()) {
                return;
            }
            Map<String, Long> provinceIds = new HashMap<>();
            Map<String, Long> communeIds = new HashMap<>();
            Map<String, Long> villageIds = new HashMap<>();
            provinces.forEach((code, p) -> {
                Province db = tree.province(code);
                boolean differs = db != null && !db.name().equals(p.value());
                count(db == null, differs);
                if (db == null) {
                    writes.add(() -> provinceIds.put(code, placeStore.addProvince(code, p.value())));
                    return;
                }
                provinceIds.put(code, db.id());
                if (differs) {
                    writes.add(() -> placeStore.rename(PlaceLevel.PROVINCE, db.id(), p.value()));
                }
            });
            communes.forEach((code, n) -> {
                PlaceRow r = n.value();
                Commune db = tree.commune(code);
                if (db != null && !tree.provinceCode(db).equals(r.provinceCode)) {
                    problems.add(new ImportProblem(n.row(), COMMUNE_CODE.header(),
                            "mã xã " + code + " đã có ở tỉnh " + tree.provinceCode(db) + ", không phải " + r.provinceCode));
                    return;
                }
                boolean differs = db != null && !(db.name().equals(r.communeName) && db.kind() == r.communeKind);
                count(db == null, differs);
                if (db == null) {
                    writes.add(() -> communeIds.put(code,
                            placeStore.addCommune(provinceIds.get(r.provinceCode), code, r.communeName, r.communeKind)));
                    return;
                }
                communeIds.put(code, db.id());
                if (differs) {
                    writes.add(() -> {
                        placeStore.rename(PlaceLevel.COMMUNE, db.id(), r.communeName);
                        placeStore.changeCommuneKind(db.id(), r.communeKind);
                    });
                }
            });
            villages.forEach((code, n) -> {
                PlaceRow r = n.value();
                Village db = tree.village(code);
                if (db != null && !tree.communeCode(db).equals(r.communeCode)) {
                    problems.add(new ImportProblem(n.row(), VILLAGE_CODE.header(),
                            "mã thôn " + code + " đã có ở xã " + tree.communeCode(db) + ", không phải " + r.communeCode));
                    return;
                }
                boolean differs = db != null && !(db.name().equals(r.villageName) && db.kind() == r.villageKind
                        && db.culturalHouse().equals(r.house)
                        && Objects.toString(db.culturalHouseAddress(), "").equals(Objects.toString(r.address, "")));
                count(db == null, differs);
                if (db == null) {
                    writes.add(() -> villageIds.put(code, placeStore.addVillage(communeIds.get(r.communeCode), code,
                            r.villageName, r.villageKind, r.house, r.address)));
                    return;
                }
                villageIds.put(code, db.id());
                if (differs) {
                    writes.add(() -> {
                        placeStore.rename(PlaceLevel.VILLAGE, db.id(), r.villageName);
                        placeStore.changeVillageKind(db.id(), r.villageKind);
                        placeStore.changeCulturalHouse(db.id(), r.house, r.address);
                    });
                }
            });
            kiosks.forEach((code, n) -> {
                String db = tree.kioskVillage(code);
                if (db != null && !db.equals(n.value())) {
                    problems.add(new ImportProblem(n.row(), KIOSK.header(), "mã kiosk " + code + " đã dùng ở thôn " + db));
                    return;
                }
                count(db == null, false);
                if (db == null) {
                    writes.add(() -> kioskStore.addKiosk(code, villageIds.get(n.value())));
                }
            });
        }

        void apply() {
            writes.forEach(Runnable::run);
        }

        private void count(boolean isNew, boolean differs) {
            if (isNew) {
                added++;
            } else if (differs) {
                changed++;
            } else {
                unchanged++;
            }
        }

        ImportReport report() {
            return new ImportReport(rows, problems, duplicates, added, changed, unchanged);
        }
    }
}
