/**
 * The practices the team commissions, the localities and clusters they sit in and the Primary
 * Care Networks they belong to; loaded from NHS reference files and kept current by imports.
 */
@NullMarked
package uk.nhs.dorset.primarycare.practice;

import org.jspecify.annotations.NullMarked;
