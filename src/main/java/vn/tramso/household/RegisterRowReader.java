package vn.tramso.household;

import static vn.tramso.household.HouseholdImport.ADDRESS;
import static vn.tramso.household.HouseholdImport.BIRTH_YEAR;
import static vn.tramso.household.HouseholdImport.CODE;
import static vn.tramso.household.HouseholdImport.GENDER;
import static vn.tramso.household.HouseholdImport.HAMLET;
import static vn.tramso.household.HouseholdImport.HEAD;
import static vn.tramso.household.HouseholdImport.NAME;
import static vn.tramso.household.HouseholdImport.PHONE;
import static vn.tramso.household.HouseholdImport.VILLAGE;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import vn.tramso.base.People;
import vn.tramso.base.table.Cells;
import vn.tramso.base.table.Column;
import vn.tramso.base.table.Formulas;
import vn.tramso.base.table.ImportPlan;
import vn.tramso.base.table.TableRow;
import vn.tramso.place.Village;

/**
 * One row of the household file read, by the same rules as a volunteer's form (names, codes,
 * birth years, mobile numbers); each bad cell is told to the plan. Only the villages of the
 * importer's place are known to it.
 */
final class RegisterRowReader {

    private final Map<String, Village> villages;
    private final int year;

    /**
     * @param villages the villages the importer may import into, by code
     * @param year     this year, which birth years are checked against
     */
    RegisterRowReader(Map<String, Village> villages, int year) {
        this.villages = villages;
        this.year = year;
    }

    /** The row's values; {@code null} when the row cannot be placed at all. */
    RegisterRow read(TableRow row, ImportPlan plan) {
        int n = row.number();
        String villageCode = row.get(VILLAGE);
        Village village = villages.get(villageCode);
        if (villageCode.isEmpty()) {
            plan.problem(n, VILLAGE, "còn trống");
        } else if (village == null) {
            plan.problem(n, VILLAGE, "không có thôn '" + villageCode + "' trong địa bàn bạn quản lý");
        }
        String code = row.get(CODE).toUpperCase(Locale.ROOT);
        if (code.isEmpty()) {
            plan.problem(n, CODE, "còn trống");
        } else if (!HouseholdChecks.CODE.matcher(code).matches()) {
            plan.problem(n, CODE, "mã hộ chỉ gồm chữ, số, dấu chấm, gạch chéo và gạch ngang, tối đa 32 ký tự");
        }
        String head = row.get(HEAD).isEmpty() ? null : People.name(row.get(HEAD)).orElseGet(() -> {
            plan.problem(n, HEAD, "tên chỉ gồm chữ và dấu cách, từ 2 đến 80 ký tự");
            return null;
        });
        String hamlet = limited(row, HAMLET, 80, plan);
        String address = limited(row, ADDRESS, 160, plan);
        String name = People.name(row.get(NAME)).orElseGet(() -> {
            plan.problem(n, NAME, row.get(NAME).isEmpty() ? "còn trống" : "tên chỉ gồm chữ và dấu cách, từ 2 đến 80 ký tự");
            return null;
        });
        Integer birthYear = birthYear(row, plan);
        Gender gender = Cells.choice(row.get(GENDER), Gender.values(), Gender::label, null).orElse(null);
        if (gender == null && !row.get(GENDER).isEmpty()) {
            plan.problem(n, GENDER, "chọn một trong: "
                    + String.join(", ", Arrays.stream(Gender.values()).map(Gender::label).toList()));
        }
        String phone = row.get(PHONE).isEmpty() ? null : People.phoneFromSheet(row.get(PHONE)).orElseGet(() -> {
            plan.problem(n, PHONE, "số di động 10 chữ số bắt đầu bằng 03, 05, 07, 08 hoặc 09");
            return null;
        });
        if (village == null || code.isEmpty() || name == null) {
            return null;
        }
        return new RegisterRow(village.id(), code, head, hamlet, address, name, birthYear, gender, phone);
    }

    private Integer birthYear(TableRow row, ImportPlan plan) {
        String cell = row.get(BIRTH_YEAR).replaceAll("\\.0$", "");
        if (cell.isEmpty()) {
            return null;
        }
        try {
            int value = Integer.parseInt(cell);
            if (value <= year && value >= year - HouseholdChecks.OLDEST) {
                return value;
            }
        } catch (NumberFormatException notANumber) {
            // reported below
        }
        plan.problem(row.number(), BIRTH_YEAR,
                "năm sinh bốn chữ số, từ " + (year - HouseholdChecks.OLDEST) + " đến " + year + " (đang là '" + cell + "')");
        return null;
    }

    private static String limited(TableRow row, Column column, int max, ImportPlan plan) {
        String value = row.get(column).replaceAll("\\s+", " ");
        if (value.length() > max) {
            plan.problem(row.number(), column, "quá dài: tối đa " + max + " ký tự");
        }
        if (Formulas.startsLikeOne(value)) {
            plan.problem(row.number(), column, Formulas.REFUSAL);
        }
        return value.isEmpty() ? null : value;
    }
}
