package vn.tramso.guide;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Component;
import vn.tramso.usage.UsageGuides;

/** The kiosks' guides as usage asks for them (docs/decisions/011: usage declares, guide implements). */
@Component
class GuidesForUsage implements UsageGuides {

    private final GuideCatalog catalog;

    GuidesForUsage(GuideCatalog catalog) {
        this.catalog = catalog;
    }

    @Override
    public Map<String, Integer> stepCounts(String kioskId) {
        Map<String, Integer> steps = new LinkedHashMap<>();
        KioskContent content = catalog.content();
        catalog.kiosk(kioskId).ifPresent(k -> content.guidesOf(k).forEach(g -> steps.put(g.id(), g.stepCount())));
        return steps;
    }

    @Override
    public Optional<GuideFacts> guide(String guideId) {
        return catalog.content().guide(guideId).map(g -> new GuideFacts(g.title(), g.stepCount()));
    }
}
