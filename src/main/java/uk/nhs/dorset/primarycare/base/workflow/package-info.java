/**
 * The one workflow pattern every state machine follows: a status enum that is its transition
 * table and the words of each move; a record whose one writer of status checks the table,
 * runs the verb's guards and appends to its history; and one save-and-publish for services.
 */
@NullMarked
@NamedInterface("workflow")
package uk.nhs.dorset.primarycare.base.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
