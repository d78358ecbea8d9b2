/**
 * Workforce screens: profiles and gaps with the locality chart, one practice's profile with
 * its validation actions, and the NHS Digital workforce import section.
 */
@NullMarked
package uk.nhs.dorset.primarycare.workforce.ui;

import org.jspecify.annotations.NullMarked;
