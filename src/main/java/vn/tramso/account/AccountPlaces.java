package vn.tramso.account;

import java.text.Normalizer;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.springframework.stereotype.Component;
import vn.tramso.place.Commune;
import vn.tramso.place.PlaceService;
import vn.tramso.place.Province;
import vn.tramso.place.Village;

/**
 * The place each listed account is attached to, named through place's API (its village's cultural
 * house, its commune or its province, the lowest it has), and the list's order: by that name, then
 * by the account's own. The names are compared as the database's collation ({@code utf8mb4_unicode_ci})
 * compared them when the list was one query: without case or tones, đ a letter of its own after d.
 */
@Component
class AccountPlaces {

    private final PlaceService places;

    AccountPlaces(PlaceService places) {
        this.places = places;
    }

    List<AccountAdmin.Account> named(List<AccountStore.Listed> listed) {
        Map<Long, Village> villages = places.villages(ids(listed, AccountAdmin.Attached::villageId));
        Map<Long, Commune> communes = places.communes(ids(listed, AccountAdmin.Attached::communeId));
        Map<Long, Province> provinces = places.provinces(ids(listed, AccountAdmin.Attached::provinceId));
        return listed.stream().map(l -> {
            AccountAdmin.Account a = l.account();
            AccountAdmin.Attached p = l.place();
            // the lowest place the account has, as COALESCE(village, commune, province, '') did
            String place = p.villageId() != null && villages.containsKey(p.villageId()) ? villages.get(p.villageId()).culturalHouse()
                    : p.communeId() != null && communes.containsKey(p.communeId()) ? communes.get(p.communeId()).name()
                    : p.provinceId() != null && provinces.containsKey(p.provinceId()) ? provinces.get(p.provinceId()).name()
                    : "";
            return new AccountAdmin.Account(a.id(), a.username(), a.displayName(), a.role(), place, a.enabled(), a.mustChangePassword());
        }).sorted(Comparator.comparing((AccountAdmin.Account a) -> key(a.place())).thenComparing(a -> key(a.displayName())))
                .toList();
    }

    /**
     * A name as {@code utf8mb4_unicode_ci} sorts it, at its first level: lower case, without tones or
     * marks ("Ân", "Ăn", "An" alike), đ after every d ("Dz" < "Đa" < "Ea").
     */
    static String key(String name) {
        return Normalizer.normalize(name.toLowerCase(Locale.ROOT), Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace("đ", "d~");
    }

    private static List<Long> ids(List<AccountStore.Listed> listed, Function<AccountAdmin.Attached, Long> level) {
        return listed.stream().map(l -> level.apply(l.place())).filter(Objects::nonNull).toList();
    }
}
