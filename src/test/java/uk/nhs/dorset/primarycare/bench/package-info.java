/** The national-scale benchmark: national-sized data on MariaDB, every grid page measured beside its minimal SQL. */
@NullMarked
package uk.nhs.dorset.primarycare.bench;

import org.jspecify.annotations.NullMarked;
