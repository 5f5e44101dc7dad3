package vn.tramso.base.ui;

import com.vaadin.flow.component.UI;

/**
 * Vaadin keeps each UI's last answer, to send again should the browser repeat its request. After a
 * screen made of much markup (the leaders' dashboard) that answer is the whole screen, held as UTF-16
 * text until the next request, which on a screen left open may be never. Asking the browser for a
 * small reply once it has drawn the screen makes the kept answer that reply's (issue 23: memory per
 * screen, docs/benchmarks.md). The kiosk's screens get the same from their language script
 * ({@link KioskScreen}). Costs one small request after the screen is drawn. Why: docs/decisions/014-the-answer-vaadin-keeps.md.
 */
public final class KeptAnswer {

    private KeptAnswer() {
    }

    public static void shrinkAfterDrawing(UI ui) {
        ui.getPage().executeJs("return 0").then(ignored -> { });
    }
}
