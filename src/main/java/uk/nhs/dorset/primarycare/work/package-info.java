/**
 * Work on records, written once for every workflow: who owns a record, the comment thread on
 * it (internal to the commissioner unless shared with the practice, with @mentions), and each
 * user's "my work" list. It announces assignments and comments as events for whoever tells people.
 */
@NullMarked
package uk.nhs.dorset.primarycare.work;

import org.jspecify.annotations.NullMarked;
