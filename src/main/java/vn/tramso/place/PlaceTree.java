package vn.tramso.place;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The place tree as it stands before an import, read once: provinces, communes and villages by
 * code (retired ones too), and each kiosk's village. The import checks its rows against it
 * ({@link PlaceImportRules}) and tells from it what each row would change.
 */
final class PlaceTree {

    private final Map<String, Province> provinces;
    private final Map<String, Commune> communes;
    private final Map<String, Village> villages;
    private final Map<String, String> kioskVillages = new HashMap<>();
    private final Map<Long, String> provinceCodes = new HashMap<>();
    private final Map<Long, String> communeCodes = new HashMap<>();

    PlaceTree(PlaceStore places, KioskStore kiosks) {
        provinces = byCode(places.provinces(), Province::code);
        communes = byCode(places.communes(), Commune::code);
        villages = byCode(places.villages(), Village::code);
        provinces.values().forEach(p -> provinceCodes.put(p.id(), p.code()));
        communes.values().forEach(c -> communeCodes.put(c.id(), c.code()));
        Map<Long, String> villageCodes = new HashMap<>();
        villages.values().forEach(v -> villageCodes.put(v.id(), v.code()));
        kiosks.villageIdsByKioskCode().forEach((kiosk, villageId) -> kioskVillages.put(kiosk, villageCodes.get(villageId)));
    }

    /** The province with this code, if there is one. */
    Province province(String code) {
        return provinces.get(code);
    }

    Commune commune(String code) {
        return communes.get(code);
    }

    Village village(String code) {
        return villages.get(code);
    }

    /** The code of the village the kiosk stands in, or null when there is no such kiosk. */
    String kioskVillage(String kioskCode) {
        return kioskVillages.get(kioskCode);
    }

    String provinceCode(Commune commune) {
        return provinceCodes.get(commune.provinceId());
    }

    String communeCode(Village village) {
        return communeCodes.get(village.communeId());
    }

    private static <T> Map<String, T> byCode(List<T> places, Function<T, String> code) {
        return places.stream().collect(Collectors.toMap(code, Function.identity()));
    }
}
