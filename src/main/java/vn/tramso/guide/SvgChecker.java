package vn.tramso.guide;

import java.io.StringReader;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.SAXParserFactory;
import org.xml.sax.Attributes;
import org.xml.sax.InputSource;
import org.xml.sax.Locator;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.helpers.DefaultHandler;

/**
 * Checks an illustration before the kiosk inlines it into the page: well-formed XML with an
 * {@code <svg>} root and a viewBox, and nothing that runs or loads anything (no scripts, event
 * handlers, foreign objects, external links or DOCTYPE).
 */
final class SvgChecker {

    static final int MAX_BYTES = 200 * 1024;
    private static final List<String> FORBIDDEN = List.of("script", "foreignobject", "iframe", "object", "embed");

    private SvgChecker() {
    }

    /** @return the markup to inline (from {@code <svg} on), or empty with the problem recorded */
    static Optional<String> check(String file, String text, List<ContentProblem> problems) {
        if (text.length() > MAX_BYTES) {
            problems.add(new ContentProblem(file, 0, "", "tệp hình quá lớn: tối đa " + MAX_BYTES / 1024 + " KB"));
            return Optional.empty();
        }
        try {
            SAXParserFactory factory = SAXParserFactory.newInstance();
            factory.setNamespaceAware(true);
            factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
            factory.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
            Handler handler = new Handler(file);
            factory.newSAXParser().parse(new InputSource(new StringReader(text)), handler);
            if (handler.problem != null) {
                problems.add(handler.problem);
                return Optional.empty();
            }
            return Optional.of(text.substring(text.indexOf("<svg")).strip());
        } catch (SAXParseException e) {
            problems.add(new ContentProblem(file, Math.max(e.getLineNumber(), 0), "", "không phải SVG hợp lệ: " + e.getMessage()));
        } catch (SAXException | java.io.IOException | javax.xml.parsers.ParserConfigurationException e) {
            problems.add(new ContentProblem(file, 0, "", "không đọc được SVG: " + e.getMessage()));
        }
        return Optional.empty();
    }

    private static final class Handler extends DefaultHandler {
        private final String file;
        private Locator locator;
        private boolean root = true;
        private ContentProblem problem;

        Handler(String file) {
            this.file = file;
        }

        @Override
        public void setDocumentLocator(Locator locator) {
            this.locator = locator;
        }

        @Override
        public void startElement(String uri, String localName, String qName, Attributes attributes) {
            String name = localName.toLowerCase(Locale.ROOT);
            if (root) {
                root = false;
                if (!name.equals("svg")) {
                    fail("phần tử gốc phải là <svg>, đang là <" + localName + ">");
                } else if (attributes.getValue("viewBox") == null) {
                    fail("thẻ <svg> cần thuộc tính viewBox để hình co giãn theo màn hình");
                }
            }
            if (FORBIDDEN.contains(name)) {
                fail("không được dùng <" + localName + "> trong hình minh họa");
            }
            for (int i = 0; i < attributes.getLength(); i++) {
                String attribute = attributes.getLocalName(i).toLowerCase(Locale.ROOT);
                String value = attributes.getValue(i).strip();
                if (attribute.startsWith("on")) {
                    fail("không được dùng thuộc tính sự kiện '" + attributes.getQName(i) + "'");
                } else if (attribute.equals("href") && !value.startsWith("#")) {
                    fail("không được liên kết ra ngoài ('" + value + "'); hãy vẽ hình trong tệp");
                } else if (value.toLowerCase(Locale.ROOT).contains("url(") && !value.toLowerCase(Locale.ROOT).contains("url(#")) {
                    fail("không được tải tài nguyên ngoài qua url(...)");
                }
            }
        }

        private void fail(String message) {
            if (problem == null) {
                problem = new ContentProblem(file, locator == null ? 0 : locator.getLineNumber(), "", message);
            }
        }
    }
}
