/**
 * Screens for merger support cases: the filtered list with totals and export, and one case's
 * form, action plan, engagement record, workflow actions and timeline.
 */
@NullMarked
package uk.nhs.dorset.primarycare.mergers.ui;

import org.jspecify.annotations.NullMarked;
