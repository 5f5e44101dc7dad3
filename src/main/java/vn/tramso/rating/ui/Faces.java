package vn.tramso.rating.ui;

/**
 * The five faces of the rating, drawn as SVG (no emoji font is needed): red and frowning at 1,
 * green and smiling at 5, each with a dark outline that shows on any screen.
 */
final class Faces {

    private static final String[] FILL = {"#e53935", "#fb8c00", "#fdd835", "#9ccc65", "#43a047"};

    private Faces() {
    }

    /** "Rất hài lòng" for 5 down to "Rất không hài lòng" for 1. */
    static String labelKey(int score) {
        return "rating.face." + score;
    }

    static String svg(int score) {
        // The mouth: a curve from (30,66) to (70,66) bending down (frown) at 1 and up (smile) at 5.
        int bend = (score - 3) * 9;
        return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 100 100\" aria-hidden=\"true\" class=\"face-svg\">"
                + "<circle cx=\"50\" cy=\"50\" r=\"46\" fill=\"" + FILL[score - 1] + "\" stroke=\"#0d1b2a\" stroke-width=\"4\"/>"
                + "<circle cx=\"35\" cy=\"40\" r=\"6\" fill=\"#0d1b2a\"/><circle cx=\"65\" cy=\"40\" r=\"6\" fill=\"#0d1b2a\"/>"
                + "<path d=\"M30 " + (68 - bend / 2) + " Q50 " + (68 + bend) + " 70 " + (68 - bend / 2)
                + "\" fill=\"none\" stroke=\"#0d1b2a\" stroke-width=\"6\" stroke-linecap=\"round\"/></svg>";
    }
}
