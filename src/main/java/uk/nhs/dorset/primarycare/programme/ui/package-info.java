/**
 * Screens of the programme: delivery tracker, fund allocation, improved access and audit trail.
 */
@NullMarked
package uk.nhs.dorset.primarycare.programme.ui;

import org.jspecify.annotations.NullMarked;
