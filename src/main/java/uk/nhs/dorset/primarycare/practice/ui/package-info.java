/** The practice grid, one practice's detail, localities and the reference data imports. */
@NullMarked
package uk.nhs.dorset.primarycare.practice.ui;

import org.jspecify.annotations.NullMarked;
