/** What crosses features: the role dashboards and exports that summarise several features. */
@NullMarked
package uk.nhs.dorset.primarycare.reporting;

import org.jspecify.annotations.NullMarked;
