package vn.tramso.adoption.ui;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.List;
import java.util.Locale;

/**
 * Charts drawn on the server as SVG (no frontend build is possible here): a line over months with
 * an optional target line. Plain shapes and text only, sized by its viewBox, so it prints and reads
 * on a phone; the screen puts a title, a sentence and the table behind it next to it.
 */
final class Charts {

    private static final int W = 640;
    private static final int H = 260;
    private static final int LEFT = 48;
    private static final int RIGHT = 16;
    private static final int TOP = 16;
    private static final int BOTTOM = 36;

    private Charts() {
    }

    /**
     * @param labels one per point, under the x axis
     * @param values one per point; {@code null} where there is no value (a gap in the line)
     * @param target drawn as a dashed line, or {@code null}
     */
    static String line(String title, List<String> labels, List<Double> values, Double target) {
        double max = values.stream().filter(v -> v != null).mapToDouble(Double::doubleValue).max().orElse(0);
        if (target != null) {
            max = Math.max(max, target);
        }
        max = niceCeiling(max);
        int n = labels.size();
        double step = n > 1 ? (double) (W - LEFT - RIGHT) / (n - 1) : 0;
        StringBuilder svg = new StringBuilder("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + W + " " + H
                + "\" role=\"img\" aria-label=\"" + Markup.escape(title) + "\" class=\"chart\">");
        // Shapes of a kind share their colours and sizes through a group: the chart is a dashboard's largest piece of markup.
        svg.append("<g stroke=\"#d0d7e2\" stroke-width=\"1\">");
        for (int i = 0; i <= 4; i++) {
            String y = fmt(y(max * i / 4, max));
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(y).append("\" y2=\"")
                    .append(y).append("\"/>");
        }
        svg.append("</g><g font-size=\"12\" fill=\"#33414f\" text-anchor=\"end\">");
        for (int i = 0; i <= 4; i++) {
            double v = max * i / 4;
            svg.append("<text x=\"").append(LEFT - 6).append("\" y=\"").append(fmt(y(v, max) + 4)).append("\">").append(number(v))
                    .append("</text>");
        }
        svg.append("</g>");
        if (target != null) {
            svg.append("<line x1=\"").append(LEFT).append("\" x2=\"").append(W - RIGHT).append("\" y1=\"").append(fmt(y(target, max)))
                    .append("\" y2=\"").append(fmt(y(target, max)))
                    .append("\" stroke=\"#b26a00\" stroke-width=\"2\" stroke-dasharray=\"6 4\"/>");
        }
        StringBuilder path = new StringBuilder();
        svg.append("<g fill=\"#0b4f9c\">");
        boolean pen = false;
        for (int i = 0; i < n; i++) {
            Double v = values.get(i);
            double x = LEFT + i * step;
            if (v == null) {
                pen = false;
                continue;
            }
            path.append(pen ? " L" : " M").append(fmt(x)).append(' ').append(fmt(y(v, max)));
            pen = true;
            svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y(v, max))).append("\" r=\"4\"/>");
        }
        svg.append("</g>");
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path.toString().strip()).append("\" fill=\"none\" stroke=\"#0b4f9c\" stroke-width=\"3\"/>");
        }
        svg.append("<g font-size=\"12\" fill=\"#33414f\" text-anchor=\"middle\">");
        for (int i = 0; i < n; i++) {
            svg.append("<text x=\"").append(fmt(LEFT + i * step)).append("\" y=\"").append(H - 12).append("\">")
                    .append(Markup.escape(labels.get(i))).append("</text>");
        }
        return svg.append("</g></svg>").toString();
    }

    private static double y(double v, double max) {
        return TOP + (H - TOP - BOTTOM) * (1 - (max == 0 ? 0 : v / max));
    }

    /** 1, 2 or 5 times a power of ten, at least the value (so the axis reads in round numbers). */
    static double niceCeiling(double v) {
        if (v <= 0) {
            return 1;
        }
        double power = Math.pow(10, Math.floor(Math.log10(v)));
        for (double m : new double[] {1, 2, 5, 10}) {
            if (m * power >= v) {
                return m * power;
            }
        }
        return 10 * power;
    }

    /** An axis value as written in Vietnamese: "25", "12,5", "0,25". */
    static String number(double v) {
        return BigDecimal.valueOf(v).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString().replace('.', ',');
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }
}
