package uk.nhs.dorset.primarycare.practice;

import java.util.List;

/**
 * The dry run of a practice import: what applying it would add, change and close, and the
 * rows it rejected and why. A file with rejected rows cannot be applied: imports are all or
 * nothing, so the administrator fixes the file and uploads it again.
 */
public final class ImportPlan {

    /** A row the import will not take, with the line it is on and the reason. */
    public record Rejected(int line, String code, String reason) {
    }

    /** One field of one practice that the import would change. */
    public record FieldChange(String field, String from, String to) {
    }

    /** A practice the import would add, change or close. */
    public record Row(String odsCode, String name, List<FieldChange> changes) {
    }

    private final String kind;
    private final String scope;
    private final int rowsRead;
    private final List<Row> toAdd;
    private final List<Row> toChange;
    private final List<Row> toClose;
    private final List<Rejected> rejected;
    private final int unchanged;
    private final int skipped;
    private final List<?> records;
    private final List<String> notices;
    private final boolean needsConfirmation;
    private final boolean confirmed;

    ImportPlan(String kind, String scope, int rowsRead, List<Row> toAdd, List<Row> toChange, List<Row> toClose,
               List<Rejected> rejected, int unchanged, int skipped, List<?> records) {
        this(kind, scope, rowsRead, toAdd, toChange, toClose, rejected, unchanged, skipped, records, List.of(), false, false);
    }

    ImportPlan(String kind, String scope, int rowsRead, List<Row> toAdd, List<Row> toChange, List<Row> toClose,
               List<Rejected> rejected, int unchanged, int skipped, List<?> records, List<String> notices,
               boolean needsConfirmation, boolean confirmed) {
        this.notices = List.copyOf(notices);
        this.needsConfirmation = needsConfirmation;
        this.confirmed = confirmed;
        this.kind = kind;
        this.scope = scope;
        this.rowsRead = rowsRead;
        this.toAdd = List.copyOf(toAdd);
        this.toChange = List.copyOf(toChange);
        this.toClose = List.copyOf(toClose);
        this.rejected = List.copyOf(rejected);
        this.unchanged = unchanged;
        this.skipped = skipped;
        this.records = List.copyOf(records);
    }

    /** "epraccur" or "list sizes": the file the plan was made from. */
    public String kind() {
        return kind;
    }

    /** What the file was narrowed to, e.g. "GP practices of commissioner 11J". */
    public String scope() {
        return scope;
    }

    public int rowsRead() {
        return rowsRead;
    }

    public List<Row> toAdd() {
        return toAdd;
    }

    public List<Row> toChange() {
        return toChange;
    }

    public List<Row> toClose() {
        return toClose;
    }

    public List<Rejected> rejected() {
        return rejected;
    }

    /** Rows that match a practice exactly as it is. */
    public int unchanged() {
        return unchanged;
    }

    /** Rows outside the import's scope (other commissioners, not GP practices, unknown practices). */
    public int skipped() {
        return skipped;
    }

    int changeCount() {
        return toAdd.size() + toChange.size() + toClose.size();
    }

    List<?> records() {
        return records;
    }

    /** What the administrator should know before applying, such as a merger ODS has not caught up with. */
    public List<String> notices() {
        return notices;
    }

    /** The file lacks many of the register's practices: applying needs the administrator to say it is complete. */
    public boolean needsConfirmation() {
        return needsConfirmation;
    }

    public boolean isConfirmed() {
        return confirmed;
    }

    /** The same plan, with the administrator's word that the file is complete. */
    public ImportPlan confirmed() {
        return new ImportPlan(kind, scope, rowsRead, toAdd, toChange, toClose, rejected, unchanged, skipped, records,
                notices, needsConfirmation, true);
    }

    public boolean canApply() {
        return rejected.isEmpty() && changeCount() > 0;
    }

    public String summary() {
        return toAdd.size() + " to add, " + toChange.size() + " to change, " + toClose.size() + " to close, "
                + unchanged + " unchanged, " + rejected.size() + " rejected (" + rowsRead + " rows read, "
                + skipped + " outside " + scope + ")";
    }
}
