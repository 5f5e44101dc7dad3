package vn.tramso.usage;

import java.util.List;
import vn.tramso.base.Localized;

/**
 * One guide's funnel at a place over a period: for each step, the visits that reached it, went no
 * further, asked for help there, were left there (idle reset), played its reading; and the step
 * where residents are most stuck.
 *
 * @param title     the guide's title, or null for a guide no longer in kiosk-config (shown by its id)
 * @param worstStep the step with the most visits that went no further or asked for help there
 *                  (a visit doing both counts twice: both say the step is hard); null when none did
 */
public record Funnel(String guide, Localized title, long opened, long finished, List<Step> steps, Integer worstStep) {

    /**
     * @param wentNoFurther reached this step but not the next (for the last step: did not finish)
     */
    public record Step(int number, long reached, long wentNoFurther, long helpAsked, long abandoned, long listened,
                       long qrShown) {

        public long stuck() {
            return wentNoFurther + helpAsked;
        }
    }
}
