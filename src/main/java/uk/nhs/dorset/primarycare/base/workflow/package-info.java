/**
 * The one workflow pattern every state machine follows: a status enum that is its transition
 * table, verb methods on the entity that check guards, and an append-only status history.
 */
@NullMarked
@NamedInterface("workflow")
package uk.nhs.dorset.primarycare.base.workflow;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
