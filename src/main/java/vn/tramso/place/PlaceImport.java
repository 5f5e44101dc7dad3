package vn.tramso.place;

import java.util.List;
import java.util.Objects;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import vn.tramso.base.security.StaffUser;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.ImportRefusedException;
import vn.tramso.base.table.ImportReport;
import vn.tramso.base.table.Importer;
import vn.tramso.base.table.Progress;
import vn.tramso.base.table.Table;

/**
 * Imports and exports the place tree as one row per village, with its commune and province and,
 * optionally, the code of its kiosk. A dry run lists every bad cell; the import writes all rows or
 * none; importing the same file again changes nothing (places are matched by code); a village
 * repeated in the file is reported and imported once. Each row may only make the changes its
 * importer may make on the place screens ({@link PlaceScope}, the same rules): an admin any; a
 * province admin the communes and villages of their province, never a province or a kiosk. A row
 * asking for more is refused at its cell. Its writes go through the same store methods as the
 * place screens' ({@link PlaceStore}, {@link KioskStore}). The reading, the dry run and the
 * all-or-nothing write are the one import engine's ({@link Importer}); the place's parts are
 * {@link PlaceImportRows}.
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
    private final PlaceScope scope;
    private final Importer importer;

    PlaceImport(PlaceStore places, KioskStore kiosks, PlaceScope scope, Importer importer) {
        this.places = places;
        this.kiosks = kiosks;
        this.scope = scope;
        this.importer = importer;
    }

    /** What the import would do, writing nothing. */
    public ImportReport preview(Table table) {
        return importer.preview(table, Progress.NONE, this::changes);
    }

    /**
     * Writes the whole file in one transaction.
     *
     * @throws ImportRefusedException (writing nothing) when the file has any problem
     */
    public ImportReport commit(Table table) {
        return importer.commit(table, Progress.NONE, this::changes);
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

    /** One run's place parts, over the tree as it stands when the run starts (inside the transaction of a commit). */
    private PlaceImportRows changes() {
        if (!scope.mayImportPlaces()) {
            throw new AccessDeniedException("Only admins import places");
        }
        PlaceTree tree = new PlaceTree(places, kiosks);
        return new PlaceImportRows(new PlaceImportRules(scope, tree), tree, places, kiosks);
    }

    /** One row of the file, read. */
    record PlaceRow(String provinceCode, String provinceName, String communeCode, String communeName, CommuneKind communeKind,
                    String villageCode, String villageName, VillageKind villageKind, String house, String address,
                    String kiosk) {
    }
}
