package uk.nhs.dorset.primarycare.workforce;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.LongConsumer;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams NHS Digital's practice-level workforce CSV one row at a time, so a national file
 * (about 6,300 rows of 829 columns) never sits in memory. Header names are matched whatever
 * their case. Each role is the sum of the publication's columns for it that the file has
 * ({@link WorkforceColumns}: every published layout since 2015); NA, ND, EST, NS, "." and
 * empty cells are "not supplied", and a role none of whose columns were supplied stays not
 * supplied. A staff column no role is built from refuses the file, as its staff would
 * otherwise be silently missing; where the file has its own group totals, each row says
 * where its roles do not add up to them.
 */
final class WorkforceFileReader {

    static final Set<String> NOT_SUPPLIED = Set.of("", "NA", "ND", "EST", "NS", ".");

    static final String PRACTICE_CODE = "PRAC_CODE";
    static final List<String> PATIENT_COLUMNS = List.of("TOTAL_PATIENTS");

    private static final Set<String> PUBLISHED = loadPublishedColumns();
    private static final BigDecimal MAX_FIGURE = BigDecimal.valueOf(9999);
    private static final BigDecimal MAX_PATIENTS = BigDecimal.valueOf(1_000_000);

    /** One practice row, parsed. */
    record Row(long line, String odsCode, @Nullable String commissioner, @Nullable String icb, @Nullable Integer year,
               @Nullable Integer month, @Nullable Integer patients, Map<StaffRole, RoleFigures> figures,
               List<String> totalsDiffer) {

        /** "11J" matches a row of sub-ICB 11J, and "QVV" every row of that ICB. */
        boolean isOf(String code) {
            return code.equals(commissioner) || code.equals(icb);
        }

        boolean carriesCommissioner() {
            return commissioner != null || icb != null;
        }
    }

    /** What the header said: columns this import does not know, and mapped columns it lacks. */
    record Header(int columns, List<String> unknownColumns, List<String> missingColumns) {
    }

    /** A row the import refuses, with the reason a user can act on. */
    record Rejection(long line, String reason) {
        @Override
        public String toString() {
            return "Line " + line + ": " + reason;
        }
    }

    interface Listener {
        void header(Header header);

        void row(Row row);

        void rejected(Rejection rejection);

        /** Checked before each row; true stops the read. */
        default boolean cancelled() {
            return false;
        }
    }

    /** Thrown when the listener asks to stop. */
    static final class Cancelled extends RuntimeException {
        Cancelled() {
            super("Import cancelled; nothing was changed");
        }
    }

    private WorkforceFileReader() {
    }

    /**
     * Reads the whole stream, calling the listener per row. Problems with the file as a
     * whole (encoding, empty, no practice code column, broken quoting) throw
     * {@link WorkforceFileRejected}; problems with one row are passed to the listener.
     */
    static void read(InputStream raw, Listener listener, LongConsumer bytesRead) {
        CountingStream counting = new CountingStream(raw, bytesRead);
        BufferedInputStream in = new BufferedInputStream(counting, 1 << 16);
        checkEncoding(in);
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        BufferedReader reader = new BufferedReader(new InputStreamReader(in, decoder), 1 << 16);
        CSVFormat format = CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();
        long line = 1;
        try (CSVParser parser = CSVParser.builder().setReader(reader).setFormat(format).get()) {
            var records = parser.iterator();
            if (!records.hasNext()) {
                throw new WorkforceFileRejected("The file is empty: expected NHS Digital's practice-level workforce CSV with a header row");
            }
            CSVRecord headerRecord = records.next();
            Columns columns = Columns.of(headerRecord);
            listener.header(columns.header());
            while (records.hasNext()) {
                if (listener.cancelled()) {
                    throw new Cancelled();
                }
                CSVRecord record = records.next();
                line = record.getRecordNumber();
                if (record.size() == 1 && record.get(0).isBlank()) {
                    continue;
                }
                if (record.size() != columns.count) {
                    listener.rejected(new Rejection(line, "has " + record.size() + " fields; the header has "
                            + columns.count + " (a broken or cut-off row)"));
                    continue;
                }
                try {
                    listener.row(columns.parse(record, line));
                } catch (BadValue bad) {
                    listener.rejected(new Rejection(line, bad.getMessage()));
                }
            }
        } catch (UncheckedIOException | IOException e) {
            Throwable cause = e instanceof UncheckedIOException u ? u.getCause() : e;
            if (cause instanceof CharacterCodingException || cause.getCause() instanceof CharacterCodingException) {
                throw new WorkforceFileRejected("The file is not UTF-8 text (after line " + line
                        + "): save it as CSV (UTF-8) and upload it again");
            }
            throw new WorkforceFileRejected("The file cannot be read as CSV after line " + line + " ("
                    + cause.getMessage() + "): it may be cut short; upload it again");
        } catch (IllegalStateException e) {
            throw new WorkforceFileRejected("The file cannot be read as CSV after line " + line + " ("
                    + e.getMessage() + "): it may be cut short; upload it again");
        }
    }

    /** UTF-16 and binary files are refused before parsing, with a reason a user understands. */
    private static void checkEncoding(BufferedInputStream in) {
        try {
            in.mark(8192);
            byte[] head = in.readNBytes(8192);
            in.reset();
            if (head.length == 0) {
                throw new WorkforceFileRejected("The file is empty: expected NHS Digital's practice-level workforce CSV with a header row");
            }
            if (head.length >= 2 && ((head[0] == (byte) 0xFE && head[1] == (byte) 0xFF) || (head[0] == (byte) 0xFF && head[1] == (byte) 0xFE))) {
                throw new WorkforceFileRejected("The file is UTF-16 text: save it as CSV (UTF-8) and upload it again");
            }
            for (byte b : head) {
                if (b == 0) {
                    throw new WorkforceFileRejected("The file is not CSV text (it contains binary data): upload the CSV file itself, not a spreadsheet or archive");
                }
            }
            if (head.length >= 3 && head[0] == (byte) 0xEF && head[1] == (byte) 0xBB && head[2] == (byte) 0xBF) {
                in.skipNBytes(3);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> loadPublishedColumns() {
        try (InputStream in = WorkforceFileReader.class.getResourceAsStream("/workforce/nhs-digital-practice-detailed-columns.txt")) {
            if (in == null) {
                throw new IllegalStateException("Missing the published workforce column list");
            }
            Set<String> names = new LinkedHashSet<>();
            for (String name : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\\R")) {
                if (!name.isBlank()) {
                    names.add(name.strip().toUpperCase(Locale.ROOT));
                }
            }
            return names;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The publication's column names, in order: for generating files in the real format. */
    static List<String> publishedColumns() {
        return List.copyOf(PUBLISHED);
    }

    private static final class BadValue extends RuntimeException {
        BadValue(String message) {
            super(message);
        }
    }

    /** Positions of the columns this import reads, found once from the header. */
    private static final class Columns {
        final int count;
        final int practice;
        final int commissioner;
        final int icb;
        final int year;
        final int month;
        final int date;
        final int patients;
        final String[] names;
        final Map<StaffRole, int[]> fte = new EnumMap<>(StaffRole.class);
        final Map<StaffRole, int[]> hc = new EnumMap<>(StaffRole.class);
        /** Group total positions, only where the file also has role columns of that group to check. */
        final Map<StaffGroup, Integer> totalFte = new EnumMap<>(StaffGroup.class);
        final Map<StaffGroup, Integer> totalHc = new EnumMap<>(StaffGroup.class);
        final Header header;

        private Columns(CSVRecord record) {
            count = record.size();
            names = new String[count];
            Map<String, Integer> index = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            List<String> unmapped = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = record.get(i).strip().toUpperCase(Locale.ROOT);
                names[i] = name;
                index.putIfAbsent(name, i);
                if (WorkforceColumns.isUnmappedStaffColumn(name)) {
                    unmapped.add(name);
                } else if (!name.isEmpty() && !PUBLISHED.contains(name) && !WorkforceColumns.isKnown(name)) {
                    unknown.add(record.get(i).strip());
                }
            }
            Integer practiceIndex = index.get(PRACTICE_CODE);
            if (practiceIndex == null) {
                throw new WorkforceFileRejected("The header has no " + PRACTICE_CODE
                        + " column: this is not NHS Digital's practice-level workforce CSV");
            }
            if (!unmapped.isEmpty()) {
                throw new WorkforceFileRejected("The file has staff columns this import does not know: "
                        + String.join(", ", unmapped) + ". Their staff would be missing from the profiles, so nothing "
                        + "is imported; check the file is NHS Digital's practice-level workforce CSV as published");
            }
            practice = practiceIndex;
            commissioner = first(index, WorkforceColumns.COMMISSIONER_COLUMNS);
            icb = first(index, WorkforceColumns.ICB_COLUMNS);
            patients = first(index, PATIENT_COLUMNS);
            year = index.getOrDefault("YEAR", -1);
            month = index.getOrDefault("MONTH", -1);
            date = first(index, WorkforceColumns.DATE_COLUMNS);
            boolean anyFte = false;
            boolean anyHc = false;
            for (var e : WorkforceColumns.SOURCES.entrySet()) {
                fte.put(e.getKey(), positions(index, e.getValue(), "_FTE"));
                hc.put(e.getKey(), positions(index, e.getValue(), "_HC"));
                anyFte |= fte.get(e.getKey()).length > 0;
                anyHc |= hc.get(e.getKey()).length > 0;
            }
            int totals = 0;
            for (var e : WorkforceColumns.GROUP_TOTALS.entrySet()) {
                StaffGroup group = e.getKey();
                totals += total(index, group, e.getValue() + "_FTE", fte, totalFte);
                totals += total(index, group, e.getValue() + "_HC", hc, totalHc);
                anyFte |= index.containsKey(e.getValue() + "_FTE");
                anyHc |= index.containsKey(e.getValue() + "_HC");
            }
            if (!anyFte && !anyHc) {
                throw new WorkforceFileRejected("The header has none of the workforce columns this import reads "
                        + "(such as TOTAL_GP_PTNR_PROV_FTE or TOTAL_NURSES_FTE): check it is the practice-level detailed file");
            }
            header = new Header(count, List.copyOf(unknown), missing(index, anyFte, anyHc));
        }

        /**
         * Finds a group's total. With role columns of the group beside it, it is kept to check
         * them against; with none, it is the group's only figure and goes to its catch-all role.
         */
        private static int total(Map<String, Integer> index, StaffGroup group, String name, Map<StaffRole, int[]> roles,
                                 Map<StaffGroup, Integer> checks) {
            Integer i = index.get(name);
            if (i == null) {
                return 0;
            }
            boolean hasRoles = group.roles().stream().anyMatch(r -> roles.get(r).length > 0);
            if (hasRoles) {
                checks.put(group, i);
            } else if (WorkforceColumns.CATCH_ALL.containsKey(group)) {
                roles.put(WorkforceColumns.CATCH_ALL.get(group), new int[] {i});
            }
            return 1;
        }

        /**
         * The layout's role columns the file lacks. Only the measures the file has count (an
         * FTE-only file lacks no headcounts), and only the layout the file is in: a 2019 file
         * does not lack the 2021 trainee-grade columns.
         */
        private static List<String> missing(Map<String, Integer> index, boolean anyFte, boolean anyHc) {
            boolean earlier = index.keySet().stream().anyMatch(n -> n.startsWith("TOTAL_GP_REG_"));
            List<String> suffixes = anyFte && anyHc ? List.of("_FTE", "_HC") : anyFte ? List.of("_FTE") : List.of("_HC");
            List<String> bases = new ArrayList<>();
            if (earlier) {
                bases.addAll(WorkforceColumns.EARLIER_LAYOUT_ROLES);
            } else {
                WorkforceColumns.SOURCES.values().forEach(bases::addAll);
            }
            bases.addAll(WorkforceColumns.GROUP_TOTALS.values());
            List<String> missing = new ArrayList<>();
            for (String base : bases) {
                for (String suffix : suffixes) {
                    String name = base + suffix;
                    boolean inLayout = earlier || PUBLISHED.contains(name);
                    if (inLayout && !index.containsKey(name)) {
                        missing.add(name);
                    }
                }
            }
            return List.copyOf(missing);
        }

        static Columns of(CSVRecord record) {
            return new Columns(record);
        }

        Header header() {
            return header;
        }

        private static int first(Map<String, Integer> index, List<String> candidates) {
            for (String c : candidates) {
                Integer i = index.get(c);
                if (i != null) {
                    return i;
                }
            }
            return -1;
        }

        private static int[] positions(Map<String, Integer> index, List<String> bases, String suffix) {
            List<Integer> found = new ArrayList<>();
            for (String base : bases) {
                Integer i = index.get(base + suffix);
                if (i != null) {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }

        Row parse(CSVRecord record, long line) {
            String ods = record.get(practice).strip().toUpperCase(Locale.ROOT);
            if (ods.isEmpty() || ods.length() > 10) {
                throw new BadValue(PRACTICE_CODE + " '" + abbreviate(ods) + "' is not a practice code");
            }
            Map<StaffRole, RoleFigures> figures = new EnumMap<>(StaffRole.class);
            Map<StaffGroup, Sum> groupFte = new EnumMap<>(StaffGroup.class);
            Map<StaffGroup, Sum> groupHc = new EnumMap<>(StaffGroup.class);
            for (StaffRole role : WorkforceColumns.SOURCES.keySet()) {
                Sum f = sum(record, fte.get(role), false);
                Sum h = sum(record, hc.get(role), true);
                groupFte.computeIfAbsent(role.group(), g -> new Sum()).add(f);
                groupHc.computeIfAbsent(role.group(), g -> new Sum()).add(h);
                put(figures, role, h.value, f.value);
            }
            List<String> differ = List.of();
            if (!totalFte.isEmpty() || !totalHc.isEmpty()) {
                differ = new ArrayList<>(0);
                for (StaffGroup group : StaffGroup.values()) {
                    checkFte(record, group, groupFte.get(group), differ);
                    checkHc(record, group, groupHc.get(group), differ);
                }
            }
            Integer y = integer(record, year, MAX_FIGURE);
            Integer m = integer(record, month, MAX_FIGURE);
            if (date >= 0) {
                LocalDate d = date(record.get(date).strip(), names[date]);
                if (d != null) {
                    y = d.getYear();
                    m = d.getMonthValue();
                }
            }
            return new Row(line, ods, code(record, commissioner), code(record, icb), y, m,
                    integer(record, patients, MAX_PATIENTS), figures, differ);
        }

        /**
         * FTE adds up across roles, but each published figure is rounded: allow half a unit of
         * the second decimal place (the coarsest the publication has used) for each non-zero
         * figure summed and for the total itself, so 0.015 FTE for two roles.
         */
        private void checkFte(CSVRecord record, StaffGroup group, @Nullable Sum roles, List<String> differ) {
            Integer at = totalFte.get(group);
            if (at == null) {
                return;
            }
            BigDecimal total = value(record, at, false);
            if (total == null) {
                return;
            }
            BigDecimal sum = roles == null || roles.value == null ? BigDecimal.ZERO : roles.value;
            BigDecimal tolerance = HALF_HUNDREDTH.multiply(BigDecimal.valueOf((roles == null ? 0 : roles.nonZero) + 1L));
            if (total.subtract(sum).abs().compareTo(tolerance) > 0) {
                differ.add(names[at] + " is " + plain(total) + ", but the roles read for " + group.label() + " add up to "
                        + plain(sum.setScale(RoleFigures.FTE_SCALE, RoundingMode.HALF_UP)));
            }
        }

        /**
         * Headcount is not additive: someone in two roles counts in both but once in the group,
         * so the roles may count more people than the total, never fewer (someone in no role
         * read means a column was missed). Headcounts are whole, so there is no rounding.
         */
        private void checkHc(CSVRecord record, StaffGroup group, @Nullable Sum roles, List<String> differ) {
            Integer at = totalHc.get(group);
            if (at == null) {
                return;
            }
            BigDecimal total = value(record, at, true);
            if (total == null) {
                return;
            }
            BigDecimal sum = roles == null || roles.value == null ? BigDecimal.ZERO : roles.value;
            if (sum.compareTo(total) < 0) {
                differ.add(names[at] + " is " + plain(total) + ", but the roles read for " + group.label() + " count only " + plain(sum));
            }
        }

        private static @Nullable String code(CSVRecord record, int i) {
            if (i < 0) {
                return null;
            }
            String code = record.get(i).strip().toUpperCase(Locale.ROOT);
            return code.isEmpty() ? null : code;
        }

        private static void put(Map<StaffRole, RoleFigures> figures, StaffRole role, @Nullable BigDecimal hc, @Nullable BigDecimal fte) {
            if (hc != null || fte != null) {
                figures.put(role, new RoleFigures(hc == null ? null : hc.intValueExact(),
                        fte == null ? null : fte.setScale(RoleFigures.FTE_SCALE, RoundingMode.HALF_UP)));
            }
        }

        private @Nullable Integer integer(CSVRecord record, int i, BigDecimal max) {
            BigDecimal v = value(record, i, true, max);
            return v == null ? null : v.intValueExact();
        }

        private Sum sum(CSVRecord record, int[] positions, boolean whole) {
            Sum sum = new Sum();
            for (int i : positions) {
                sum.add(value(record, i, whole));
            }
            return sum;
        }

        private @Nullable BigDecimal value(CSVRecord record, int i, boolean whole) {
            return value(record, i, whole, MAX_FIGURE);
        }

        private @Nullable BigDecimal value(CSVRecord record, int i, boolean whole, BigDecimal max) {
            if (i < 0) {
                return null;
            }
            String text = record.get(i).strip();
            if (NOT_SUPPLIED.contains(text.toUpperCase(Locale.ROOT))) {
                return null;
            }
            BigDecimal v;
            try {
                v = new BigDecimal(text);
            } catch (NumberFormatException e) {
                throw new BadValue(names[i] + " '" + abbreviate(text) + "' is not a number");
            }
            if (v.signum() < 0 || v.compareTo(max) > 0) {
                throw new BadValue(names[i] + " " + text + " is out of range (0 to " + String.format("%,d", max.intValue()) + ")");
            }
            if (whole && v.stripTrailingZeros().scale() > 0) {
                throw new BadValue(names[i] + " " + text + " is not a whole number");
            }
            return v;
        }
    }

    /** A running sum of supplied values; null while none was supplied. */
    private static final class Sum {
        @Nullable BigDecimal value;
        int nonZero;

        void add(@Nullable BigDecimal v) {
            if (v != null) {
                value = value == null ? v : value.add(v);
                if (v.signum() != 0) {
                    nonZero++;
                }
            }
        }

        void add(Sum other) {
            if (other.value != null) {
                value = value == null ? other.value : value.add(other.value);
                nonZero += other.nonZero;
            }
        }
    }

    private static final BigDecimal HALF_HUNDREDTH = new BigDecimal("0.005");
    private static final List<DateTimeFormatter> DATES = List.of(
            new DateTimeFormatterBuilder().parseCaseInsensitive().appendPattern("ddMMMuuuu").toFormatter(Locale.ENGLISH),
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd/MM/uuuu"), DateTimeFormatter.BASIC_ISO_DATE);

    private static @Nullable LocalDate date(String text, String column) {
        if (NOT_SUPPLIED.contains(text.toUpperCase(Locale.ROOT))) {
            return null;
        }
        for (DateTimeFormatter f : DATES) {
            try {
                return LocalDate.parse(text, f);
            } catch (DateTimeParseException e) {
                // try the next way of writing it
            }
        }
        throw new BadValue(column + " '" + abbreviate(text) + "' is not a date such as 30SEP2019 or 30/09/2019");
    }

    private static String plain(BigDecimal v) {
        return v.stripTrailingZeros().toPlainString();
    }

    private static String abbreviate(String text) {
        return text.length() > 30 ? text.substring(0, 30) + "…" : text;
    }

    /** Reports bytes read so a progress bar can follow a stream of known length. */
    private static final class CountingStream extends FilterInputStream {
        private final LongConsumer listener;
        private long count;

        CountingStream(InputStream in, LongConsumer listener) {
            super(in);
            this.listener = listener;
        }

        @Override
        public int read() throws IOException {
            int b = super.read();
            if (b >= 0) {
                listener.accept(++count);
            }
            return b;
        }

        @Override
        public int read(byte[] b, int off, int len) throws IOException {
            int n = super.read(b, off, len);
            if (n > 0) {
                count += n;
                listener.accept(count);
            }
            return n;
        }
    }

}
