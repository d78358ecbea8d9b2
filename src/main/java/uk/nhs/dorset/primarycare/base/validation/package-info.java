/**
 * Field-level input rules, declared once as Bean Validation constraints on the form objects:
 * the views' binders show them at the field and the entities enforce the same rules on save.
 * Rules that join several fields or depend on the record stay in the entities and services.
 */
@NullMarked
@NamedInterface("validation")
package uk.nhs.dorset.primarycare.base.validation;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
