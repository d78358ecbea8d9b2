package uk.nhs.dorset.primarycare.practice;

import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import uk.nhs.dorset.primarycare.base.Formats;
import uk.nhs.dorset.primarycare.base.Role;
import uk.nhs.dorset.primarycare.practice.ImportPlan.FieldChange;
import uk.nhs.dorset.primarycare.practice.ImportPlan.Rejected;
import uk.nhs.dorset.primarycare.practice.ImportPlan.Row;

/**
 * Keeps the practice register current from the national files: ODS's epraccur (practices,
 * addresses, open and close dates) and NHS Digital's registered patients (list sizes). Each
 * import is a dry run first; applying it re-checks the plan and writes it in one transaction,
 * so a file is applied whole or not at all.
 */
@Service
@RolesAllowed(Role.ADMIN_)
public class PracticeImportService {

    private static final Pattern COMMISSIONER = Pattern.compile("[A-Z0-9]{3,5}");
    private static final DateTimeFormatter EXTRACT_DATE = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("ddMMMyyyy").toFormatter(Locale.ENGLISH);

    private final PracticeRepository practices;
    private final PcnRepository pcns;

    PracticeImportService(PracticeRepository practices, PcnRepository pcns) {
        this.practices = practices;
        this.pcns = pcns;
    }

    /**
     * Reads an epraccur file and compares its GP practices of the commissioner with the register.
     * {@code commissioner} may name several codes ("84H, 00J"): an ICB may commission through several sub-ICB locations.
     */
    @Transactional(readOnly = true)
    public ImportPlan dryRunEpraccur(byte[] file, String commissioner) {
        java.util.Set<String> codes = new java.util.LinkedHashSet<>();
        for (String code : commissioner.strip().toUpperCase(Locale.ROOT).split("[,;\\s]+")) {
            if (!COMMISSIONER.matcher(code).matches()) {
                throw new IllegalArgumentException("A commissioner code is 3 to 5 letters or digits, such as 11J");
            }
            codes.add(code);
        }
        String ccg = String.join(",", codes);
        List<CSVRecord> rows = csv(file, false);
        boolean excelShape = excelDroppedTheLastField(rows);
        List<Rejected> rejected = new ArrayList<>();
        List<EpraccurRecord> records = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int skipped = 0;
        int read = 0;
        for (CSVRecord row : rows) {
            int line = (int) row.getRecordNumber();
            List<String> fields = row.toList();
            if (line == 1 && !fields.isEmpty() && fields.getFirst().strip().equalsIgnoreCase("OrganisationCode")) {
                continue;
            }
            if (excelShape) {
                fields = new ArrayList<>(fields);
                fields.add("");
            }
            read++;
            if (fields.size() != EpraccurRecord.FIELD_COUNT) {
                rejected.add(new Rejected(line, fields.isEmpty() ? "" : fields.getFirst(), "has " + fields.size()
                        + " fields; epraccur rows have " + EpraccurRecord.FIELD_COUNT));
                continue;
            }
            if (!codes.contains(fields.get(14).strip().toUpperCase(Locale.ROOT))) {
                skipped++;
                continue;
            }
            EpraccurRecord record;
            try {
                record = EpraccurRecord.parse(fields);
            } catch (IllegalArgumentException e) {
                rejected.add(new Rejected(line, fields.getFirst(), e.getMessage()));
                continue;
            }
            if (!record.isGpPractice()) {
                skipped++;
                continue;
            }
            Integer first = lineOf.putIfAbsent(record.odsCode(), line);
            if (first != null) {
                rejected.add(new Rejected(line, record.odsCode(), "duplicate code: also on line " + first));
                continue;
            }
            records.add(record);
        }
        if (records.isEmpty() && rejected.isEmpty()) {
            throw new IllegalArgumentException("The file has no GP practices (prescribing setting 4) for commissioner "
                    + ccg + ". Check it is an ODS epraccur file and the commissioner code.");
        }
        return epraccurPlan(records, rejected, read, skipped, ccg);
    }

    /**
     * Excel, saving a CSV, leaves out a last column that is empty on every row: epraccur's 27th
     * field always is. A file whose every row has 26 fields is read as if the 27th were there.
     */
    private static boolean excelDroppedTheLastField(List<CSVRecord> rows) {
        boolean any = false;
        for (CSVRecord row : rows) {
            if (row.getRecordNumber() == 1 && row.get(0).strip().equalsIgnoreCase("OrganisationCode")) {
                continue;
            }
            if (row.size() != EpraccurRecord.FIELD_COUNT - 1) {
                return false;
            }
            any = true;
        }
        return any;
    }

    private ImportPlan epraccurPlan(List<EpraccurRecord> records, List<Rejected> rejected, int read, int skipped, String ccg) {
        Map<String, Practice> existing = byCode();
        List<String> notices = new ArrayList<>();
        List<Row> add = new ArrayList<>();
        List<Row> change = new ArrayList<>();
        List<Row> close = new ArrayList<>();
        int unchanged = 0;
        for (EpraccurRecord r : records) {
            Practice p = existing.get(r.odsCode());
            if (p == null) {
                add.add(new Row(r.odsCode(), r.displayName(), List.of(
                        new FieldChange("Status", "", r.practiceStatus().label()),
                        new FieldChange("Postcode", "", r.postcode()))));
                continue;
            }
            if (p.getStatus() == PracticeStatus.MERGED && r.practiceStatus() == PracticeStatus.OPEN && p.getMergedInto() != null) {
                notices.add("ODS still lists " + p.getOdsCode() + " as active; the hub records it merged into "
                        + p.getMergedInto().getOdsCode() + " on " + Formats.date(p.getCloseDate())
                        + ". The merger is kept: ODS often lists a merger some months late.");
            }
            List<FieldChange> changes = differences(p, r);
            if (changes.isEmpty()) {
                unchanged++;
            } else if (p.isOpen() && r.practiceStatus() == PracticeStatus.CLOSED) {
                close.add(new Row(p.getOdsCode(), p.getName(), changes));
            } else {
                change.add(new Row(p.getOdsCode(), p.getName(), changes));
            }
        }
        // A file cut short at a line end reads cleanly: only the practices it lacks tell.
        java.util.Set<String> inFile = new java.util.HashSet<>();
        records.forEach(r -> inFile.add(r.odsCode()));
        long open = existing.values().stream().filter(Practice::isOpen).count();
        long absent = existing.values().stream().filter(Practice::isOpen).filter(p -> !inFile.contains(p.getOdsCode())).count();
        boolean incomplete = absent >= 2 && absent * 10 >= open;
        if (incomplete) {
            notices.add(absent + " of your " + open + " practices are not in this file: is it complete?");
        }
        return new ImportPlan("epraccur", "GP practices of commissioner " + ccg, read, add, change, close, rejected,
                unchanged, skipped, records, notices, incomplete, false);
    }

    private static List<FieldChange> differences(Practice p, EpraccurRecord r) {
        List<FieldChange> changes = new ArrayList<>();
        compare(changes, "Name", p.getName(), r.displayName());
        compare(changes, "Address", text(p.getAddress()), EpraccurRecord.titleCase(r.address()));
        compare(changes, "Postcode", text(p.getPostcode()), r.postcode());
        compare(changes, "Open date", Formats.date(p.getOpenDate()), Formats.date(r.openDate()));
        // A merged practice stays merged, on the hub's date: ODS records mergers late, if at all.
        if (p.getStatus() != PracticeStatus.MERGED) {
            compare(changes, "Close date", Formats.date(p.getCloseDate()), Formats.date(r.closeDate()));
            compare(changes, "Status", p.getStatus().label(), r.practiceStatus().label());
        }
        return changes;
    }

    private static void compare(List<FieldChange> changes, String field, String from, String to) {
        if (!from.equals(to)) {
            changes.add(new FieldChange(field, from, to));
        }
    }

    /**
     * Applies a dry run in one transaction. The plan is worked out again against the register
     * as it is now; if that differs from what the administrator saw, nothing is applied.
     */
    @Transactional
    public int applyEpraccur(ImportPlan plan, DoubleConsumer progress, BooleanSupplier cancelled) {
        require(plan, "epraccur");
        @SuppressWarnings("unchecked")
        List<EpraccurRecord> records = (List<EpraccurRecord>) plan.records();
        ImportPlan now = epraccurPlan(records, plan.rejected(), plan.rowsRead(), plan.skipped(),
                plan.scope().substring(plan.scope().lastIndexOf(' ') + 1));
        checkUnchangedSince(plan, now);
        if (now.needsConfirmation() && !plan.isConfirmed()) {
            throw new IllegalArgumentException(now.notices().getLast() + " Confirm that the file is complete before "
                    + "applying it; nothing was changed.");
        }
        Map<String, Practice> existing = byCode();
        int done = 0;
        int written = 0;
        for (EpraccurRecord r : records) {
            checkCancelled(cancelled);
            Practice p = existing.get(r.odsCode());
            if (p == null) {
                p = new Practice(r.odsCode(), r.displayName());
                copy(r, p);
                practices.save(p);
                written++;
            } else if (!differences(p, r).isEmpty()) {
                copy(r, p);
                written++;
            }
            progress.accept(++done / (double) records.size());
        }
        practices.flush();
        return written;
    }

    private static void copy(EpraccurRecord r, Practice p) {
        p.setName(r.displayName());
        p.setAddress(EpraccurRecord.titleCase(r.address()));
        p.setPostcode(r.postcode());
        p.setOpenDate(r.openDate());
        if (p.getStatus() != PracticeStatus.MERGED) {
            p.setCloseDate(r.closeDate());
            p.setStatus(r.practiceStatus());
        }
    }

    /** A list size read from NHS Digital's "Patients Registered at a GP Practice" file. */
    record ListSize(String odsCode, int patients, LocalDate asAt) {
    }

    /**
     * Reads NHS Digital's registered-patients file (header with CODE, NUMBER_OF_PATIENTS and
     * EXTRACT_DATE such as 01JAN2021) and compares it with the register's list sizes. Practices
     * not in the register are skipped: the file covers all of England.
     */
    @Transactional(readOnly = true)
    public ImportPlan dryRunListSizes(byte[] file) {
        List<CSVRecord> rows = csv(file, true);
        List<Rejected> rejected = new ArrayList<>();
        List<ListSize> records = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        Map<String, Practice> existing = byCode();
        int skipped = 0;
        int read = 0;
        for (CSVRecord row : rows) {
            int line = (int) row.getRecordNumber() + 1;
            read++;
            if (!row.isConsistent()) {
                rejected.add(new Rejected(line, "", "has " + row.size() + " fields; the header has " + row.getParser().getHeaderNames().size()));
                continue;
            }
            if (row.isMapped("SEX") && !"ALL".equalsIgnoreCase(row.get("SEX").strip())
                    || row.isMapped("AGE") && !"ALL".equalsIgnoreCase(row.get("AGE").strip())) {
                skipped++;
                continue;
            }
            String code = row.get("CODE").strip().toUpperCase(Locale.ROOT);
            if (!existing.containsKey(code)) {
                skipped++;
                continue;
            }
            int patients;
            LocalDate asAt;
            try {
                patients = Integer.parseInt(row.get("NUMBER_OF_PATIENTS").strip());
                if (patients < 0 || patients > 1_000_000) {
                    throw new NumberFormatException();
                }
            } catch (NumberFormatException e) {
                rejected.add(new Rejected(line, code, "number of patients '" + row.get("NUMBER_OF_PATIENTS") + "' is not a whole number from 0 to 1,000,000"));
                continue;
            }
            try {
                asAt = LocalDate.parse(row.get("EXTRACT_DATE").strip(), EXTRACT_DATE);
            } catch (DateTimeParseException e) {
                rejected.add(new Rejected(line, code, "extract date '" + row.get("EXTRACT_DATE") + "' is not a date like 01JAN2021"));
                continue;
            }
            Integer first = lineOf.putIfAbsent(code, line);
            if (first != null) {
                rejected.add(new Rejected(line, code, "duplicate code: also on line " + first));
                continue;
            }
            records.add(new ListSize(code, patients, asAt));
        }
        if (records.isEmpty() && rejected.isEmpty()) {
            throw new IllegalArgumentException("The file has no list sizes for practices in the register");
        }
        return listSizePlan(records, rejected, read, skipped);
    }

    private ImportPlan listSizePlan(List<ListSize> records, List<Rejected> rejected, int read, int skipped) {
        Map<String, Practice> existing = byCode();
        List<Row> change = new ArrayList<>();
        int unchanged = 0;
        for (ListSize r : records) {
            Practice p = Objects.requireNonNull(existing.get(r.odsCode()));
            List<FieldChange> changes = new ArrayList<>();
            compare(changes, "List size", Formats.number(p.getListSize()), Formats.number(r.patients()));
            compare(changes, "List size date", Formats.date(p.getListSizeDate()), Formats.date(r.asAt()));
            if (changes.isEmpty()) {
                unchanged++;
            } else {
                change.add(new Row(p.getOdsCode(), p.getName(), changes));
            }
        }
        return new ImportPlan("list sizes", "practices in the register", read, List.of(), change, List.of(), rejected,
                unchanged, skipped, records);
    }

    @Transactional
    public int applyListSizes(ImportPlan plan, DoubleConsumer progress, BooleanSupplier cancelled) {
        require(plan, "list sizes");
        @SuppressWarnings("unchecked")
        List<ListSize> records = (List<ListSize>) plan.records();
        checkUnchangedSince(plan, listSizePlan(records, plan.rejected(), plan.rowsRead(), plan.skipped()));
        Map<String, Practice> existing = byCode();
        int done = 0;
        int written = 0;
        for (ListSize r : records) {
            checkCancelled(cancelled);
            Practice p = Objects.requireNonNull(existing.get(r.odsCode()));
            if (!Objects.equals(p.getListSize(), r.patients()) || !Objects.equals(p.getListSizeDate(), r.asAt())) {
                p.setListSize(r.patients(), r.asAt());
                written++;
            }
            progress.accept(++done / (double) records.size());
        }
        practices.flush();
        return written;
    }

    /** A practice's membership of a Primary Care Network, read from NHS Digital's ePCN file. */
    record PcnMember(String odsCode, String pcnCode, String pcnName) {
    }

    /**
     * Reads the ePCN file's practice-to-PCN sheet saved as CSV ("PCN Core Partner Details":
     * Partner Organisation Code, PCN Code, PCN Name, relationship end date) and compares it with
     * the register's practices. Practices not in the register are skipped: the file covers England;
     * so are memberships that have ended.
     */
    @Transactional(readOnly = true)
    public ImportPlan dryRunPcnMembers(byte[] file) {
        List<CSVRecord> rows = csv(file, true, true);
        Map<String, Practice> existing = byCode();
        List<Rejected> rejected = new ArrayList<>();
        List<PcnMember> records = new ArrayList<>();
        Map<String, Integer> lineOf = new HashMap<>();
        int skipped = 0;
        int read = 0;
        for (CSVRecord row : rows) {
            int line = (int) row.getRecordNumber() + 1;
            read++;
            String code = row.get("Partner Organisation Code").strip().toUpperCase(Locale.ROOT);
            boolean ended = row.isMapped("Practice to PCN Relationship End Date")
                    && !row.get("Practice to PCN Relationship End Date").isBlank();
            if (!existing.containsKey(code) || ended) {
                skipped++;
                continue;
            }
            String pcnCode = row.get("PCN Code").strip().toUpperCase(Locale.ROOT);
            String pcnName = row.get("PCN Name").strip();
            if (pcnCode.isEmpty() || pcnName.isEmpty()) {
                rejected.add(new Rejected(line, code, "has no PCN code or name"));
                continue;
            }
            Integer first = lineOf.putIfAbsent(code, line);
            if (first != null) {
                rejected.add(new Rejected(line, code, "duplicate practice: also on line " + first));
                continue;
            }
            records.add(new PcnMember(code, pcnCode, EpraccurRecord.titleCase(pcnName).replace(" Pcn", " PCN")));
        }
        if (records.isEmpty() && rejected.isEmpty()) {
            throw new IllegalArgumentException("The file has no PCN memberships for practices in the register");
        }
        return pcnPlan(records, rejected, read, skipped);
    }

    private ImportPlan pcnPlan(List<PcnMember> records, List<Rejected> rejected, int read, int skipped) {
        Map<String, Practice> existing = byCode();
        List<Row> change = new ArrayList<>();
        java.util.Set<String> newPcns = new java.util.TreeSet<>();
        int unchanged = 0;
        for (PcnMember m : records) {
            Practice p = Objects.requireNonNull(existing.get(m.odsCode()));
            if (pcns.findByCode(m.pcnCode()).isEmpty()) {
                newPcns.add(m.pcnName() + " (" + m.pcnCode() + ")");
            }
            String now = p.getPcn() == null ? "" : p.getPcn().getCode();
            if (now.equals(m.pcnCode())) {
                unchanged++;
            } else {
                change.add(new Row(p.getOdsCode(), p.getName(), List.of(new FieldChange("PCN", now, m.pcnName()))));
            }
        }
        List<String> notices = newPcns.isEmpty() ? List.of()
                : List.of("Applying adds " + Formats.count(newPcns.size(), "PCN") + ": " + String.join(", ", newPcns) + ".");
        return new ImportPlan("PCN members", "practices in the register", read, List.of(), change, List.of(), rejected,
                unchanged, skipped, records, notices, false, false);
    }

    @Transactional
    public int applyPcnMembers(ImportPlan plan, DoubleConsumer progress, BooleanSupplier cancelled) {
        require(plan, "PCN members");
        @SuppressWarnings("unchecked")
        List<PcnMember> records = (List<PcnMember>) plan.records();
        checkUnchangedSince(plan, pcnPlan(records, plan.rejected(), plan.rowsRead(), plan.skipped()));
        Map<String, Practice> existing = byCode();
        Map<String, Pcn> byCode = new HashMap<>();
        int done = 0;
        int written = 0;
        for (PcnMember m : records) {
            checkCancelled(cancelled);
            Pcn pcn = byCode.computeIfAbsent(m.pcnCode(), c -> pcns.findByCode(c)
                    .orElseGet(() -> pcns.save(new Pcn(c, m.pcnName(), null))));
            Practice p = Objects.requireNonNull(existing.get(m.odsCode()));
            if (!pcn.equals(p.getPcn())) {
                p.setPcn(pcn);
                written++;
            }
            progress.accept(++done / (double) records.size());
        }
        practices.flush();
        return written;
    }

    private static void require(ImportPlan plan, String kind) {
        if (!plan.kind().equals(kind)) {
            throw new IllegalArgumentException("This is not a " + kind + " dry run");
        }
        if (!plan.rejected().isEmpty()) {
            throw new IllegalArgumentException("The file has " + plan.rejected().size()
                    + " rejected rows; fix them and upload it again. A file is applied whole or not at all.");
        }
        if (plan.changeCount() == 0) {
            throw new IllegalArgumentException("The file changes nothing");
        }
    }

    private static void checkUnchangedSince(ImportPlan plan, ImportPlan now) {
        if (now.toAdd().size() != plan.toAdd().size() || now.toChange().size() != plan.toChange().size()
                || now.toClose().size() != plan.toClose().size()) {
            throw new IllegalStateException("The practices changed since the dry run; upload the file again to see the new dry run");
        }
    }

    private static void checkCancelled(BooleanSupplier cancelled) {
        if (cancelled.getAsBoolean()) {
            throw new CancellationException("Import cancelled; nothing was changed");
        }
    }

    private Map<String, Practice> byCode() {
        Map<String, Practice> map = new HashMap<>();
        for (Practice p : practices.findAll()) {
            map.put(p.getOdsCode(), p);
        }
        return map;
    }

    /** Decodes and parses the upload, refusing what is plainly not a CSV text file. */
    private static List<CSVRecord> csv(byte[] file, boolean header) {
        return csv(file, header, false);
    }

    private static List<CSVRecord> csv(byte[] file, boolean header, boolean pcnMembers) {
        if (file.length == 0 || new String(file, 0, Math.min(file.length, 4096), StandardCharsets.ISO_8859_1).isBlank()) {
            throw new IllegalArgumentException("The file is empty");
        }
        for (int i = 0; i < Math.min(file.length, 65536); i++) {
            if (file[i] == 0) {
                throw new IllegalArgumentException("This is not a CSV text file (it contains binary data); "
                        + "upload the .csv file itself, not a spreadsheet or zip");
            }
        }
        String text = decode(file);
        CSVFormat.Builder format = CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(true).setTrim(false);
        if (header) {
            format.setHeader().setSkipHeaderRecord(true).setAllowMissingColumnNames(true);
        }
        try (CSVParser parser = format.get().parse(new StringReader(text))) {
            if (header) {
                List<String> names = parser.getHeaderNames().stream().map(n -> n.strip().toUpperCase(Locale.ROOT)).toList();
                if (pcnMembers) {
                    if (!names.containsAll(List.of("PARTNER ORGANISATION CODE", "PCN CODE", "PCN NAME"))) {
                        throw new IllegalArgumentException("The PCN members file needs a header with the columns Partner "
                                + "Organisation Code, PCN Code and PCN Name (NHS Digital's ePCN core partner details)");
                    }
                } else if (!names.containsAll(List.of("CODE", "NUMBER_OF_PATIENTS", "EXTRACT_DATE"))) {
                    throw new IllegalArgumentException("The list-size file needs a header with the columns CODE, "
                            + "NUMBER_OF_PATIENTS and EXTRACT_DATE (NHS Digital's gp-reg-pat-prac-all file)");
                }
            }
            return parser.getRecords();
        } catch (UncheckedIOException | IOException e) {
            throw new IllegalArgumentException("The file is not valid CSV: " + Objects.requireNonNullElse(
                    e.getCause() == null ? e.getMessage() : e.getCause().getMessage(), "unreadable"));
        }
    }

    /** UTF-8 when it is; otherwise Windows-1252, which older NHS extracts use. */
    private static String decode(byte[] file) {
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(file)).toString();
        } catch (CharacterCodingException e) {
            text = new String(file, java.nio.charset.Charset.forName("windows-1252"));
        }
        // Excel and Notepad start UTF-8 files with a byte-order mark, which would become part of the first field.
        return text.startsWith("\uFEFF") ? text.substring(1) : text;
    }

    private static String text(@Nullable String value) {
        return value == null ? "" : value;
    }
}
