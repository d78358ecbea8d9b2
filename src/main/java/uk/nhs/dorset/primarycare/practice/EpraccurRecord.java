package uk.nhs.dorset.primarycare.practice;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;

/**
 * One row of the ODS {@code epraccur} file: 27 fields, no header in the published file.
 * Field positions follow the ODS specification (organisation code, name, national grouping,
 * high level health geography, five address lines, postcode, open date, close date, status
 * code, organisation sub-type, commissioner, ..., prescribing setting at 26).
 */
public record EpraccurRecord(String odsCode, String name, String address, String postcode,
                             @Nullable LocalDate openDate, @Nullable LocalDate closeDate, String statusCode,
                             String commissioner, int prescribingSetting) {

    public static final int FIELD_COUNT = 27;
    /** Prescribing setting 4: a GP practice (others are clinics, prisons, hospices...). */
    public static final int GP_PRACTICE = 4;
    private static final DateTimeFormatter YYYYMMDD = DateTimeFormatter.BASIC_ISO_DATE;
    private static final DateTimeFormatter EXCEL_DATE = DateTimeFormatter.ofPattern("d/M/uuuu");
    private static final Pattern ODS_CODE = Pattern.compile("[A-Z][0-9A-Z]{4,5}");

    /** Parses one row; the message of the exception says what is wrong, for the dry run. */
    public static EpraccurRecord parse(List<String> fields) {
        if (fields.size() != FIELD_COUNT) {
            throw new IllegalArgumentException("has " + fields.size() + " fields; epraccur rows have " + FIELD_COUNT);
        }
        String code = fields.get(0).strip().toUpperCase();
        if (!ODS_CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("organisation code '" + fields.get(0) + "' is not an ODS code");
        }
        String name = fields.get(1).strip();
        if (name.isEmpty()) {
            throw new IllegalArgumentException("has no name");
        }
        StringJoiner address = new StringJoiner(", ");
        for (int i = 4; i <= 8; i++) {
            if (!fields.get(i).isBlank()) {
                address.add(fields.get(i).strip());
            }
        }
        String status = fields.get(12).strip();
        if (!List.of("A", "C", "D", "P").contains(status)) {
            throw new IllegalArgumentException("status code '" + status + "' is not A, C, D or P");
        }
        int setting;
        try {
            setting = fields.get(25).isBlank() ? 0 : Integer.parseInt(fields.get(25).strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("prescribing setting '" + fields.get(25) + "' is not a number");
        }
        return new EpraccurRecord(code, name, address.toString(), fields.get(9).strip(),
                date(fields.get(10), "open date"), date(fields.get(11), "close date"), status,
                fields.get(14).strip(), setting);
    }

    private static @Nullable LocalDate date(String text, String what) {
        if (text.isBlank()) {
            return null;
        }
        String t = text.strip();
        try {
            // Excel re-saves ODS's 19740401 as 01/04/1974: with a four-digit year it is unambiguous.
            return LocalDate.parse(t, t.contains("/") ? EXCEL_DATE : YYYYMMDD);
        } catch (DateTimeParseException e) {
            if (t.contains("/")) {
                throw new IllegalArgumentException(what + " '" + text + "' is not a full date: the file was changed by "
                        + "Excel, which shortens ODS's dates. Upload the file as downloaded from ODS, without opening it "
                        + "in Excel (or format the date columns as yyyymmdd before saving as CSV)");
            }
            throw new IllegalArgumentException(what + " '" + text + "' is not a date (YYYYMMDD)");
        }
    }

    public boolean isGpPractice() {
        return prescribingSetting == GP_PRACTICE;
    }

    /** Active (A) practices are open; closed (C) and dormant (D) ones are kept as closed. */
    public PracticeStatus practiceStatus() {
        return "A".equals(statusCode) || "P".equals(statusCode) ? PracticeStatus.OPEN : PracticeStatus.CLOSED;
    }

    /** "ORCHID HOUSE SURGERY" reads better as "Orchid House Surgery". */
    public String displayName() {
        return titleCase(name);
    }

    static String titleCase(String upper) {
        StringBuilder out = new StringBuilder(upper.length());
        boolean start = true;
        for (char ch : upper.toCharArray()) {
            out.append(start ? Character.toUpperCase(ch) : Character.toLowerCase(ch));
            start = !Character.isLetter(ch) && ch != '\'';
        }
        return out.toString().replace(" And ", " and ").replace(" Of ", " of ").replace(" The ", " the ");
    }
}
