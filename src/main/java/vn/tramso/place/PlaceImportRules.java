package vn.tramso.place;

import java.util.List;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.place.PlaceImport.PlaceRow;

/**
 * The changes one import asks for, checked row by row against the place tree as it stands and the
 * place screens' own rules ({@link PlaceScope}): a row may only do what its importer may do on the
 * screens, and each change refused is listed at its cell. One per import, over the tree as it stood
 * before it ({@link PlaceTree}).
 */
final class PlaceImportRules {

    private final PlaceScope scope;
    private final PlaceTree known;

    PlaceImportRules(PlaceScope scope, PlaceTree known) {
        this.scope = scope;
        this.known = known;
    }

    /**
     * Whether the signed-in staff member may make every change the row asks for, by the rules of
     * the place screens; each change refused is listed at its cell. False when the row is outside
     * their place altogether (then it is not compared with the other rows).
     */
    boolean allowed(int row, PlaceRow r, List<ImportProblem> problems) {
        Province province = known.province(r.provinceCode());
        if (province == null && !scope.mayChangeProvinces()) {
            problems.add(new ImportProblem(row, PlaceImport.PROVINCE_CODE.header(),
                    "chưa có tỉnh mã '" + r.provinceCode() + "': chỉ quản trị viên mới được thêm tỉnh"));
            return false;
        }
        if (province != null && !allowedInProvince(row, r, province, known.commune(r.communeCode()), problems)) {
            return false;
        }
        inUse(row, r, province, problems);
        if (r.kiosk() != null && known.kioskVillage(r.kiosk()) == null && !scope.mayChangeKiosks()) {
            problems.add(new ImportProblem(row, PlaceImport.KIOSK.header(),
                    "chỉ quản trị viên mới được gắn mã kiosk (mã '" + r.kiosk() + "' chưa có)"));
        }
        return true;
    }

    /**
     * The row's province and commune changes, in a province that exists. (Whoever may add a
     * province keeps everything under it.) The row's village is theirs when its commune is: new and
     * they may add communes to the province, or existing and they keep its villages.
     */
    private boolean allowedInProvince(int row, PlaceRow r, Province province, Commune commune,
                                      List<ImportProblem> problems) {
        boolean yours = commune == null ? scope.mayChangeCommunesOf(new ProvinceId(province.id()))
                : scope.mayChangeVillagesOf(new CommuneId(commune.id()), new ProvinceId(commune.provinceId()));
        if (!yours && !scope.seesProvince(new ProvinceId(province.id()))) {
            problems.add(new ImportProblem(row, PlaceImport.PROVINCE_CODE.header(),
                    "tỉnh '" + r.provinceCode() + "' không phải tỉnh bạn quản lý"));
            return false;
        }
        if (!province.name().equals(r.provinceName()) && !scope.mayChangeProvinces()) {
            problems.add(new ImportProblem(row, PlaceImport.PROVINCE_NAME.header(), "chỉ quản trị viên mới được đổi tên tỉnh"));
        }
        if (!yours) {
            problems.add(new ImportProblem(row, PlaceImport.COMMUNE_CODE.header(), commune == null
                    ? "chưa có xã mã '" + r.communeCode() + "': chỉ quản trị viên hoặc quản trị tỉnh mới được thêm xã"
                    : "xã '" + r.communeCode() + "' không phải xã bạn quản lý"));
            return false;
        }
        if (commune != null && !(commune.name().equals(r.communeName()) && commune.kind() == r.communeKind())
                && !scope.mayChangeCommunesOf(new ProvinceId(commune.provinceId()))) {
            problems.add(new ImportProblem(row, PlaceImport.COMMUNE_NAME.header(),
                    "chỉ quản trị viên hoặc quản trị tỉnh mới được đổi tên hoặc loại xã"));
        }
        return true;
    }

    /** As on the screens, a new commune needs its province in use, a new village its commune. */
    private void inUse(int row, PlaceRow r, Province province, List<ImportProblem> problems) {
        Commune commune = known.commune(r.communeCode());
        if (province != null && province.retired() && commune == null) {
            problems.add(new ImportProblem(row, PlaceImport.COMMUNE_CODE.header(),
                    "tỉnh '" + r.provinceCode() + "' đã ngừng dùng: hãy dùng lại tỉnh trước khi thêm xã"));
        }
        if (commune != null && commune.retired() && known.village(r.villageCode()) == null) {
            problems.add(new ImportProblem(row, PlaceImport.VILLAGE_CODE.header(),
                    "xã '" + r.communeCode() + "' đã ngừng dùng: hãy dùng lại xã trước khi thêm thôn"));
        }
    }
}
