/**
 * Primary Care Hub: the application a commissioning team uses to run its primary care
 * transformation programme. Each sub-package is one feature; {@code base} is the shared kernel.
 */
@NullMarked
package uk.nhs.dorset.primarycare;

import org.jspecify.annotations.NullMarked;
