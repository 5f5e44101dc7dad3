package vn.tramso.place;

import static vn.tramso.place.PlaceImport.COMMUNE_CODE;
import static vn.tramso.place.PlaceImport.COMMUNE_KIND;
import static vn.tramso.place.PlaceImport.COMMUNE_NAME;
import static vn.tramso.place.PlaceImport.HOUSE;
import static vn.tramso.place.PlaceImport.HOUSE_ADDRESS;
import static vn.tramso.place.PlaceImport.KIOSK;
import static vn.tramso.place.PlaceImport.PROVINCE_CODE;
import static vn.tramso.place.PlaceImport.PROVINCE_NAME;
import static vn.tramso.place.PlaceImport.VILLAGE_CODE;
import static vn.tramso.place.PlaceImport.VILLAGE_KIND;
import static vn.tramso.place.PlaceImport.VILLAGE_NAME;

import java.util.Arrays;
import java.util.function.Function;
import vn.tramso.base.table.Cells;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.table.ImportPlan;
import vn.tramso.base.table.TableRow;
import vn.tramso.place.PlaceImport.PlaceRow;

/**
 * One row of the place file read, by the same rules as the place screens (codes, name lengths, the
 * kinds by their Vietnamese labels, a kiosk's code); each bad cell is told to the plan and the row
 * is still returned, so it is compared with the others too.
 */
final class PlaceRowReader {

    private PlaceRowReader() {
    }

    static PlaceRow read(TableRow row, ImportPlan plan) {
        String provinceCode = code(row, PROVINCE_CODE, plan);
        String provinceName = name(row, PROVINCE_NAME, plan);
        String communeCode = code(row, COMMUNE_CODE, plan);
        String communeName = name(row, COMMUNE_NAME, plan);
        CommuneKind communeKind = choice(row, COMMUNE_KIND, CommuneKind.values(), CommuneKind::label, CommuneKind.XA, plan);
        String villageCode = code(row, VILLAGE_CODE, plan);
        String villageName = name(row, VILLAGE_NAME, plan);
        VillageKind villageKind = choice(row, VILLAGE_KIND, VillageKind.values(), VillageKind::label, VillageKind.THON, plan);
        String house = row.get(HOUSE);
        if (house.length() > PlaceEditor.MAX_NAME) {
            plan.problem(row.number(), HOUSE, "quá dài: tối đa " + PlaceEditor.MAX_NAME + " ký tự");
        }
        noFormula(row, HOUSE, house, plan);
        String address = row.get(HOUSE_ADDRESS);
        if (address.length() > 255) {
            plan.problem(row.number(), HOUSE_ADDRESS, "quá dài: tối đa 255 ký tự");
        }
        noFormula(row, HOUSE_ADDRESS, address, plan);
        String kiosk = row.get(KIOSK);
        if (!kiosk.isEmpty() && !Places.KIOSK_CODE.matcher(kiosk).matches()) {
            plan.problem(row.number(), KIOSK, "mã kiosk chỉ gồm chữ thường không dấu, số và dấu gạch ngang, ví dụ dinh-du");
        }
        return new PlaceRow(provinceCode, provinceName, communeCode, communeName, communeKind, villageCode,
                villageName, villageKind, house.isEmpty() && !villageName.isEmpty() ? PlaceEditor.defaultCulturalHouse(villageName) : house,
                address.isEmpty() ? null : address, kiosk.isEmpty() ? null : kiosk);
    }

    /** One of the choices by its label ({@code fallback} for an empty cell), or a problem naming them all. */
    private static <E extends Enum<E>> E choice(TableRow row, Column column, E[] choices, Function<E, String> label, E fallback,
            ImportPlan plan) {
        return Cells.choice(row.get(column), choices, label, fallback).orElseGet(() -> {
            plan.problem(row.number(), column, "chọn một trong: " + String.join(", ", Arrays.stream(choices).map(label).toList()));
            return null;
        });
    }

    private static String code(TableRow row, Column column, ImportPlan plan) {
        String value = row.get(column);
        if (value.isEmpty()) {
            plan.problem(row.number(), column, "còn trống");
        } else if (value.length() > 32 || !PlaceEditor.CODE.matcher(value).matches()) {
            plan.problem(row.number(), column,
                    "mã chỉ gồm chữ in hoa không dấu, số và dấu gạch ngang, ví dụ HY-HQ-TRA-PHUONG (đang là '" + value + "')");
        }
        return value;
    }

    private static String name(TableRow row, Column column, ImportPlan plan) {
        String value = row.get(column).replaceAll("\\s+", " ");
        if (value.isEmpty()) {
            plan.problem(row.number(), column, "còn trống");
        } else if (value.length() > PlaceEditor.MAX_NAME) {
            plan.problem(row.number(), column, "quá dài: tối đa " + PlaceEditor.MAX_NAME + " ký tự");
        }
        noFormula(row, column, value, plan);
        return value;
    }

    private static void noFormula(TableRow row, Column column, String value, ImportPlan plan) {
        if (Formulas.startsLikeOne(value)) {
            plan.problem(row.number(), column, Formulas.REFUSAL);
        }
    }
}
