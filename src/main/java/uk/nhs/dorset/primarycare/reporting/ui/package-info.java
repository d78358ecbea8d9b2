/** The dashboard screens. */
@NullMarked
package uk.nhs.dorset.primarycare.reporting.ui;

import org.jspecify.annotations.NullMarked;
