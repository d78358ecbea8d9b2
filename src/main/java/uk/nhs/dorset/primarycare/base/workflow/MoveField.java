package uk.nhs.dorset.primarycare.base.workflow;

/**
 * A value a move needs besides its comment, such as the amount an approval commits. The status
 * table names the fields each move asks for; the confirm dialog shows one input per field.
 *
 * @param label what the dialog's input is called ("Approved grant (£)")
 * @param type  {@code BigDecimal} or {@code LocalDate}: the kinds of input the dialog can show
 */
public record MoveField<T>(String label, Class<T> type) {
}
