package vn.tramso;

import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/** Puts the test clock back to the real time after each test that set it. */
public class RealTimeAfterEach implements AfterEachCallback {

    @Override
    public void afterEach(ExtensionContext context) {
        TestDatabase.CLOCK.reset();
    }
}
