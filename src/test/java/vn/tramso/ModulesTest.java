package vn.tramso;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;

/** Spring Modulith's view of the features: each reaches the others only through their top-level package. */
class ModulesTest {

    @Test
    void features_use_each_other_only_through_their_api_and_without_cycles() {
        ApplicationModules.of(Application.class).verify();
    }
}
