package vn.tramso.journey;

import com.microsoft.playwright.Page;
import java.util.List;
import java.util.Optional;
import org.assertj.core.api.Assertions;

/**
 * What stands in a thumb's way on a small touch screen, read in the page itself (light DOM and
 * every shadow root, so a vaadin-grid's inner scroller counts too):
 * <ul>
 * <li>"scrolls sideways": the page, or any element whose overflow-x lets its content scroll
 * (auto, scroll) or cuts it off (hidden, clip), is wider inside than outside (scrollWidth more
 * than 1 px over clientWidth);</li>
 * <li>"wider than the screen": the outermost element whose right edge is past the screen's (what
 * makes a box scroll);</li>
 * <li>"small target": a visible button, link, chip, checkbox, radio button, tab, menu toggle or
 * form field whose box is under 44 px in either dimension (WCAG 2.5.5, target size). A form
 * field counts as its whole framed box (Vaadin's input-field part), where a finger lands;</li>
 * <li>"small text": a visible element with text of its own (a text node as its child, read at the
 * size of the slot that shows it, if any) set under 16 px, so that it reads without zooming at
 * arm's length. Not counted: text drawn in a box of 1 px or less, which only a screen reader
 * reads (Vaadin's announcers and visually hidden labels), and the axis labels of a chart (an
 * {@code svg role=img}): they shrink with the picture (a 640-unit chart is 336 px wide on a
 * phone, so no size set in it reads at 16 px there), and every figure and label of a chart is in
 * the sentence and the table beside it, at full size.</li>
 * </ul>
 * Exempt, as WCAG 2.5.5 allows: a link inside a sentence (an {@code a} inside a {@code p} or
 * {@code li} of running text), whose size is set by the line of text around it. Elements inside
 * a closed drawer, a collapsed Details or behind {@code hidden} are not visible and not counted.
 */
final class PhoneFit {

    static final int MIN_TARGET = 44;
    static final int MIN_TEXT = 16;

    private static final String CHECK = """
            () => {
              const MIN = %d;
              const MIN_TEXT = %d;
              const out = [];
              const visible = el => {
                if (!el.isConnected || !el.checkVisibility({checkOpacity: false, checkVisibilityCSS: true})) return false;
                const r = el.getBoundingClientRect();
                return r.width > 0 && r.height > 0;
              };
              const describe = el => {
                const cls = (typeof el.className === 'string' ? el.className : '').trim().split(/\\s+/).filter(c => c).slice(0, 3).join('.');
                const part = el.getAttribute && el.getAttribute('part');
                const text = (el.innerText || el.getAttribute('aria-label') || el.value || '').trim().replace(/\\s+/g, ' ').slice(0, 30);
                let host = el.getRootNode().host;
                const inside = host ? ' in ' + host.localName + (host.className && typeof host.className === 'string'
                    ? '.' + host.className.trim().split(/\\s+/)[0] : '') : '';
                return el.localName + (cls ? '.' + cls : '') + (part ? '[part=' + part + ']' : '') + (text ? ' "' + text + '"' : '') + inside;
              };
              const inSentence = el => el.localName === 'a' && el.closest('p, li') && !el.closest('vaadin-side-nav, nav, .chips, .dashboard-periods, .dashboard-exports')
                  && (el.closest('p, li').innerText || '').trim().length > (el.innerText || '').trim().length + 10;
              const targetBox = el => {
                const field = el.localName.startsWith('vaadin-') && el.shadowRoot && el.shadowRoot.querySelector('[part~="input-field"]');
                return (field || el).getBoundingClientRect();
              };
              const isTarget = el => {
                const n = el.localName;
                if (['button', 'vaadin-button', 'vaadin-checkbox', 'vaadin-radio-button', 'vaadin-tab', 'vaadin-drawer-toggle',
                     'vaadin-details-summary', 'select', 'vaadin-select', 'vaadin-combo-box', 'vaadin-date-picker',
                     'vaadin-time-picker', 'vaadin-text-field', 'vaadin-text-area', 'vaadin-password-field', 'vaadin-integer-field',
                     'vaadin-number-field', 'vaadin-email-field', 'vaadin-upload', 'vaadin-multi-select-combo-box'].includes(n)) return true;
                if (n === 'a' && el.hasAttribute('href')) return true;
                if (n === 'vaadin-select-value-button') return false; // the select's own face, counted as the select
                if (el.getAttribute('role') === 'button' || el.classList.contains('chip')) return true;
                // a bare input; Vaadin's own inputs are slotted into a field counted above
                return (n === 'input' || n === 'textarea') && el.type !== 'hidden' && !el.closest('[class*="vaadin-"], vaadin-checkbox, vaadin-radio-button')
                    && !(el.getRootNode().host || {localName: ''}).localName.startsWith('vaadin-')
                    && !(el.parentElement && el.parentElement.localName.startsWith('vaadin-'));
              };
              const doc = document.scrollingElement;
              if (doc.scrollWidth > doc.clientWidth + 1) {
                out.push('scrolls sideways: the page, ' + doc.scrollWidth + ' px inside ' + doc.clientWidth + ' px');
              }
              const seenTargets = new Set();
              const walk = root => {
                for (const el of root.querySelectorAll('*')) {
                  if (el.shadowRoot) walk(el.shadowRoot);
                  if (!visible(el)) continue;
                  const r = el.getBoundingClientRect();
                  const parent = el.parentElement || el.getRootNode().host;
                  if (r.right > innerWidth + 1 && !(parent && parent.getBoundingClientRect().right > innerWidth + 1)) {
                    out.push('wider than the screen: ' + describe(el) + ', right edge at ' + Math.round(r.right) + ' px');
                  }
                  const ox = getComputedStyle(el).overflowX;
                  if (ox !== 'visible' && el.scrollWidth > el.clientWidth + 1 && el.clientWidth > 0) {
                    out.push('scrolls sideways: ' + describe(el) + ', ' + el.scrollWidth + ' px inside ' + el.clientWidth + ' px (overflow-x ' + ox + ')');
                  }
                  const small = [...el.childNodes].filter(n => n.nodeType === Node.TEXT_NODE && n.textContent.trim())
                      .map(n => parseFloat(getComputedStyle(n.assignedSlot || el).fontSize)).filter(px => px < MIN_TEXT - 0.25);
                  if (small.length && r.width > 1 && r.height > 1 && !el.closest('svg[role=img]')) {
                    out.push('small text: ' + describe(el) + ', ' + Math.round(small[0] * 10) / 10 + ' px');
                  }
                  if (isTarget(el) && !inSentence(el) && !seenTargets.has(el)) {
                    seenTargets.add(el);
                    const r = targetBox(el);
                    if (r.width < MIN - 0.5 || r.height < MIN - 0.5) {
                      out.push('small target: ' + describe(el) + ', ' + Math.round(r.width) + '×' + Math.round(r.height) + ' px');
                    }
                  }
                }
              };
              walk(document);
              return out;
            }
            """.formatted(MIN_TARGET, MIN_TEXT);

    private PhoneFit() {
    }

    /** What on the page now scrolls sideways or is too small for a finger, one line each. */
    @SuppressWarnings("unchecked")
    static List<String> offenders(Page page) {
        return (List<String>) page.evaluate(CHECK);
    }

    /**
     * Whether the element (the first matching {@code selector}) is, as the screen opens, out of
     * the lower two-thirds of the screen, where a thumb reaches on a phone held in one hand.
     */
    static Optional<String> outOfThumbsReach(Page page, String selector) {
        String where = (String) page.evaluate("""
                selector => {
                  const el = document.querySelector(selector);
                  if (!el) return 'not on the screen';
                  const r = el.getBoundingClientRect();
                  return r.top >= innerHeight / 3 - 0.5 && r.bottom <= innerHeight + 0.5 ? null
                      : 'from ' + Math.round(r.top) + ' to ' + Math.round(r.bottom) + ' px of ' + innerHeight;
                }
                """, selector);
        return Optional.ofNullable(where).map(w -> "out of the thumb's reach: the main action " + selector + ", " + w);
    }

    /** Fails with the list of offenders on {@code screen}, if any. */
    static void assertFits(Page page, String screen) {
        List<String> found = offenders(page);
        Assertions.assertThat(found).as("on %s at %d px wide, what scrolls sideways, is under %d px or has text under %d px", screen,
                page.viewportSize().width, MIN_TARGET, MIN_TEXT).isEmpty();
    }
}
