/**
 * The shared kernel: entity identity and versioning, roles and the acting user, money,
 * dates and financial years as users write them, and the workflow pattern. Its sub-packages
 * ({@code ui}, {@code workflow}, {@code files}, {@code audit}) are named interfaces because every
 * feature builds on them; a feature's own sub-packages, by contrast, are internal to it.
 */
@NullMarked
package uk.nhs.dorset.primarycare.base;

import org.jspecify.annotations.NullMarked;
