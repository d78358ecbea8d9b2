/**
 * Attachment files shared by every feature: uploads are checked against a size limit and a short
 * list of document types (by name and by content), kept on disk under generated names in one
 * folder per feature, and opened or deleted again by that stored name. Features keep their own
 * records of who attached what; this package only guards and holds the bytes.
 */
@NullMarked
@NamedInterface("files")
package uk.nhs.dorset.primarycare.base.files;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
