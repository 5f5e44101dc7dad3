package vn.tramso.guide;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.web.util.HtmlUtils;
import vn.tramso.base.KioskAssets;
import vn.tramso.base.Messages;

/**
 * The plain HTML of a kiosk's offline guides (issue 24, {@link OfflineGuides}): a home listing the
 * kiosk's guides, one page per step (picture, text, warning and tip, the official link's QR code, large
 * Back and Next) and a help page saying booking needs the connection and giving the team's phone. Same
 * look as the live kiosk (its {@code /styles/kiosk.css} classes, links drawn as its buttons), with a
 * banner saying the kiosk is offline and what to do. Every text from kiosk-config is escaped; pictures
 * are {@code <img>} of {@link KioskAssets} files, never inline markup. The pages' script
 * ({@code /kiosk-offline.js}) reads what it needs from the body's {@code data-} attributes.
 */
final class OfflinePages {

    static final String SCRIPT = "/kiosk-offline.js";
    static final String STYLE_SHEET = "/styles/kiosk.css";

    /** The picture and voice of one step, as the kiosk shows them. */
    record StepMedia(KioskAssets.Picture picture, KioskAssets.Picture qr, Optional<String> audio) {
    }

    private OfflinePages() {
    }

    /** {@code /kiosk/<kiosk>/offline/<lang>/}: where every offline page of a kiosk lives. */
    static String base(String kiosk, Locale locale) {
        return "/kiosk/" + kiosk + "/offline/" + locale.getLanguage() + "/";
    }

    static String homePath(String kiosk, Locale locale) {
        return base(kiosk, locale) + "home";
    }

    static String helpPath(String kiosk, Locale locale) {
        return base(kiosk, locale) + "help";
    }

    static String stepPath(String kiosk, Locale locale, String guide, int step) {
        return base(kiosk, locale) + "guide/" + guide + "/" + step;
    }

    static String home(KioskSettings kiosk, Locale locale, List<Guide> guides) {
        StringBuilder body = new StringBuilder("<h1>").append(esc(Messages.in(locale, "offline.home.title"))).append("</h1>")
                .append("<div class=\"guide-buttons\">");
        for (Guide guide : guides) {
            body.append("<a class=\"kiosk-button offline-guide\" href=\"").append(esc(stepPath(kiosk.id(), locale, guide.id(), 1)))
                    .append("\"><span class=\"guide-title\">").append(esc(guide.title().in(locale)))
                    .append("</span><span class=\"guide-summary\">").append(esc(guide.summary().in(locale))).append("</span></a>");
        }
        body.append("</div>");
        return page(kiosk, locale, Messages.in(locale, "offline.home.title"), "home", "/" + live(kiosk.id(), "home", locale), null, 0,
                body.toString(), "home");
    }

    static String help(KioskSettings kiosk, Locale locale) {
        String body = "<h1>" + esc(Messages.in(locale, "offline.help.title")) + "</h1>"
                + "<p class=\"offline-help-text\">" + esc(Messages.in(locale, "offline.help.text")) + "</p>"
                + "<p class=\"offline-contact\"><span class=\"offline-contact-name\">" + esc(kiosk.contactName().in(locale))
                + "</span><span class=\"offline-phone\">" + esc(kiosk.contactPhone()) + "</span></p>"
                + "<div class=\"screen-nav\"><a class=\"kiosk-button primary home-link\" href=\"" + esc(homePath(kiosk.id(), locale)) + "\">"
                + esc(Messages.in(locale, "offline.help.guides")) + "</a></div>";
        return page(kiosk, locale, Messages.in(locale, "offline.help.title"), "help", "/" + live(kiosk.id(), "book", locale), null, 0,
                body, "help");
    }

    static String step(KioskSettings kiosk, Locale locale, Guide guide, int n, StepMedia media) {
        GuideStep step = guide.step(n);
        String counter = Messages.in(locale, "step.of", n, guide.stepCount());
        StringBuilder body = new StringBuilder("<div class=\"step-head\"><span class=\"step-guide-title\">").append(esc(guide.title().in(locale)))
                .append("</span><span class=\"step-counter\">").append(esc(counter)).append("</span>")
                .append("<div class=\"step-progress\" role=\"progressbar\" aria-valuemin=\"0\" aria-valuemax=\"").append(guide.stepCount())
                .append("\" aria-valuenow=\"").append(n).append("\" style=\"--step-done: ").append(100 * n / guide.stepCount())
                .append("%\"></div></div>");
        body.append("<div class=\"step-content\">").append(img("step-picture", media.picture(), step.title().in(locale)))
                .append("<div class=\"step-words\"><h1 class=\"step-title\">").append(esc(step.title().in(locale))).append("</h1>")
                .append("<p class=\"step-text\">").append(esc(step.text().in(locale))).append("</p>");
        if (step.warning() != null) {
            body.append(note("step-warning", Messages.in(locale, "step.warning"), step.warning().in(locale)));
        }
        if (step.tip() != null) {
            body.append(note("step-tip", Messages.in(locale, "step.tip"), step.tip().in(locale)));
        }
        body.append("</div>");
        if (media.qr() != null) {
            body.append("<div class=\"step-qr\">").append(img("qr-code", media.qr(), Messages.in(locale, "step.qr.label")))
                    .append("<p class=\"qr-caption\">").append(esc(Messages.in(locale, "step.qr.caption"))).append("</p>")
                    .append("<span class=\"qr-link\">").append(esc(guide.link().replaceFirst("^https://", ""))).append("</span></div>");
        }
        body.append("</div>");
        boolean last = n == guide.stepCount();
        String back = n == 1 ? homePath(kiosk.id(), locale) : stepPath(kiosk.id(), locale, guide.id(), n - 1);
        String next = last ? homePath(kiosk.id(), locale) : stepPath(kiosk.id(), locale, guide.id(), n + 1);
        body.append("<div class=\"step-nav\"><a class=\"kiosk-button secondary back-button\" href=\"").append(esc(back)).append("\">")
                .append(esc(Messages.in(locale, "nav.back"))).append("</a>");
        if (media.audio().isPresent() && "vi".equals(locale.getLanguage())) {
            body.append("<button type=\"button\" class=\"kiosk-button secondary listen-button\">").append(esc(Messages.in(locale, "step.listen")))
                    .append("</button><audio class=\"step-audio\" preload=\"none\" src=\"").append(esc(media.audio().get())).append("\"></audio>");
        }
        body.append("<a class=\"kiosk-button primary ").append(last ? "done-button" : "next-button").append("\" href=\"").append(esc(next))
                .append("\">").append(esc(Messages.in(locale, last ? "nav.done" : "nav.next"))).append("</a></div>");
        String title = guide.title().in(locale) + " – " + counter;
        return page(kiosk, locale, title, "step", "/" + live(kiosk.id(), "guide/" + guide.id() + "/" + n, locale),
                guide, last ? -n : n, body.toString(), "guide/" + guide.id() + "/" + n);
    }

    /** The live page's path for a kiosk page path, in the language shown. */
    private static String live(String kiosk, String page, Locale locale) {
        return "kiosk/" + kiosk + "/" + page + ("en".equals(locale.getLanguage()) ? "?lang=en" : "");
    }

    private static String note(String className, String label, String text) {
        return "<aside class=\"step-note " + className + "\"><span class=\"note-label\">" + esc(label) + "</span> " + esc(text) + "</aside>";
    }

    private static String img(String className, KioskAssets.Picture picture, String alt) {
        String size = picture.width() > 0 && picture.height() > 0
                ? " width=\"" + picture.width() + "\" height=\"" + picture.height() + "\"" : "";
        return "<img class=\"" + className + "\" src=\"" + esc(picture.src()) + "\" alt=\"" + esc(alt) + "\"" + size + ">";
    }

    /**
     * @param step      the step's number, negative on a guide's last step; 0 off a guide
     * @param samePage  the page's path under its language ({@code help}, {@code guide/x/2}), for the language switch
     *                  <p>{@code data-home}, where the offline idle reset goes, is the home in the kiosk's first
     *                  language (Vietnamese), as the live reset starts again in it, whatever the last resident chose.
     */
    private static String page(KioskSettings kiosk, Locale locale, String title, String kind, String live, Guide guide, int step,
                               String body, String samePage) {
        StringBuilder header = new StringBuilder("<header class=\"kiosk-header\"><span class=\"kiosk-place\">")
                .append(esc(kiosk.name().in(locale))).append("</span><div class=\"kiosk-header-actions\">");
        kiosk.languages().stream().filter(other -> !other.equals(locale)).findFirst().ifPresent(other -> header
                .append("<a class=\"kiosk-button secondary language-switch\" lang=\"").append(esc(other.getLanguage())).append("\" href=\"")
                .append(esc(base(kiosk.id(), other) + samePage)).append("\">").append(esc(Messages.in(locale, "language.switch"))).append("</a>"));
        header.append("<a class=\"kiosk-button secondary home-button\" href=\"").append(esc(homePath(kiosk.id(), locale))).append("\">")
                .append(esc(Messages.in(locale, "nav.home"))).append("</a></div></header>");
        String banner = "<div class=\"offline-banner\" role=\"status\"><strong>" + esc(Messages.in(locale, "offline.banner"))
                + "</strong> <span>" + esc(Messages.in(locale, "offline.banner.what")) + "</span></div>";
        String footer = "<footer class=\"kiosk-footer\"><span class=\"kiosk-contact\">"
                + esc(Messages.in(locale, "footer.contact", kiosk.contactName().in(locale), kiosk.contactPhone())) + "</span>"
                + ("help".equals(kind) ? "" : "<a class=\"kiosk-button help-button\" href=\"" + esc(helpPath(kiosk.id(), locale)) + "\">"
                        + esc(Messages.in(locale, "help.button")) + "</a>")
                + "</footer>";
        long idle = kiosk.idleTimeout().plus(kiosk.idleWarning()).toMillis();
        return "<!DOCTYPE html>\n<html lang=\"" + esc(locale.getLanguage()) + "\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><meta name=\"robots\" content=\"noindex\">"
                + "<meta name=\"color-scheme\" content=\"light\">"
                + "<title>" + esc(title + " – " + Messages.in(locale, "app.name")) + "</title>"
                + "<link rel=\"stylesheet\" href=\"" + STYLE_SHEET + "\"><script src=\"" + SCRIPT + "\" defer></script></head>"
                + "<body class=\"offline-page\" data-kiosk=\"" + esc(kiosk.id()) + "\" data-kind=\"" + kind + "\" data-live=\"" + esc(live)
                + "\" data-home=\"" + esc(homePath(kiosk.id(), kiosk.languages().getFirst())) + "\" data-idle=\"" + idle + "\""
                + (guide == null ? "" : " data-guide=\"" + esc(guide.id()) + "\" data-step=\"" + Math.abs(step) + "\"" + (step < 0 ? " data-last=\"\"" : ""))
                + "><div class=\"kiosk offline " + kind + "\">" + header + banner + "<main class=\"kiosk-body\">" + body + "</main>" + footer
                + "</div></body></html>";
    }

    /** Text for HTML content and attribute values. */
    static String esc(String s) {
        return HtmlUtils.htmlEscape(s, "UTF-8"); // only & < > " ' (the page is UTF-8)
    }
}
