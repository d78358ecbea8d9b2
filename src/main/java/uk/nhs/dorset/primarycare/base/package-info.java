/**
 * The shared kernel: entity identity and versioning, roles and the acting user, money,
 * dates and financial years as users write them, and the workflow pattern.
 */
@NullMarked
package uk.nhs.dorset.primarycare.base;

import org.jspecify.annotations.NullMarked;
