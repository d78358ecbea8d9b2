/**
 * The estates pipeline screens: a board of projects by stage, the filtered grid with export,
 * and one project's details, stage records, timeline, issues and documents.
 */
@NullMarked
package uk.nhs.dorset.primarycare.estates.ui;

import org.jspecify.annotations.NullMarked;
