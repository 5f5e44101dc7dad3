package vn.tramso.place;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.simple.JdbcClient;
import vn.tramso.base.table.ImportProblem;
import vn.tramso.place.PlaceImport.PlaceRow;

/**
 * The changes one import asks for, checked row by row against the place tree as it stands and the
 * place screens' own rules ({@link PlaceScope}): a row may only do what its importer may do on the
 * screens, and each change refused is listed at its cell. One per import: it reads the tree once.
 */
final class PlaceImportRules {

    private final PlaceScope scope;
    private final Known known;

    PlaceImportRules(PlaceScope scope, JdbcClient jdbc) {
        this.scope = scope;
        this.known = known(jdbc);
    }

    /**
     * Whether the signed-in staff member may make every change the row asks for, by the rules of
     * the place screens; each change refused is listed at its cell. False when the row is outside
     * their place altogether (then it is not compared with the other rows).
     */
    boolean allowed(int row, PlaceRow r, List<ImportProblem> problems) {
        Known.Place province = known.provinces.get(r.provinceCode());
        if (province == null && !scope.mayChangeProvinces()) {
            problems.add(new ImportProblem(row, PlaceImport.PROVINCE_CODE.header(),
                    "chưa có tỉnh mã '" + r.provinceCode() + "': chỉ quản trị viên mới được thêm tỉnh"));
            return false;
        }
        if (province != null && !allowedInProvince(row, r, province, known.communes.get(r.communeCode()), problems)) {
            return false;
        }
        inUse(row, r, province, problems);
        if (r.kiosk() != null && !known.kiosks.contains(r.kiosk()) && !scope.mayChangeKiosks()) {
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
    private boolean allowedInProvince(int row, PlaceRow r, Known.Place province, Known.Place commune,
                                      List<ImportProblem> problems) {
        boolean yours = commune == null ? scope.mayChangeCommunesOf(province.id())
                : scope.mayChangeVillagesOf(commune.id(), commune.parentId());
        if (!yours && !scope.seesProvince(province.id())) {
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
        if (commune != null && !(commune.name().equals(r.communeName()) && commune.kind().equals(kindName(r.communeKind())))
                && !scope.mayChangeCommunesOf(commune.parentId())) {
            problems.add(new ImportProblem(row, PlaceImport.COMMUNE_NAME.header(),
                    "chỉ quản trị viên hoặc quản trị tỉnh mới được đổi tên hoặc loại xã"));
        }
        return true;
    }

    /** As on the screens, a new commune needs its province in use, a new village its commune. */
    private void inUse(int row, PlaceRow r, Known.Place province, List<ImportProblem> problems) {
        Known.Place commune = known.communes.get(r.communeCode());
        if (province != null && province.retired() && commune == null) {
            problems.add(new ImportProblem(row, PlaceImport.COMMUNE_CODE.header(),
                    "tỉnh '" + r.provinceCode() + "' đã ngừng dùng: hãy dùng lại tỉnh trước khi thêm xã"));
        }
        if (commune != null && commune.retired() && !known.villages.contains(r.villageCode())) {
            problems.add(new ImportProblem(row, PlaceImport.VILLAGE_CODE.header(),
                    "xã '" + r.communeCode() + "' đã ngừng dùng: hãy dùng lại xã trước khi thêm thôn"));
        }
    }

    private static String kindName(CommuneKind kind) {
        return kind == null ? "" : kind.name();
    }

    /** The places and kiosks already in the database, to tell what a row would change. */
    private static Known known(JdbcClient jdbc) {
        Map<String, Known.Place> provinces = new HashMap<>();
        jdbc.sql("SELECT code, id, name, retired_at IS NOT NULL FROM province").query(rs -> {
            provinces.put(rs.getString(1), new Known.Place(rs.getLong(2), 0, rs.getString(3), "", rs.getBoolean(4)));
        });
        Map<String, Known.Place> communes = new HashMap<>();
        jdbc.sql("SELECT code, id, province_id, name, kind, retired_at IS NOT NULL FROM commune").query(rs -> {
            communes.put(rs.getString(1), new Known.Place(rs.getLong(2), rs.getLong(3), rs.getString(4), rs.getString(5),
                    rs.getBoolean(6)));
        });
        Set<String> villages = new HashSet<>(jdbc.sql("SELECT code FROM village").query(String.class).list());
        Set<String> kiosks = new HashSet<>(jdbc.sql("SELECT code FROM kiosk").query(String.class).list());
        return new Known(provinces, communes, villages, kiosks);
    }

    /** Provinces and communes by code, and village and kiosk codes, as they are before the import. */
    private record Known(Map<String, Place> provinces, Map<String, Place> communes, Set<String> villages, Set<String> kiosks) {

        /** A province (parentId 0, kind "") or a commune. */
        record Place(long id, long parentId, String name, String kind, boolean retired) {
        }
    }
}
