/**
 * Practice merger support cases: the practices merging and which contract continues, the
 * resilience support package, the six-area action plan and patient engagement, taken from a
 * first enquiry through the commissioner's decision to a completed merger that updates the
 * practice records.
 */
@NullMarked
package uk.nhs.dorset.primarycare.mergers;

import org.jspecify.annotations.NullMarked;
