/**
 * Reminders computed once a day from the records: spend deadlines of approved grants, ETTF
 * milestones, PCSE notice dates of mergers, unanswered workforce profiles and tracker items
 * nobody has updated. Each feature says what is due on a day; this package decides who hears
 * of it and tells each person once, even when several application nodes run the job.
 */
@NullMarked
package uk.nhs.dorset.primarycare.reminders;

import org.jspecify.annotations.NullMarked;
