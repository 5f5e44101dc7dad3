package vn.tramso.base.table;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import javax.xml.parsers.ParserConfigurationException;
import org.apache.poi.openxml4j.exceptions.InvalidFormatException;
import org.apache.poi.openxml4j.exceptions.OpenXML4JException;
import org.apache.poi.openxml4j.opc.OPCPackage;
import org.apache.poi.openxml4j.opc.PackagePart;
import org.apache.poi.openxml4j.util.ZipSecureFile;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.util.XMLHelper;
import org.apache.poi.xssf.eventusermodel.ReadOnlySharedStringsTable;
import org.apache.poi.xssf.eventusermodel.XSSFReader;
import org.apache.poi.xssf.eventusermodel.XSSFSheetXMLHandler;
import org.apache.poi.xssf.model.StylesTable;
import org.apache.poi.xssf.usermodel.XSSFComment;
import org.apache.poi.xssf.usermodel.XSSFRelation;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.XMLReader;
import vn.tramso.base.BoundedInput;

/**
 * The first sheet of an Excel file, read as a stream of cells (POI's event API, the XML parser
 * POI configures without DOCTYPE or external entities): nothing holds the whole sheet, and a cell
 * beyond column {@value TableReader#MAX_COLUMNS} or a row beyond {@value TableReader#MAX_ROWS}
 * stops the reading as soon as it arrives. Each part is read through a {@link BoundedInput}: the
 * sheet up to {@value #MAX_SHEET_BYTES} bytes unpacked, shared strings up to
 * {@value #MAX_STRINGS_BYTES}, styles up to {@value #MAX_STYLES_BYTES}; POI's own zip-bomb guard
 * (an entry may not unpack to more than 100 times its packed size) stays on as it ships.
 */
final class ExcelRows implements XSSFSheetXMLHandler.SheetContentsHandler {

    static final long MAX_SHEET_BYTES = 256L * 1024 * 1024;
    static final long MAX_STRINGS_BYTES = 64L * 1024 * 1024;
    static final long MAX_STYLES_BYTES = 4L * 1024 * 1024;
    /** Any other part (the workbook, its relations): a few kilobytes in a real file, read whole by POI. */
    static final long MAX_OTHER_PART_BYTES = 4L * 1024 * 1024;
    /** The longest cell any import has a use for (an address is at most 255): a longer one is not a register. */
    static final int MAX_CELL_CHARS = 1_000;
    /**
     * All the text kept from one file: the memory a file may take, whatever its packing. A register of
     * 100,000 members at about 110 characters a row is 11 million.
     */
    static final long MAX_TEXT_CHARS = 20_000_000;

    static {
        // no part of a file may unpack beyond the sheet's limit, whichever of POI's readers opens it
        ZipSecureFile.setMaxEntrySize(MAX_SHEET_BYTES);
    }

    private final List<List<String>> table = new ArrayList<>();
    private List<String> row;
    private int rowIndex;
    private int nextColumn;
    private long textKept;

    private ExcelRows() {
    }

    /** The rows, by their index in the sheet (row 1 at index 0, rows the sheet skips empty). */
    static List<List<String>> read(OPCPackage pkg)
            throws IOException, OpenXML4JException, SAXException, ParserConfigurationException {
        refuseLargeOtherParts(pkg);
        XSSFReader reader = new XSSFReader(pkg);
        Iterator<InputStream> sheets = reader.getSheetsData();
        if (!sheets.hasNext()) {
            return List.of();
        }
        ReadOnlySharedStringsTable strings = strings(pkg);
        StylesTable styles = styles(pkg);
        ExcelRows rows = new ExcelRows();
        XMLReader parser = XMLHelper.newXMLReader();
        parser.setContentHandler(new XSSFSheetXMLHandler(styles, strings, rows, new DataFormatter(Locale.ROOT), false));
        try (InputStream sheet = new BoundedInput(sheets.next(), MAX_SHEET_BYTES)) {
            parser.parse(new InputSource(sheet));
        }
        return rows.table;
    }

    /** Parts POI reads whole (the workbook, relations), refused by their unpacked size before any is read. */
    private static void refuseLargeOtherParts(OPCPackage pkg) throws InvalidFormatException {
        for (PackagePart part : pkg.getParts()) {
            String type = part.getContentType();
            boolean streamed = type.equals(XSSFRelation.WORKSHEET.getContentType())
                    || type.equals(XSSFRelation.SHARED_STRINGS.getContentType()) || type.equals(XSSFRelation.STYLES.getContentType());
            if (!streamed && part.getSize() > MAX_OTHER_PART_BYTES) {
                throw new Refused(TOO_LARGE);
            }
        }
    }

    private static ReadOnlySharedStringsTable strings(OPCPackage pkg) throws IOException, SAXException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.SHARED_STRINGS.getContentType());
        if (parts.isEmpty()) {
            return new ReadOnlySharedStringsTable(pkg);
        }
        try (InputStream in = new BoundedInput(parts.getFirst().getInputStream(), MAX_STRINGS_BYTES)) {
            return new ReadOnlySharedStringsTable(in, false);
        }
    }

    private static StylesTable styles(OPCPackage pkg) throws IOException, OpenXML4JException {
        List<PackagePart> parts = pkg.getPartsByContentType(XSSFRelation.STYLES.getContentType());
        if (parts.isEmpty()) {
            return new StylesTable();
        }
        try (InputStream in = new BoundedInput(parts.getFirst().getInputStream(), MAX_STYLES_BYTES)) {
            return new StylesTable(in);
        }
    }

    @Override
    public void startRow(int rowNum) {
        rowIndex = rowNum;
        row = null;
        nextColumn = 0;
    }

    @Override
    public void endRow(int rowNum) {
        // the row was added with its first cell
    }

    @Override
    public void cell(String reference, String value, XSSFComment comment) {
        int column = reference == null ? nextColumn : new CellReference(reference).getCol();
        nextColumn = column + 1;
        if (value == null || value.isBlank()) {
            return;
        }
        if (column >= TableReader.MAX_COLUMNS) {
            throw new Refused(TableReader.tooWide(rowIndex + 1, column));
        }
        if (rowIndex > TableReader.MAX_ROWS) {
            throw new Refused("Tệp có quá nhiều dòng: tối đa " + TableReader.MAX_ROWS + ".");
        }
        if (value.length() > MAX_CELL_CHARS) {
            throw new Refused("Dòng " + (rowIndex + 1) + ", cột '" + CellReference.convertNumToColString(column) + "': ô dài quá "
                    + MAX_CELL_CHARS + " ký tự. Hãy kiểm tra lại ô này.");
        }
        textKept += value.length();
        if (textKept > MAX_TEXT_CHARS) {
            throw new Refused("Tệp có quá nhiều chữ: tối đa " + MAX_TEXT_CHARS / 1_000_000 + " triệu ký tự. Hãy chia tệp thành nhiều tệp nhỏ hơn.");
        }
        if (row == null) {
            while (table.size() <= rowIndex) {
                table.add(List.of()); // keep row numbers as Excel shows them
            }
            row = new ArrayList<>();
            table.set(rowIndex, row);
        }
        while (row.size() <= column) {
            row.add("");
        }
        row.set(column, value);
    }

    static final String TOO_LARGE = "Tệp Excel quá lớn khi giải nén. Hãy chia tệp thành nhiều tệp nhỏ hơn.";

    /** A file refused while it is read, with the reason in Vietnamese. */
    static final class Refused extends RuntimeException {

        Refused(String message) {
            super(message);
        }
    }
}
