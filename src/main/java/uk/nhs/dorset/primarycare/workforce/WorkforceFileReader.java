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
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;

/**
 * Streams NHS Digital's "General Practice Workforce, Practice Level - Detailed" CSV one row at
 * a time, so a national file (about 6,300 rows of 829 columns) never sits in memory. Header
 * names are matched whatever their case. Each role is the sum of the publication's columns for
 * it that the file has (columns differ between years); NA, ND, EST, NS, "." and empty cells
 * are "not supplied", and a role none of whose columns were supplied stays not supplied.
 */
final class WorkforceFileReader {

    static final Set<String> NOT_SUPPLIED = Set.of("", "NA", "ND", "EST", "NS", ".");

    /** Publication columns (without _HC / _FTE) that make up each role. */
    static final Map<StaffRole, List<String>> SOURCES = new EnumMap<>(StaffRole.class);

    static {
        SOURCES.put(StaffRole.GP_PARTNER, List.of("TOTAL_GP_SEN_PTNR", "TOTAL_GP_PTNR_PROV"));
        SOURCES.put(StaffRole.GP_SALARIED, List.of("TOTAL_GP_SAL_BY_PRAC", "TOTAL_GP_SAL_BY_OTH"));
        SOURCES.put(StaffRole.GP_LOCUM, List.of("TOTAL_GP_LOCUM_VAC", "TOTAL_GP_LOCUM_ABS", "TOTAL_GP_LOCUM_OTH"));
        SOURCES.put(StaffRole.GP_RETAINER, List.of("TOTAL_GP_RET"));
        SOURCES.put(StaffRole.GP_TRAINEE, List.of("TOTAL_GP_TRN_GR_ST1", "TOTAL_GP_TRN_GR_ST2", "TOTAL_GP_TRN_GR_ST3",
                "TOTAL_GP_TRN_GR_ST4", "TOTAL_GP_TRN_GR_OTH", "TOTAL_GP_TRN_GR_F1_2"));
        SOURCES.put(StaffRole.NURSE, List.of("TOTAL_NURSES"));
        SOURCES.put(StaffRole.CLINICAL_PHARMACIST, List.of("TOTAL_DPC_PHARMA", "TOTAL_DPC_ADV_PHARMA_PRAC"));
        SOURCES.put(StaffRole.PHYSICIAN_ASSOCIATE, List.of("TOTAL_DPC_PHYSICIAN_ASSOC"));
        SOURCES.put(StaffRole.PHYSIOTHERAPIST, List.of("TOTAL_DPC_PHYSIO", "TOTAL_DPC_ADV_PHYSIO_PRAC"));
        SOURCES.put(StaffRole.MENTAL_HEALTH_THERAPIST, List.of("TOTAL_DPC_THERA_COU", "TOTAL_DPC_HI_THERA",
                "TOTAL_DPC_PSYCH_WELLB_PRAC", "TOTAL_DPC_NHS_TALKING_THERA"));
        SOURCES.put(StaffRole.PARAMEDIC, List.of("TOTAL_DPC_PARAMED", "TOTAL_DPC_ADV_PARAMED_PRAC"));
        SOURCES.put(StaffRole.HCA, List.of("TOTAL_DPC_HCA"));
        SOURCES.put(StaffRole.PRACTICE_MANAGER, List.of("TOTAL_ADMIN_MANAGER", "TOTAL_ADMIN_MANAGE_PTNR"));
        SOURCES.put(StaffRole.RECEPTIONIST, List.of("TOTAL_ADMIN_RECEPT", "TOTAL_ADMIN_TELEPH"));
    }

    /** "Other" roles are the group total less the roles named above. */
    static final Map<StaffRole, String> REMAINDERS = Map.of(
            StaffRole.DPC_OTHER, "TOTAL_DPC",
            StaffRole.ADMIN_OTHER, "TOTAL_ADMIN");

    static final String PRACTICE_CODE = "PRAC_CODE";
    static final List<String> COMMISSIONER_COLUMNS = List.of("SUB_ICB_CODE", "CCG_CODE", "SUB_ICB_LOCATION_CODE");
    static final List<String> PATIENT_COLUMNS = List.of("TOTAL_PATIENTS");
    /** Columns some copies append to the publication's own; recognised, not reported. */
    static final Set<String> EXTRA_KNOWN = Set.of("YEAR", "MONTH");

    private static final Set<String> PUBLISHED = loadPublishedColumns();
    private static final BigDecimal MAX_FIGURE = BigDecimal.valueOf(9999);
    private static final BigDecimal MAX_PATIENTS = BigDecimal.valueOf(1_000_000);

    /** One practice row, parsed. */
    record Row(long line, String odsCode, @Nullable String commissioner, @Nullable Integer year,
               @Nullable Integer month, @Nullable Integer patients, Map<StaffRole, RoleFigures> figures) {
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
        final int year;
        final int month;
        final int patients;
        final String[] names;
        final Map<StaffRole, int[]> fte = new EnumMap<>(StaffRole.class);
        final Map<StaffRole, int[]> hc = new EnumMap<>(StaffRole.class);
        final Map<StaffRole, Integer> remainderFte = new EnumMap<>(StaffRole.class);
        final Map<StaffRole, Integer> remainderHc = new EnumMap<>(StaffRole.class);
        final Header header;

        private Columns(CSVRecord record) {
            count = record.size();
            names = new String[count];
            Map<String, Integer> index = new HashMap<>();
            List<String> unknown = new ArrayList<>();
            for (int i = 0; i < count; i++) {
                String name = record.get(i).strip().toUpperCase(Locale.ROOT);
                names[i] = name;
                index.putIfAbsent(name, i);
                if (!name.isEmpty() && !PUBLISHED.contains(name) && !EXTRA_KNOWN.contains(name)) {
                    unknown.add(record.get(i).strip());
                }
            }
            Integer practiceIndex = index.get(PRACTICE_CODE);
            if (practiceIndex == null) {
                throw new WorkforceFileRejected("The header has no " + PRACTICE_CODE
                        + " column: this is not NHS Digital's practice-level workforce CSV");
            }
            practice = practiceIndex;
            commissioner = first(index, COMMISSIONER_COLUMNS);
            patients = first(index, PATIENT_COLUMNS);
            year = index.getOrDefault("YEAR", -1);
            month = index.getOrDefault("MONTH", -1);
            List<String> missing = new ArrayList<>();
            int mapped = 0;
            for (var e : SOURCES.entrySet()) {
                fte.put(e.getKey(), positions(index, e.getValue(), "_FTE", missing));
                hc.put(e.getKey(), positions(index, e.getValue(), "_HC", missing));
                mapped += fte.get(e.getKey()).length + hc.get(e.getKey()).length;
            }
            for (var e : REMAINDERS.entrySet()) {
                remainderFte.put(e.getKey(), position(index, e.getValue() + "_FTE", missing));
                remainderHc.put(e.getKey(), position(index, e.getValue() + "_HC", missing));
            }
            if (mapped == 0 && remainderFte.values().stream().allMatch(i -> i < 0)) {
                throw new WorkforceFileRejected("The header has none of the workforce columns this import reads "
                        + "(such as TOTAL_GP_PTNR_PROV_FTE or TOTAL_NURSES_FTE): check it is the practice-level detailed file");
            }
            header = new Header(count, List.copyOf(unknown), List.copyOf(missing));
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

        private static int[] positions(Map<String, Integer> index, List<String> bases, String suffix, List<String> missing) {
            List<Integer> found = new ArrayList<>();
            for (String base : bases) {
                Integer i = index.get(base + suffix);
                if (i == null) {
                    missing.add(base + suffix);
                } else {
                    found.add(i);
                }
            }
            return found.stream().mapToInt(Integer::intValue).toArray();
        }

        private static int position(Map<String, Integer> index, String name, List<String> missing) {
            Integer i = index.get(name);
            if (i == null) {
                missing.add(name);
                return -1;
            }
            return i;
        }

        Row parse(CSVRecord record, long line) {
            String ods = record.get(practice).strip().toUpperCase(Locale.ROOT);
            if (ods.isEmpty() || ods.length() > 10) {
                throw new BadValue(PRACTICE_CODE + " '" + abbreviate(ods) + "' is not a practice code");
            }
            String comm = commissioner < 0 ? null : record.get(commissioner).strip().toUpperCase(Locale.ROOT);
            Map<StaffRole, RoleFigures> figures = new EnumMap<>(StaffRole.class);
            Map<StaffGroup, BigDecimal> namedFte = new EnumMap<>(StaffGroup.class);
            Map<StaffGroup, Integer> namedHc = new EnumMap<>(StaffGroup.class);
            for (StaffRole role : SOURCES.keySet()) {
                BigDecimal f = sum(record, fte.get(role), false);
                BigDecimal h = sum(record, hc.get(role), true);
                if (f != null) {
                    namedFte.merge(role.group(), f, BigDecimal::add);
                }
                if (h != null) {
                    namedHc.merge(role.group(), h.intValueExact(), Integer::sum);
                }
                put(figures, role, h, f);
            }
            for (StaffRole role : REMAINDERS.keySet()) {
                BigDecimal totalF = value(record, remainderFte.get(role), false);
                BigDecimal totalH = value(record, remainderHc.get(role), true);
                // Rounding in the publication can leave a remainder a hair below zero.
                BigDecimal f = totalF == null ? null
                        : totalF.subtract(namedFte.getOrDefault(role.group(), BigDecimal.ZERO)).max(BigDecimal.ZERO);
                BigDecimal h = totalH == null ? null
                        : totalH.subtract(BigDecimal.valueOf(namedHc.getOrDefault(role.group(), 0))).max(BigDecimal.ZERO);
                put(figures, role, h, f);
            }
            return new Row(line, ods, comm, integer(record, year, MAX_FIGURE), integer(record, month, MAX_FIGURE), integer(record, patients, MAX_PATIENTS), figures);
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

        private @Nullable BigDecimal sum(CSVRecord record, int[] positions, boolean whole) {
            BigDecimal sum = null;
            for (int i : positions) {
                BigDecimal v = value(record, i, whole);
                if (v != null) {
                    sum = sum == null ? v : sum.add(v);
                }
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
