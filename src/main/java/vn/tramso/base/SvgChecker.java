package vn.tramso.base;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import javax.xml.XMLConstants;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParser;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.ext.DefaultHandler2;

/**
 * Checks an illustration and writes out the markup the kiosk inlines into its page. The page
 * never receives the file's own text: the markup is rebuilt from the parsed document, element by
 * element, keeping only an allowlist of static drawing elements and attributes. Anything else
 * (scripts, styles, foreign objects, images, links, animation, event attributes in any case,
 * external references, processing instructions, markup hidden in comments) refuses the file with
 * its line and the reason, so the officer learns of it instead of the picture silently changing.
 * Comments are never copied. Used for the guides' illustrations and the scam alerts' pictures.
 * See docs/security.md, "Script through an illustration".
 */
public final class SvgChecker {

    public static final int MAX_BYTES = 200 * 1024;
    static final int MAX_ELEMENTS = 5_000;
    private static final String SVG_NS = "http://www.w3.org/2000/svg";
    private static final String XLINK_NS = "http://www.w3.org/1999/xlink";

    /** Static drawing only: shapes, text, grouping, gradients, clipping and reuse of a local shape. */
    private static final Set<String> ELEMENTS = Set.of("svg", "g", "defs", "title", "desc", "rect", "circle", "ellipse",
            "line", "polyline", "polygon", "path", "text", "tspan", "lineargradient", "radialgradient", "stop",
            "clippath", "mask", "use", "symbol");
    private static final Set<String> ATTRIBUTES = Set.of("id", "viewbox", "preserveaspectratio", "width", "height",
            "x", "y", "x1", "y1", "x2", "y2", "cx", "cy", "r", "rx", "ry", "fx", "fy", "fr", "d", "points",
            "transform", "offset", "gradientunits", "gradienttransform", "spreadmethod", "clippathunits", "maskunits",
            "maskcontentunits", "fill", "fill-opacity", "fill-rule", "stroke", "stroke-width", "stroke-opacity",
            "stroke-linecap", "stroke-linejoin", "stroke-dasharray", "stroke-dashoffset", "stroke-miterlimit",
            "opacity", "stop-color", "stop-opacity", "clip-path", "clip-rule", "mask", "font-family", "font-size",
            "font-weight", "font-style", "text-anchor", "dominant-baseline", "letter-spacing", "visibility", "display",
            "dx", "dy", "rotate", "textlength", "lengthadjust", "version", "role", "aria-label", "aria-hidden",
            "focusable", "href");
    /** A reference to a shape, gradient or clip path in the same file. */
    private static final Pattern LOCAL_URL = Pattern.compile("url\\(\\s*#[A-Za-z][A-Za-z0-9_.:-]*\\s*\\)");
    private static final Pattern LOCAL_HREF = Pattern.compile("#[A-Za-z][A-Za-z0-9_.:-]*");

    private SvgChecker() {
    }

    /**
     * @return the sanitised markup to inline
     * @throws SvgRefusedException with the line (0 when not known) and the reason, in Vietnamese
     */
    public static String sanitise(String text) {
        if (text.length() > MAX_BYTES) {
            throw new SvgRefusedException(0, "tệp hình quá lớn: tối đa " + MAX_BYTES / 1024 + " KB");
        }
        Sanitiser sanitiser = new Sanitiser();
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            SAXParser parser = factory.newSAXParser();
            parser.setProperty("http://xml.org/sax/properties/lexical-handler", sanitiser);
            parser.parse(new InputSource(new StringReader(text)), sanitiser);
            return sanitiser.out.toString();
        } catch (SAXParseException e) {
            throw sanitiser.problem != null ? sanitiser.problem
                    : new SvgRefusedException(Math.max(e.getLineNumber(), 0), "không phải SVG hợp lệ: " + e.getMessage());
        } catch (SAXException | IOException | ParserConfigurationException e) {
            throw sanitiser.problem != null ? sanitiser.problem : new SvgRefusedException(0, "không đọc được SVG: " + e.getMessage());
        }
    }

    /** Checks each parse event against the allowlist and writes the allowed ones out again. */
    private static final class Sanitiser extends DefaultHandler2 {
        private final StringBuilder out = new StringBuilder(4096);
        private final Deque<String> open = new ArrayDeque<>();
        private Locator locator;
        private int elements;
        private SvgRefusedException problem;

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) throws SAXException {
            String name = localName.toLowerCase(Locale.ROOT);
            if (open.isEmpty()) {
                if (!name.equals("svg")) {
                    fail("phần tử gốc phải là <svg>, đang là <" + qName + ">");
                } else if (attributes.getValue("viewBox") == null) {
                    fail("thẻ <svg> cần thuộc tính viewBox để hình co giãn theo màn hình");
                }
            }
            if (!uri.isEmpty() && !uri.equals(SVG_NS)) {
                fail("không được dùng phần tử <" + qName + "> của không gian tên khác (" + uri + ")");
            }
            if (!ELEMENTS.contains(name)) {
                fail("không được dùng <" + localName + "> trong hình minh họa; chỉ dùng hình vẽ tĩnh "
                        + "(rect, circle, path, text, g, …)");
            }
            if (++elements > MAX_ELEMENTS) {
                fail("hình có quá nhiều phần tử: tối đa " + MAX_ELEMENTS);
            }
            out.append('<').append(localName);
            if (open.isEmpty()) {
                out.append(" xmlns=\"").append(SVG_NS).append('"');
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                attribute(name, attributes.getURI(i), attributes.getLocalName(i), attributes.getQName(i),
                        attributes.getValue(i));
            }
            out.append('>');
            open.push(localName);
        }

        private void attribute(String element, String uri, String localName, String qName, String value)
                throws SAXException {
            String name = localName.toLowerCase(Locale.ROOT);
            String lower = value.strip().toLowerCase(Locale.ROOT);
            boolean xlinkHref = uri.equals(XLINK_NS) && name.equals("href");
            if (name.startsWith("on")) {
                fail("không được dùng thuộc tính sự kiện '" + qName + "'");
            } else if (!uri.isEmpty() && !xlinkHref) {
                fail("không được dùng thuộc tính '" + qName + "'");
            } else if (!ATTRIBUTES.contains(name)) {
                fail("không được dùng thuộc tính '" + qName + "' trong hình minh họa");
            } else if (name.equals("href") && !(element.equals("use") && LOCAL_HREF.matcher(value.strip()).matches())) {
                fail("không được liên kết ra ngoài ('" + value + "'); chỉ <use> được trỏ tới một hình trong cùng tệp (#ten)");
            } else if (lower.contains("url(") && !LOCAL_URL.matcher(value.strip()).matches()) {
                fail("không được tải tài nguyên ngoài qua url(...); chỉ dùng url(#ten) trỏ tới hình trong cùng tệp");
            } else if (lower.contains("javascript:") || lower.contains("data:")) {
                fail("giá trị '" + value + "' của '" + qName + "' không được phép");
            }
            out.append(' ').append(xlinkHref ? "href" : localName).append("=\"").append(escape(value)).append('"');
        }

        @Override
        public void endElement(String uri, String localName, String qName) {
            out.append("</").append(open.pop()).append('>');
        }

        @Override
        public void characters(char[] ch, int start, int length) {
            out.append(escape(new String(ch, start, length)));
        }

        @Override
        public void comment(char[] ch, int start, int length) throws SAXException {
            String text = new String(ch, start, length);
            if (text.indexOf('<') >= 0 || text.indexOf('>') >= 0) {
                fail("chú thích <!-- … --> trong hình không được chứa thẻ '<…>'");
            }
        }

        @Override
        public void processingInstruction(String target, String data) throws SAXException {
            fail("không được dùng chỉ thị <?" + target + " …?> trong hình minh họa");
        }

        /** Stops at the first problem: its line is the one the officer should look at. */
        private void fail(String message) throws SAXException {
            problem = new SvgRefusedException(locator == null ? 0 : locator.getLineNumber(), message);
            throw new Stop();
        }
    }

    /** Ends parsing at the first problem found. */
    private static final class Stop extends SAXException {
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder(s.length());
        for (char c : s.toCharArray()) {
            switch (c) {
                case '&' -> b.append("&amp;");
                case '<' -> b.append("&lt;");
                case '>' -> b.append("&gt;");
                case '"' -> b.append("&quot;");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
