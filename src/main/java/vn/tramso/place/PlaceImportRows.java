package vn.tramso.place;

import static vn.tramso.place.PlaceImport.COMMUNE_CODE;
import static vn.tramso.place.PlaceImport.COMMUNE_NAME;
import static vn.tramso.place.PlaceImport.KIOSK;
import static vn.tramso.place.PlaceImport.PROVINCE_NAME;
import static vn.tramso.place.PlaceImport.VILLAGE_CODE;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import vn.tramso.base.table.FirstRows;
import vn.tramso.base.table.ImportPlan;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.base.table.ImportRows;
import vn.tramso.base.table.TableRow;
import vn.tramso.place.PlaceImport.PlaceRow;

/**
 * The place import's parts for the import engine: each row read ({@link PlaceRowReader}) and held
 * to what its importer may change ({@link PlaceImportRules}); the provinces, communes, villages and
 * kiosks it names, checked against each other across the file, then against the tree as it stood
 * ({@link PlaceTree}); and the writes, through the same store methods as the place screens.
 */
final class PlaceImportRows implements ImportRows<PlaceRow> {

    private final PlaceImportRules rules;
    private final PlaceTree tree;
    private final PlaceStore placeStore;
    private final KioskStore kioskStore;
    private final FirstRows<String, String> provinces = new FirstRows<>();
    private final FirstRows<String, PlaceRow> communes = new FirstRows<>();
    private final FirstRows<String, PlaceRow> villages = new FirstRows<>();
    private final FirstRows<String, String> kiosks = new FirstRows<>();

    PlaceImportRows(PlaceImportRules rules, PlaceTree tree, PlaceStore placeStore, KioskStore kioskStore) {
        this.rules = rules;
        this.tree = tree;
        this.placeStore = placeStore;
        this.kioskStore = kioskStore;
    }

    /** The row, unless it is outside its importer's place altogether (then it is not compared with the others). */
    @Override
    public PlaceRow read(TableRow row, ImportPlan plan) {
        PlaceRow r = PlaceRowReader.read(row, plan);
        List<ImportProblem> refused = new ArrayList<>();
        boolean allowed = rules.allowed(row.number(), r, refused);
        refused.forEach(plan::problem);
        return allowed ? r : null;
    }

    @Override
    public void add(int row, PlaceRow r, ImportPlan plan) {
        provinces.seen(r.provinceCode(), row, r.provinceName()).filter(p -> !p.value().equals(r.provinceName()))
                .ifPresent(p -> plan.problem(row, PROVINCE_NAME,
                        "khác với dòng " + p.row() + " ('" + p.value() + "') cho cùng mã tỉnh " + r.provinceCode()));
        communes.seen(r.communeCode(), row, r).filter(c -> !(c.value().provinceCode().equals(r.provinceCode())
                        && c.value().communeName().equals(r.communeName()) && c.value().communeKind() == r.communeKind()))
                .ifPresent(c -> plan.problem(row, COMMUNE_NAME,
                        "xã " + r.communeCode() + " khác với dòng " + c.row() + " (tỉnh, tên hoặc loại xã)"));
        villages.seen(r.villageCode(), row, r).ifPresent(v -> {
            if (v.value().equals(r)) {
                plan.duplicate(row, "trùng dòng " + v.row() + " (thôn " + r.villageCode() + "): chỉ nhập một lần");
            } else {
                plan.problem(row, VILLAGE_CODE, "thôn " + r.villageCode() + " đã có ở dòng " + v.row() + " với thông tin khác");
            }
        });
        if (r.kiosk() != null) {
            kiosks.seen(r.kiosk(), row, r.villageCode()).filter(k -> !k.value().equals(r.villageCode()))
                    .ifPresent(k -> plan.problem(row, KIOSK, "mã kiosk " + r.kiosk() + " đã dùng cho thôn khác ở dòng " + k.row()));
        }
    }

    /**
     * Compares with the tree as it was and lines up the writes, level by level. A place added by an
     * earlier write is found by its code in the later ones (a commune's province, a village's
     * commune, a kiosk's village).
     */
    @Override
    public void compare(ImportPlan plan) {
        Map<String, Long> provinceIds = new HashMap<>();
        Map<String, Long> communeIds = new HashMap<>();
        Map<String, Long> villageIds = new HashMap<>();
        provinces.forEach((code, p) -> {
            Province db = tree.province(code);
            plan.count(db == null, db != null && !db.name().equals(p.value()));
            if (db == null) {
                plan.write(() -> provinceIds.put(code, placeStore.addProvince(code, p.value())));
                return;
            }
            provinceIds.put(code, db.id());
            if (!db.name().equals(p.value())) {
                plan.write(() -> placeStore.rename(PlaceLevel.PROVINCE, db.id(), p.value()));
            }
        });
        communes.forEach((code, n) -> {
            PlaceRow r = n.value();
            Commune db = tree.commune(code);
            if (db != null && !tree.provinceCode(db).equals(r.provinceCode())) {
                plan.problem(n.row(), COMMUNE_CODE,
                        "mã xã " + code + " đã có ở tỉnh " + tree.provinceCode(db) + ", không phải " + r.provinceCode());
                return;
            }
            boolean differs = db != null && !(db.name().equals(r.communeName()) && db.kind() == r.communeKind());
            plan.count(db == null, differs);
            if (db == null) {
                plan.write(() -> communeIds.put(code,
                        placeStore.addCommune(provinceIds.get(r.provinceCode()), code, r.communeName(), r.communeKind())));
                return;
            }
            communeIds.put(code, db.id());
            if (differs) {
                plan.write(() -> {
                    placeStore.rename(PlaceLevel.COMMUNE, db.id(), r.communeName());
                    placeStore.changeCommuneKind(db.id(), r.communeKind());
                });
            }
        });
        villages.forEach((code, n) -> compareVillage(code, n.row(), n.value(), communeIds, villageIds, plan));
        kiosks.forEach((code, n) -> {
            String db = tree.kioskVillage(code);
            if (db != null && !db.equals(n.value())) {
                plan.problem(n.row(), KIOSK, "mã kiosk " + code + " đã dùng ở thôn " + db);
                return;
            }
            plan.count(db == null, false);
            if (db == null) {
                plan.write(() -> kioskStore.addKiosk(code, villageIds.get(n.value())));
            }
        });
    }

    private void compareVillage(String code, int row, PlaceRow r, Map<String, Long> communeIds, Map<String, Long> villageIds,
                                ImportPlan plan) {
        Village db = tree.village(code);
        if (db != null && !tree.communeCode(db).equals(r.communeCode())) {
            plan.problem(row, VILLAGE_CODE, "mã thôn " + code + " đã có ở xã " + tree.communeCode(db) + ", không phải " + r.communeCode());
            return;
        }
        boolean differs = db != null && !(db.name().equals(r.villageName()) && db.kind() == r.villageKind()
                && db.culturalHouse().equals(r.house())
                && Objects.toString(db.culturalHouseAddress(), "").equals(Objects.toString(r.address(), "")));
        plan.count(db == null, differs);
        if (db == null) {
            plan.write(() -> villageIds.put(code, placeStore.addVillage(communeIds.get(r.communeCode()), code,
                    r.villageName(), r.villageKind(), r.house(), r.address())));
            return;
        }
        villageIds.put(code, db.id());
        if (differs) {
            plan.write(() -> {
                placeStore.rename(PlaceLevel.VILLAGE, db.id(), r.villageName());
                placeStore.changeVillageKind(db.id(), r.villageKind());
                placeStore.changeCulturalHouse(db.id(), r.house(), r.address());
            });
        }
    }
}
