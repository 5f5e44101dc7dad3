package vn.tramso.guide;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import vn.tramso.base.Topic;

/** One consistent, validated snapshot of everything under kiosk-config. Immutable. */
public record KioskContent(Map<String, KioskSettings> kiosks, Map<String, Guide> guides, Pronunciations pronunciations) {

    public KioskContent {
        kiosks = Map.copyOf(kiosks);
        guides = Map.copyOf(guides);
    }

    public Optional<KioskSettings> kiosk(String id) {
        return Optional.ofNullable(kiosks.get(id));
    }

    public Optional<Guide> guide(String id) {
        return Optional.ofNullable(guides.get(id));
    }

    /** The guides a kiosk shows, in its order. */
    public List<Guide> guidesOf(KioskSettings kiosk) {
        return kiosk.guideIds().stream().map(guides::get).toList();
    }

    public List<Guide> guidesOf(KioskSettings kiosk, Topic topic) {
        return guidesOf(kiosk).stream().filter(g -> g.topic() == topic).toList();
    }
}
