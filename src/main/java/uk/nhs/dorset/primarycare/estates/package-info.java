/**
 * ETTF capital projects: premises and technology schemes funded by the Estates and Technology
 * Transformation Fund, moved by estates leads through a stage-gated business case pipeline
 * (PID, OBC, FBC, NHS England panel) with planned and actual dates for every stage.
 */
@NullMarked
package uk.nhs.dorset.primarycare.estates;

import org.jspecify.annotations.NullMarked;
