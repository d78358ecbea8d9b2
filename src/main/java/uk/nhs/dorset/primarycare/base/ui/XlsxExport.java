package uk.nhs.dorset.primarycare.base.ui;

import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.jspecify.annotations.Nullable;

/**
 * Writes exactly the rows a grid shows (its filter, not its page) to an .xlsx workbook,
 * streaming so a large export never sits in memory. Text that a spreadsheet would read as a
 * formula is written with a leading apostrophe: a practice called "=HYPERLINK(...)" stays text.
 */
public final class XlsxExport {

    public enum Kind { TEXT, NUMBER, MONEY, DATE, PERCENT }

    public record Column<T>(String header, Kind kind, Function<T, @Nullable Object> value) {

        public static <T> Column<T> text(String header, Function<T, @Nullable Object> value) {
            return new Column<>(header, Kind.TEXT, value);
        }

        public static <T> Column<T> number(String header, Function<T, @Nullable Object> value) {
            return new Column<>(header, Kind.NUMBER, value);
        }

        public static <T> Column<T> money(String header, Function<T, @Nullable Object> value) {
            return new Column<>(header, Kind.MONEY, value);
        }

        public static <T> Column<T> date(String header, Function<T, @Nullable Object> value) {
            return new Column<>(header, Kind.DATE, value);
        }

        public static <T> Column<T> percent(String header, Function<T, @Nullable Object> value) {
            return new Column<>(header, Kind.PERCENT, value);
        }
    }

    private XlsxExport() {
    }

    /** Returns the number of data rows written. */
    public static <T> int write(OutputStream out, String sheetName, List<Column<T>> columns, Stream<T> rows) throws IOException {
        Workbook workbook = new Workbook(out, "Primary Care Hub", "1.0");
        Worksheet sheet = workbook.newWorksheet(sheetName.length() > 31 ? sheetName.substring(0, 31) : sheetName);
        for (int c = 0; c < columns.size(); c++) {
            sheet.inlineString(0, c, safeText(columns.get(c).header()));
            sheet.style(0, c).bold().set();
        }
        int[] row = {0};
        rows.forEach(item -> {
            row[0]++;
            for (int c = 0; c < columns.size(); c++) {
                writeCell(sheet, row[0], c, columns.get(c), columns.get(c).value().apply(item));
            }
        });
        sheet.freezePane(0, 1);
        workbook.finish();
        return row[0];
    }

    private static <T> void writeCell(Worksheet sheet, int r, int c, Column<T> column, @Nullable Object value) {
        if (value == null) {
            return;
        }
        switch (column.kind()) {
            case NUMBER, MONEY, PERCENT -> {
                if (value instanceof Number number) {
                    sheet.value(r, c, number instanceof BigDecimal d ? d : number);
                    String format = switch (column.kind()) {
                        case MONEY -> "£#,##0.00";
                        case PERCENT -> "0.0%";
                        default -> "#,##0.##";
                    };
                    sheet.style(r, c).format(format).set();
                } else {
                    sheet.inlineString(r, c, safeText(value.toString()));
                }
            }
            case DATE -> {
                if (value instanceof LocalDate date) {
                    sheet.value(r, c, date);
                    sheet.style(r, c).format("dd/mm/yyyy").set();
                } else {
                    sheet.inlineString(r, c, safeText(value.toString()));
                }
            }
            case TEXT -> sheet.inlineString(r, c, safeText(value.toString()));
        }
    }

    /** Neutralises text that spreadsheet software would evaluate as a formula. */
    public static String safeText(String text) {
        if (!text.isEmpty() && "=+-@\t\r".indexOf(text.charAt(0)) >= 0) {
            return "'" + text;
        }
        return text;
    }
}
